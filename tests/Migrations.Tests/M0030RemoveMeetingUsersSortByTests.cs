namespace Migrations.Tests;

/// <summary>0030_remove_meeting_users_sort_by: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0030RemoveMeetingUsersSortByTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0030_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"a": 1, "users_sort_by": false}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"a": 2, "users_sort_by": true}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        await Write("""{"type": "restore", "fqid": "meeting/1"}""");
        await Finalize("0030_remove_meeting_users_sort_by");
        await AssertBackendModel("meeting/1", """{"a": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }
}
