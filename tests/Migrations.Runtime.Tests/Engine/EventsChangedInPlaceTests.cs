using System.Text.Json.Nodes;
using Migrations.Runtime.Events;

namespace Migrations.Runtime.Tests.Engine;

/// <summary>
/// A migration may change the event it gets in place (upstream's events are mutable). The old accessor must still get
/// the event as it was, and a migration that returns nothing keeps the original, whatever it did to the event. The
/// engine keeps the payload instead of a copy of every event, so these cases check that the original is rebuilt when
/// (and only when) the event was changed.
/// </summary>
public class EventsChangedInPlaceTests(DatabaseFixture database) : EngineTest(database)
{
    private async Task WriteHistory()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1, "l": [1]}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 2}}""");
        await Write("""{"type": "update", "fqid": "a/1", "list_fields": {"add": {"l": [2]}}}""");
        await Write("""{"type": "create", "fqid": "trigger/1", "fields": {}}""");
        await SetMigrationIndexTo1();
    }

    [Fact]
    public async Task An_event_changed_and_not_returned_stays_as_it_was()
    {
        await WriteHistory();
        var seen = new List<(JsonObject Old, JsonObject New)>();
        await Handler(TestMigrations.Event((e, m) =>
        {
            switch (e)
            {
                case UpdateEvent update:
                    update.Data["f"] = 99;
                    break;
                case ListUpdateEvent list:
                    list.Add = Json.Obj("""{"l": [7]}""");
                    break;
                default:
                    if (e.Fqid == "trigger/1")
                    {
                        seen.Add((m.Old.GetModel("a/1"), m.New.GetModel("a/1")));
                    }

                    break;
            }

            return null;
        })).FinalizeAsync();

        await AssertFinalized();
        await AssertModel("a/1", """{"f": 2, "l": [1, 2], "meta_deleted": false, "meta_position": 3}""");
        var events = await Rows("SELECT type::text, data::text FROM events WHERE fqid = 'a/1' ORDER BY position");
        Assert.Equal("""{"f": 2}""", events[1][1]);
        Assert.Equal("""{"add": {"l": [2]}, "remove": {}}""", events[2][1]);
        var (old, @new) = Assert.Single(seen);
        Json.AssertEqual(Json.Obj("""{"f": 2, "l": [1, 2], "meta_deleted": false, "meta_position": 3}"""), old);
        Json.AssertEqual(old, @new);
    }

    [Fact]
    public async Task The_old_accessor_gets_the_original_of_an_event_changed_and_returned()
    {
        await WriteHistory();
        var seen = new List<(JsonObject Old, JsonObject New)>();
        await Handler(TestMigrations.Event((e, m) =>
        {
            if (e is UpdateEvent update)
            {
                update.Data["f"] = update.Data["f"]!.GetValue<int>() * 10;
                return [e];
            }

            if (e.Fqid == "trigger/1")
            {
                seen.Add((m.Old.GetModel("a/1"), m.New.GetModel("a/1")));
            }

            return null;
        })).FinalizeAsync();

        await AssertFinalized();
        await AssertModel("a/1", """{"f": 20, "l": [1, 2], "meta_deleted": false, "meta_position": 3}""");
        var (old, @new) = Assert.Single(seen);
        Assert.Equal(2, old["f"]!.GetValue<int>());
        Assert.Equal(20, @new["f"]!.GetValue<int>());
        await AssertReplayEqualsModels();
    }

    [Fact]
    public async Task An_event_moved_to_another_model_in_place_leaves_the_old_accessor_on_the_original_model()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "create", "fqid": "trigger/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        var checks = 0;
        await Handler(TestMigrations.Event((e, m) =>
        {
            if (e.Fqid == "a/1")
            {
                e.Fqid = "b/1";
                return [e];
            }

            Assert.True(m.Old.ModelExists("a/1"));
            Assert.False(m.Old.ModelExists("b/1"));
            Assert.True(m.New.ModelExists("b/1"));
            Assert.False(m.New.ModelExists("a/1"));
            checks++;
            return null;
        })).FinalizeAsync();

        Assert.Equal(1, checks);
        await AssertFinalized();
        await AssertModel("b/1", """{"f": 1, "meta_deleted": false, "meta_position": 1}""");
        Assert.Empty(await Rows("SELECT 1 FROM models WHERE fqid = 'a/1'"));
    }

    [Fact]
    public async Task An_event_moved_in_place_and_not_returned_stays_on_its_model()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await SetMigrationIndexTo1();
        await Handler(TestMigrations.Event(e =>
        {
            e.Fqid = "b/1";
            return null;
        })).FinalizeAsync();

        await AssertFinalized();
        await AssertModel("a/1", """{"f": 1, "meta_deleted": false, "meta_position": 1}""");
        Assert.Empty(await Rows("SELECT 1 FROM models WHERE fqid = 'b/1'"));
    }
}
