using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Cli;
using Migrations.Generated;
using Migrations.Runtime.Data;
using Migrations.Runtime.Engine;
using Migrations.Runtime.InMemory;
using Npgsql;

// The native `migrate` tool: upstream's migrate.py commands over the migrations found at compile time.
var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print debug lines.", Recursive = true };
var connection = new Option<string?>("--connection") { Description = "An Npgsql connection string (default: DATABASE_* environment variables).", Recursive = true };
var lockTimeout = new Option<double?>("--lock-timeout")
{
    Description = "Seconds to wait for another run's lock (default 60; 0 fails at once).",
    Recursive = true,
};
var checkpointInterval = new Option<double?>("--checkpoint-interval")
{
    Description = "Seconds between commits of a migrate run (default 10; 0 commits every batch). A killed run resumes from the last commit.",
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
        var options = new MigrationOptions { LockTimeout = seconds is { } s ? TimeSpan.FromSeconds(s) : TimeSpan.FromMinutes(1) };
        if (parse.GetValue(checkpointInterval) is { } checkpoint)
        {
            options = options with { CheckpointInterval = TimeSpan.FromSeconds(checkpoint) };
        }

        return Runner(parse).RunAsync(parse.GetValue(connection), parse.GetValue(verbose), options, (handler, ct) => action(handler, parse, ct), cancellationToken);
    });
    return command;
}

// Not a RootCommand: its name would be the executable's, `migrate`, which clashes with the `migrate` subcommand.
var root = new Command("datastore-migrate", "Migrates an OpenSlides datastore to the index of the migrations built into this tool.");
root.Options.Add(verbose);
root.Options.Add(connection);
root.Options.Add(lockTimeout);
root.Options.Add(checkpointInterval);
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
var file = new Argument<FileInfo>("file") { Description = "The file." };
var input = new Argument<FileInfo>("input") { Description = "An export: {\"_migration_index\": n, \"<collection>\": {\"<id>\": {…}}}." };
var outputFile = new Argument<FileInfo>("output") { Description = "Where the migrated export goes." };

// The data scripts: each streams one file to or from the database and reports how much it moved.
Command DataCommand(string name, string description, bool export, Func<NpgsqlDataSource, Stream, string, CancellationToken, Task<long>> run, string noun)
{
    var command = new Command(name, description) { file };
    command.SetAction((parse, cancellationToken) => Runner(parse).RunWithDatabaseAsync(parse.GetValue(connection), async (dataSource, ct) =>
    {
        var target = parse.GetValue(file)!;
        await using var stream = export ? target.Create() : target.OpenRead();
        var count = await run(dataSource, stream, target.Name, ct);
        Console.Out.WriteLine($"{(export ? "Exported" : "Imported")} {count} {noun} {(export ? "to" : "from")} {target.FullName}.");
        return ExitCodes.Success;
    }, cancellationToken));
    return command;
}

root.Subcommands.Add(DataCommand("export-data", "Write the current models as an export file.", export: true,
    (ds, stream, _, ct) => ModelsFile.ExportAsync(ds, stream, ct), "models"));
root.Subcommands.Add(DataCommand("import-data", "Empty the datastore and write an export file's models as one position.", export: false,
    ModelsFile.ImportAsync, "models"));
root.Subcommands.Add(DataCommand("export-events", "Write every position and event (a full backup) as JSON lines.", export: true,
    (ds, stream, _, ct) => EventsFile.ExportAsync(ds, stream, ct), "positions"));
root.Subcommands.Add(DataCommand("import-events", "Empty the datastore and restore positions and events from a backup.", export: false,
    EventsFile.ImportAsync, "positions"));
var migrateFile = new Command("migrate-file", "Migrate an export file to the latest index in memory (no database).") { input, outputFile };
migrateFile.SetAction((parse, cancellationToken) => Runner(parse).RunOfflineAsync(async ct =>
{
    var source = parse.GetValue(input)!;
    JsonObject export;
    await using (var stream = source.OpenRead())
    {
        try
        {
            export = await JsonNode.ParseAsync(stream, cancellationToken: ct) as JsonObject
                ?? throw new DataFileException($"{source.Name}: the file must hold one JSON object.");
        }
        catch (JsonException e)
        {
            throw new DataFileException($"{source.Name}: malformed JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message}", e);
        }
    }

    var handler = new MemoryMigrationHandler(GeneratedMigrations.All, new MigrationLogger(Console.Out.WriteLine, parse.GetValue(verbose)));
    var migrated = await handler.MigrateExportAsync(export, ct);
    var target = parse.GetValue(outputFile)!;
    await using (var stream = target.Create())
    await using (var writer = new Utf8JsonWriter(stream))
    {
        migrated.WriteTo(writer);
    }

    return ExitCodes.Success;
}, cancellationToken));
root.Subcommands.Add(migrateFile);

var urls = new Option<string>("--urls") { Description = "Where to listen (default http://127.0.0.1:9002).", DefaultValueFactory = _ => "http://127.0.0.1:9002" };
var serve = new Command("serve", "Serve upstream's migration route, POST /internal/migrations.") { urls };
serve.SetAction((parse, cancellationToken) => Runner(parse).RunWithDatabaseAsync(parse.GetValue(connection), (ds, ct) =>
{
    var seconds = parse.GetValue(lockTimeout);
    return RouteServer.RunAsync(ds, GeneratedMigrations.All, parse.GetValue(urls)!, seconds is { } s ? TimeSpan.FromSeconds(s) : TimeSpan.FromMinutes(1), ct);
}, cancellationToken));
root.Subcommands.Add(serve);

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
