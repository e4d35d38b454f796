using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.Tests.Engine;

/// <summary>Upstream's test_model_migrations: log sequences, reader access, chains, and model migrations after event migrations.</summary>
public class ModelMigrationTests(DatabaseFixture database) : EngineTest(database)
{
    private static RequestEvent Create(string fqid, string fields) => new CreateRequestEvent(fqid, Json.Obj(fields));

    [Fact]
    public async Task A_model_migration_runs_only_in_finalize_with_upstreams_logs()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        var handler = Handler(TestMigrations.Model(() => [Create("a/2", """{"f": 1}""")]));
        await handler.MigrateAsync();
        Assert.Equal(["Running migrations.", "No event migrations to apply.", "1 model migration to apply.", "Current migration index: 1", "Done. Finalizing is still needed."], Logs);
        Logs.Clear();
        await handler.FinalizeAsync();
        Assert.Equal(
            ["Finalize migrations.", "No event migrations to apply.", "1 model migration to apply.", "Current migration index: 1",
             "Migrating models from MI 1 to MI 2 ...", "Cleaning collectionfield helper tables...", "Set the new migration index to 2...", "Done."],
            Logs);
        await AssertFinalized(2);
        await AssertModel("a/2", """{"f": 1, "meta_deleted": false, "meta_position": 2}""", position: 2);
        var position = await Rows("SELECT user_id, information::text, migration_index FROM positions WHERE position = 2");
        Assert.Equal([0, "null", 2], position[0]);
    }

    [Fact]
    public async Task A_model_migration_reads_through_the_reader()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await SetMigrationIndexTo1();
        var ran = false;
        await Handler(TestMigrations.Model(async reader =>
        {
            Json.AssertEqual(Json.Obj("""{"f": 1}"""), await reader.GetAsync("a/1", ["f"]));
            var all = await reader.GetAllAsync("a", ["f"]);
            Json.AssertEqual(Json.Obj("""{"f": 1}"""), all[1]);
            Assert.True(await reader.ExistsAsync("a", new FilterOperator("f", "=", 1)));
            Assert.Equal(1, await reader.MinAsync("a", new FilterOperator("f2", "=", null), "f"));
            Assert.False(reader.IsInMemoryMigration);
            ran = true;
            return null;
        })).FinalizeAsync();
        Assert.True(ran);
        await AssertFinalized(2);
    }

    [Fact]
    public async Task A_model_migration_without_events_writes_no_position()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Model(() => null)).FinalizeAsync();
        Assert.Equal(
            ["Finalize migrations.", "No event migrations to apply.", "1 model migration to apply.", "Current migration index: 1",
             "Migrating models from MI 1 to MI 2 ...", "Cleaning collectionfield helper tables...", "Set the new migration index to 2...", "Done."],
            Logs);
        await AssertFinalized(2);
        await AssertCount("positions", 1);
    }

    private static readonly string[] EventThenModelFinalizeLogs =
    [
        "Cleaning collectionfield helper tables...", "Calculate helper tables...", "Deleting all migration keyframes...",
        "Swap events and migration_events tables...", "Set the new migration index to 2...", "Clean up migration data...",
        "Migrating models from MI 2 to MI 3 ...", "Cleaning collectionfield helper tables...", "Set the new migration index to 3...", "Done.",
    ];

    [Fact]
    public async Task A_model_migration_after_an_event_migration_migrate_then_finalize()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        var handler = Handler(
            TestMigrations.Event(_ => [new CreateEvent("a/1", Json.Obj("""{"f": 1}"""))]),
            TestMigrations.Model(() => [Create("a/2", """{"f": 1}""")], 3));
        await handler.MigrateAsync();
        Assert.Equal(["Running migrations.", "1 event migration to apply.", "1 model migration to apply.", "Current migration index: 1",
            "Position 1 from MI 1 to MI 2 ...", "Done. Finalizing is still needed."], Logs);
        Logs.Clear();
        await handler.FinalizeAsync();
        Assert.Equal(
            ["Finalize migrations.", "No event migrations to apply, but finalizing is still needed.", "1 model migration to apply.", "Current migration index: 1",
             .. EventThenModelFinalizeLogs],
            Logs);
        await AssertFinalized(3);
        await AssertModel("a/1", """{"f": 1, "meta_deleted": false, "meta_position": 1}""", position: 2);
        await AssertModel("a/2", """{"f": 1, "meta_deleted": false, "meta_position": 2}""", position: 2);
    }

    [Fact]
    public async Task A_model_migration_after_an_event_migration_finalize_directly()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        await Handler(
            TestMigrations.Event(_ => [new CreateEvent("a/1", Json.Obj("""{"f": 1}"""))]),
            TestMigrations.Model(() => [Create("a/2", """{"f": 1}""")], 3)).FinalizeAsync();
        Assert.Equal(
            ["Finalize migrations.", "1 event migration to apply.", "1 model migration to apply.", "Current migration index: 1",
             "Position 1 from MI 1 to MI 2 ...", .. EventThenModelFinalizeLogs],
            Logs);
        await AssertFinalized(3);
        await AssertModel("a/1", """{"f": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertModel("a/2", """{"f": 1, "meta_deleted": false, "meta_position": 2}""");
        await AssertReplayEqualsModels();
    }

    [Fact]
    public async Task Four_chained_model_migrations_write_positions_two_to_four()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await SetMigrationIndexTo1();
        const string Final1 = """{"g": [2, 3, 4, 5], "meta_position": 4, "meta_deleted": false}""";
        const string Final2 = """{"f": 1, "meta_position": 2, "meta_deleted": false}""";
        var checkedFinal = false;
        await Handler(
            TestMigrations.Model(() => [Create("a/2", """{"f": 1}""")]),
            TestMigrations.Model(() => [new UpdateRequestEvent("a/1", Json.Obj("""{"f": null, "g": [2, 3]}"""))], 3),
            TestMigrations.Model(() => [new UpdateRequestEvent("a/1", [], Json.Obj("""{"g": [4, 5]}"""))], 4),
            TestMigrations.Model(async reader =>
            {
                Json.AssertEqual(Json.Obj(Final1), await reader.GetAsync("a/1"));
                Json.AssertEqual(Json.Obj(Final2), await reader.GetAsync("a/2"));
                checkedFinal = true;
                return null;
            }, 5)).FinalizeAsync();
        Assert.True(checkedFinal);
        Assert.Equal(
            ["Finalize migrations.", "No event migrations to apply.", "4 model migrations to apply.", "Current migration index: 1",
             "Migrating models from MI 1 to MI 5 ...", "Cleaning collectionfield helper tables...", "Set the new migration index to 5...", "Done."],
            Logs);
        await AssertFinalized(5);
        await AssertModel("a/1", """{"f": 1, "meta_deleted": false, "meta_position": 1}""", position: 1);
        await AssertModel("a/1", """{"f": 1, "meta_deleted": false, "meta_position": 1}""", position: 2);
        await AssertModel("a/1", """{"g": [2, 3], "meta_deleted": false, "meta_position": 3}""", position: 3);
        await AssertModel("a/1", Final1, position: 4);
        await AssertModel("a/2", Final2, position: 4);
        var users = await Rows("SELECT position, user_id, information::text FROM positions ORDER BY position");
        Assert.Equal([[1, 0, "null"], [2, 0, "null"], [3, 0, "null"], [4, 0, "null"]], users.Select(r => new object[] { r[0]!, r[1]!, r[2]! }).ToList());
    }

    [Fact]
    public async Task A_failing_model_migration_rolls_the_whole_finalize_back()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        var handler = Handler(
            TestMigrations.Event(_ => [new CreateEvent("a/1", Json.Obj("""{"f": 1}"""))]),
            TestMigrations.Model(() => [Create("a/2", """{"f": 1}""")], 3),
            TestMigrations.Model(() => throw new InvalidOperationException("broken data"), 4, "0003_check"));
        var e = await Assert.ThrowsAsync<MigrationFailedException>(() => handler.FinalizeAsync());
        Assert.Equal("Migration 0003_check (MI 3 to MI 4) failed: InvalidOperationException: broken data", e.Message);
        Assert.Contains("Migration from MI 3 to MI 4 failed!", Logs);

        // Not a mix: the positions keep MI 1, the event migration waits in the migration tables, no model position exists.
        Assert.Equal(1, await Scalar<int>("SELECT max(migration_index) FROM positions"));
        await AssertCount("positions", 1);
        await AssertCount("migration_positions", 1);
        Assert.Equal(MigrationState.FinalizationRequired, await handler.GetMigrationStateAsync());
        await AssertModel("a/1", """{"meta_deleted": false, "meta_position": 1}""");
    }
}
