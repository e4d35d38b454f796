namespace Migrations.Tests;

/// <summary>0021_remove_resource: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0021RemoveResourceTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0021_migration()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 1, "resource_ids": [8]}}""",
            """{"type": "create", "fqid": "resource/8", "fields": {"id": 8, "token": "weblogo"}}""",
            """{"type": "create", "fqid": "theme/11", "fields": {"id": 11}}""");
        await Write("""{"type": "update", "fqid": "resource/8", "fields": {"token": "testlogo"}}""");
        await Write("""{"type": "delete", "fqid": "resource/8", "fields": {"token": "testlogo"}}""",
            """{"type": "update", "fqid": "organization/1", "fields": {"resource_ids": null}}""");
        await Finalize("0021_remove_resource");
        await AssertBackendModelDoesNotExist("resource/8", 2);
        await AssertBackendModel("organization/1", """{"id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("theme/11", """{"id": 11, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("organization/1", """{"id": 1, "meta_deleted": false, "meta_position": 1}""", 3);
    }
}
