using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Tests.Engine;

/// <summary>Upstream's test_basic_migrate_cases.</summary>
public class BasicMigrateCasesTests(DatabaseFixture database) : EngineTest(database)
{
    [Fact]
    public async Task No_migrations_to_apply_after_finalize()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        var handler = Handler(TestMigrations.Noop(2));
        await handler.FinalizeAsync();
        Assert.Contains("Position 1 from MI 1 to MI 2 ...", Logs);
        Logs.Clear();
        await handler.MigrateAsync();
        Assert.Contains("No event migrations to apply.", Logs);
        Assert.Contains("No model migrations to apply.", Logs);
        await AssertFinalized(2);
    }

    [Fact]
    public async Task Finalizing_is_still_needed_after_migrate()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        var handler = Handler(TestMigrations.Noop(2));
        await handler.MigrateAsync();
        Assert.Equal(
            ["Running migrations.", "1 event migration to apply.", "No model migrations to apply.", "Current migration index: 1",
             "Position 1 from MI 1 to MI 2 ...", "Done. Finalizing is still needed."],
            Logs);
        Logs.Clear();
        await handler.MigrateAsync();
        Assert.Contains("No event migrations to apply, but finalizing is still needed.", Logs);
    }

    [Fact]
    public async Task A_run_that_resumes_counts_the_migrations_the_untouched_positions_still_need()
    {
        // Deliberate difference: upstream counts from the migrated positions only and says "0 event migrations to
        // apply." here, then migrates position 2 through both.
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        var handler = Handler(TestMigrations.Noop(2), TestMigrations.Noop(3));
        await handler.MigrateAsync();
        await Write("""{"type": "create", "fqid": "a/2", "fields": {}}""");
        Logs.Clear();
        await handler.MigrateAsync();
        Assert.Equal(
            ["Running migrations.", "2 event migrations to apply.", "No model migrations to apply.", "Current migration index: 1",
             "Position 2 from MI 1 to MI 3 ...", "Done. Finalizing is still needed."],
            Logs);
    }

    [Fact]
    public async Task A_second_finalize_does_nothing()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        var handler = Handler(TestMigrations.Noop(2));
        await handler.FinalizeAsync();
        Logs.Clear();
        await handler.FinalizeAsync();
        Assert.Equal(["Finalize migrations.", "No event migrations to apply.", "No model migrations to apply.", "Current migration index: 2"], Logs);
    }

    [Fact]
    public async Task A_raising_migration_index_between_positions_is_refused()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await Write("""{"type": "create", "fqid": "a/2", "fields": {}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Noop(2)).MigrateAsync();
        await Execute("UPDATE migration_positions SET migration_index = 1 WHERE position = 1");
        var e = await Assert.ThrowsAsync<MismatchingMigrationIndicesException>(() => Handler(TestMigrations.Noop(2), TestMigrations.Noop(3)).MigrateAsync());
        Assert.Equal("Position 2 has a higher migration index as it's predecessor (position 1)", e.Message);
    }
}
