using System.Text.Json.Nodes;
using Migrations.Generated;
using Migrations.Runtime.Engine;
using Migrations.Runtime.InMemory;
using Npgsql;

namespace Migrations.Runtime.Tests.Tool;

/// <summary>
/// The `migrate` tool end to end against the real database: commands, log lines, exit codes, messages, JSON and
/// the data scripts, with the OpenSlides migrations built into it.
/// </summary>
public class MigrateToolTests(DatabaseFixture database) : DatabaseTest(database)
{
    /// <summary>The index of the migrations built into the tool.</summary>
    private static readonly int T = GeneratedMigrations.TargetMigrationIndex;

    private Dictionary<string, string?> Environment()
    {
        return ToolEnvironment(Path.Combine(Path.GetTempPath(), $"pw-{Database.DatabaseName}"), passwordSuffix: "\n");
    }

    private Task<MigrateTool.Result> Migrate(params string[] arguments) => MigrateTool.RunAsync(Environment(), arguments);

    private static string ExampleData() => Path.Combine(Repository.Root, "data", "example-data.json");

    [Fact]
    public async Task Without_a_command_it_says_so_and_exits_2()
    {
        var result = await Migrate();
        Assert.Equal(2, result.Exit);
        Assert.StartsWith("No command provided.", result.Error, StringComparison.Ordinal);
        Assert.Contains("finalize", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, (await Migrate("bogus")).Exit);
    }

    [Fact]
    public async Task Stats_as_text_and_as_json_on_an_empty_datastore()
    {
        var text = await Migrate("stats");
        Assert.Equal(0, text.Exit);
        Assert.Contains($"- Registered migrations for migration index {T}\n- Datastore has 0 positions with 0 events\n", text.Output, StringComparison.Ordinal);
        var json = await Migrate("stats", "--json");
        Assert.Equal(0, json.Exit);
        Json.AssertEqual(Json.Obj($$"""
            {"status": "finalization_required", "current_migration_index": -1, "target_migration_index": {{T}}, "positions": 0,
             "events": 0, "partially_migrated_positions": 0, "fully_migrated_positions": 0}
            """), JsonNode.Parse(json.Output));
    }

    [Fact]
    public async Task Check_exits_5_while_action_is_needed_and_0_afterwards()
    {
        var empty = await Migrate("check");
        Assert.Equal((0, "empty\n"), (empty.Exit, empty.Output));
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        var needed = await Migrate("check");
        Assert.Equal((5, "finalization_required\n"), (needed.Exit, needed.Output));

        var migrate = await Migrate("migrate");
        Assert.Equal(0, migrate.Exit);
        Assert.Equal($"Running migrations.\nThe datastore has a migration index of -1.\nSet the new migration index to {T}...\n", migrate.Output);
        var finalize = await Migrate("-v", "finalize");
        Assert.Equal($"Finalize migrations.\nNo event migrations to apply.\nNo model migrations to apply.\nCurrent migration index: {T}\n", finalize.Output);
        var done = await Migrate("check");
        Assert.Equal((0, "no_migration_required\n"), (done.Exit, done.Output));
    }

