namespace Migrations.Runtime.Tests.OpenSlides;

/// <summary>
/// OpenSlides migrations 0035–0043 with the upstream backend's test cases (tests/system/migrations), converted by
/// <c>eng/port-upstream-tests.py</c>.
/// </summary>
public class Migrations0035To0043Tests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0035_migration()
    {
        await Write("""{"type": "create", "fqid": "motion/1", "fields": {}}""");
        await Write("""{"type": "create", "fqid": "motion/2", "fields": {"state_extension": "test [motion:1]"}}""");
        await Write("""{"type": "update", "fqid": "motion/2", "fields": {"recommendation_extension": "test [motion/1]", "state_extension": "test2 [motion:1]"}}""");
        await Write("""{"type": "delete", "fqid": "motion/2"}""");
        await Write("""{"type": "create", "fqid": "motion/3", "fields": {"state_extension": "test [motion/1]"}}""",
            """{"type": "update", "fqid": "motion/3", "fields": {"recommendation_extension": "test [motion:1]"}}""");
        await Write("""{"type": "delete", "fqid": "motion/1"}""");
        await Write("""{"type": "update", "fqid": "motion/3", "fields": {"recommendation_extension": "test [motion:42]"}}""");
        await Write("""{"type": "update", "fqid": "motion/3", "fields": {"state_extension": "test", "recommendation_extension": "test"}}""");
        await Finalize("0035_fix_motion_extension_fields");
        await AssertBackendModel("motion/2", """{"state_extension": "test [motion/1]", "state_extension_reference_ids": ["motion/1"]}""", 2);
        await AssertBackendModel("motion/1", """{"referenced_in_motion_state_extension_ids": [2]}""", 2);
        await AssertBackendModel("motion/2", """{"state_extension": "test2 [motion/1]", "state_extension_reference_ids": ["motion/1"], "recommendation_extension": "test [motion/1]", "recommendation_extension_reference_ids": ["motion/1"]}""", 3);
        await AssertBackendModel("motion/1", """{"referenced_in_motion_state_extension_ids": [2], "referenced_in_motion_recommendation_extension_ids": [2]}""", 3);
        await AssertBackendModel("motion/1", """{"referenced_in_motion_state_extension_ids": [], "referenced_in_motion_recommendation_extension_ids": []}""", 4);
        await AssertBackendModel("motion/3", """{"state_extension": "test [motion/1]", "state_extension_reference_ids": ["motion/1"], "recommendation_extension": "test [motion/1]", "recommendation_extension_reference_ids": ["motion/1"]}""", 5);
        await AssertBackendModel("motion/1", """{"referenced_in_motion_state_extension_ids": [3], "referenced_in_motion_recommendation_extension_ids": [3]}""", 5);
        await AssertBackendModel("motion/3", """{"state_extension": "test [motion/1]", "state_extension_reference_ids": [], "recommendation_extension": "test [motion/1]", "recommendation_extension_reference_ids": []}""", 6);
        await AssertBackendModel("motion/3", """{"state_extension": "test [motion/1]", "state_extension_reference_ids": [], "recommendation_extension": "test [motion/42]", "recommendation_extension_reference_ids": []}""", 7);
    }

    [Fact]
    public async Task M0035_delete_reference_self()
    {
        await Write("""{"type": "create", "fqid": "motion/1", "fields": {"referenced_in_motion_state_extension_ids": [3], "referenced_in_motion_recommendation_extension_ids": [3]}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"referenced_in_motion_state_extension_ids": [3], "referenced_in_motion_recommendation_extension_ids": [3]}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"state_extension_reference_ids": ["motion/1", "motion/2", "motion/3"], "recommendation_extension_reference_ids": ["motion/1", "motion/2", "motion/3"], "referenced_in_motion_state_extension_ids": [3], "referenced_in_motion_recommendation_extension_ids": [3]}}""");
        await Write("""{"type": "delete", "fqid": "motion/1"}""",
            """{"type": "delete", "fqid": "motion/2"}""",
            """{"type": "delete", "fqid": "motion/3"}""");
        await Finalize("0035_fix_motion_extension_fields");
    }

    [Fact]
    public async Task M0035_double_create()
    {
        await Write("""{"type": "create", "fqid": "motion/1", "fields": {"state_extension": "test [motion:2]"}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"title": "test"}}""");
        await Finalize("0035_fix_motion_extension_fields");
        await AssertBackendModel("motion/1", """{"state_extension": "test [motion/2]", "state_extension_reference_ids": ["motion/2"]}""", 1);
        await AssertBackendModel("motion/2", """{"title": "test", "referenced_in_motion_state_extension_ids": [1]}""", 1);
    }

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

    [Fact]
    public async Task M0037_migration()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"username": "test"}}""",
            """{"type": "create", "fqid": "projector/2", "fields": {"meeting_id": 1}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"motion_ids": [1], "projector_ids": [2]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "projection/5", "fields": {"meeting_id": 1, "current_projector_id": 2, "content_object_id": "user/1"}}""",
            """{"type": "update", "fqid": "projector/2", "fields": {"current_projection_ids": [5]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"all_projection_ids": [5]}}""",
            """{"type": "update", "fqid": "user/1", "fields": {"projection_$1_ids": [5], "projection_$_ids": ["1"]}}""");
        await Write("""{"type": "create", "fqid": "projection/6", "fields": {"meeting_id": 1, "current_projector_id": 2, "content_object_id": "motion/1"}}""",
            """{"type": "update", "fqid": "projector/2", "fields": {"current_projection_ids": [6], "history_projection_ids": [5]}}""",
            """{"type": "update", "fqid": "projection/5", "fields": {"current_projector_id": null, "history_projector_id": 2}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"all_projection_ids": [5, 6]}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"projection_ids": [6]}}""");
        await Write("""{"type": "create", "fqid": "projection/7", "fields": {"meeting_id": 1, "preview_projector_id": 2, "content_object_id": "user/1"}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"all_projection_ids": [5, 6, 7]}}""",
            """{"type": "update", "fqid": "projector/2", "fields": {"preview_projection_ids": [7]}}""",
            """{"type": "update", "fqid": "user/1", "fields": {"projection_$1_ids": [5, 7]}}""");
        await Write("""{"type": "update", "fqid": "projection/6", "fields": {"current_projector_id": null, "history_projector_id": 2}}""",
            """{"type": "update", "fqid": "projection/7", "fields": {"current_projector_id": 2, "preview_projector_id": null}}""",
            """{"type": "update", "fqid": "projector/2", "fields": {"current_projection_ids": [7], "preview_projection_ids": [], "history_projection_ids": [5, 6]}}""");
        await Write("""{"type": "create", "fqid": "projection/8", "fields": {"meeting_id": 1, "preview_projector_id": 2, "content_object_id": "motion/1"}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"all_projection_ids": [5, 6, 7, 8]}}""",
            """{"type": "update", "fqid": "projector/2", "fields": {"preview_projection_ids": [8]}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"projection_ids": [6, 8]}}""");
        await Write("""{"type": "update", "fqid": "projection/7", "fields": {"current_projector_id": null, "history_projector_id": 2}}""",
            """{"type": "update", "fqid": "projection/8", "fields": {"current_projector_id": 2, "preview_projector_id": null}}""",
            """{"type": "update", "fqid": "projector/2", "fields": {"current_projection_ids": [8], "preview_projection_ids": [], "history_projection_ids": [5, 6, 7]}}""");
        await Write("""{"type": "update", "fqid": "projection/8", "fields": {"current_projector_id": null, "preview_projector_id": 2}}""",
            """{"type": "update", "fqid": "projection/7", "fields": {"current_projector_id": 2, "history_projector_id": null}}""",
            """{"type": "update", "fqid": "projector/2", "fields": {"current_projection_ids": [7], "preview_projection_ids": [8], "history_projection_ids": [5, 6]}}""");
        await Write("""{"type": "update", "fqid": "projection/7", "fields": {"current_projector_id": null, "preview_projector_id": 2}}""",
            """{"type": "update", "fqid": "projection/6", "fields": {"current_projector_id": 2, "history_projector_id": null}}""",
            """{"type": "update", "fqid": "projector/2", "fields": {"current_projection_ids": [6], "preview_projection_ids": [7, 8], "history_projection_ids": [5]}}""");
        await Write("""{"type": "create", "fqid": "projection/9", "fields": {"meeting_id": 1, "preview_projector_id": 2, "content_object_id": "user/1"}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"all_projection_ids": [5, 6, 7, 8, 9]}}""",
            """{"type": "update", "fqid": "projector/2", "fields": {"preview_projection_ids": [7, 8, 9]}}""",
            """{"type": "update", "fqid": "user/1", "fields": {"projection_$1_ids": [5, 7, 9]}}""");
        await Write("""{"type": "update", "fqid": "projection/6", "fields": {"current_projector_id": null, "history_projector_id": 2}}""",
            """{"type": "update", "fqid": "projection/9", "fields": {"current_projector_id": 2, "preview_projector_id": null}}""",
            """{"type": "update", "fqid": "projector/2", "fields": {"current_projection_ids": [9], "preview_projection_ids": [7, 8], "history_projection_ids": [5, 6]}}""");
        await Write("""{"type": "update", "fqid": "user/1", "fields": {"projection_$1_ids": [5, 7]}}""",
            """{"type": "update", "fqid": "projector/2", "fields": {"current_projection_ids": []}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"all_projection_ids": [5, 6, 7, 8]}}""",
            """{"type": "delete", "fqid": "projection/9"}""");
        await Finalize("0037_remove_user_projections");
        await AssertBackendModelDoesNotExist("projection/5");
        await AssertBackendModelDoesNotExist("projection/7");
        await AssertBackendModelDoesNotExist("projection/9");
        await AssertBackendModel("user/1", """{"username": "test", "meta_deleted": false, "meta_position": 1}""", 2);
        await AssertBackendModel("user/1", """{"username": "test", "meta_deleted": false, "meta_position": 1}""", 3);
        await AssertBackendModel("user/1", """{"username": "test", "meta_deleted": false, "meta_position": 1}""", 4);
        await AssertBackendModel("user/1", """{"username": "test", "meta_deleted": false, "meta_position": 1}""", 5);
        await AssertBackendModel("user/1", """{"username": "test", "meta_deleted": false, "meta_position": 1}""", 6);
        await AssertBackendModel("user/1", """{"username": "test", "meta_deleted": false, "meta_position": 1}""", 7);
        await AssertBackendModel("user/1", """{"username": "test", "meta_deleted": false, "meta_position": 1}""", 8);
        await AssertBackendModel("user/1", """{"username": "test", "meta_deleted": false, "meta_position": 1}""", 9);
        await AssertBackendModel("projector/2", """{"meeting_id": 1, "current_projection_ids": [], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"motion_ids": [1], "projector_ids": [2], "all_projection_ids": [], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("projection/6", """{"meeting_id": 1, "current_projector_id": 2, "content_object_id": "motion/1", "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("projector/2", """{"meeting_id": 1, "current_projection_ids": [6], "history_projection_ids": [], "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/1", """{"motion_ids": [1], "projector_ids": [2], "all_projection_ids": [6], "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("motion/1", """{"meeting_id": 1, "projection_ids": [6], "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("projector/2", """{"meeting_id": 1, "current_projection_ids": [6], "preview_projection_ids": [], "history_projection_ids": [], "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("meeting/1", """{"motion_ids": [1], "projector_ids": [2], "all_projection_ids": [6], "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("projection/6", """{"meeting_id": 1, "history_projector_id": 2, "content_object_id": "motion/1", "meta_deleted": false, "meta_position": 5}""", 5);
        await AssertBackendModel("projector/2", """{"meeting_id": 1, "current_projection_ids": [], "preview_projection_ids": [], "history_projection_ids": [6], "meta_deleted": false, "meta_position": 5}""", 5);
        await AssertBackendModel("meeting/1", """{"motion_ids": [1], "projector_ids": [2], "all_projection_ids": [6], "meta_deleted": false, "meta_position": 4}""", 5);
        await AssertBackendModel("projection/8", """{"meeting_id": 1, "preview_projector_id": 2, "content_object_id": "motion/1", "meta_deleted": false, "meta_position": 6}""", 6);
        await AssertBackendModel("projector/2", """{"meeting_id": 1, "current_projection_ids": [], "history_projection_ids": [6], "preview_projection_ids": [8], "meta_deleted": false, "meta_position": 6}""", 6);
        await AssertBackendModel("meeting/1", """{"motion_ids": [1], "projector_ids": [2], "all_projection_ids": [6, 8], "meta_deleted": false, "meta_position": 6}""", 6);
        await AssertBackendModel("motion/1", """{"meeting_id": 1, "projection_ids": [6, 8], "meta_deleted": false, "meta_position": 6}""", 6);
        await AssertBackendModel("projection/8", """{"meeting_id": 1, "current_projector_id": 2, "content_object_id": "motion/1", "meta_deleted": false, "meta_position": 7}""", 7);
        await AssertBackendModel("projector/2", """{"meeting_id": 1, "current_projection_ids": [8], "history_projection_ids": [6], "preview_projection_ids": [], "meta_deleted": false, "meta_position": 7}""", 7);
        await AssertBackendModel("projection/8", """{"meeting_id": 1, "preview_projector_id": 2, "content_object_id": "motion/1", "meta_deleted": false, "meta_position": 8}""", 8);
        await AssertBackendModel("projector/2", """{"meeting_id": 1, "current_projection_ids": [], "history_projection_ids": [6], "preview_projection_ids": [8], "meta_deleted": false, "meta_position": 8}""", 8);
        await AssertBackendModel("projection/6", """{"meeting_id": 1, "current_projector_id": 2, "content_object_id": "motion/1", "meta_deleted": false, "meta_position": 9}""", 9);
        await AssertBackendModel("projector/2", """{"meeting_id": 1, "current_projection_ids": [6], "history_projection_ids": [], "preview_projection_ids": [8], "meta_deleted": false, "meta_position": 9}""", 9);
        await AssertBackendModel("projector/2", """{"meeting_id": 1, "current_projection_ids": [6], "history_projection_ids": [], "preview_projection_ids": [8], "meta_deleted": false, "meta_position": 10}""", 10);
        await AssertBackendModel("meeting/1", """{"motion_ids": [1], "projector_ids": [2], "all_projection_ids": [6, 8], "meta_deleted": false, "meta_position": 10}""", 10);
        await AssertBackendModel("projection/6", """{"meeting_id": 1, "history_projector_id": 2, "content_object_id": "motion/1", "meta_deleted": false, "meta_position": 11}""", 11);
        await AssertBackendModel("projector/2", """{"meeting_id": 1, "current_projection_ids": [], "history_projection_ids": [6], "preview_projection_ids": [8], "meta_deleted": false, "meta_position": 11}""", 11);
        await AssertBackendModel("projector/2", """{"meeting_id": 1, "current_projection_ids": [], "history_projection_ids": [6], "preview_projection_ids": [8], "meta_deleted": false, "meta_position": 12}""", 12);
        await AssertBackendModel("meeting/1", """{"motion_ids": [1], "projector_ids": [2], "all_projection_ids": [6, 8], "meta_deleted": false, "meta_position": 12}""", 12);
    }

    [Fact]
    public async Task M0037_with_meeting()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"all_projection_ids": [1]}}""",
            """{"type": "create", "fqid": "projection/1", "fields": {"meeting_id": 1, "content_object_id": "motion/1"}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"projection_ids": [1]}}""");
        await Finalize("0037_remove_user_projections");
        await AssertBackendModel("meeting/1", """{"all_projection_ids": [1]}""", 1);
        await AssertBackendModel("projection/1", """{"meeting_id": 1, "content_object_id": "motion/1"}""", 1);
        await AssertBackendModel("motion/1", """{"projection_ids": [1]}""", 1);
    }

    [Fact]
    public async Task M0038_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"a": 1, "default_projector_$_ids": ["user"], "default_projector_$user_ids": [1]}}""",
            """{"type": "create", "fqid": "projector/1", "fields": {"b": 1, "used_as_default_$_in_meeting_id": ["user"], "used_as_default_$user_in_meeting_id": 1}}""",
            """{"type": "create", "fqid": "projector/2", "fields": {"b": 2}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"a": 2, "default_projector_$_ids": ["user"], "default_projector_$user_ids": [2]}}""",
            """{"type": "update", "fqid": "projector/1", "fields": {"default_projector_$user_ids": null}}""",
            """{"type": "update", "fqid": "projector/2", "fields": {"used_as_default_$_in_meeting_id": ["user"], "used_as_default_$user_in_meeting_id": 1, "b": 3}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        await Write("""{"type": "restore", "fqid": "meeting/1"}""");
        await Finalize("0038_remove_user_default_projector");
        await AssertBackendModel("meeting/1", """{"a": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("projector/1", """{"b": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("projector/1", """{"b": 1, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("projector/2", """{"b": 2, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("projector/2", """{"b": 3, "meta_deleted": false, "meta_position": 2}""", 2);
    }

    [Fact]
    public async Task M0039_migration()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"f": 1}}""");
        await Write("""{"type": "create", "fqid": "motion_state/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "organization/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "organization/1"}""");
        await Write("""{"type": "restore", "fqid": "organization/1"}""");
        await Finalize("0039_add_default_language");
        await AssertBackendModel("organization/1", """{"default_language": "en", "f": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("motion_state/1", """{"f": 1, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("organization/1", """{"default_language": "en", "f": 2, "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("organization/1", """{"default_language": "en", "f": 2, "meta_deleted": true, "meta_position": 4}""", 4);
        await AssertBackendModel("organization/1", """{"default_language": "en", "f": 2, "meta_deleted": false, "meta_position": 5}""", 5);
    }

    [Fact]
    public async Task M0040_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"a": 1, "motion_poll_default_100_percent_base": "90", "assignment_poll_default_100_percent_base": "50", "poll_default_100_percent_base": "30"}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"b": 1, "last_email_send": 100000}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"a": 2, "motion_poll_default_100_percent_base": "95", "assignment_poll_default_100_percent_base": "55", "poll_default_100_percent_base": "35"}}""",
            """{"type": "update", "fqid": "user/1", "fields": {"b": 2, "last_email_send": 150000}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""",
            """{"type": "delete", "fqid": "user/1"}""");
        await Write("""{"type": "restore", "fqid": "meeting/1"}""",
            """{"type": "restore", "fqid": "user/1"}""");
        await Finalize("0040_rename_last_email_send_and_100");
        await AssertBackendModel("meeting/1", """{"a": 1, "meta_deleted": false, "meta_position": 1, "motion_poll_default_onehundred_percent_base": "90", "assignment_poll_default_onehundred_percent_base": "50", "poll_default_onehundred_percent_base": "30"}""", 1);
        await AssertBackendModel("user/1", """{"b": 1, "last_email_sent": 100000, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 2, "motion_poll_default_onehundred_percent_base": "95", "assignment_poll_default_onehundred_percent_base": "55", "poll_default_onehundred_percent_base": "35"}""", 2);
        await AssertBackendModel("user/1", """{"b": 2, "last_email_sent": 150000, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": true, "meta_position": 3, "motion_poll_default_onehundred_percent_base": "95", "assignment_poll_default_onehundred_percent_base": "55", "poll_default_onehundred_percent_base": "35"}""", 3);
        await AssertBackendModel("user/1", """{"b": 2, "last_email_sent": 150000, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 4, "motion_poll_default_onehundred_percent_base": "95", "assignment_poll_default_onehundred_percent_base": "55", "poll_default_onehundred_percent_base": "35"}""", 4);
        await AssertBackendModel("user/1", """{"b": 2, "last_email_sent": 150000, "meta_deleted": false, "meta_position": 4}""", 4);
    }

    [Fact]
    public async Task M0041_migration()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"permissions": ["list_of_speakers.can_be_speaker"]}}""");
        await Write("""{"type": "update", "fqid": "group/1", "fields": {"permissions": []}}""");
        await Write("""{"type": "update", "fqid": "group/1", "fields": {"permissions": ["list_of_speakers.can_be_speaker"]}}""");
        await Write("""{"type": "update", "fqid": "group/1", "fields": {"permissions": ["list_of_speakers.can_manage", "list_of_speakers.can_be_speaker"]}}""");
        await Finalize("0041_add_list_of_speakers_can_see_to_group_events");
        await AssertBackendModel("group/1", """{"permissions": ["list_of_speakers.can_be_speaker", "list_of_speakers.can_see"], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("group/1", """{"permissions": [], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("group/1", """{"permissions": ["list_of_speakers.can_be_speaker", "list_of_speakers.can_see"], "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("group/1", """{"permissions": ["list_of_speakers.can_manage", "list_of_speakers.can_be_speaker"], "meta_deleted": false, "meta_position": 4}""", 4);
    }

    [Fact]
    public async Task M0042_migration()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"f": 1}}""");
        await Write("""{"type": "create", "fqid": "motion_state/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "organization/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "organization/1"}""");
        await Write("""{"type": "restore", "fqid": "organization/1"}""");
        await Finalize("0042_add_organization_genders");
        await AssertBackendModel("organization/1", """{"genders": ["male", "female", "diverse", "non-binary"], "f": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("motion_state/1", """{"f": 1, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("organization/1", """{"genders": ["male", "female", "diverse", "non-binary"], "f": 2, "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("organization/1", """{"genders": ["male", "female", "diverse", "non-binary"], "f": 2, "meta_deleted": true, "meta_position": 4}""", 4);
        await AssertBackendModel("organization/1", """{"genders": ["male", "female", "diverse", "non-binary"], "f": 2, "meta_deleted": false, "meta_position": 5}""", 5);
    }

    [Fact]
    public async Task M0043_migration()
    {
        await Write("""{"type": "create", "fqid": "motion/1", "fields": {"a": 1, "created": 1686740704}}""",
            """{"type": "create", "fqid": "motion_state/1", "fields": {"b": 1, "set_created_timestamp": true}}""");
        await Write("""{"type": "update", "fqid": "motion/1", "fields": {"a": 2, "created": 1686740814}}""",
            """{"type": "update", "fqid": "motion_state/1", "fields": {"b": 2, "set_created_timestamp": false}}""");
        await Write("""{"type": "delete", "fqid": "motion/1"}""",
            """{"type": "delete", "fqid": "motion_state/1"}""");
        await Write("""{"type": "restore", "fqid": "motion/1"}""",
            """{"type": "restore", "fqid": "motion_state/1"}""");
        await Finalize("0043_update_workflow_timestamp");
        await AssertBackendModel("motion/1", """{"meta_deleted": false, "meta_position": 1, "a": 1, "created": 1686740704, "workflow_timestamp": 1686740704}""", 1);
        await AssertBackendModel("motion_state/1", """{"b": 1, "set_workflow_timestamp": true, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("motion/1", """{"meta_deleted": false, "meta_position": 2, "a": 2, "created": 1686740814, "workflow_timestamp": 1686740814}""", 2);
        await AssertBackendModel("motion_state/1", """{"b": 2, "set_workflow_timestamp": false, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("motion/1", """{"meta_deleted": true, "meta_position": 3, "a": 2, "created": 1686740814, "workflow_timestamp": 1686740814}""", 3);
        await AssertBackendModel("motion_state/1", """{"b": 2, "set_workflow_timestamp": false, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("motion/1", """{"meta_deleted": false, "meta_position": 4, "a": 2, "created": 1686740814, "workflow_timestamp": 1686740814}""", 4);
        await AssertBackendModel("motion_state/1", """{"b": 2, "set_workflow_timestamp": false, "meta_deleted": false, "meta_position": 4}""", 4);
    }
}
