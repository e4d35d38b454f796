using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>
/// 0046_fix_topic_tag_ids_error: upstream's case (tests/system/migrations/test_0046_fix_topic_tag_ids_error.py) and
/// ours; expected values of ours come from upstream's migration run with python3 on the same models.
/// </summary>
public class M0046FixTopicTagIdsErrorTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0046_fix_topic_tag_ids_error";

    [Fact]
    public async Task M0046_migration()
    {
        await Write(
            """{"type": "create", "fqid": "topic/61", "fields": {"id": 61, "tag_ids": [], "title": "topic61 with empty tag ids"}}""",
            """{"type": "create", "fqid": "topic/62", "fields": {"id": 62, "title": "topic62 without tag ids"}}""",
            """{"type": "create", "fqid": "topic/63", "fields": {"id": 63, "tag_ids": [5], "title": "topic63 with tag ids [5]"}}""");
        await Finalize(Name);
        await AssertBackendModel("topic/61", """{"id": 61, "title": "topic61 with empty tag ids"}""");
        await AssertBackendModel("topic/63", """{"id": 63, "title": "topic63 with tag ids [5]"}""");
    }

    [Fact]
    public async Task M0046_a_deleted_topic_keeps_its_tag_ids_and_no_position_is_written()
    {
        await Write("""{"type": "create", "fqid": "topic/1", "fields": {"id": 1, "tag_ids": [5]}}""",
            """{"type": "create", "fqid": "topic/2", "fields": {"id": 2, "title": "no tags"}}""");
        await Write("""{"type": "delete", "fqid": "topic/1"}""");
        await Finalize(Name);
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("topic/1", """{"id": 1, "tag_ids": [5], "meta_deleted": true}""");
        await AssertBackendModel("topic/2", """{"id": 2, "title": "no tags"}""");
    }

    [Fact]
    public async Task M0046_in_memory_a_null_tag_ids_counts_as_present()
    {
        // Import data may hold nulls; upstream's "in" sees the key, so the null field goes too.
        var result = await MigrateInMemory(Name, """
            {
                "topic/1": {"id": 1, "tag_ids": null, "title": "a"},
                "topic/2": {"id": 2, "tag_ids": [1, 2]},
                "topic/3": {"id": 3, "title": "c"},
                "tag/1": {"id": 1, "tagged_ids": ["topic/2"]}
            }
            """);
        AssertModels(result, """
            {
                "topic/1": {"id": 1, "title": "a"},
                "topic/2": {"id": 2},
                "topic/3": {"id": 3, "title": "c"},
                "tag/1": {"id": 1, "tagged_ids": ["topic/2"]}
            }
            """);
    }
}
