namespace Migrations.Tests;

/// <summary>0014_rename_template_meeting_id: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0014RenameTemplateMeetingIdTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0014_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""");
        await Write("""{"type": "create", "fqid": "committee/1", "fields": {"id": 1, "template_meeting_id": 1}}""");
        await Finalize("0014_rename_template_meeting_id");
        await AssertBackendModel("committee/1", """{"id": 1, "template_meeting_ids": [1], "meta_deleted": false, "meta_position": 2}""", 2);
    }

    [Fact]
    public async Task M0014_migration_empty_field()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""");
        await Write("""{"type": "create", "fqid": "committee/1", "fields": {"id": 1, "template_meeting_id": null}}""");
        await Finalize("0014_rename_template_meeting_id");
        await AssertBackendModel("committee/1", """{"id": 1, "meta_deleted": false, "meta_position": 2}""", 2);
    }
}
