namespace Migrations.Tests;

/// <summary>0002_archive_meetings: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0002ArchiveMeetingsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Org = "organization/1";

    [Fact]
    public async Task M0002_archive_meetings()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {}}""", """{"type": "create", "fqid": "organization/1", "fields": {}}""", """{"type": "create", "fqid": "meeting/2", "fields": {}}""");
        await Write("""{"type": "create", "fqid": "meeting/3", "fields": {}}""", """{"type": "delete", "fqid": "meeting/2"}""");
        await Finalize("0002_archive_meetings");
        await AssertBackendModel(Org, """{"active_meeting_ids": [1, 2], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"is_active_in_organization_id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/2", """{"is_active_in_organization_id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel(Org, """{"active_meeting_ids": [1, 3], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/2", """{"is_active_in_organization_id": 1, "meta_deleted": true, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/3", """{"is_active_in_organization_id": 1, "meta_deleted": false, "meta_position": 2}""", 2);
    }

    [Fact]
    public async Task M0002_no_additional_events()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {}}""");
        await Finalize("0002_archive_meetings");
        await AssertBackendModel(Org, """{"meta_deleted": false, "meta_position": 1}""", 1);
    }

    [Fact]
    public async Task M0002_meeting_after_organization()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {}}""");
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {}}""");
        await Finalize("0002_archive_meetings");
        await AssertBackendModel(Org, """{"meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel(Org, """{"active_meeting_ids": [1], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"is_active_in_organization_id": 1, "meta_deleted": false, "meta_position": 2}""", 2);
    }

    [Fact]
    public async Task M0002_meeting_create_delete()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {}}""");
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {}}""", """{"type": "delete", "fqid": "meeting/1"}""");
        await Finalize("0002_archive_meetings");
        await AssertBackendModel(Org, """{"meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel(Org, """{"meta_deleted": false, "meta_position": 1}""", 2);
        await AssertBackendModel("meeting/1", """{"is_active_in_organization_id": 1, "meta_deleted": true, "meta_position": 2}""", 2);
    }

    [Fact]
    public async Task M0002_meeting_create_delete_restore_one_position()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {}}""");
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {}}""", """{"type": "delete", "fqid": "meeting/1"}""", """{"type": "restore", "fqid": "meeting/1"}""");
        await Finalize("0002_archive_meetings");
        await AssertBackendModel(Org, """{"meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel(Org, """{"active_meeting_ids": [1], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"is_active_in_organization_id": 1, "meta_deleted": false, "meta_position": 2}""", 2);
    }

    [Fact]
    public async Task M0002_meeting_create_delete_restore_multiple_positions()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {}}""", """{"type": "create", "fqid": "meeting/1", "fields": {}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""", """{"type": "restore", "fqid": "meeting/1"}""");
        await Finalize("0002_archive_meetings");
        await AssertBackendModel(Org, """{"active_meeting_ids": [1], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"is_active_in_organization_id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel(Org, """{"active_meeting_ids": [1], "meta_deleted": false, "meta_position": 1}""", 2);
        await AssertBackendModel("meeting/1", """{"is_active_in_organization_id": 1, "meta_deleted": false, "meta_position": 2}""", 2);
    }
}
