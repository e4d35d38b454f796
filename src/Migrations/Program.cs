using System.CommandLine;
using Migrations.Cli;
using Migrations.Generated;
using Migrations.Runtime.Engine;

// The native `migrate` tool: upstream's migrate.py commands over the migrations found at compile time.
var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print debug lines.", Recursive = true };
var connection = new Option<string?>("--connection") { Description = "An Npgsql connection string (default: DATABASE_* environment variables).", Recursive = true };
var lockTimeout = new Option<double?>("--lock-timeout")
{
    Description = "Seconds to wait for another run's lock (default 60; 0 fails at once).",
    Recursive = true,
};
var json = new Option<bool>("--json") { Description = "Print the stats as JSON." };
var progressInterval = new Option<double>("--progress-interval")
{
    Description = "Seconds between progress lines when stderr is not a terminal (default 10; 0 turns progress off).",
    DefaultValueFactory = _ => 10,
    Recursive = true,
};

CommandRunner Runner(ParseResult parse)
{
    var seconds = parse.GetValue(progressInterval);
    var display = seconds > 0 ? ProgressDisplay.ForConsole(TimeSpan.FromSeconds(seconds)) : null;
    return new CommandRunner(GeneratedMigrations.All, Console.Out, Console.Error, display);
}
Command Make(string name, string description, Func<MigrationHandler, ParseResult, CancellationToken, Task<int>> action, params Option[] options)
{
    var command = new Command(name, description);
    foreach (var option in options)
    {
        command.Options.Add(option);
    }

    command.SetAction((parse, cancellationToken) =>
    {
        var seconds = parse.GetValue(lockTimeout);
        return Runner(parse).RunAsync(parse.GetValue(connection), parse.GetValue(verbose), seconds is { } s ? TimeSpan.FromSeconds(s) : TimeSpan.FromMinutes(1),
            (handler, ct) => action(handler, parse, ct), cancellationToken);
    });
    return command;
}

// Not a RootCommand: its name would be the executable's, `migrate`, which clashes with the `migrate` subcommand.
var root = new Command("datastore-migrate", "Migrates an OpenSlides datastore to the index of the migrations built into this tool.");
root.Options.Add(verbose);
root.Options.Add(connection);
root.Options.Add(lockTimeout);
root.Options.Add(progressInterval);
root.Subcommands.Add(Make("migrate", "Run the event migrations into the migration tables (safe while the system is online).",
    async (h, _, ct) => { await h.MigrateAsync(ct); return ExitCodes.Success; }));
root.Subcommands.Add(Make("finalize", "Migrate what is left, swap it in and run the model migrations (offline).",
    async (h, _, ct) => { await h.FinalizeAsync(ct); return ExitCodes.Success; }));
root.Subcommands.Add(Make("reset", "Delete migration data that is not finalized.",
    async (h, _, ct) => { await h.ResetAsync(ct); return ExitCodes.Success; }));
root.Subcommands.Add(Make("clear-collectionfield-tables", "Empty the collectionfield helper tables.",
    async (h, _, ct) => { await h.ClearCollectionFieldTablesAsync(ct); return ExitCodes.Success; }));
root.Subcommands.Add(Make("stats", "Show the migration state.", async (h, parse, ct) =>
{
    if (parse.GetValue(json))
    {
        Console.Out.WriteLine(StatsJson.Format(await h.GetStatsAsync(ct)));
    }
    else
    {
        await h.PrintStatsAsync(ct);
    }

    return ExitCodes.Success;
}, json));
root.Subcommands.Add(Make("check", "Exit 5 if migration or finalization is needed, 0 if the datastore is up to date or empty.", async (h, _, ct) =>
{
    var stats = await h.GetStatsAsync(ct);
    // An empty datastore reports finalization_required (upstream's quirk), but there is nothing to do for it.
    var upToDate = stats.Status == MigrationState.NoMigrationRequired || stats.Positions == 0;
    Console.Out.WriteLine(stats.Positions == 0 ? "empty" : stats.Status.ToName());
    return upToDate ? ExitCodes.Success : ExitCodes.ActionNeeded;
}));
root.SetAction(parse =>
{
    Console.Error.WriteLine("No command provided.");
    new System.CommandLine.Help.HelpAction().Invoke(parse);
    return ExitCodes.UsageOrConfiguration;
});

var result = root.Parse(args);
if (result.Errors.Count > 0)
{
    foreach (var parseError in result.Errors)
    {
        Console.Error.WriteLine(parseError.Message);
    }

    return ExitCodes.UsageOrConfiguration;
}

return await result.InvokeAsync();
