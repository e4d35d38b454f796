namespace Migrations.Tests;

/// <summary>0031_remove_permission_user_can_see_extra_data: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0031RemovePermissionUserCanSeeExtraDataTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0031_migration()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"permissions": ["user.can_see_extra_data"]}}""");
        await Write("""{"type": "update", "fqid": "group/1", "fields": {"permissions": ["user.can_see"]}}""");
        await Write("""{"type": "update", "fqid": "group/1", "fields": {"permissions": ["user.can_see_extra_data"]}}""");
        await Write("""{"type": "update", "fqid": "group/1", "list_fields": {"add": {}, "remove": {"permissions": ["user.can_see_extra_data"]}}}""");
        await Write("""{"type": "update", "fqid": "group/1", "list_fields": {"add": {"permissions": ["user.can_see_extra_data"]}, "remove": {}}}""");
        await Finalize("0031_remove_permission_user_can_see_extra_data");
        await AssertBackendModel("group/1", """{"permissions": [], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("group/1", """{"permissions": ["user.can_see"], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("group/1", """{"permissions": [], "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("group/1", """{"permissions": [], "meta_deleted": false, "meta_position": 3}""", 4);
        await AssertBackendModel("group/1", """{"permissions": [], "meta_deleted": false, "meta_position": 3}""", 5);
    }
}
