namespace Migrations.Tests;

/// <summary>0026_add_start_line_number: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0026AddStartLineNumberTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0026_migration()
    {
        await Write("""{"type": "create", "fqid": "motion/1", "fields": {"f": 1}}""");
        await Write("""{"type": "create", "fqid": "motion_state/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "motion/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "motion/1"}""");
        await Write("""{"type": "restore", "fqid": "motion/1"}""");
        await Finalize("0026_add_start_line_number");
        await AssertBackendModel("motion/1", """{"start_line_number": 1, "f": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("motion_state/1", """{"f": 1, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("motion/1", """{"start_line_number": 1, "f": 2, "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("motion/1", """{"start_line_number": 1, "f": 2, "meta_deleted": true, "meta_position": 4}""", 4);
        await AssertBackendModel("motion/1", """{"start_line_number": 1, "f": 2, "meta_deleted": false, "meta_position": 5}""", 5);
    }
}
