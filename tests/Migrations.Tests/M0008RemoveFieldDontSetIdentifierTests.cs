namespace Migrations.Tests;

/// <summary>0008_remove_field_dont_set_identifier: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0008RemoveFieldDontSetIdentifierTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0008_remove_field_dont_set_identifier()
    {
        await Write("""{"type": "create", "fqid": "motion_state/1", "fields": {"a": 1, "dont_set_identifier": false}}""");
        await Write("""{"type": "update", "fqid": "motion_state/1", "fields": {"a": 2, "dont_set_identifier": true}}""");
        await Write("""{"type": "delete", "fqid": "motion_state/1"}""");
        await Write("""{"type": "restore", "fqid": "motion_state/1"}""");
        await Finalize("0008_remove_field_dont_set_identifier");
        await AssertBackendModel("motion_state/1", """{"a": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("motion_state/1", """{"a": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("motion_state/1", """{"a": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("motion_state/1", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }
}
