namespace Migrations.Tests;

/// <summary>0006_add_required_theme_id: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0006AddRequiredThemeIdTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Org = "organization/1";

    [Fact]
    public async Task M0006_add_required_theme_id()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 42}}""");
        await Write("""{"type": "update", "fqid": "organization/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "organization/1"}""");
        await Write("""{"type": "restore", "fqid": "organization/1"}""");
        await Write("""{"type": "create", "fqid": "dummy/42", "fields": {"id": 42}}""");
        await Finalize("0006_add_required_theme_id");
        await AssertBackendModel(Org, """{"id": 42, "theme_id": 1, "theme_ids": [1], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("theme/1", """
            {"id": 1, "name": "OpenSlides Blue", "accent_500": "#2196f3", "primary_500": "#317796", "warn_500": "#f06400",
             "meta_deleted": false, "meta_position": 1, "organization_id": 1, "theme_for_organization_id": 1}
            """, 1);
        await AssertBackendModel(Org, """{"id": 42, "f": 2, "theme_id": 1, "theme_ids": [1], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel(Org, """{"id": 42, "f": 2, "theme_id": 1, "theme_ids": [1], "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel(Org, """{"id": 42, "f": 2, "theme_id": 1, "theme_ids": [1], "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("dummy/42", """{"id": 42, "meta_deleted": false, "meta_position": 5}""", 5);
    }
}
