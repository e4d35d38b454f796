namespace Migrations.Tests;

/// <summary>0042_add_organization_genders: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0042AddOrganizationGendersTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0042_migration()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"f": 1}}""");
        await Write("""{"type": "create", "fqid": "motion_state/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "organization/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "organization/1"}""");
        await Write("""{"type": "restore", "fqid": "organization/1"}""");
        await Finalize("0042_add_organization_genders");
        await AssertBackendModel("organization/1", """{"genders": ["male", "female", "diverse", "non-binary"], "f": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("motion_state/1", """{"f": 1, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("organization/1", """{"genders": ["male", "female", "diverse", "non-binary"], "f": 2, "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("organization/1", """{"genders": ["male", "female", "diverse", "non-binary"], "f": 2, "meta_deleted": true, "meta_position": 4}""", 4);
        await AssertBackendModel("organization/1", """{"genders": ["male", "female", "diverse", "non-binary"], "f": 2, "meta_deleted": false, "meta_position": 5}""", 5);
    }
}
