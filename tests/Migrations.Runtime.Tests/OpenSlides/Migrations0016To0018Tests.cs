namespace Migrations.Runtime.Tests.OpenSlides;

/// <summary>
/// OpenSlides migrations 0016–0018 with the upstream backend's test cases (tests/system/migrations), converted by
/// <c>eng/port-upstream-tests.py</c>.
/// </summary>
public class Migrations0016To0018Tests(DatabaseFixture database) : BackendMigrationTest(database)
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

    [Fact]
    public async Task M0017_migration()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"id": 42}}""");
        await Write("""{"type": "update", "fqid": "group/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "group/1"}""");
        await Write("""{"type": "restore", "fqid": "group/1"}""");
        await Finalize("0017_add_group_weight");
        await AssertBackendModel("group/1", """{"id": 42, "weight": 42, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("group/1", """{"id": 42, "weight": 42, "f": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("group/1", """{"id": 42, "weight": 42, "f": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("group/1", """{"id": 42, "weight": 42, "f": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }

    [Fact]
    public async Task M0018_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"a": 1, "template_for_committee_id": 1}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"a": 2, "template_for_committee_id": 2}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        await Write("""{"type": "restore", "fqid": "meeting/1"}""");
        await Write("""{"type": "create", "fqid": "committee/1", "fields": {"a": 1, "template_meeting_ids": [1]}}""");
        await Write("""{"type": "update", "fqid": "committee/1", "fields": {"a": 2, "template_meeting_ids": [2]}}""");
        await Write("""{"type": "update", "fqid": "committee/1", "list_fields": {"add": {"template_meeting_ids": [3]}, "remove": {"template_meeting_ids": [3]}}}""");
        await Write("""{"type": "delete", "fqid": "committee/1"}""");
        await Write("""{"type": "restore", "fqid": "committee/1"}""");
        await Finalize("0018_remove_template_meeting_committee_relation");
        await AssertBackendModel("meeting/1", """{"a": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("committee/1", """{"a": 1, "meta_deleted": false, "meta_position": 5}""", 5);
        await AssertBackendModel("committee/1", """{"a": 2, "meta_deleted": false, "meta_position": 6}""", 6);
        await AssertBackendModel("committee/1", """{"a": 2, "meta_deleted": false, "meta_position": 6}""", 7);
        await AssertBackendModel("committee/1", """{"a": 2, "meta_deleted": true, "meta_position": 8}""", 8);
        await AssertBackendModel("committee/1", """{"a": 2, "meta_deleted": false, "meta_position": 9}""", 9);
    }
}
