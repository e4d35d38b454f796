namespace Migrations.Tests;

/// <summary>0017_add_group_weight: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0017AddGroupWeightTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0017_migration()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"id": 42}}""");
        await Write("""{"type": "update", "fqid": "group/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "group/1"}""");
        await Write("""{"type": "restore", "fqid": "group/1"}""");
        await Finalize("0017_add_group_weight");
        await AssertBackendModel("group/1", """{"id": 42, "weight": 42, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("group/1", """{"id": 42, "weight": 42, "f": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("group/1", """{"id": 42, "weight": 42, "f": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("group/1", """{"id": 42, "weight": 42, "f": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }
}
