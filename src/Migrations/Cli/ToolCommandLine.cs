using System.CommandLine.Help;
using System.CommandLine;
using System.Globalization;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Data;
using Migrations.Runtime.Engine;
using Migrations.Runtime.InMemory;
using Npgsql;

namespace Migrations.Cli;

/// <summary>
/// The command line of the native <c>migrate</c> tool: upstream's migrate.py commands (and the data scripts, the
/// in-memory migration of a file, the route) over the given migrations, with the tool's exit codes; parse errors and
/// a missing command are usage errors, and help and version answer even on an incomplete line.
/// </summary>
internal static class ToolCommandLine
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, IReadOnlyList<MigrationDescriptor> migrations, int targetIndex)
    {
        const double MaxSeconds = 2_147_483; // PostgreSQL's lock_timeout is an int of milliseconds; the same bound for every interval.

        Option<double?> Seconds(string name, string description)
        {
            var option = new Option<double?>(name) { Description = description, Recursive = true };
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<double?>() is { } value && !(value >= 0 && value <= MaxSeconds))
                {
                    result.AddError($"{name} must be a number of seconds from 0 to {MaxSeconds.ToString(CultureInfo.InvariantCulture)}, not {result.Tokens[0].Value}.");
                }
            });
            return option;
        }

        var verbose = new Option<bool>("--verbose", "-v") { Description = "Also print debug lines.", Recursive = true };
        var connection = new Option<string?>("--connection") { Description = "An Npgsql connection string (default: DATABASE_* environment variables).", Recursive = true };
        var lockTimeout = Seconds("--lock-timeout", "Seconds to wait for another run's lock (default 60; 0 fails at once).");
        var checkpointInterval = Seconds("--checkpoint-interval",
            "Seconds between commits of a migrate run (default 10; 0 commits every batch). A killed run resumes from the last commit.");
        var progressInterval = Seconds("--progress-interval", "Seconds between progress lines when stderr is not a terminal (default 10; 0 turns progress off).");
        var json = new Option<bool>("--json") { Description = "Print the stats as JSON." };

        TimeSpan LockTimeout(ParseResult parse) => parse.GetValue(lockTimeout) is { } s ? TimeSpan.FromSeconds(s) : TimeSpan.FromMinutes(1);
        CommandRunner Runner(ParseResult parse)
        {
            var seconds = parse.GetValue(progressInterval) ?? 10;
            var display = seconds > 0 ? ProgressDisplay.ForConsole(TimeSpan.FromSeconds(seconds)) : null;
            return new CommandRunner(migrations, Console.Out, Console.Error, display);
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
                var options = new MigrationOptions { LockTimeout = LockTimeout(parse) };
                if (parse.GetValue(checkpointInterval) is { } checkpoint)
                {
                    options = options with { CheckpointInterval = TimeSpan.FromSeconds(checkpoint) };
                }

                return Runner(parse).RunAsync(parse.GetValue(connection), parse.GetValue(verbose), options, (handler, ct) => action(handler, parse, ct), cancellationToken);
            });
            return command;
        }

        // A file name that looks like an option (`--help`, `-x`) is refused unless it stands after `--`: a mistyped flag
        // must never become a file that is written, or read into an emptied datastore.
        Argument<FileInfo> FileArgument(string name, string description)
        {
            var argument = new Argument<FileInfo>(name) { Description = description };
            argument.Validators.Add(result =>
            {
                var separator = Array.IndexOf(args, "--");
                foreach (var token in result.Tokens)
                {
                    if (token.Value.Length > 1 && token.Value[0] == '-' && (separator < 0 || !args.Skip(separator + 1).Contains(token.Value)))
                    {
                        result.AddError($"'{token.Value}' is not an option of this command, and a file name that starts with '-' must come after --.");
                    }
                }
            });
            return argument;
        }

        // Not a RootCommand, and not named `migrate`: System.CommandLine takes the root's name as a token, which clashes with
        // the `migrate` subcommand. Help and version are added by hand, and help text names the program `migrate`.
        const string RootName = "datastore-migrate";
        var root = new Command(RootName, $"Migrates an OpenSlides datastore to migration index {targetIndex}, the index of the migrations built into this tool.");
        var help = new HelpOption();
        var version = new VersionOption();
        root.Options.Add(help);
        root.Options.Add(version);
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
        root.Subcommands.Add(Make("check",
            "Exit 0 if the datastore is up to date or empty, 5 if migration or finalization is needed, 6 if its migration index is higher than the tool's or inconsistent.",
            async (h, _, ct) =>
            {
                await h.AssertValidMigrationIndexAsync(ct);
                var stats = await h.GetStatsAsync(ct);
                // An empty datastore reports finalization_required (upstream's quirk), but there is nothing to do for it.
                var upToDate = stats.Status == MigrationState.NoMigrationRequired || stats.Positions == 0;
                Console.Out.WriteLine(stats.Positions == 0 ? "empty" : stats.Status.ToName());
                return upToDate ? ExitCodes.Success : ExitCodes.ActionNeeded;
            }));

        // The data scripts: each streams one file to or from the database and reports how much it moved.
        Command DataCommand(string name, string description, bool export, Func<NpgsqlDataSource, Stream, string, CancellationToken, Task<long>> run, string noun)
        {
            var file = FileArgument("file", export ? "Where the file goes (replaced if it exists)." : "The file to read.");
            var command = new Command(name, description) { file };
            command.SetAction((parse, cancellationToken) => Runner(parse).RunWithDatabaseAsync(parse.GetValue(connection), async (dataSource, ct) =>
            {
                var target = parse.GetValue(file)!;
                long count;
                if (export)
                {
                    count = await DataFileStreams.WriteAsync(target, stream => run(dataSource, stream, target.Name, ct));
                }
                else
                {
                    await using var stream = DataFileStreams.OpenRead(target);
                    count = await run(dataSource, stream, target.Name, ct);
                }

                Console.Out.WriteLine($"{(export ? "Exported" : "Imported")} {count} {noun} {(export ? "to" : "from")} {target.FullName}.");
                return ExitCodes.Success;
            }, cancellationToken));
            return command;
        }

        root.Subcommands.Add(DataCommand("export-data", "Write the current models as an export file.", export: true,
            (ds, stream, _, ct) => ModelsFile.ExportAsync(ds, stream, ct), "models"));
        root.Subcommands.Add(DataCommand("import-data", "Empty the datastore and write an export file's models as one position.", export: false,
            (ds, stream, name, ct) => ModelsFile.ImportAsync(ds, stream, name, ct, Console.Error.WriteLine), "models"));
        root.Subcommands.Add(DataCommand("export-events", "Write every position and event (a full backup) as JSON lines.", export: true,
            (ds, stream, _, ct) => EventsFile.ExportAsync(ds, stream, ct), "positions"));
        root.Subcommands.Add(DataCommand("import-events", "Empty the datastore and restore positions and events from a backup.", export: false,
            (ds, stream, name, ct) => EventsFile.ImportAsync(ds, stream, name, ct, Console.Error.WriteLine), "positions"));

        var input = FileArgument("input", "An export: {\"_migration_index\": n, \"<collection>\": {\"<id>\": {…}}}.");
        var outputFile = FileArgument("output", "Where the migrated export goes (replaced if it exists).");
        var migrateFile = new Command("migrate-file", "Migrate an export file to the latest index in memory (no database).") { input, outputFile };
        migrateFile.SetAction((parse, cancellationToken) => Runner(parse).RunOfflineAsync(async ct =>
        {
            var source = parse.GetValue(input)!;
            var target = parse.GetValue(outputFile)!;
            await ExportFileMigration.RunAsync(source, target, migrations, new MigrationLogger(Console.Out.WriteLine, parse.GetValue(verbose)), Console.Error.WriteLine, ct);
            return ExitCodes.Success;
        }, cancellationToken));
        root.Subcommands.Add(migrateFile);

        var urls = new Option<string>("--urls") { Description = "Where to listen (default http://127.0.0.1:9002).", DefaultValueFactory = _ => "http://127.0.0.1:9002" };
        var serve = new Command("serve", "Serve upstream's migration route, POST /internal/migrations.") { urls };
        serve.SetAction((parse, cancellationToken) => Runner(parse).RunWithDatabaseAsync(parse.GetValue(connection),
            (ds, ct) => RouteServer.RunAsync(ds, migrations, parse.GetValue(urls)!, LockTimeout(parse), ct), cancellationToken));
        root.Subcommands.Add(serve);

        var helpTopic = new Argument<string?>("command") { Description = "The command to explain.", Arity = ArgumentArity.ZeroOrOne };
        var helpCommand = new Command("help", "Show the help of the tool or of one command.") { helpTopic };
        helpCommand.SetAction(parse =>
        {
            var topic = parse.GetValue(helpTopic);
            if (topic is not null && !root.Subcommands.Any(c => c.Name == topic))
            {
                Console.Error.WriteLine($"Unknown command '{topic}'. The commands: {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
                return ExitCodes.UsageOrConfiguration;
            }

            return root.Parse(topic is null ? ["--help"] : [topic, "--help"]).Invoke(HelpOutput());
        });
        root.Subcommands.Add(helpCommand);

        root.SetAction(parse =>
        {
            Console.Error.WriteLine("No command provided.");
            root.Parse(["--help"]).Invoke(HelpOutput());
            return ExitCodes.UsageOrConfiguration;
        });

        var result = root.Parse(args);
        // Help and version answer even when the rest of the line is incomplete (`migrate import-data --help`); they never
        // run a command.
        var answersItself = result.GetResult(help) is not null || result.GetResult(version) is not null;
        if (result.Errors.Count > 0 && !answersItself)
        {
            foreach (var parseError in result.Errors)
            {
                Console.Error.WriteLine(parseError.Message);
            }

            Console.Error.WriteLine("See 'migrate --help'.");
            return ExitCodes.UsageOrConfiguration;
        }

        return await result.InvokeAsync(answersItself ? HelpOutput() : null);

        // Help goes to stdout with the program's real name.
        static InvocationConfiguration HelpOutput() => new() { Output = new ProgramNameWriter(Console.Out, RootName, "migrate") };
    }
}
