namespace Migrations.Tests;

/// <summary>0004_add_motion_state_weight: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0004AddMotionStateWeightTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0004_add_motion_state_weight()
    {
        await Write("""{"type": "create", "fqid": "motion_state/1", "fields": {"id": 42}}""");
        await Write("""{"type": "update", "fqid": "motion_state/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "motion_state/1"}""");
        await Write("""{"type": "restore", "fqid": "motion_state/1"}""");
        await Finalize("0004_add_motion_state_weight");
        await AssertBackendModel("motion_state/1", """{"id": 42, "weight": 42, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("motion_state/1", """{"id": 42, "weight": 42, "f": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("motion_state/1", """{"id": 42, "weight": 42, "f": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("motion_state/1", """{"id": 42, "weight": 42, "f": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }
}
