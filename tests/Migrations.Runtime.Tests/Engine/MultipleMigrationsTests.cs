using Migrations.Runtime.Events;

namespace Migrations.Runtime.Tests.Engine;

/// <summary>Upstream's test_multiple_migrations_and_positions.</summary>
public class MultipleMigrationsTests(DatabaseFixture database) : EngineTest(database)
{
    private async Task WriteHistory()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1, "g": 1, "h": [], "i": [1]}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": null, "g": 2}, "list_fields": {"add": {"h": [1]}, "remove": {"i": [1]}}}""");
        await Write("""{"type": "delete", "fqid": "a/1"}""");
        await Write("""{"type": "restore", "fqid": "a/1"}""");
        await SetMigrationIndexTo1();
    }

    [Fact]
    public async Task Three_noop_migrations_together()
    {
        await WriteHistory();
        var before = await ReadModel("a/1");
        await Handler(TestMigrations.Noop(2), TestMigrations.Noop(3), TestMigrations.Noop(4)).FinalizeAsync();
        await AssertModel("a/1", before);
        await AssertFinalized(4);
        await AssertReplayEqualsModels();
    }

    [Fact]
    public async Task The_second_position_sees_old_and_new_data()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "create", "fqid": "trigger/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        var checkedSecond = false;
        await Handler(TestMigrations.Event((e, m) =>
        {
            if (e.Fqid == "a/1")
            {
                var data = ((CreateEvent)e).Data;
                data["f_new"] = data["f"]!.DeepClone();
                data.Remove("f");
                return [e];
            }

            var old = m.Old.GetModel("a/1");
            var @new = m.New.GetModel("a/1");
            Assert.True(old.ContainsKey("f"));
            Assert.True(@new.ContainsKey("f_new"));
            Json.AssertEqual(old["f"], @new["f_new"]);
            checkedSecond = true;
            return null;
        })).FinalizeAsync();
        Assert.True(checkedSecond);
        await AssertFinalized();
    }

    [Fact]
    public async Task The_second_migration_gets_the_events_of_the_first()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        DatastoreEvent? captured = null;
        await Handler(
            TestMigrations.Event(_ => [new CreateEvent("a/2", [])]),
            TestMigrations.Event(e =>
            {
                captured = e;
                return [e];
            }, 3)).FinalizeAsync();
        await AssertFinalized();
        Assert.Equal("a/2", captured?.Fqid);
    }

    [Fact]
    public async Task Two_noop_migrations_leave_one_event()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1, "g": 1, "h": [], "i": [1]}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Noop(2), TestMigrations.Noop(3)).FinalizeAsync();
        await AssertCount("events", 1);
        await AssertCount("migration_events", 0);
    }

    [Fact]
    public async Task Migrate_then_finalize()
    {
        await WriteHistory();
        var before = await ReadModel("a/1");
        var handler = Handler(TestMigrations.Noop(2), TestMigrations.Noop(3), TestMigrations.Noop(4));
        await handler.MigrateAsync();
        await handler.FinalizeAsync();
        await AssertModel("a/1", before);
        await AssertFinalized(4);
    }

    [Fact]
    public async Task Finalize_twice_with_more_migrations_in_between()
    {
        await WriteHistory();
        var before = await ReadModel("a/1");
        await Handler(TestMigrations.Noop(2), TestMigrations.Noop(3)).FinalizeAsync();
        await AssertModel("a/1", before);
        await AssertFinalized(3);
        await Handler(TestMigrations.Noop(2), TestMigrations.Noop(3), TestMigrations.Noop(4), TestMigrations.Noop(5)).FinalizeAsync();
        await AssertModel("a/1", before);
        await AssertFinalized(5);
    }

    [Fact]
    public async Task Migrate_with_one_migration_then_finalize_with_two()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 2}}""");
        await SetMigrationIndexTo1();
        var before = await ReadModel("a/1");
        await Handler(TestMigrations.Noop(2)).MigrateAsync();
        await Handler(TestMigrations.Noop(2), TestMigrations.Noop(3)).FinalizeAsync();
        await AssertModel("a/1", before);
        await AssertFinalized(3);
    }
}
