namespace Migrations.Tests;

/// <summary>0032_fix_motion_origin_relations: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0032FixMotionOriginRelationsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0032_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"name": "test", "motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "motion/2", "fields": {"meeting_id": 1, "origin_id": 1, "all_origin_ids": [1]}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"derived_motion_ids": [2], "all_derived_motion_ids": [2]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1, 2]}}""");
        await Write("""{"type": "delete", "fqid": "motion/2"}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"derived_motion_ids": []}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1]}}""");
        await Finalize("0032_fix_motion_origin_relations");
        await AssertBackendModel("motion/2", """{"meeting_id": 1, "origin_id": 1, "origin_meeting_id": 1, "all_origin_ids": [1], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"name": "test", "motion_ids": [1, 2], "forwarded_motion_ids": [2], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("motion/1", """{"meeting_id": 1, "derived_motion_ids": [], "all_derived_motion_ids": [], "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/1", """{"name": "test", "motion_ids": [1], "forwarded_motion_ids": [], "meta_deleted": false, "meta_position": 3}""", 3);
    }

    [Fact]
    public async Task M0032_all_origin_ids()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"name": "test", "motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "motion/2", "fields": {"meeting_id": 1, "origin_id": 1, "all_origin_ids": [1]}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"derived_motion_ids": [2], "all_derived_motion_ids": [2]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1, 2]}}""");
        await Write("""{"type": "delete", "fqid": "motion/1"}""",
            """{"type": "update", "fqid": "motion/2", "fields": {"origin_id": null}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [2]}}""");
        await Finalize("0032_fix_motion_origin_relations");
        await AssertBackendModel("motion/2", """{"meeting_id": 1, "origin_meeting_id": 1, "all_origin_ids": [], "meta_deleted": false, "meta_position": 3}""", 3);
    }

    [Fact]
    public async Task M0032_deleted_created_motions()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"name": "test", "motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "motion/2", "fields": {"meeting_id": 1, "origin_id": 1, "all_origin_ids": [1]}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"derived_motion_ids": [2], "all_derived_motion_ids": [2]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1, 2]}}""");
        await Write("""{"type": "delete", "fqid": "motion/2"}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"derived_motion_ids": []}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1]}}""");
        await Write("""{"type": "create", "fqid": "motion/3", "fields": {"meeting_id": 1, "origin_id": 1, "all_origin_ids": [1]}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"derived_motion_ids": [3], "all_derived_motion_ids": [2, 3]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1, 3]}}""");
        await Write("""{"type": "delete", "fqid": "motion/1"}""",
            """{"type": "update", "fqid": "motion/3", "fields": {"origin_id": null}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [3]}}""");
        await Finalize("0032_fix_motion_origin_relations");
        await AssertBackendModel("motion/2", """{"meeting_id": 1, "origin_id": 1, "origin_meeting_id": 1, "all_origin_ids": [1], "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("motion/3", """{"meeting_id": 1, "origin_id": 1, "origin_meeting_id": 1, "all_origin_ids": [1], "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("motion/1", """{"meeting_id": 1, "derived_motion_ids": [3], "all_derived_motion_ids": [3], "meta_deleted": true, "meta_position": 5}""", 5);
        await AssertBackendModel("motion/3", """{"meeting_id": 1, "origin_meeting_id": 1, "all_origin_ids": [], "meta_deleted": false, "meta_position": 5}""", 5);
    }

    [Fact]
    public async Task M0032_deleted_motions()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"name": "test", "motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "motion/2", "fields": {"meeting_id": 1, "origin_id": 1, "all_origin_ids": [1]}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"derived_motion_ids": [2], "all_derived_motion_ids": [2]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1, 2]}}""");
        await Write("""{"type": "create", "fqid": "motion/3", "fields": {"meeting_id": 1, "origin_id": 1, "all_origin_ids": [1]}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"derived_motion_ids": [2, 3], "all_derived_motion_ids": [2, 3]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1, 2, 3]}}""");
        await Write("""{"type": "delete", "fqid": "motion/2"}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"derived_motion_ids": [3]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1, 3]}}""");
        await Write("""{"type": "delete", "fqid": "motion/1"}""",
            """{"type": "update", "fqid": "motion/3", "fields": {"origin_id": null}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [3]}}""");
        await Write("""{"type": "delete", "fqid": "motion/3"}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": []}}""");
        await Finalize("0032_fix_motion_origin_relations");
        await AssertBackendModel("motion/2", """{"meeting_id": 1, "origin_id": 1, "origin_meeting_id": 1, "all_origin_ids": [1], "meta_deleted": true, "meta_position": 4}""", 4);
        await AssertBackendModel("motion/1", """{"meeting_id": 1, "derived_motion_ids": [3], "all_derived_motion_ids": [3], "meta_deleted": true, "meta_position": 5}""", 5);
        await AssertBackendModel("motion/3", """{"meeting_id": 1, "all_origin_ids": [], "origin_meeting_id": 1, "meta_deleted": true, "meta_position": 6}""", 6);
    }

    [Fact]
    public async Task M0032_multiple_forwarded_stages_customer_example()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"name": "test", "motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "motion/2", "fields": {"meeting_id": 1, "origin_id": 1, "all_origin_ids": [1]}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"derived_motion_ids": [2], "all_derived_motion_ids": [2]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1, 2]}}""");
        await Write("""{"type": "delete", "fqid": "motion/2"}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"derived_motion_ids": []}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1]}}""");
        await Write("""{"type": "create", "fqid": "motion/3", "fields": {"meeting_id": 1, "origin_id": 1, "all_origin_ids": [1]}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"derived_motion_ids": [3], "all_derived_motion_ids": [2, 3]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1, 3]}}""");
        await Write("""{"type": "delete", "fqid": "motion/3"}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"derived_motion_ids": []}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1]}}""");
        await Write("""{"type": "create", "fqid": "motion/4", "fields": {"meeting_id": 1, "origin_id": 1, "all_origin_ids": [1]}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"derived_motion_ids": [4], "all_derived_motion_ids": [2, 3, 4]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1, 4]}}""");
        await Write("""{"type": "create", "fqid": "motion/5", "fields": {"meeting_id": 1, "origin_id": 1, "all_origin_ids": [1]}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"derived_motion_ids": [4, 5], "all_derived_motion_ids": [2, 3, 4, 5]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1, 4, 5]}}""");
        await Write("""{"type": "create", "fqid": "motion/6", "fields": {"meeting_id": 1, "origin_id": 4, "all_origin_ids": [4, 1]}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"derived_motion_ids": [4, 5], "all_derived_motion_ids": [2, 3, 4, 5, 6]}}""",
            """{"type": "update", "fqid": "motion/4", "fields": {"derived_motion_ids": [6], "all_derived_motion_ids": [6]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1, 4, 5, 6]}}""");
        await Write("""{"type": "delete", "fqid": "motion/1"}""",
            """{"type": "update", "fqid": "motion/4", "fields": {"origin_id": null}}""",
            """{"type": "update", "fqid": "motion/5", "fields": {"origin_id": null}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [4, 5, 6]}}""");
        await Finalize("0032_fix_motion_origin_relations");
        await AssertBackendModel("motion/1", """{"meeting_id": 1, "derived_motion_ids": [4, 5], "all_derived_motion_ids": [4, 5, 6], "meta_deleted": true, "meta_position": 9}""", 9);
        await AssertBackendModel("motion/2", """{"meeting_id": 1, "origin_id": 1, "origin_meeting_id": 1, "all_origin_ids": [1], "meta_deleted": true, "meta_position": 3}""", 9);
        await AssertBackendModel("motion/3", """{"meeting_id": 1, "origin_id": 1, "all_origin_ids": [1], "origin_meeting_id": 1, "meta_deleted": true, "meta_position": 5}""", 9);
        await AssertBackendModel("motion/4", """{"meeting_id": 1, "derived_motion_ids": [6], "all_derived_motion_ids": [6], "all_origin_ids": [], "origin_meeting_id": 1, "meta_deleted": false, "meta_position": 9}""", 9);
        await AssertBackendModel("motion/5", """{"meeting_id": 1, "all_origin_ids": [], "origin_meeting_id": 1, "meta_deleted": false, "meta_position": 9}""", 9);
        await AssertBackendModel("motion/6", """{"meeting_id": 1, "origin_id": 4, "all_origin_ids": [4], "origin_meeting_id": 1, "meta_deleted": false, "meta_position": 9}""", 9);
    }
}