    [Fact]
    public async Task Reset_and_clearing_the_collectionfield_tables_log_upstreams_lines()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        Assert.Equal(0, (await Migrate("migrate")).Exit);
        var reset = await Migrate("reset");
        Assert.Equal((0, "Reset migrations.\nDeleting all migration keyframes...\nClean up migration data...\n"), (reset.Exit, reset.Output));
        var clear = await Migrate("clear-collectionfield-tables");
        Assert.Equal((0, "Cleaning collectionfield helper tables...\n"), (clear.Exit, clear.Output));
        Assert.Equal(0L, await Scalar<long>("SELECT count(*) FROM collectionfields"));
    }

    [Fact]
    public async Task An_unreachable_database_a_wrong_password_and_a_missing_setting_are_told_apart()
    {
        var environment = Environment();
        environment["DATABASE_PORT"] = "1";
        var unreachable = await MigrateTool.RunAsync(environment, "stats");
        Assert.Equal(4, unreachable.Exit);
        Assert.StartsWith("Cannot reach the database (environment (host 127.0.0.1, port 1,", unreachable.Error, StringComparison.Ordinal);

        environment = Environment();
        var wrong = Path.GetTempFileName();
        await File.WriteAllTextAsync(wrong, "wrong");
        environment["DATABASE_PASSWORD_FILE"] = wrong;
        var refused = await MigrateTool.RunAsync(environment, "stats");
        Assert.Equal(4, refused.Exit);
        Assert.Contains("The database refused the login", refused.Error, StringComparison.Ordinal);
        Assert.Contains("password authentication failed", refused.Error, StringComparison.Ordinal);

        environment = Environment();
        environment["DATABASE_NAME"] = "no_such_database";
        var missingDatabase = await MigrateTool.RunAsync(environment, "stats");
        Assert.Equal(4, missingDatabase.Exit);
        Assert.StartsWith("The database does not exist", missingDatabase.Error, StringComparison.Ordinal);

        environment = Environment();
        environment.Remove("DATABASE_HOST");
        var missing = await MigrateTool.RunAsync(environment, "stats");
        Assert.Equal(2, missing.Exit);
        Assert.Equal("Configuration error: The environment variable DATABASE_HOST is not set.\n", missing.Error);
    }

    [Fact]
    public async Task A_held_lock_exits_3_after_the_wait()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await using var holder = await DataSource.OpenConnectionAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({Migrations.Runtime.Engine.MigrationLock.Key})", holder))
        {
            await take.ExecuteNonQueryAsync();
        }

        var result = await Migrate("--lock-timeout", "0.2", "migrate");
        Assert.Equal(3, result.Exit);
        Assert.Equal("Another migration run holds the migration lock and did not release it within 0.2 s.\n", result.Error);
    }

    [Fact]
    public async Task A_failing_migration_exits_1_and_names_where()
    {
        // 0002 (archive meetings) adds the meeting to organization/1, which this history never created.
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""");
        await Execute("UPDATE positions SET migration_index = 1");
        var failed = await Migrate("migrate");
        Assert.Equal(1, failed.Exit);
        Assert.Equal(
            "Migration 0002_archive_meetings (MI 2 to MI 3) failed on position 1 at event meeting/1: BadEventException: Model organization/1 does not exist\n",
            failed.Error);
        Assert.Contains("Migration from MI 2 to MI 3 failed!\n", failed.Output, StringComparison.Ordinal);
        Assert.Equal(0L, await Scalar<long>("SELECT count(*) FROM migration_positions WHERE migration_index > 2"));
        Assert.Equal(1, await Scalar<int>("SELECT migration_index FROM positions WHERE position = 1"));
    }

    [Fact]
    public async Task Inconsistent_indices_exit_6()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "create", "fqid": "a/2", "fields": {"f": 1}}""");
        await Execute("UPDATE positions SET migration_index = 1 WHERE position = 1");
        var result = await Migrate("migrate");
        Assert.Equal(6, result.Exit);
        Assert.Equal("The datastore has inconsistent migration indices: Minimum is -1, maximum is 1.\n", result.Error);
        Assert.Equal(-1, await Scalar<int>("SELECT migration_index FROM positions WHERE position = 2"));
    }

    [Fact]
    public async Task The_data_scripts_round_trip_the_example_data()
    {
        var dir = Directory.CreateTempSubdirectory("migrate-tool-");
        var import = await Migrate("import-data", ExampleData());
        Assert.Equal((0, ""), (import.Exit, import.Error));
        Assert.StartsWith("Imported 44 models", import.Output, StringComparison.Ordinal);

        var exported = Path.Combine(dir.FullName, "models.json");
        Assert.Equal(0, (await Migrate("export-data", exported)).Exit);
        var original = JsonNode.Parse(await File.ReadAllTextAsync(ExampleData()));
        Json.AssertEqual(original, JsonNode.Parse(await File.ReadAllTextAsync(exported)));

        var backup = Path.Combine(dir.FullName, "events.jsonl");
        Assert.Equal(0, (await Migrate("export-events", backup)).Exit);
        await Execute("TRUNCATE positions, events, models RESTART IDENTITY CASCADE");
        var restore = await Migrate("import-events", backup);
        Assert.Equal(0, restore.Exit);
        Assert.StartsWith("Imported 1 positions", restore.Output, StringComparison.Ordinal);
        var again = Path.Combine(dir.FullName, "events-again.jsonl");
        Assert.Equal(0, (await Migrate("export-events", again)).Exit);
        Assert.Equal(await File.ReadAllBytesAsync(backup), await File.ReadAllBytesAsync(again));

        var migrated = Path.Combine(dir.FullName, "migrated.json");
        var migrateFile = await Migrate("migrate-file", ExampleData(), migrated);
        Assert.Equal(0, migrateFile.Exit);
        var expected = await new MemoryMigrationHandler(GeneratedMigrations.All, new MigrationLogger(_ => { }))
            .MigrateExportAsync(original!.AsObject());
        Json.AssertEqual(expected, JsonNode.Parse(await File.ReadAllTextAsync(migrated)));
        Assert.Equal(T, expected["_migration_index"]!.GetValue<int>());
        dir.Delete(recursive: true);
    }

    [Fact]
    public async Task Malformed_or_missing_input_files_exit_7_with_the_place_and_write_nothing()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        var bad = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(bad, """{"_migration_index": 1, "motion": {"1": {"title": 5}, "x": {}}}""");
        var result = await Migrate("import-data", bad);
        Assert.Equal(7, result.Exit);
        Assert.Equal($"{Path.GetFileName(bad)}: \"motion\".\"x\": \"x\" is not an id.\n", result.Error);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM models"));

        var missing = await Migrate("import-events", "/nonexistent/backup.jsonl");
        Assert.Equal(7, missing.Exit);
        Assert.Contains("/nonexistent/backup.jsonl", missing.Error, StringComparison.Ordinal);

        await File.WriteAllTextAsync(bad, "{\"_migration_index\": 1,\n \"motion\": {\"1\": }");
        var offline = await Migrate("migrate-file", bad, bad + ".out");
        Assert.Equal(7, offline.Exit);
        Assert.StartsWith($"{Path.GetFileName(bad)}: malformed JSON at line 2", offline.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(bad + ".out"));
        File.Delete(bad);
    }

    [Fact]
    public async Task A_datastore_newer_than_the_tool_fails_check_with_6_and_stats_says_so_without_contradiction()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Execute($"UPDATE positions SET migration_index = {T + 5}");
        var check = await Migrate("check");
        Assert.Equal(6, check.Exit);
        Assert.Equal($"The datastore has a higher migration index ({T + 5}) than the registered migrations ({T})\n", check.Error);
        Assert.Equal(6, (await Migrate("migrate")).Exit);

        var stats = await Migrate("stats");
        Assert.Equal(0, stats.Exit);
        Assert.Contains($"-> The datastore is newer than the registered migrations (index {T + 5} > {T})\n", stats.Output, StringComparison.Ordinal);
        Assert.Contains("-> No action possible: a newer version of the migrations wrote this datastore\n", stats.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("No action needed", stats.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Migration/Finalization is needed", stats.Output, StringComparison.Ordinal);
    }
}
