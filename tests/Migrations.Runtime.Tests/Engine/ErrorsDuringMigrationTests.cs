using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;

namespace Migrations.Runtime.Tests.Engine;

/// <summary>Upstream's test_errors_during_migration: a failing position is rolled back, earlier ones stay, and a later run resumes.</summary>
public class ErrorsDuringMigrationTests(DatabaseFixture database) : EngineTest(database)
{
    private sealed class AbortException() : Exception("abort!");

    private static IReadOnlyList<DatastoreEvent>? FailOnA2(DatastoreEvent e) => e.Fqid == "a/2" ? throw new AbortException() : [e];

    private async Task<(Dictionary<string, System.Text.Json.Nodes.JsonObject> Before, int Dummy)> ThreePositions()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "create", "fqid": "a/2", "fields": {"f": 1}}""");
        await Write("""{"type": "create", "fqid": "a/3", "fields": {"f": 1}}""");
        await SetMigrationIndexTo1();
        var before = new Dictionary<string, System.Text.Json.Nodes.JsonObject>();
        foreach (var fqid in new[] { "a/1", "a/2", "a/3" })
        {
            before[fqid] = await ReadModel(fqid);
        }

        return (before, 0);
    }

    [Fact]
    public async Task A_failing_migration_changes_nothing_and_a_fixed_one_finalizes()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await SetMigrationIndexTo1();
        var before = await ReadModel("a/1");
        var e = await Assert.ThrowsAsync<MigrationFailedException>(() => Handler(TestMigrations.Event(_ => throw new AbortException())).MigrateAsync());
        Assert.IsType<AbortException>(e.InnerException);
        Assert.Contains("Migration from MI 1 to MI 2 failed!", Logs);
        await AssertCount("migration_positions", 0);

        await Handler(TestMigrations.Noop(2)).FinalizeAsync();
        await AssertModel("a/1", before);
        await AssertFinalized(2);
    }

    [Fact]
    public async Task The_failure_names_migration_position_and_fqid_and_keeps_the_cause()
    {
        await ThreePositions();
        var e = await Assert.ThrowsAsync<MigrationFailedException>(() => Handler(TestMigrations.Event(FailOnA2, name: "0001_fail_on_a2")).MigrateAsync());
        Assert.Equal("Migration 0001_fail_on_a2 (MI 1 to MI 2) failed on position 2 at event a/2: AbortException: abort!", e.Message);
        Assert.Equal(("0001_fail_on_a2", 2, "a/2"), (e.MigrationName, e.Position!.Value, e.Fqid!));
    }

    [Fact]
    public async Task Positions_before_the_failing_one_stay_migrated_and_migrate_resumes()
    {
        var (before, _) = await ThreePositions();
        await Assert.ThrowsAsync<MigrationFailedException>(() => Handler(TestMigrations.Event(FailOnA2)).MigrateAsync());
        await AssertCount("migration_positions", 1);
        await AssertCount("migration_events", 1);

        Logs.Clear();
        await Handler(TestMigrations.Noop(2)).MigrateAsync();
        Assert.DoesNotContain("Position 1 from MI 1 to MI 2 ...", Logs);
        Assert.Contains("Position 2 from MI 1 to MI 2 ...", Logs);
        await AssertCount("migration_positions", 3);
        await AssertCount("migration_events", 3);

        await Handler(TestMigrations.Noop(2)).FinalizeAsync();
        foreach (var (fqid, model) in before)
        {
            await AssertModel(fqid, model);
        }

        await AssertFinalized(2);
    }

    [Fact]
    public async Task Resume_after_a_failure_with_an_added_migration()
    {
        var (before, _) = await ThreePositions();
        await Assert.ThrowsAsync<MigrationFailedException>(() => Handler(TestMigrations.Event(FailOnA2)).MigrateAsync());
        await AssertCount("migration_positions", 1);
        await AssertCount("migration_events", 1);

        await Handler(TestMigrations.Noop(2), TestMigrations.Noop(3)).MigrateAsync();
        await AssertCount("migration_positions", 3);
        await AssertCount("migration_events", 3);

        await Handler(TestMigrations.Noop(2), TestMigrations.Noop(3)).FinalizeAsync();
        Assert.Equal(3, await Scalar<int>("SELECT max(migration_index) FROM positions"));
        Assert.Equal(3, await Scalar<int>("SELECT min(migration_index) FROM positions"));
        foreach (var (fqid, model) in before)
        {
            await AssertModel(fqid, model);
        }

        await AssertFinalized(3);
    }

    [Fact]
    public async Task A_failure_in_a_later_batch_keeps_the_earlier_batches_and_the_keyframes_consistent()
    {
        Options = new MigrationOptions { PageSize = 2, BatchPositions = 2, CheckpointInterval = TimeSpan.Zero };
        for (var i = 1; i <= 7; i++)
        {
            await Write($$$"""{"type": "create", "fqid": "a/{{{i}}}", "fields": {"f": {{{i}}}}}""", $$$"""{"type": "update", "fqid": "a/{{{i}}}", "fields": {"g": {{{i}}}}}""");
        }

        await SetMigrationIndexTo1();
        await Assert.ThrowsAsync<MigrationFailedException>(() => Handler(TestMigrations.Event(e => e.Fqid == "a/6" ? throw new AbortException() : [e])).MigrateAsync());
        await AssertCount("migration_positions", 5);

        // The resumed run reads the keyframe of position 5 and must see a/1..a/5.
        var seen = -1;
        await Handler(TestMigrations.Event((e, m) =>
        {
            if (e.Fqid == "a/6" && e.Type == EventType.Create)
            {
                seen = m.Old.GetAllIdsForCollection("a").Count;
            }

            return null;
        })).FinalizeAsync();
        Assert.Equal(5, seen);
        await AssertFinalized(2);
        await AssertReplayEqualsModels();
        await AssertModel("a/7", """{"f": 7, "g": 7, "meta_deleted": false, "meta_position": 7}""");
    }

    [Fact]
    public async Task A_bad_event_from_a_migration_fails_with_upstreams_message()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await SetMigrationIndexTo1();
        var e = await Assert.ThrowsAsync<MigrationFailedException>(() => Handler(TestMigrations.Event(_ => [new UpdateEvent("a/2", Json.Obj("""{"f": 2}"""))])).MigrateAsync());
        var inner = Assert.IsType<Errors.BadEventException>(e.InnerException);
        Assert.Equal("Model a/2 does not exist", inner.Message);
        Assert.EndsWith("BadEventException: Model a/2 does not exist", e.Message, StringComparison.Ordinal);
    }
}
