namespace Migrations.Tests;

/// <summary>0012_committee_user_relation: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0012CommitteeUserRelationTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0012_user_group_create_delete_restore_update_one_position()
    {
        await Write("""{"type": "create", "fqid": "committee/1", "fields": {"user_ids": [], "meeting_ids": [10]}}""",
            """{"type": "create", "fqid": "committee/2", "fields": {"user_ids": [], "meeting_ids": [20]}}""",
            """{"type": "create", "fqid": "meeting/10", "fields": {"committee_id": 1, "group_ids": [100]}}""",
            """{"type": "create", "fqid": "meeting/20", "fields": {"committee_id": 2, "group_ids": [200]}}""",
            """{"type": "create", "fqid": "group/100", "fields": {"meeting_id": 10}}""",
            """{"type": "create", "fqid": "group/200", "fields": {"meeting_id": 20}}""");
        await Write("""{"type": "create", "fqid": "user/1000", "fields": {"group_$10_ids": [100], "group_$_ids": ["10"]}}""",
            """{"type": "update", "fqid": "group/100", "fields": {"user_ids": [1000]}}""");
        await Write("""{"type": "delete", "fqid": "user/1000"}""");
        await Write("""{"type": "restore", "fqid": "user/1000"}""");
        await Write("""{"type": "update", "fqid": "user/1000", "fields": {"group_$10_ids": null, "group_$20_ids": [200], "group_$_ids": ["20"]}}""",
            """{"type": "update", "fqid": "group/100", "fields": {"user_ids": []}}""",
            """{"type": "update", "fqid": "group/200", "fields": {"user_ids": [1000]}}""");
        await Finalize("0012_committee_user_relation");
        await AssertBackendModel("committee/1", """{"meta_deleted": false, "meta_position": 1, "user_ids": [], "meeting_ids": [10]}""", 1);
        await AssertBackendModel("committee/2", """{"meta_deleted": false, "meta_position": 1, "user_ids": [], "meeting_ids": [20]}""", 1);
        await AssertBackendModel("committee/1", """{"user_ids": [1000], "meeting_ids": [10], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("user/1000", """{"committee_ids": [1], "meta_deleted": false, "meta_position": 2, "group_$10_ids": [100], "group_$_ids": ["10"]}""", 2);
        await AssertBackendModel("committee/1", """{"user_ids": [], "meeting_ids": [10], "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("user/1000", """{"committee_ids": [1], "meta_deleted": true, "meta_position": 3, "group_$10_ids": [100], "group_$_ids": ["10"]}""", 3);
        await AssertBackendModel("committee/1", """{"user_ids": [1000], "meeting_ids": [10], "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("user/1000", """{"committee_ids": [1], "meta_deleted": false, "meta_position": 4, "group_$10_ids": [100], "group_$_ids": ["10"]}""", 4);
        await AssertBackendModel("committee/1", """{"user_ids": [], "meeting_ids": [10], "meta_deleted": false, "meta_position": 5}""", 5);
        await AssertBackendModel("committee/2", """{"user_ids": [1000], "meeting_ids": [20], "meta_deleted": false, "meta_position": 5}""", 5);
        await AssertBackendModel("user/1000", """{"committee_ids": [2], "meta_deleted": false, "meta_position": 5, "group_$20_ids": [200], "group_$_ids": ["20"]}""", 5);
    }

    [Fact]
    public async Task M0012_user_committee_management_level_create_delete_restore_update_one_position()
    {
        await Write("""{"type": "create", "fqid": "committee/1", "fields": {"user_ids": []}}""",
            """{"type": "create", "fqid": "committee/2", "fields": {"user_ids": []}}""");
        await Write("""{"type": "create", "fqid": "user/1000", "fields": {"committee_$_management_level": ["1"], "committee_$1_management_level": "can_manage"}}""");
        await Write("""{"type": "delete", "fqid": "user/1000"}""");
        await Write("""{"type": "restore", "fqid": "user/1000"}""");
        await Write("""{"type": "update", "fqid": "user/1000", "fields": {"committee_$_management_level": ["2"], "committee_$1_management_level": null, "committee_$2_management_level": "can_manage"}}""");
        await Finalize("0012_committee_user_relation");
        await AssertBackendModel("committee/1", """{"meta_deleted": false, "meta_position": 1, "user_ids": []}""", 1);
        await AssertBackendModel("committee/2", """{"meta_deleted": false, "meta_position": 1, "user_ids": []}""", 1);
        await AssertBackendModel("committee/1", """{"user_ids": [1000], "user_$can_manage_management_level": [1000], "user_$_management_level": ["can_manage"], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("user/1000", """{"committee_ids": [1], "meta_deleted": false, "meta_position": 2, "committee_$can_manage_management_level": [1], "committee_$_management_level": ["can_manage"]}""", 2);
        await AssertBackendModel("committee/1", """{"user_ids": [], "user_$can_manage_management_level": [], "user_$_management_level": ["can_manage"], "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("user/1000", """{"committee_ids": [1], "committee_$can_manage_management_level": [1], "committee_$_management_level": ["can_manage"], "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("committee/1", """{"user_ids": [1000], "user_$can_manage_management_level": [1000], "user_$_management_level": ["can_manage"], "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("user/1000", """{"committee_ids": [1], "meta_deleted": false, "meta_position": 4, "committee_$can_manage_management_level": [1], "committee_$_management_level": ["can_manage"]}""", 4);
        await AssertBackendModel("committee/1", """{"user_ids": [], "user_$can_manage_management_level": [], "user_$_management_level": ["can_manage"], "meta_deleted": false, "meta_position": 5}""", 5);
        await AssertBackendModel("committee/2", """{"user_ids": [1000], "user_$can_manage_management_level": [1000], "user_$_management_level": ["can_manage"], "meta_deleted": false, "meta_position": 5}""", 5);
        await AssertBackendModel("user/1000", """{"committee_ids": [2], "committee_$can_manage_management_level": [2], "committee_$_management_level": ["can_manage"], "meta_deleted": false, "meta_position": 5}""", 5);
    }

    [Fact]
    public async Task M0012_user_mixed_cml_and_group()
    {
        await Write("""{"type": "create", "fqid": "committee/1", "fields": {"user_ids": [], "meeting_ids": [10]}}""",
            """{"type": "create", "fqid": "committee/2", "fields": {"user_ids": [], "meeting_ids": [20]}}""",
            """{"type": "create", "fqid": "meeting/10", "fields": {"committee_id": 1, "group_ids": [100]}}""",
            """{"type": "create", "fqid": "meeting/20", "fields": {"committee_id": 2, "group_ids": [200]}}""",
            """{"type": "create", "fqid": "group/100", "fields": {"meeting_id": 10}}""",
            """{"type": "create", "fqid": "group/200", "fields": {"meeting_id": 20}}""");
        await Write("""{"type": "create", "fqid": "user/1000", "fields": {"group_$_ids": ["10", "20"], "group_$10_ids": [100], "group_$20_ids": [200], "committee_$_management_level": ["1"], "committee_$1_management_level": "can_manage"}}""",
            """{"type": "create", "fqid": "user/1001", "fields": {"group_$_ids": ["10"], "group_$10_ids": [100], "committee_$_management_level": ["1", "2"], "committee_$1_management_level": "can_manage", "committee_$2_management_level": "can_manage"}}""",
            """{"type": "update", "fqid": "group/100", "fields": {"user_ids": [1000, 1001]}}""",
            """{"type": "update", "fqid": "group/200", "fields": {"user_ids": [1000]}}""");
        await Write("""{"type": "update", "fqid": "user/1000", "fields": {"group_$10_ids": null, "group_$_ids": ["20"]}}""",
            """{"type": "update", "fqid": "group/100", "fields": {"user_ids": [1001]}}""",
            """{"type": "update", "fqid": "user/1001", "fields": {"committee_$_management_level": ["1"], "committee_$2_management_level": null}}""");
        await Finalize("0012_committee_user_relation");
        await AssertBackendModel("committee/1", """{"user_ids": [1000, 1001], "user_$_management_level": ["can_manage"], "user_$can_manage_management_level": [1000, 1001], "meeting_ids": [10], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("committee/2", """{"user_ids": [1000, 1001], "user_$_management_level": ["can_manage"], "user_$can_manage_management_level": [1001], "meeting_ids": [20], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("user/1000", """{"group_$_ids": ["10", "20"], "group_$10_ids": [100], "group_$20_ids": [200], "committee_ids": [1, 2], "committee_$can_manage_management_level": [1], "committee_$_management_level": ["can_manage"], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("user/1001", """{"group_$_ids": ["10"], "group_$10_ids": [100], "committee_ids": [1, 2], "committee_$can_manage_management_level": [1, 2], "committee_$_management_level": ["can_manage"], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("committee/1", """{"user_ids": [1000, 1001], "user_$_management_level": ["can_manage"], "user_$can_manage_management_level": [1000, 1001], "meeting_ids": [10], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("committee/2", """{"user_ids": [1000], "user_$_management_level": ["can_manage"], "user_$can_manage_management_level": [], "meeting_ids": [20], "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("user/1000", """{"group_$_ids": ["20"], "group_$20_ids": [200], "committee_ids": [1, 2], "committee_$can_manage_management_level": [1], "committee_$_management_level": ["can_manage"], "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("user/1001", """{"group_$_ids": ["10"], "group_$10_ids": [100], "committee_ids": [1], "committee_$can_manage_management_level": [1], "committee_$_management_level": ["can_manage"], "meta_deleted": false, "meta_position": 3}""", 3);
    }

    [Fact]
    public async Task M0012_user_add_remove_add()
    {
        await Write("""{"type": "create", "fqid": "committee/1", "fields": {"user_ids": [], "meeting_ids": [10]}}""",
            """{"type": "create", "fqid": "meeting/10", "fields": {"committee_id": 1, "group_ids": [100]}}""",
            """{"type": "create", "fqid": "group/100", "fields": {"meeting_id": 10}}""");
        await Write("""{"type": "create", "fqid": "user/1000", "fields": {"group_$10_ids": [100], "group_$_ids": ["10"]}}""",
            """{"type": "update", "fqid": "user/1000", "fields": {"group_$10_ids": null, "group_$_ids": []}}""",
            """{"type": "update", "fqid": "user/1000", "fields": {"group_$10_ids": [100], "group_$_ids": ["10"]}}""",
            """{"type": "update", "fqid": "group/100", "fields": {"user_ids": [1000]}}""");
        await Finalize("0012_committee_user_relation");
        await AssertBackendModel("committee/1", """{"meta_deleted": false, "meta_position": 1, "user_ids": [], "meeting_ids": [10]}""", 1);
        await AssertBackendModel("committee/1", """{"user_ids": [1000], "meeting_ids": [10], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("user/1000", """{"committee_ids": [1], "meta_deleted": false, "meta_position": 2, "group_$10_ids": [100], "group_$_ids": ["10"]}""", 2);
    }

    [Fact]
    public async Task M0012_user_remove_add()
    {
        await Write("""{"type": "create", "fqid": "committee/1", "fields": {"user_ids": [1000], "meeting_ids": [10]}}""",
            """{"type": "create", "fqid": "meeting/10", "fields": {"committee_id": 1, "group_ids": [100]}}""",
            """{"type": "create", "fqid": "group/100", "fields": {"meeting_id": 10, "user_ids": [1000]}}""",
            """{"type": "create", "fqid": "user/1000", "fields": {"group_$10_ids": [100], "group_$_ids": ["10"]}}""");
        await Write("""{"type": "update", "fqid": "user/1000", "fields": {"group_$10_ids": null, "group_$_ids": []}}""",
            """{"type": "update", "fqid": "user/1000", "fields": {"group_$10_ids": [100], "group_$_ids": ["10"]}}""");
        await Finalize("0012_committee_user_relation");
        await AssertBackendModel("committee/1", """{"meta_deleted": false, "meta_position": 1, "user_ids": [1000], "meeting_ids": [10]}""", 1);
        await AssertBackendModel("user/1000", """{"committee_ids": [1], "meta_deleted": false, "meta_position": 1, "group_$10_ids": [100], "group_$_ids": ["10"]}""", 1);
        await AssertBackendModel("committee/1", """{"user_ids": [1000], "meeting_ids": [10], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("user/1000", """{"committee_ids": [1], "meta_deleted": false, "meta_position": 2, "group_$10_ids": [100], "group_$_ids": ["10"]}""", 2);
    }

    [Fact]
    public async Task M0012_user_remove_add_2_stages()
    {
        await Write("""{"type": "create", "fqid": "committee/1", "fields": {"user_ids": [], "meeting_ids": [10]}}""",
            """{"type": "create", "fqid": "meeting/10", "fields": {"committee_id": 1, "group_ids": [100]}}""",
            """{"type": "create", "fqid": "group/100", "fields": {"meeting_id": 10, "user_ids": [1000]}}""",
            """{"type": "create", "fqid": "user/1000", "fields": {"group_$10_ids": [100], "group_$_ids": ["10"]}}""");
        await Migrate("0012_committee_user_relation");
        await Write("""{"type": "update", "fqid": "user/1000", "fields": {"group_$10_ids": null, "group_$_ids": []}}""",
            """{"type": "update", "fqid": "user/1000", "fields": {"group_$10_ids": [100], "group_$_ids": ["10"]}}""");
        await Finalize("0012_committee_user_relation");
        await AssertBackendModel("committee/1", """{"meta_deleted": false, "meta_position": 1, "user_ids": [1000], "meeting_ids": [10]}""", 1);
        await AssertBackendModel("user/1000", """{"committee_ids": [1], "meta_deleted": false, "meta_position": 1, "group_$10_ids": [100], "group_$_ids": ["10"]}""", 1);
        await AssertBackendModel("committee/1", """{"user_ids": [1000], "meeting_ids": [10], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("user/1000", """{"committee_ids": [1], "meta_deleted": false, "meta_position": 2, "group_$10_ids": [100], "group_$_ids": ["10"]}""", 2);
    }

    [Fact]
    public async Task M0012_events_in_wrong_sequence()
    {
        await Write("""{"type": "create", "fqid": "user/1000", "fields": {"group_$10_ids": [100], "group_$_ids": ["10"]}}""",
            """{"type": "create", "fqid": "group/100", "fields": {"meeting_id": 10, "user_ids": [1000]}}""",
            """{"type": "create", "fqid": "meeting/10", "fields": {"committee_id": 1, "group_ids": [100]}}""",
            """{"type": "create", "fqid": "committee/1", "fields": {"user_ids": [1000], "meeting_ids": [10]}}""");
        await Finalize("0012_committee_user_relation");
        await AssertBackendModel("committee/1", """{"meta_deleted": false, "meta_position": 1, "user_ids": [1000], "meeting_ids": [10]}""", 1);
        await AssertBackendModel("user/1000", """{"committee_ids": [1], "meta_deleted": false, "meta_position": 1, "group_$10_ids": [100], "group_$_ids": ["10"]}""", 1);
    }

    [Fact]
    public async Task M0012_with_shortened_example_data()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"committee_ids": [1], "committee_$_management_level": ["1"], "committee_$1_management_level": ["can_manage"], "group_$_ids": ["1"], "group_$1_ids": [2]}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"committee_ids": [1], "committee_$_management_level": [], "group_$_ids": ["1"], "group_$1_ids": [5]}}""",
            """{"type": "create", "fqid": "user/3", "fields": {"committee_ids": [], "committee_$_management_level": [], "group_$_ids": ["1"], "group_$1_ids": [5]}}""",
            """{"type": "create", "fqid": "committee/1", "fields": {"user_ids": [1, 2], "meeting_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"committee_id": 1, "group_ids": [1, 2, 3, 4, 5], "user_ids": [1, 2, 3], "default_group_id": 1, "admin_group_id": 2}}""",
            """{"type": "create", "fqid": "group/1", "fields": {"meeting_id": 1, "user_ids": [], "default_group_for_meeting_id": 1}}""",
            """{"type": "create", "fqid": "group/2", "fields": {"meeting_id": 1, "user_ids": [1], "admin_group_for_meeting_id": 1}}""",
            """{"type": "create", "fqid": "group/3", "fields": {"meeting_id": 1, "user_ids": []}}""",
            """{"type": "create", "fqid": "group/4", "fields": {"meeting_id": 1, "user_ids": []}}""",
            """{"type": "create", "fqid": "group/5", "fields": {"meeting_id": 1, "user_ids": [2, 3]}}""");
        await Finalize("0012_committee_user_relation");
        await AssertBackendModel("committee/1", """{"meta_deleted": false, "meta_position": 1, "user_ids": [1, 2, 3], "meeting_ids": [1], "user_$_management_level": ["can_manage"], "user_$can_manage_management_level": [1]}""", 1);
        await AssertBackendModel("user/1", """{"meta_deleted": false, "meta_position": 1, "committee_ids": [1], "committee_$_management_level": ["can_manage"], "committee_$can_manage_management_level": [1], "group_$_ids": ["1"], "group_$1_ids": [2]}""", 1);
        await AssertBackendModel("user/2", """{"meta_deleted": false, "meta_position": 1, "committee_ids": [1], "committee_$_management_level": [], "group_$_ids": ["1"], "group_$1_ids": [5]}""", 1);
        await AssertBackendModel("user/3", """{"meta_deleted": false, "meta_position": 1, "committee_ids": [1], "committee_$_management_level": [], "group_$_ids": ["1"], "group_$1_ids": [5]}""", 1);
    }
}
