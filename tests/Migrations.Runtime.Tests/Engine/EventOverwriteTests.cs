using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;

namespace Migrations.Runtime.Tests.Engine;

/// <summary>Upstream's test_event_overwrite and test_filter_empty_events.</summary>
public class EventOverwriteTests(DatabaseFixture database) : EngineTest(database)
{
    private const string Meta1 = """{"meta_deleted": false, "meta_position": 1}""";

    [Fact]
    public async Task Returning_the_original_events_keeps_identical_rows()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await SetMigrationIndexTo1();
        var before = await Rows("SELECT id, position, fqid, type::text, data::text, weight FROM events ORDER BY id");
        await Handler(TestMigrations.Event(e => [e])).FinalizeAsync();
        Assert.Equal(before, await Rows("SELECT id, position, fqid, type::text, data::text, weight FROM events ORDER BY id"));
        await AssertFinalized(2);
    }

    [Fact]
    public async Task An_event_can_be_replaced_by_new_events()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Event(_ => [new CreateEvent("a/2", []), new CreateEvent("a/3", []), new CreateEvent("a/4", [])])).FinalizeAsync();
        await AssertCount("events", 3);
        Assert.Null(await Reader.GetModelAsync("a/1"));
        Assert.Null(await Reader.GetModelAtPositionAsync("a/1", 1));
        foreach (var fqid in new[] { "a/2", "a/3", "a/4" })
        {
            await AssertModel(fqid, Meta1);
        }
    }

    [Fact]
    public async Task Events_of_several_positions_are_replaced()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await Write("""{"type": "create", "fqid": "b/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Event(e => e.Fqid == "a/1"
            ? [new CreateEvent("a/2", []), new CreateEvent("a/3", [])]
            : [new CreateEvent("b/2", []), new CreateEvent("b/3", [])])).FinalizeAsync();
        await AssertCount("events", 4);
        Assert.Null(await Reader.GetModelAsync("a/1"));
        Assert.Null(await Reader.GetModelAsync("b/1"));
        await AssertModel("a/2", Meta1);
        await AssertModel("a/3", Meta1);
        await AssertModel("b/2", """{"meta_deleted": false, "meta_position": 2}""");
        await AssertModel("b/3", """{"meta_deleted": false, "meta_position": 2}""");
    }

    [Fact]
    public async Task New_events_are_ordered_by_their_weights()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 2}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Event(e => e.Type == EventType.Create
            ? [new CreateEvent("a/1", Json.Obj("""{"f": 4}""")), new UpdateEvent("a/1", Json.Obj("""{"f": 3}"""))]
            : [new UpdateEvent("a/1", Json.Obj("""{"f": 2}""")), new UpdateEvent("a/1", Json.Obj("""{"f": 1}"""))])).FinalizeAsync();
        await AssertCount("events", 4);
        await AssertModel("a/1", """{"f": 1, "meta_deleted": false, "meta_position": 2}""");
    }

    [Fact]
    public async Task Fewer_events_than_before()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": null, "f2": 2}}""");
        await SetMigrationIndexTo1();
        await AssertCount("events", 3);
        await Handler(TestMigrations.Noop(2), TestMigrations.Event(e => e is CreateEvent or UpdateEvent ? [e] : [], 3)).FinalizeAsync();
        await AssertCount("events", 2);
        await AssertModel("a/1", """{"f": 1, "f2": 2, "meta_deleted": false, "meta_position": 2}""");
    }

    [Fact]
    public async Task Returning_null_after_changing_the_event_keeps_the_original()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await SetMigrationIndexTo1();
        var before = await ReadModel("a/1");
        await Handler(TestMigrations.Event(e =>
        {
            ((CreateEvent)e).Data["f2"] = "Hi";
            return null;
        })).FinalizeAsync();
        await AssertModel("a/1", before);
    }

    [Fact]
    public async Task Additional_events_are_appended_to_the_position()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Event((_, _) => null, additional: _ => [new CreateEvent("a/2", []), new CreateEvent("a/3", []), new CreateEvent("a/4", [])])).FinalizeAsync();
        await AssertCount("events", 4);
        for (var i = 1; i <= 4; i++)
        {
            await AssertModel($"a/{i}", Meta1);
        }
    }

    [Fact]
    public async Task Streamed_additional_events_are_all_taken_before_the_first_is_applied()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        var migration = new StreamedAdditionalMigration(3);
        await Handler(new MigrationDescriptor(2, "Streamed", MigrationKind.Event, () => migration)).FinalizeAsync();
        Assert.Equal([false, false], migration.SeenEarlier);
        await AssertCount("events", 4);
        for (var i = 1; i <= 3; i++)
        {
            await AssertModel($"s/{i}", $$"""{"n": {{i}}, "meta_deleted": false, "meta_position": 1}""");
        }
    }

    // --- test_filter_empty_events

    [Fact]
    public async Task An_emptied_update_is_dropped()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 2}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Event(e =>
        {
            if (e is UpdateEvent update)
            {
                update.Data.Remove("f");
            }

            return [e];
        })).FinalizeAsync();
        await AssertCount("events", 1);
        await AssertModel("a/1", """{"f": 1, "meta_deleted": false, "meta_position": 1}""");
    }

    [Fact]
    public async Task An_emptied_list_update_is_dropped()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": [1]}}""");
        await Write("""{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [2]}, "remove": {"f": [1]}}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Event(e =>
        {
            if (e is ListUpdateEvent list)
            {
                list.Add.Remove("f");
                list.Remove.Remove("f");
            }

            return [e];
        })).FinalizeAsync();
        await AssertCount("events", 1);
        await AssertModel("a/1", """{"f": [1], "meta_deleted": false, "meta_position": 1}""");
    }

    [Fact]
    public async Task A_list_update_with_only_empty_lists_is_dropped()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": [1]}}""");
        await Write("""{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [2]}}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Event(e => e is ListUpdateEvent ? [new ListUpdateEvent("a/1", Json.Obj("""{"add": {"f": []}}"""))] : [e])).FinalizeAsync();
        await AssertCount("events", 1);
    }

    [Fact]
    public async Task An_emptied_deletefields_is_dropped()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": [1]}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": null}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Event(e =>
        {
            if (e is DeleteFieldsEvent deleteFields)
            {
                deleteFields.Fields.Remove("f");
            }

            return [e];
        })).FinalizeAsync();
        await AssertCount("events", 1);
        await AssertModel("a/1", """{"f": [1], "meta_deleted": false, "meta_position": 1}""");
    }

    [Fact]
    public async Task An_empty_result_drops_the_event_and_the_position_stays()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 2}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Event(e => e is UpdateEvent ? [] : null)).FinalizeAsync();
        await AssertCount("events", 1);
        await AssertCount("positions", 2);
        await AssertModel("a/1", """{"f": 1, "meta_deleted": false, "meta_position": 1}""");
    }
}
