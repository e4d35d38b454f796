using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>
/// 0045_fix_amendment_paragraph: upstream's case (tests/system/migrations/test_0045_fix_amendment_paragraph.py) and
/// ours; expected values of ours come from upstream's migration run with python3 on the same models. 0044 and 0045
/// together: <see cref="M0044RemoveTemplateFieldsTests"/>.
/// </summary>
public class M0045FixAmendmentParagraphTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0045_fix_amendment_paragraph";

    [Fact]
    public async Task M0045_migration()
    {
        await Write(
            """
            {"type": "create", "fqid": "motion/61", "fields": {
                "id": 61,
                "amendment_paragraph_$": ["0", "1", "2", "42"],
                "amendment_paragraph_$0": "change",
                "amendment_paragraph_$1": "",
                "amendment_paragraph_$2": "",
                "amendment_paragraph_$42": "change"
            }}
            """,
            """{"type": "create", "fqid": "motion/62", "fields": {"id": 62, "title": "test"}}""",
            """
            {"type": "create", "fqid": "motion/63", "fields": {
                "id": 63,
                "title": "test",
                "amendment_paragraph_$": ["0", "1", "2", "42"],
                "amendment_paragraph_$0": "change",
                "amendment_paragraph_$1": "",
                "amendment_paragraph_$2": "",
                "amendment_paragraph_$42": "change"
            }}
            """);
        await Write("""{"type": "delete", "fqid": "motion/63"}""");
        await Finalize(Name);
        await AssertBackendModel("motion/61", """{"id": 61, "amendment_paragraphs": {"0": "change", "1": "", "2": "", "42": "change"}}""");
        await AssertBackendModel("motion/62", """{"id": 62, "title": "test"}""");
        var motion63 = await ReadBackendModel("motion/63");
        Assert.True((bool?)motion63["meta_deleted"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""["0", "1", "2", "42"]"""), motion63["amendment_paragraph_$"]));
    }

    [Fact]
    public async Task M0045_empty_lists_missing_paragraphs_number_replacements_and_an_old_object()
    {
        // Every listed replacement becomes a key (a missing paragraph gives null, the number 7 the key "7"); an unlisted
        // structured field stays; an existing amendment_paragraphs is replaced.
        await Write("""{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "amendment_paragraph_$": []}}""",
            """
            {"type": "create", "fqid": "motion/2", "fields": {
                "id": 2, "amendment_paragraph_$": ["1", "2"], "amendment_paragraph_$1": "a", "amendment_paragraph_$3": "orphan"
            }}
            """,
            """{"type": "create", "fqid": "motion/3", "fields": {"id": 3, "amendment_paragraph_$": [7], "amendment_paragraph_$7": "x"}}""",
            """
            {"type": "create", "fqid": "motion/4", "fields": {
                "id": 4, "amendment_paragraphs": {"9": "old"}, "amendment_paragraph_$": ["1"], "amendment_paragraph_$1": "new"
            }}
            """);
        await Finalize(Name);
        await AssertBackendModel("motion/1", """{"id": 1, "amendment_paragraphs": {}}""");
        await AssertBackendModel("motion/2", """{"id": 2, "amendment_paragraph_$3": "orphan", "amendment_paragraphs": {"1": "a", "2": null}}""");
        await AssertBackendModel("motion/3", """{"id": 3, "amendment_paragraphs": {"7": "x"}}""");
        await AssertBackendModel("motion/4", """{"id": 4, "amendment_paragraphs": {"1": "new"}}""");
    }

    [Fact]
    public async Task M0045_nothing_to_migrate_writes_no_position()
    {
        await Write("""{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "amendment_paragraphs_$": ["1"], "amendment_paragraphs_$1": "misspelt"}}""");
        await Finalize(Name);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("motion/1", """{"id": 1, "amendment_paragraphs_$": ["1"], "amendment_paragraphs_$1": "misspelt"}""");
    }

    [Fact]
    public async Task M0045_in_memory_a_null_template_field_is_not_matched()
    {
        // "!= None" leaves a null value out in memory (Python) as in the database (SQL); it stays as it is.
        var result = await MigrateInMemory(Name, """
            {
                "motion/1": {"id": 1, "amendment_paragraph_$": null},
                "motion/2": {"id": 2, "amendment_paragraph_$": ["1", "2"], "amendment_paragraph_$1": "x", "amendment_paragraph_$2": ""},
                "motion/3": {"id": 3}
            }
            """);
        AssertModels(result, """
            {
                "motion/1": {"id": 1, "amendment_paragraph_$": null},
                "motion/2": {"id": 2, "amendment_paragraphs": {"1": "x", "2": ""}},
                "motion/3": {"id": 3}
            }
            """);
    }
}
