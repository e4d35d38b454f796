namespace Migrations.Tests;

/// <summary>0043_update_workflow_timestamp: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0043UpdateWorkflowTimestampTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0043_migration()
    {
        await Write("""{"type": "create", "fqid": "motion/1", "fields": {"a": 1, "created": 1686740704}}""",
            """{"type": "create", "fqid": "motion_state/1", "fields": {"b": 1, "set_created_timestamp": true}}""");
        await Write("""{"type": "update", "fqid": "motion/1", "fields": {"a": 2, "created": 1686740814}}""",
            """{"type": "update", "fqid": "motion_state/1", "fields": {"b": 2, "set_created_timestamp": false}}""");
        await Write("""{"type": "delete", "fqid": "motion/1"}""",
            """{"type": "delete", "fqid": "motion_state/1"}""");
        await Write("""{"type": "restore", "fqid": "motion/1"}""",
            """{"type": "restore", "fqid": "motion_state/1"}""");
        await Finalize("0043_update_workflow_timestamp");
        await AssertBackendModel("motion/1", """{"meta_deleted": false, "meta_position": 1, "a": 1, "created": 1686740704, "workflow_timestamp": 1686740704}""", 1);
        await AssertBackendModel("motion_state/1", """{"b": 1, "set_workflow_timestamp": true, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("motion/1", """{"meta_deleted": false, "meta_position": 2, "a": 2, "created": 1686740814, "workflow_timestamp": 1686740814}""", 2);
        await AssertBackendModel("motion_state/1", """{"b": 2, "set_workflow_timestamp": false, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("motion/1", """{"meta_deleted": true, "meta_position": 3, "a": 2, "created": 1686740814, "workflow_timestamp": 1686740814}""", 3);
        await AssertBackendModel("motion_state/1", """{"b": 2, "set_workflow_timestamp": false, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("motion/1", """{"meta_deleted": false, "meta_position": 4, "a": 2, "created": 1686740814, "workflow_timestamp": 1686740814}""", 4);
        await AssertBackendModel("motion_state/1", """{"b": 2, "set_workflow_timestamp": false, "meta_deleted": false, "meta_position": 4}""", 4);
    }
}
