namespace Migrations.Tests;

/// <summary>0028_rename_motion_sort_children_ids: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0028RenameMotionSortChildrenIdsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0028_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""");
        await Write("""{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "sort_children_ids": [1], "sort_parent_id": 1}}""");
        await Finalize("0028_rename_motion_sort_children_ids");
        await AssertBackendModel("motion/1", """{"id": 1, "sort_child_ids": [1], "sort_parent_id": 1, "meta_deleted": false, "meta_position": 2}""", 2);
    }
}
