namespace Migrations.Tests;

/// <summary>0029_update_organization_user_ids: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0029UpdateOrganizationUserIdsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0029_migration()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 1}}""");
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1}}""");
        await Write("""{"type": "delete", "fqid": "user/1"}""");
        await Finalize("0029_update_organization_user_ids");
        await AssertBackendModel("organization/1", """{"id": 1, "user_ids": [1], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("organization/1", """{"id": 1, "user_ids": [], "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("user/1", """{"id": 1, "organization_id": 1, "meta_deleted": false, "meta_position": 2}""", 2);
    }

    [Fact]
    public async Task M0029_create_user_before_organization()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "organization/1", "fields": {"id": 1}}""");
        await Finalize("0029_update_organization_user_ids");
        await AssertBackendModel("organization/1", """{"id": 1, "user_ids": [1], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("user/1", """{"id": 1, "organization_id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
    }
}
