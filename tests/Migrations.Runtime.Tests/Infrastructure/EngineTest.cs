using Migrations.Runtime.Authoring;
using Migrations.Runtime.Engine;

namespace Migrations.Runtime.Tests.Infrastructure;

/// <summary>Base of the engine's tests: a handler with captured log lines, and upstream's assertion helpers.</summary>
public abstract class EngineTest(DatabaseFixture database) : DatabaseTest(database)
{
    protected List<string> Logs { get; } = [];

    protected MigrationOptions Options { get; set; } = new() { PageSize = 3, BatchPositions = 2, CheckpointInterval = TimeSpan.Zero };

    protected MigrationHandler Handler(params MigrationDescriptor[] migrations) =>
        new(DataSource, migrations, new MigrationLogger(Logs.Add), Options);

    /// <summary>Upstream's set_migration_index_to_1: a migrate with no migrations turns MI -1 into 1.</summary>
    protected async Task SetMigrationIndexTo1()
    {
        Logs.Clear();
        await Handler().MigrateAsync();
        Assert.Equal(["Running migrations.", "The datastore has a migration index of -1.", "Set the new migration index to 1..."], Logs);
        Logs.Clear();
    }

    protected async Task AssertCount(string table, long expected) =>
        Assert.Equal(expected, await Scalar<long>($"SELECT count(*) FROM {table}"));

    /// <summary>Upstream's assert_finalized: one index everywhere and no migration or collectionfield data left.</summary>
    protected async Task AssertFinalized(int? target = null)
    {
        var indices = await Rows("SELECT DISTINCT migration_index FROM positions");
        Assert.Single(indices);
        if (target is not null)
        {
            Assert.Equal(target, indices[0][0]);
        }
        else
        {
            Assert.True((int)indices[0][0]! > 0);
        }

        foreach (var table in new[] { "migration_keyframes", "migration_keyframe_models", "collectionfields", "events_to_collectionfields", "migration_events", "migration_positions" })
        {
            await AssertCount(table, 0);
        }
    }

    /// <summary>Replays every model and compares it with <c>models</c> (every upstream framework test checks this).</summary>
    protected async Task AssertReplayEqualsModels()
    {
        var current = await CurrentModels();
        var replayed = await ReplayedModels();
        Assert.Equal(current.Keys.Order(), replayed.Keys.Order());
        foreach (var (fqid, model) in current)
        {
            Json.AssertEqual(model.Data, replayed[fqid].Data);
            Assert.Equal(model.Deleted, replayed[fqid].Deleted);
        }
    }
}
