using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.Tests.Writing;

/// <summary>The writer (spec §2.1): database events with weights, models, id_sequences and collectionfields.</summary>
public class WriterTests(DatabaseFixture database) : DatabaseTest(database)
{
    private Task<List<object?[]>> Events() =>
        Rows("SELECT position, fqid, type::text, data::text, weight FROM events ORDER BY position, weight");

    [Fact]
    public async Task A_create_becomes_one_position_with_one_event_and_a_model()
    {
        var position = await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1, "g": "x", "n": null}}""");
        Assert.Equal(1, position);
        var events = await Events();
        Assert.Single(events);
        Assert.Equal([1, "a/1", "create", """{"f": 1, "g": "x"}""", 1], events[0]);
        await AssertModel("a/1", """{"f": 1, "g": "x", "meta_deleted": false, "meta_position": 1}""");
        Assert.Equal(false, (await Rows("SELECT deleted FROM models"))[0][0]);
    }

    [Fact]
    public async Task An_update_becomes_update_deletefields_and_listfields_in_that_order()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1, "g": 2, "l": [1]}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 3, "g": null}, "list_fields": {"add": {"l": [2]}, "remove": {"m": [1]}}}""");
        var events = (await Events()).Where(r => (int)r[0]! == 2).ToList();
        Assert.Equal(3, events.Count);
        Assert.Equal([2, "a/1", "update", """{"f": 3}""", 1], events[0]);
        Assert.Equal([2, "a/1", "deletefields", """["g"]""", 2], events[1]);
        Assert.Equal([2, "a/1", "listfields", """{"add": {"l": [2]}, "remove": {"m": [1]}}""", 3], events[2]);
        await AssertModel("a/1", """{"f": 3, "l": [1, 2], "meta_deleted": false, "meta_position": 2}""");
    }

    [Fact]
    public async Task Delete_and_restore_store_json_null_and_keep_the_fields()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "delete", "fqid": "a/1"}""");
        await AssertModel("a/1", """{"f": 1, "meta_deleted": true, "meta_position": 2}""");
        Assert.Equal(true, (await Rows("SELECT deleted FROM models"))[0][0]);
        await Write("""{"type": "restore", "fqid": "a/1"}""");
        await AssertModel("a/1", """{"f": 1, "meta_deleted": false, "meta_position": 3}""");

        var rows = await Rows("SELECT type::text, data IS NULL, jsonb_typeof(data) FROM events WHERE type IN ('delete', 'restore') ORDER BY position");
        Assert.Equal(["delete", false, "null"], rows[0]);
        Assert.Equal(["restore", false, "null"], rows[1]);
        await AssertModel("a/1", """{"f": 1, "meta_deleted": true, "meta_position": 2}""", position: 2);
    }

    [Fact]
    public async Task Weights_run_over_all_events_of_a_request_and_later_events_see_earlier_ones()
    {
        var position = await Write(
            """{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""",
            """{"type": "update", "fqid": "a/1", "fields": {"f": 2, "x": null}}""",
            """{"type": "create", "fqid": "b/5", "fields": {"l": ["x"]}}""",
            """{"type": "update", "fqid": "b/5", "list_fields": {"add": {"l": ["y", "x"]}}}""",
            """{"type": "delete", "fqid": "a/1"}""");
        Assert.Equal(1, position);
        var events = await Events();
        Assert.Equal(new[] { "create", "update", "deletefields", "create", "listfields", "delete" }, events.Select(r => (string)r[2]!));
        Assert.Equal(Enumerable.Range(1, 6), events.Select(r => (int)r[4]!));
        await AssertModel("a/1", """{"f": 2, "meta_deleted": true, "meta_position": 1}""");
        await AssertModel("b/5", """{"l": ["x", "y"], "meta_deleted": false, "meta_position": 1}""");
    }

    [Fact]
    public async Task Id_sequences_hold_the_next_free_id_and_never_go_down()
    {
        await Write("""{"type": "create", "fqid": "a/3", "fields": {"f": 1}}""", """{"type": "create", "fqid": "b/5", "fields": {"f": 1}}""");
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        var rows = await Rows("SELECT collection, id FROM id_sequences ORDER BY collection");
        Assert.Equal(["a", 4], rows[0]);
        Assert.Equal(["b", 6], rows[1]);
    }

    [Fact]
    public async Task Collectionfields_record_the_last_position_and_link_every_event_that_modified_them()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 2}}""", """{"type": "create", "fqid": "a/2", "fields": {"g": 1}}""");
        await Write("""{"type": "delete", "fqid": "a/2"}""");

        var fields = await Rows("SELECT collectionfield, position FROM collectionfields ORDER BY collectionfield");
        Assert.Equal(
            [["a/f", 2], ["a/g", 3], ["a/meta_deleted", 3], ["a/meta_position", 3]],
            fields.Select(r => new object[] { r[0]!, r[1]! }).ToList());

        var links = await Rows("""
            SELECT e.position, e.weight, c.collectionfield FROM events_to_collectionfields l
            JOIN events e ON e.id = l.event_id JOIN collectionfields c ON c.id = l.collectionfield_id
            ORDER BY e.position, e.weight, c.collectionfield
            """);
        Assert.Equal(
            [
                [1, 1, "a/f"], [1, 1, "a/meta_deleted"],
                [2, 1, "a/f"],
                [2, 2, "a/g"], [2, 2, "a/meta_deleted"],
                [3, 1, "a/g"], [3, 1, "a/meta_deleted"], [3, 1, "a/meta_position"],
            ],
            links.Select(r => new object[] { r[0]!, r[1]!, r[2]! }).ToList());
    }

    [Fact]
    public async Task Information_and_user_are_stored_and_empty_information_is_json_null()
    {
        await Writer.WriteAsync(new WriteRequest([Requests.Event("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""")], Json.Node("""["created a"]"""), userId: 7));
        await Writer.WriteAsync(new WriteRequest([Requests.Event("""{"type": "create", "fqid": "a/2", "fields": {"f": 1}}""")], new JsonObject(), userId: 0));
        var rows = await Rows("SELECT user_id, information::text, information IS NULL, timestamp IS NOT NULL FROM positions ORDER BY position");
        Assert.Equal([7, """["created a"]""", false, true], rows[0]);
        Assert.Equal([0, "null", false, true], rows[1]);
    }

    [Fact]
    public async Task Several_requests_are_one_transaction_with_one_position_each()
    {
        var positions = await Writer.WriteAsync([
            Requests.Parse("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}"""),
            Requests.Parse("""{"type": "update", "fqid": "a/1", "fields": {"f": 2}}"""),
        ]);
        Assert.Equal([1, 2], positions);
        await AssertModel("a/1", """{"f": 1, "meta_deleted": false, "meta_position": 1}""", position: 1);
        await AssertModel("a/1", """{"f": 2, "meta_deleted": false, "meta_position": 2}""");

        await Assert.ThrowsAsync<ModelDoesNotExistException>(() => Writer.WriteAsync([
            Requests.Parse("""{"type": "update", "fqid": "a/1", "fields": {"f": 3}}"""),
            Requests.Parse("""{"type": "update", "fqid": "a/9", "fields": {"f": 3}}"""),
        ]));
        await AssertModel("a/1", """{"f": 2, "meta_deleted": false, "meta_position": 2}""");
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
    }

    public static TheoryData<string[], string, string> Preconditions => new()
    {
        { ["""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}"""], """{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""", "MODEL_EXISTS" },
        { ["""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""", """{"type": "delete", "fqid": "a/1"}"""], """{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""", "MODEL_EXISTS" },
        { [], """{"type": "update", "fqid": "a/1", "fields": {"f": 1}}""", "MODEL_DOES_NOT_EXIST" },
        { ["""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""", """{"type": "delete", "fqid": "a/1"}"""], """{"type": "update", "fqid": "a/1", "fields": {"f": 1}}""", "MODEL_DOES_NOT_EXIST" },
        { [], """{"type": "delete", "fqid": "a/1"}""", "MODEL_DOES_NOT_EXIST" },
        { ["""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""", """{"type": "delete", "fqid": "a/1"}"""], """{"type": "delete", "fqid": "a/1"}""", "MODEL_DOES_NOT_EXIST" },
        { [], """{"type": "restore", "fqid": "a/1"}""", "MODEL_NOT_DELETED" },
        { ["""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}"""], """{"type": "restore", "fqid": "a/1"}""", "MODEL_NOT_DELETED" },
        { ["""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}"""], """{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [1]}}}""", "INVALID_FORMAT" },
    };

    [Theory]
    [MemberData(nameof(Preconditions))]
    public async Task Precondition_violations_are_reported_and_leave_the_data_untouched(string[] before, string request, string errorType)
    {
        foreach (var write in before)
        {
            await Write(write);
        }

        var snapshot = await Rows("SELECT fqid, data::text, deleted FROM models ORDER BY fqid");
        var e = Assert.IsAssignableFrom<DatastoreException>(await Record.ExceptionAsync(() => Write(request)));
        Assert.Equal(errorType, e.ErrorType);
        Assert.Equal(snapshot, await Rows("SELECT fqid, data::text, deleted FROM models ORDER BY fqid"));
        Assert.Equal((long)before.Length, await Scalar<long>("SELECT count(*) FROM positions"));
    }

    [Fact]
    public async Task Precondition_messages_name_the_model()
    {
        Assert.Equal("Model 'a/1' does not exist.", (await Assert.ThrowsAsync<ModelDoesNotExistException>(() => Write("""{"type": "delete", "fqid": "a/1"}"""))).Message);
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        Assert.Equal("Model 'a/1' already exists.", (await Assert.ThrowsAsync<ModelExistsException>(() => Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}"""))).Message);
        Assert.Equal("Model 'a/1' is not deleted.", (await Assert.ThrowsAsync<ModelNotDeletedException>(() => Write("""{"type": "restore", "fqid": "a/1"}"""))).Message);
    }

    [Fact]
    public async Task List_updates_on_non_lists_and_on_lists_with_invalid_entries_are_invalid_format()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1, "g": [{"x": 1}]}}""");
        var e = await Assert.ThrowsAsync<InvalidFormatException>(() => Write("""{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [1]}}}"""));
        Assert.Equal("Field f on model a/1 is not a list, but of type number", e.Message);
        e = await Assert.ThrowsAsync<InvalidFormatException>(() => Write("""{"type": "update", "fqid": "a/1", "list_fields": {"remove": {"g": [1]}}}"""));
        Assert.Equal("""Field g on model a/1 contains invalid entry for list update (of type object): {"x":1}""", e.Message);
    }

    [Fact]
    public void Malformed_requests_are_rejected_with_upstreams_messages()
    {
        Assert.Equal("No fields are given", Assert.Throws<InvalidRequestException>(() => new UpdateRequestEvent("a/1", [])).Message);
        Assert.Equal("Fields cannot be given both as normal fields and as list updates",
            Assert.Throws<InvalidRequestException>(() => new UpdateRequestEvent("a/1", Json.Obj("""{"f": 1}"""), Json.Obj("""{"f": [1]}"""))).Message);
        Assert.Equal("Field meta_x is reserved", Assert.Throws<InvalidFormatException>(() => new CreateRequestEvent("a/1", Json.Obj("""{"meta_x": 1}"""))).Message);
        Assert.Equal("Field meta_x is reserved", Assert.Throws<InvalidFormatException>(() => new UpdateRequestEvent("a/1", null, Json.Obj("""{"meta_x": [1]}"""))).Message);
        Assert.Equal("The key 'a/x' is no fqid, fqfield or collectionkey", Assert.Throws<InvalidFormatException>(() => new DeleteRequestEvent("a/x")).Message);
        Assert.Equal("The key 'f-g' is no fqid, fqfield or collectionkey", Assert.Throws<InvalidFormatException>(() => new CreateRequestEvent("a/1", Json.Obj("""{"f-g": 1}"""))).Message);
        Assert.Equal("No events were given", Assert.Throws<InvalidFormatException>(() => new WriteRequest([])).Message);
    }

    [Fact]
    public async Task Keys_longer_than_the_tables_allow_are_rejected()
    {
        var longCollection = new string('a', 40);
        var e = await Assert.ThrowsAsync<InvalidFormatException>(() => Write($$$"""{"type": "create", "fqid": "{{{longCollection}}}/1234567890", "fields": {"f": 1}}"""));
        Assert.Equal($"fqid {longCollection}/1234567890 is too long (max: 48)", e.Message);

        var longField = "f" + new string('x', 240);
        e = await Assert.ThrowsAsync<InvalidFormatException>(() => Write($$$"""{"type": "create", "fqid": "a/1", "fields": {"{{{longField}}}": 1}}"""));
        Assert.Equal($"Collection field a/{longField} is too long (max: 239)", e.Message);
        Assert.Equal(0L, await Scalar<long>("SELECT count(*) FROM positions"));
    }

    [Fact]
    public async Task Concurrent_writers_get_distinct_positions_in_commit_order()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"n": []}}""");
        var writes = Enumerable.Range(1, 20).Select(i =>
            Write($$$$"""{"type": "update", "fqid": "a/1", "list_fields": {"add": {"n": [{{{{i}}}}]}}}""")).ToList();
        var positions = await Task.WhenAll(writes);
        Assert.Equal(Enumerable.Range(2, 20), positions.Order());
        var model = (await Reader.GetModelAsync("a/1"))!;
        Assert.Equal(20, model.Data["n"]!.AsArray().Count);
        Assert.Equal(21, model.Position);
    }

    [Fact]
    public async Task The_number_of_commands_per_request_does_not_grow_with_its_events()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        int small, large;
        using (var commands = new CommandCounter())
        {
            await Write("""{"type": "create", "fqid": "b/1", "fields": {"f": 1}}""");
            small = commands.Count;
        }

        var many = Enumerable.Range(2, 200).Select(i => $$$"""{"type": "create", "fqid": "b/{{{i}}}", "fields": {"f": {{{i}}}, "g": [1, 2]}}""").ToArray();
        using (var commands = new CommandCounter())
        {
            await Write(many);
            large = commands.Count;
        }

        Assert.Equal(small, large);
        Assert.InRange(small, 1, 3); // the writer lock, the read of indices and models, the insert
        Assert.Equal(200L, await Scalar<long>("SELECT count(*) FROM events WHERE position = 3"));
    }
}
