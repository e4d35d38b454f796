using Migrations.Runtime.Authoring;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Events;

namespace Migrations.Runtime.Tests.Engine;

/// <summary><see cref="EventMigration"/>'s ordering hook: the processing order, which the output follows, and its check.</summary>
public class EventOrderTests(DatabaseFixture database) : EngineTest(database)
{
    private sealed class Ordered(Func<IReadOnlyList<DatastoreEvent>, IEnumerable<DatastoreEvent>> order, List<string> seen) : EventMigration
    {
        protected override IEnumerable<DatastoreEvent> OrderEvents(IReadOnlyList<DatastoreEvent> events) => order(events);

        protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
        {
            seen.Add($"{@event.Type} {@event.Fqid}");
            return null;
        }
    }

    private MigrationDescriptor Descriptor(Func<IReadOnlyList<DatastoreEvent>, IEnumerable<DatastoreEvent>> order, List<string> seen) =>
        new(2, "OrderedMigration", MigrationKind.Event, () => new Ordered(order, seen));

    [Fact]
    public async Task The_default_order_is_creates_first_and_an_override_changes_processing_and_output()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 1}}""", """{"type": "create", "fqid": "b/1", "fields": {}}""", """{"type": "create", "fqid": "c/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        var seen = new List<string>();
        await Handler(Descriptor(events => events.Where(e => e.Type == EventType.Create).Reverse().Concat(events.Where(e => e.Type != EventType.Create)), seen)).FinalizeAsync();
        Assert.Equal(["Create a/1", "Create c/1", "Create b/1", "Update a/1"], seen);
        Assert.Equal(["c/1", "b/1", "a/1"], (await Rows("SELECT fqid FROM events WHERE position = 2 ORDER BY weight")).Select(r => (string)r[0]!));
    }

    [Fact]
    public async Task An_order_that_loses_or_repeats_an_event_fails_the_migration_and_names_the_rule()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""", """{"type": "create", "fqid": "b/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        var e = await Assert.ThrowsAnyAsync<Exception>(() => Handler(Descriptor(events => events.Take(1), [])).MigrateAsync());
        Assert.Contains("OrderedMigration: OrderEvents must yield every event of the position exactly once.", e.ToString(), StringComparison.Ordinal);
        var repeated = await Assert.ThrowsAnyAsync<Exception>(() => Handler(Descriptor(events => [events[0], events[0]], [])).MigrateAsync());
        Assert.Contains("OrderEvents must yield every event of the position exactly once.", repeated.ToString(), StringComparison.Ordinal);
        Assert.Equal(0L, await Scalar<long>("SELECT count(*) FROM migration_positions"));
    }
}
