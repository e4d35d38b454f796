namespace Migrations.Tests;

/// <summary>0037_remove_user_projections: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0037RemoveUserProjectionsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
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
}
