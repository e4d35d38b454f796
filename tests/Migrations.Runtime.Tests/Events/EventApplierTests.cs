using Migrations.Runtime.Events;

namespace Migrations.Runtime.Tests.Events;

/// <summary>The apply rules of spec §2.3 on single models (pure logic).</summary>
public class EventApplierTests
{
    [Fact]
    public void Create_stamps_meta_fields_and_copies_the_data()
    {
        var create = new CreateEvent("a/1", Json.Obj("""{"f": [1]}"""));
        var model = EventApplier.Apply(null, create, 7);
        Json.AssertEqual(Json.Obj("""{"f": [1], "meta_deleted": false, "meta_position": 7}"""), model.Data);
        Assert.False(model.Deleted);
        create.Data["f"]!.AsArray().Add(2);
        Json.AssertEqual(Json.Node("[1]"), model.Data["f"]);
    }

    [Fact]
    public void Update_deletefields_listfields_delete_restore_fold_as_upstream()
    {
        var model = EventApplier.Apply(null, new CreateEvent("a/1", Json.Obj("""{"f": 1, "g": 2, "l": [1]}""")), 1);
        model = EventApplier.Apply(model, new UpdateEvent("a/1", Json.Obj("""{"f": 3, "h": "x"}""")), 2);
        model = EventApplier.Apply(model, new DeleteFieldsEvent("a/1", ["g", "missing"]), 3);
        model = EventApplier.Apply(model, new ListUpdateEvent("a/1", Json.Obj("""{"add": {"l": [2]}, "remove": {"l": [1]}}""")), 4);
        Json.AssertEqual(Json.Obj("""{"f": 3, "h": "x", "l": [2], "meta_deleted": false, "meta_position": 4}"""), model.Data);

        model = EventApplier.Apply(model, new DeleteEvent("a/1"), 5);
        Assert.True(model.Deleted);
        Json.AssertEqual(Json.Obj("""{"f": 3, "h": "x", "l": [2], "meta_deleted": true, "meta_position": 5}"""), model.Data);

        model = EventApplier.Apply(model, new RestoreEvent("a/1"), 6);
        Assert.False(model.Deleted);
        Json.AssertEqual(Json.Obj("""{"f": 3, "h": "x", "l": [2], "meta_deleted": false, "meta_position": 6}"""), model.Data);
    }

    [Fact]
    public void Create_on_a_deleted_model_is_rejected()
    {
        var model = EventApplier.Apply(null, new CreateEvent("a/1", []), 1);
        model = EventApplier.Apply(model, new DeleteEvent("a/1"), 2);
        var e = Assert.Throws<Errors.BadEventException>(() => EventApplier.Apply(model, new CreateEvent("a/1", []), 3));
        Assert.Equal("Model a/1 already exists", e.Message);
    }

    [Fact]
    public void Events_round_trip_through_their_stored_form()
    {
        DatastoreEvent[] events =
        [
            new CreateEvent("a/1", Json.Obj("""{"f": 1}""")),
            new UpdateEvent("a/1", Json.Obj("""{"f": 2}""")),
            new DeleteFieldsEvent("a/1", ["f"]),
            new ListUpdateEvent("a/1", Json.Obj("""{"add": {"l": [1]}}""")),
            new DeleteEvent("a/1"),
            new RestoreEvent("a/1"),
        ];
        string[] stored = ["""{"f":1}""", """{"f":2}""", """["f"]""", """{"add":{"l":[1]},"remove":{}}""", "null", "null"];
        for (var i = 0; i < events.Length; i++)
        {
            Assert.Equal(stored[i], events[i].DataJson());
            var back = DatastoreEvent.From(events[i].Type.ToDbName(), "a/1", Json.Node(stored[i]));
            Assert.Equal(events[i].Type, back.Type);
            Assert.Equal(stored[i], back.DataJson());
        }
    }

    [Fact]
    public void A_non_string_field_name_in_stored_deletefields_is_rejected_with_upstreams_message()
    {
        var e = Assert.Throws<Errors.BadEventException>(() => DatastoreEvent.From("deletefields", "a/1", Json.Node("[1]")));
        Assert.Equal("The key `1` has type number, but string is expected", e.Message);
    }

    [Fact]
    public void Empty_update_listupdate_and_deletefields_are_recognisable_for_the_noop_filter()
    {
        Assert.True(new ListUpdateEvent("a/1", Json.Obj("""{"add": {"f": []}}""")).IsEmpty);
        Assert.False(new ListUpdateEvent("a/1", Json.Obj("""{"remove": {"f": [1]}}""")).IsEmpty);
    }
}
