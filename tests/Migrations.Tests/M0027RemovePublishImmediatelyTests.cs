namespace Migrations.Tests;

/// <summary>0027_remove_publish_immediately: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0027RemovePublishImmediatelyTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0027_migration()
    {
        await Write("""{"type": "create", "fqid": "poll/1", "fields": {"a": 1, "publish_immediately": false}}""",
            """{"type": "create", "fqid": "option/11", "fields": {"a": 1, "publish_immediately": true}}""");
        await Write("""{"type": "update", "fqid": "poll/1", "fields": {"a": 2, "publish_immediately": true}}""",
            """{"type": "update", "fqid": "option/11", "fields": {"a": 2, "publish_immediately": false}}""");
        await Write("""{"type": "delete", "fqid": "poll/1"}""",
            """{"type": "delete", "fqid": "option/11"}""");
        await Write("""{"type": "restore", "fqid": "poll/1"}""",
            """{"type": "restore", "fqid": "option/11"}""");
        await Finalize("0027_remove_publish_immediately");
        await AssertBackendModel("poll/1", """{"a": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("poll/1", """{"a": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("poll/1", """{"a": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("poll/1", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("option/11", """{"a": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("option/11", """{"a": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("option/11", """{"a": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("option/11", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }
}
