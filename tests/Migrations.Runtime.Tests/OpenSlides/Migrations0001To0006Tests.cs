namespace Migrations.Runtime.Tests.OpenSlides;

/// <summary>OpenSlides migrations 0001–0006 with the upstream backend's test cases (tests/system/migrations).</summary>
public class Migrations0001To0006Tests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Org = "organization/1";

    [Fact]
    public async Task M0001_limit_of_meetings()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "organization/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "organization/1"}""");
        await Write("""{"type": "restore", "fqid": "organization/1"}""");
        await Finalize("0001_limit_of_meetings");
        await AssertBackendModel(Org, """{"limit_of_meetings": 0, "f": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel(Org, """{"limit_of_meetings": 0, "f": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel(Org, """{"limit_of_meetings": 0, "f": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel(Org, """{"limit_of_meetings": 0, "f": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }

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

    [Fact]
    public async Task M0003_motion_state_dont_set_identifier()
    {
        await Write("""{"type": "create", "fqid": "motion_state/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "motion_state/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "motion_state/1"}""");
        await Write("""{"type": "restore", "fqid": "motion_state/1"}""");
        await Finalize("0003_motion_state_dont_set_identifier");
        await AssertBackendModel("motion_state/1", """{"dont_set_identifier": false, "f": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("motion_state/1", """{"dont_set_identifier": false, "f": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("motion_state/1", """{"dont_set_identifier": false, "f": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("motion_state/1", """{"dont_set_identifier": false, "f": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }

    [Fact]
    public async Task M0004_add_motion_state_weight()
    {
        await Write("""{"type": "create", "fqid": "motion_state/1", "fields": {"id": 42}}""");
        await Write("""{"type": "update", "fqid": "motion_state/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "motion_state/1"}""");
        await Write("""{"type": "restore", "fqid": "motion_state/1"}""");
        await Finalize("0004_add_motion_state_weight");
        await AssertBackendModel("motion_state/1", """{"id": 42, "weight": 42, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("motion_state/1", """{"id": 42, "weight": 42, "f": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("motion_state/1", """{"id": 42, "weight": 42, "f": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("motion_state/1", """{"id": 42, "weight": 42, "f": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }

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
