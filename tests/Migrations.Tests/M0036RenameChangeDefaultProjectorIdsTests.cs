namespace Migrations.Tests;

/// <summary>0036_rename_change_default_projector_ids: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0036RenameChangeDefaultProjectorIdsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0036_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "default_projector_$_id": ["topics"], "default_projector_$topics_id": 11}}""",
            """{"type": "create", "fqid": "projector/11", "fields": {"id": 11, "used_as_default_$_in_meeting_id": ["topics"], "used_as_default_$topics_in_meeting_id": 1}}""");
        await Finalize("0036_rename_change_default_projector_ids");
        await AssertBackendModel("meeting/1", """{"id": 1, "default_projector_$_ids": ["topics"], "default_projector_$topics_ids": [11], "meta_deleted": false, "meta_position": 1}""");
    }

    [Fact]
    public async Task M0036_migration_delete_list()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "default_projector_$_id": ["topics"], "default_projector_$topics_id": 11}}""",
            """{"type": "create", "fqid": "projector/11", "fields": {"id": 11, "used_as_default_$_in_meeting_id": ["topics"], "used_as_default_$topics_in_meeting_id": 1}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"default_projector_$_id": null, "default_projector_$topics_id": null}}""",
            """{"type": "update", "fqid": "projector/11", "fields": {"used_as_default_$_in_meeting_id": null, "used_as_default_$topics_in_meeting_id": null}}""");
        await Finalize("0036_rename_change_default_projector_ids");
        await AssertBackendModel("meeting/1", """{"id": 1, "meta_deleted": false, "meta_position": 2}""");
    }
}
