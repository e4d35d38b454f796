namespace Migrations.Tests;

/// <summary>0015_remove_workflow_id: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0015RemoveWorkflowIdTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0015_migration()
    {
        await Write("""{"type": "create", "fqid": "motion/1", "fields": {"a": 1, "workflow_id": false}}""");
        await Write("""{"type": "update", "fqid": "motion/1", "fields": {"a": 2, "workflow_id": true}}""");
        await Write("""{"type": "delete", "fqid": "motion/1"}""");
        await Write("""{"type": "restore", "fqid": "motion/1"}""");
        await Finalize("0015_remove_workflow_id");
        await AssertBackendModel("motion/1", """{"a": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("motion/1", """{"a": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("motion/1", """{"a": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("motion/1", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }
}
