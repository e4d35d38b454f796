using System.Text.Json.Nodes;
using Migrations.Shared;

namespace Migrations.Tests;

/// <summary>
/// The parts of <see cref="CascadeDelete"/> and <see cref="DeletionSchema"/> that shape stored values: upstream's
/// <c>subtract_ids</c> and the <c>lstrip("generic-")</c> of foreign field names (expected values from CPython).
/// </summary>
public class CascadeDeleteTests
{
    [Theory]
    [InlineData("[9, 1, 17, 2]", "[1]", "[9, 2, 17]")]
    // CPython's difference copies a set more than four times the size of the other and discards from it.
    [InlineData("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]", "[5]", "[1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]")]
    // The size of the subtracted set decides between copying and rebuilding, also where its values cannot match.
    [InlineData("[21, 10, 26, 42, 4, 5, 53, 35]", "[99]", "[35, 4, 5, 10, 42, 21, 53, 26]")]
    [InlineData("[21, 10, 26, 42, 4, 5, 53, 35]", "[99, 98]", "[35, 4, 5, 42, 10, 21, 53, 26]")]
    [InlineData("[21, 10, 26, 42, 4, 5, 53, 35]", """["x/0", "x/1"]""", "[35, 4, 5, 42, 10, 21, 53, 26]")]
    [InlineData("[51, 19, 5, 21]", """["x/0", "x/1"]""", "[51, 5, 19, 21]")]
    // Strings come back sorted (CPython's order depends on the hash seed); other collections' fqids stay.
    [InlineData("""["topic/2", "motion/1", "agenda_item/7", "motion/2"]""", """["motion/1"]""", """["agenda_item/7", "motion/2", "topic/2"]""")]
    // Ids do not match fqids (the schema's referenced_in entries): nothing is removed, the list is sorted.
    [InlineData("""["motion/4", "motion/1"]""", "[1]", """["motion/1", "motion/4"]""")]
    // A list that is not all ints: ints ascending, then strings, duplicates once.
    [InlineData("""[3, "motion/1", 1, 3]""", "[1]", """[3, "motion/1"]""")]
    // A single value counts as a list of one.
    [InlineData("[3]", "[5]", "[3]")]
    public void Subtract_keeps_upstreams_order(string stored, string without, string expected) =>
        Json.AssertEqual(Json.Node(expected), Subtract(stored, without));

    [Theory]
    [InlineData("[]", "[1]")]
    [InlineData("[5]", "[5]")]
    [InlineData("[1, 2]", "[2, 1, 3]")]
    [InlineData("""["tag/1"]""", """["tag/1"]""")]
    public void Subtract_gives_null_when_nothing_is_left(string stored, string without) =>
        Assert.Null(Subtract(stored, without));

    [Theory]
    [InlineData("generic-tagged_ids", "tagged_ids", true)]
    [InlineData("generic-attachment_ids", "attachment_ids", true)]
    // lstrip takes a set of characters: c, e, g, i, n, r and - are all stripped from the front.
    [InlineData("generic-referenced_ids", "ferenced_ids", true)]
    [InlineData("generic-child_ids", "hild_ids", true)]
    [InlineData("x_generic-y", "x_generic-y", true)]
    [InlineData("child_ids", "child_ids", false)]
    public void Generic_foreign_fields_are_named_by_lstrip(string spec, string field, bool holdsFqids)
    {
        var relation = DeletionSchema.BackRelation.From("tag", "tag_ids", spec);
        Assert.Equal(field, relation.ForeignField);
        Assert.Equal(holdsFqids, relation.ForeignFieldHoldsFqids);
    }

    [Fact]
    public void A_schema_reads_in_order_and_refuses_a_deleted_collection_without_entry()
    {
        var schema = DeletionSchema.Parse("""
            {
                "a": {
                    "deletes_models_from": {"b": ["b_ids", "b_id"]},
                    "updates_models_from": {"c": {"c_id": "a_ids", "b_ids": "generic-x_ids"}}
                },
                "b": {"deletes_models_from": {}, "updates_models_from": {}}
            }
            """);
        Assert.Equal(["a", "b"], schema.Collections.Select(c => c.Collection));
        var a = schema.Rules("a")!;
        Assert.Equal(["b_ids", "b_id", "c_id"], a.FieldsToRead);
        Assert.Equal(
            [new DeletionSchema.BackRelation("c", "c_id", "a_ids", false), new DeletionSchema.BackRelation("c", "b_ids", "x_ids", true)],
            a.UpdatesModelsFrom);
        Assert.Throws<FormatException>(() => DeletionSchema.Parse("""{"a": {"deletes_models_from": {"b": ["b_ids"]}, "updates_models_from": {}}}"""));
    }

    private static JsonArray? Subtract(string stored, string without) =>
        CascadeDelete.Subtract([.. Json.Node(stored)!.AsArray()], [.. Json.Node(without)!.AsArray().Select(n => n!)]);
}
