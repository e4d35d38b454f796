namespace Migrations.Tests;

/// <summary>0005_remove_organization_theme: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0005RemoveOrganizationThemeTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Org = "organization/1";

    [Fact]
    public async Task M0005_remove_organization_theme()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 42, "theme": "openslides-default-theme"}}""");
        await Write("""{"type": "update", "fqid": "organization/1", "fields": {"theme": "test", "f": 2}}""");
        await Write("""{"type": "update", "fqid": "organization/1", "fields": {"theme": null}}""");
        await Write("""{"type": "delete", "fqid": "organization/1"}""");
        await Write("""{"type": "restore", "fqid": "organization/1"}""");
        await Write("""{"type": "create", "fqid": "dummy/1", "fields": {"f": 1}}""");
        await Finalize("0005_remove_organization_theme");
        await AssertBackendModel(Org, """{"id": 42, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel(Org, """{"id": 42, "f": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel(Org, """{"id": 42, "f": 2, "meta_deleted": false, "meta_position": 2}""", 3);
        await AssertBackendModel(Org, """{"id": 42, "f": 2, "meta_deleted": true, "meta_position": 4}""", 4);
        await AssertBackendModel(Org, """{"id": 42, "f": 2, "meta_deleted": false, "meta_position": 5}""", 5);
        await AssertBackendModel("dummy/1", """{"f": 1, "meta_deleted": false, "meta_position": 6}""", 6);
    }
}
