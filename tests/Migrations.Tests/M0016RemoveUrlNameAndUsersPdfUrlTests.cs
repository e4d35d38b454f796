namespace Migrations.Tests;

/// <summary>0016_remove_url_name_and_users_pdf_url: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0016RemoveUrlNameAndUsersPdfUrlTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0016_migration_users_pdf_url()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"a": 1, "users_pdf_url": false}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"a": 2, "users_pdf_url": true}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        await Write("""{"type": "restore", "fqid": "meeting/1"}""");
        await Finalize("0016_remove_url_name_and_users_pdf_url");
        await AssertBackendModel("meeting/1", """{"a": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }

    [Fact]
    public async Task M0016_migration_url_name()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"a": 1, "url_name": false}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"a": 2, "url_name": true}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        await Write("""{"type": "restore", "fqid": "meeting/1"}""");
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"a": 1}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"url_name": null}}""");
        await Finalize("0016_remove_url_name_and_users_pdf_url");
        await AssertBackendModel("meeting/1", """{"a": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("organization/1", """{"a": 1, "meta_deleted": false, "meta_position": 5}""", 5);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 6);
    }
}
