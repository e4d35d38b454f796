namespace Migrations.Tests;

/// <summary>0013_archived_meeting_ids: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0013ArchivedMeetingIdsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0013_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": 1}}""",
            """{"type": "create", "fqid": "organization/1", "fields": {"active_meeting_ids": [1]}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1", "fields": {}}""");
        await Write("""{"type": "restore", "fqid": "meeting/1", "fields": {}}""");
        await Finalize("0013_archived_meeting_ids");
        await AssertBackendModel("organization/1", """{"meta_deleted": false, "meta_position": 1, "active_meeting_ids": [1]}""", 1);
        await AssertBackendModel("meeting/1", """{"is_active_in_organization_id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"is_active_in_organization_id": 1, "meta_deleted": true, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"is_active_in_organization_id": 1, "meta_deleted": false, "meta_position": 3}""", 3);
    }

    [Fact]
    public async Task M0013_one_created_archived_meeting()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": 0}}""",
            """{"type": "create", "fqid": "organization/1", "fields": {}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1", "fields": {}}""",
            """{"type": "restore", "fqid": "meeting/1", "fields": {}}""",
            """{"type": "delete", "fqid": "meeting/1", "fields": {}}""");
        await Finalize("0013_archived_meeting_ids");
        await AssertBackendModel("organization/1", """{"archived_meeting_ids": [1], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"is_archived_in_organization_id": 1, "is_active_in_organization_id": 0, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("organization/1", """{"archived_meeting_ids": [], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"is_archived_in_organization_id": 1, "is_active_in_organization_id": 0, "meta_deleted": true, "meta_position": 2}""", 2);
    }

    [Fact]
    public async Task M0013_update_meeting()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": 1}}""",
            """{"type": "create", "fqid": "organization/1", "fields": {"active_meeting_ids": [1]}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": null}}""",
            """{"type": "update", "fqid": "organization/1", "fields": {"active_meeting_ids": null}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": 1}}""",
            """{"type": "update", "fqid": "organization/1", "fields": {"active_meeting_ids": [1]}}""");
        await Finalize("0013_archived_meeting_ids");
        await AssertBackendModel("meeting/1", """{"is_active_in_organization_id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("organization/1", """{"active_meeting_ids": [1], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"is_archived_in_organization_id": 1, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("organization/1", """{"archived_meeting_ids": [1], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"is_active_in_organization_id": 1, "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("organization/1", """{"active_meeting_ids": [1], "archived_meeting_ids": [], "meta_deleted": false, "meta_position": 3}""", 3);
    }

    [Fact]
    public async Task M0013_create_delete_in_one_position()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {}}""",
            """{"type": "create", "fqid": "organization/1", "fields": {}}""",
            """{"type": "delete", "fqid": "meeting/1", "fields": {}}""");
        await Finalize("0013_archived_meeting_ids");
        await AssertBackendModel("organization/1", """{"meta_deleted": false, "meta_position": 1}""", 1);
    }

    [Fact]
    public async Task M0013_single_restore()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": 0}}""",
            """{"type": "create", "fqid": "organization/1", "fields": {}}""",
            """{"type": "delete", "fqid": "meeting/1", "fields": {}}""");
        await Write("""{"type": "restore", "fqid": "meeting/1", "fields": {}}""");
        await Finalize("0013_archived_meeting_ids");
        await AssertBackendModel("organization/1", """{"archived_meeting_ids": [1], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"is_archived_in_organization_id": 1, "is_active_in_organization_id": 0, "meta_deleted": false, "meta_position": 2}""", 2);
    }

    [Fact]
    public async Task M0013_create_and_update_in_one_position()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": 1}}""",
            """{"type": "create", "fqid": "organization/1", "fields": {"active_meeting_ids": [1]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": 0}}""",
            """{"type": "update", "fqid": "organization/1", "fields": {"active_meeting_ids": null}}""");
        await Finalize("0013_archived_meeting_ids");
        await AssertBackendModel("organization/1", """{"archived_meeting_ids": [1], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"is_active_in_organization_id": 0, "is_archived_in_organization_id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
    }

    [Fact]
    public async Task M0013_two_updates_in_a_position()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": 0}}""",
            """{"type": "create", "fqid": "organization/1", "fields": {"active_meeting_ids": []}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": 1}}""",
            """{"type": "update", "fqid": "organization/1", "fields": {"active_meeting_ids": [1]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": 0}}""",
            """{"type": "update", "fqid": "organization/1", "fields": {"active_meeting_ids": []}}""");
        await Finalize("0013_archived_meeting_ids");
        await AssertBackendModel("organization/1", """{"archived_meeting_ids": [1], "active_meeting_ids": [], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"is_active_in_organization_id": 0, "is_archived_in_organization_id": 1, "meta_deleted": false, "meta_position": 2}""", 2);
    }

    [Fact]
    public async Task M0013_create_and_two_updates()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": 0}}""",
            """{"type": "create", "fqid": "organization/1", "fields": {"active_meeting_ids": []}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": 1}}""",
            """{"type": "update", "fqid": "organization/1", "fields": {"active_meeting_ids": [1]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": 0}}""",
            """{"type": "update", "fqid": "organization/1", "fields": {"active_meeting_ids": []}}""");
        await Finalize("0013_archived_meeting_ids");
        await AssertBackendModel("organization/1", """{"archived_meeting_ids": [1], "active_meeting_ids": [], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"is_active_in_organization_id": 0, "is_archived_in_organization_id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
    }

    [Fact]
    public async Task M0013_delete_fields_1()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": 1}}""",
            """{"type": "create", "fqid": "organization/1", "fields": {"active_meeting_ids": [1]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": null}}""",
            """{"type": "update", "fqid": "organization/1", "fields": {"active_meeting_ids": []}}""");
        await Finalize("0013_archived_meeting_ids");
        await AssertBackendModel("organization/1", """{"archived_meeting_ids": [1], "active_meeting_ids": [], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"is_archived_in_organization_id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
    }

    [Fact]
    public async Task M0013_delete_fields_2()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": 0}}""",
            """{"type": "create", "fqid": "organization/1", "fields": {"active_meeting_ids": []}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": 1}}""",
            """{"type": "update", "fqid": "organization/1", "fields": {"active_meeting_ids": [1]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"is_active_in_organization_id": null}}""",
            """{"type": "update", "fqid": "organization/1", "fields": {"active_meeting_ids": []}}""");
        await Finalize("0013_archived_meeting_ids");
        await AssertBackendModel("meeting/1", """{"is_archived_in_organization_id": 1, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("organization/1", """{"active_meeting_ids": [], "archived_meeting_ids": [1], "meta_deleted": false, "meta_position": 2}""", 2);
    }
}
