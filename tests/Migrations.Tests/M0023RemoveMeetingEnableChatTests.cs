namespace Migrations.Tests;

/// <summary>0023_remove_meeting_enable_chat: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0023RemoveMeetingEnableChatTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0023_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"a": 1, "enable_chat": false}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"a": 2, "enable_chat": true}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        await Write("""{"type": "restore", "fqid": "meeting/1"}""");
        await Finalize("0023_remove_meeting_enable_chat");
        await AssertBackendModel("meeting/1", """{"a": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }
}
