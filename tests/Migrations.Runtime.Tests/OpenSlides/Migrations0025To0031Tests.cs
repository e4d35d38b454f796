namespace Migrations.Runtime.Tests.OpenSlides;

/// <summary>
/// OpenSlides migrations 0025–0031 with the upstream backend's test cases (tests/system/migrations), converted by
/// <c>eng/port-upstream-tests.py</c>.
/// </summary>
public class Migrations0025To0031Tests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0025_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"f": 1}}""");
        await Write("""{"type": "create", "fqid": "motion_state/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        await Write("""{"type": "restore", "fqid": "meeting/1"}""");
        await Finalize("0025_add_pdf_layout_settings");
        await AssertBackendModel("meeting/1", """{"export_pdf_line_height": 1.25, "export_pdf_page_margin_left": 20, "export_pdf_page_margin_top": 25, "export_pdf_page_margin_right": 20, "export_pdf_page_margin_bottom": 20, "f": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("motion_state/1", """{"f": 1, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"export_pdf_line_height": 1.25, "export_pdf_page_margin_left": 20, "export_pdf_page_margin_top": 25, "export_pdf_page_margin_right": 20, "export_pdf_page_margin_bottom": 20, "f": 2, "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/1", """{"export_pdf_line_height": 1.25, "export_pdf_page_margin_left": 20, "export_pdf_page_margin_top": 25, "export_pdf_page_margin_right": 20, "export_pdf_page_margin_bottom": 20, "f": 2, "meta_deleted": true, "meta_position": 4}""", 4);
        await AssertBackendModel("meeting/1", """{"export_pdf_line_height": 1.25, "export_pdf_page_margin_left": 20, "export_pdf_page_margin_top": 25, "export_pdf_page_margin_right": 20, "export_pdf_page_margin_bottom": 20, "f": 2, "meta_deleted": false, "meta_position": 5}""", 5);
    }

    [Fact]
    public async Task M0026_migration()
    {
        await Write("""{"type": "create", "fqid": "motion/1", "fields": {"f": 1}}""");
        await Write("""{"type": "create", "fqid": "motion_state/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "motion/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "motion/1"}""");
        await Write("""{"type": "restore", "fqid": "motion/1"}""");
        await Finalize("0026_add_start_line_number");
        await AssertBackendModel("motion/1", """{"start_line_number": 1, "f": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("motion_state/1", """{"f": 1, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("motion/1", """{"start_line_number": 1, "f": 2, "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("motion/1", """{"start_line_number": 1, "f": 2, "meta_deleted": true, "meta_position": 4}""", 4);
        await AssertBackendModel("motion/1", """{"start_line_number": 1, "f": 2, "meta_deleted": false, "meta_position": 5}""", 5);
    }

    [Fact]
    public async Task M0027_migration()
    {
        await Write("""{"type": "create", "fqid": "poll/1", "fields": {"a": 1, "publish_immediately": false}}""",
            """{"type": "create", "fqid": "option/11", "fields": {"a": 1, "publish_immediately": true}}""");
        await Write("""{"type": "update", "fqid": "poll/1", "fields": {"a": 2, "publish_immediately": true}}""",
            """{"type": "update", "fqid": "option/11", "fields": {"a": 2, "publish_immediately": false}}""");
        await Write("""{"type": "delete", "fqid": "poll/1"}""",
            """{"type": "delete", "fqid": "option/11"}""");
        await Write("""{"type": "restore", "fqid": "poll/1"}""",
            """{"type": "restore", "fqid": "option/11"}""");
        await Finalize("0027_remove_publish_immediately");
        await AssertBackendModel("poll/1", """{"a": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("poll/1", """{"a": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("poll/1", """{"a": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("poll/1", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("option/11", """{"a": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("option/11", """{"a": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("option/11", """{"a": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("option/11", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }

    [Fact]
    public async Task M0028_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""");
        await Write("""{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "sort_children_ids": [1], "sort_parent_id": 1}}""");
        await Finalize("0028_rename_motion_sort_children_ids");
        await AssertBackendModel("motion/1", """{"id": 1, "sort_child_ids": [1], "sort_parent_id": 1, "meta_deleted": false, "meta_position": 2}""", 2);
    }

    [Fact]
    public async Task M0029_migration()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 1}}""");
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1}}""");
        await Write("""{"type": "delete", "fqid": "user/1"}""");
        await Finalize("0029_update_organization_user_ids");
        await AssertBackendModel("organization/1", """{"id": 1, "user_ids": [1], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("organization/1", """{"id": 1, "user_ids": [], "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("user/1", """{"id": 1, "organization_id": 1, "meta_deleted": false, "meta_position": 2}""", 2);
    }

    [Fact]
    public async Task M0029_create_user_before_organization()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "organization/1", "fields": {"id": 1}}""");
        await Finalize("0029_update_organization_user_ids");
        await AssertBackendModel("organization/1", """{"id": 1, "user_ids": [1], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("user/1", """{"id": 1, "organization_id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
    }

    [Fact]
    public async Task M0030_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"a": 1, "users_sort_by": false}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"a": 2, "users_sort_by": true}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        await Write("""{"type": "restore", "fqid": "meeting/1"}""");
        await Finalize("0030_remove_meeting_users_sort_by");
        await AssertBackendModel("meeting/1", """{"a": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }

    [Fact]
    public async Task M0031_migration()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"permissions": ["user.can_see_extra_data"]}}""");
        await Write("""{"type": "update", "fqid": "group/1", "fields": {"permissions": ["user.can_see"]}}""");
        await Write("""{"type": "update", "fqid": "group/1", "fields": {"permissions": ["user.can_see_extra_data"]}}""");
        await Write("""{"type": "update", "fqid": "group/1", "list_fields": {"add": {}, "remove": {"permissions": ["user.can_see_extra_data"]}}}""");
        await Write("""{"type": "update", "fqid": "group/1", "list_fields": {"add": {"permissions": ["user.can_see_extra_data"]}, "remove": {}}}""");
        await Finalize("0031_remove_permission_user_can_see_extra_data");
        await AssertBackendModel("group/1", """{"permissions": [], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("group/1", """{"permissions": ["user.can_see"], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("group/1", """{"permissions": [], "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("group/1", """{"permissions": [], "meta_deleted": false, "meta_position": 3}""", 4);
        await AssertBackendModel("group/1", """{"permissions": [], "meta_deleted": false, "meta_position": 3}""", 5);
    }
}
