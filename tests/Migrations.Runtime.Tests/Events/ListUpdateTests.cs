using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;

namespace Migrations.Runtime.Tests.Events;

/// <summary>The list-update algorithm of spec §2.3 with its quirks, on the shared implementation.</summary>
public class ListUpdateTests
{
    private static JsonObject Modified(string model, string add, string remove)
    {
        var result = ListUpdate.ComputeModifiedFields("a/1", Json.Obj(model), Json.Obj(add), Json.Obj(remove));
        var json = new JsonObject();
        foreach (var (field, list) in result)
        {
            json[field] = list;
        }

        return json;
    }

    [Theory]
    // model, add, remove, modified fields
    [InlineData("""{"f": [1]}""", """{"f": [2]}""", "{}", """{"f": [1, 2]}""")]
    [InlineData("""{"f": [1]}""", """{"f": [1]}""", "{}", """{"f": [1]}""")] // existing entries are never duplicated
    [InlineData("""{"f": [1]}""", """{"f": [2, 2]}""", "{}", """{"f": [1, 2, 2]}""")] // duplicates inside one add: appended twice
    [InlineData("{}", """{"f": [1]}""", "{}", """{"f": [1]}""")] // adding to a missing field creates it
    [InlineData("""{"f": [1, 2]}""", "{}", """{"f": [1]}""", """{"f": [2]}""")]
    [InlineData("""{"f": [1]}""", "{}", """{"f": [1]}""", """{"f": []}""")] // an emptied list stays []
    [InlineData("""{"f": [1]}""", "{}", """{"f": [3]}""", """{"f": [1]}""")] // removing an absent value: no-op
    [InlineData("{}", "{}", """{"f": [1]}""", "{}")] // removing from a missing field: no-op, not modified
    [InlineData("{}", """{"f": [1, 2]}""", """{"f": [1]}""", """{"f": [1, 2]}""")] // remove skipped: field absent before the event
    [InlineData("""{"f": [1]}""", """{"f": [2]}""", """{"f": [1]}""", """{"f": [2]}""")] // remove sees the added list
    [InlineData("""{"f": ["a", 1]}""", """{"f": ["1", 1.0]}""", "{}", """{"f": ["a", 1, "1"]}""")] // 1.0 equals 1; "1" does not
    [InlineData("""{"f": [1], "g": [2]}""", """{"g": [3]}""", """{"f": [1]}""", """{"g": [2, 3], "f": []}""")]
    // The lookup behind add and remove keeps ValueEquals' meaning for every kind of entry:
    [InlineData("""{"f": [true, null, {"a": 1}, [1], 1e30]}""", """{"f": [true, null, {"a": 1}, [1], 1e30, 1, false, {"a": 2}]}""", "{}",
        """{"f": [true, null, {"a": 1}, [1], 1e30, 1, false, {"a": 2}]}""")] // true is not 1; objects, lists and numbers beyond decimal by value
    [InlineData("""{"f": [1e400, 2.50]}""", """{"f": [1e400, 2.5]}""", """{"f": [2.500]}""", """{"f": [1e400]}""")] // beyond decimal: by text
    [InlineData("""{"f": ["x", "y", 3]}""", "{}", """{"f": ["y", 3.0, {"x": 1}]}""", """{"f": ["x"]}""")]
    public void Add_then_remove_as_upstream(string model, string add, string remove, string expected) =>
        Json.AssertEqual(Json.Obj(expected), Modified(model, add, remove));

    [Fact]
    public void A_field_that_is_not_a_list_is_invalid()
    {
        var e = Assert.Throws<InvalidFormatException>(() => Modified("""{"f": 1}""", """{"f": [1]}""", "{}"));
        Assert.Equal("Field f on model a/1 is not a list, but of type number", e.Message);
    }

    [Fact]
    public void The_writer_rejects_list_entries_that_are_not_strings_or_integers()
    {
        var e = Assert.Throws<InvalidFormatException>(() => ListUpdate.ComputeModifiedFields(
            "a/1", Json.Obj("""{"f": [{"x": 1}]}"""), Json.Obj("""{"f": [1]}"""), [], onlyScalarEntries: true));
        Assert.Equal("""Field f on model a/1 contains invalid entry for list update (of type object): {"x":1}""", e.Message);
    }

    [Fact]
    public void Migrations_may_update_lists_of_objects()
    {
        var result = ListUpdate.ComputeModifiedFields("a/1", Json.Obj("""{"f": [{"x": 1}]}"""), Json.Obj("""{"f": [{"x": 1}, {"x": 2}]}"""), []);
        Json.AssertEqual(Json.Node("""[{"x": 1}, {"x": 2}]"""), result["f"]);
    }

    [Fact]
    public void The_model_itself_is_not_changed()
    {
        var model = Json.Obj("""{"f": [1]}""");
        ListUpdate.ComputeModifiedFields("a/1", model, Json.Obj("""{"f": [2]}"""), []);
        Json.AssertEqual(Json.Obj("""{"f": [1]}"""), model);
    }

    [Fact]
    public void A_long_list_gets_each_new_value_once_and_loses_each_removed_one()
    {
        var model = new JsonObject { ["f"] = new JsonArray([.. Enumerable.Range(0, 20_000).Select(i => (JsonNode)i)]) };
        var add = new JsonObject { ["f"] = new JsonArray([.. Enumerable.Range(10_000, 20_000).Select(i => (JsonNode)i)]) };
        var remove = new JsonObject { ["f"] = new JsonArray([.. Enumerable.Range(0, 5_000).Select(i => (JsonNode)(i * 2))]) };
        var result = ListUpdate.ComputeModifiedFields("a/1", model, add, remove)["f"];
        var expected = Enumerable.Range(0, 30_000).Where(i => i >= 10_000 || i % 2 == 1).ToList();
        Assert.Equal(expected, result.Select(n => n!.GetValue<int>()).ToList());
    }
}
