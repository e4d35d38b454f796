using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>
/// 0047_add_workflow_state_boolean_defaults: upstream's case
/// (tests/system/migrations/test_0047_add_workflow_state_boolean_defaults.py) and ours; expected values of ours come
/// from upstream's migration run with python3 on the same models.
/// </summary>
public class M0047AddWorkflowStateBooleanDefaultsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0047_add_workflow_state_boolean_defaults";

    [Fact]
    public async Task M0047_migration()
    {
        await Write(
            """
            {"type": "create", "fqid": "motion_state/11", "fields": {
                "id": 11,
                "name": "received",
                "recommendation_label": "receival",
                "css_class": "lightblue",
                "restrictions": [],
                "allow_support": false,
                "allow_create_poll": false,
                "allow_submitter_edit": false,
                "set_number": true,
                "show_state_extension_field": false,
                "merge_amendment_into_final": "do_not_merge",
                "show_recommendation_extension_field": false,
                "weight": 1
            }}
            """,
            """
            {"type": "create", "fqid": "motion_state/12", "fields": {
                "id": 12,
                "name": "failed",
                "recommendation_label": "failure",
                "css_class": "red",
                "restrictions": [],
                "allow_support": false,
                "allow_create_poll": false,
                "allow_submitter_edit": false,
                "set_workflow_timestamp": true,
                "set_number": true,
                "show_state_extension_field": false,
                "merge_amendment_into_final": "do_not_merge",
                "show_recommendation_extension_field": false,
                "weight": 2
            }}
            """,
            """
            {"type": "create", "fqid": "motion_state/13", "fields": {
                "id": 13,
                "name": "successful",
                "recommendation_label": "success",
                "css_class": "green",
                "restrictions": [],
                "allow_support": false,
                "allow_create_poll": false,
                "allow_submitter_edit": false,
                "allow_motion_forwarding": false,
                "set_number": true,
                "show_state_extension_field": false,
                "merge_amendment_into_final": "do_not_merge",
                "show_recommendation_extension_field": false,
                "weight": 3
            }}
            """,
            """
            {"type": "create", "fqid": "motion_state/14", "fields": {
                "id": 14,
                "name": "illegal",
                "recommendation_label": "illegalize",
                "css_class": "lightblue",
                "restrictions": [],
                "allow_support": false,
                "allow_create_poll": false,
                "allow_submitter_edit": false,
                "allow_motion_forwarding": false,
                "set_workflow_timestamp": true,
                "set_number": true,
                "show_state_extension_field": false,
                "merge_amendment_into_final": "do_not_merge",
                "show_recommendation_extension_field": false,
                "weight": 4
            }}
            """);
        await Finalize(Name);
        await AssertBackendModel("motion_state/11", """
            {
                "id": 11,
                "name": "received",
                "recommendation_label": "receival",
                "css_class": "lightblue",
                "restrictions": [],
                "allow_support": false,
                "allow_create_poll": false,
                "allow_submitter_edit": false,
                "set_number": true,
                "show_state_extension_field": false,
                "merge_amendment_into_final": "do_not_merge",
                "show_recommendation_extension_field": false,
                "weight": 1,
                "allow_motion_forwarding": false,
                "set_workflow_timestamp": false
            }
            """);
        await AssertBackendModel("motion_state/12", """
            {
                "id": 12,
                "name": "failed",
                "recommendation_label": "failure",
                "css_class": "red",
                "restrictions": [],
                "allow_support": false,
                "allow_create_poll": false,
                "allow_submitter_edit": false,
                "set_number": true,
                "show_state_extension_field": false,
                "merge_amendment_into_final": "do_not_merge",
                "show_recommendation_extension_field": false,
                "weight": 2,
                "allow_motion_forwarding": false,
                "set_workflow_timestamp": true
            }
            """);
        await AssertBackendModel("motion_state/13", """
            {
                "id": 13,
                "name": "successful",
                "recommendation_label": "success",
                "css_class": "green",
                "restrictions": [],
                "allow_support": false,
                "allow_create_poll": false,
                "allow_submitter_edit": false,
                "set_number": true,
                "show_state_extension_field": false,
                "merge_amendment_into_final": "do_not_merge",
                "show_recommendation_extension_field": false,
                "weight": 3,
                "allow_motion_forwarding": false,
                "set_workflow_timestamp": false
            }
            """);
        await AssertBackendModel("motion_state/14", """
            {
                "id": 14,
                "name": "illegal",
                "recommendation_label": "illegalize",
                "css_class": "lightblue",
                "restrictions": [],
                "allow_support": false,
                "allow_create_poll": false,
                "allow_submitter_edit": false,
                "set_number": true,
                "show_state_extension_field": false,
                "merge_amendment_into_final": "do_not_merge",
                "show_recommendation_extension_field": false,
                "weight": 4,
                "allow_motion_forwarding": false,
                "set_workflow_timestamp": true
            }
            """);
    }

    [Fact]
    public async Task M0047_a_deleted_state_is_left_alone_and_a_set_value_is_kept()
    {
        await Write("""{"type": "create", "fqid": "motion_state/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "motion_state/2", "fields": {"id": 2, "set_workflow_timestamp": true}}""",
            """{"type": "create", "fqid": "motion_state/3", "fields": {"id": 3, "set_workflow_timestamp": true, "allow_motion_forwarding": true}}""");
        await Write("""{"type": "delete", "fqid": "motion_state/1"}""");
        await Finalize(Name);
        await AssertBackendModel("motion_state/1", """{"id": 1, "meta_deleted": true}""");
        await AssertBackendModel("motion_state/2", """{"id": 2, "set_workflow_timestamp": true, "allow_motion_forwarding": false}""");
        await AssertBackendModel("motion_state/3", """{"id": 3, "set_workflow_timestamp": true, "allow_motion_forwarding": true}""");
    }

    [Fact]
    public async Task M0047_nothing_to_migrate_writes_no_position()
    {
        await Write("""{"type": "create", "fqid": "motion_state/1", "fields": {"id": 1, "set_workflow_timestamp": false, "allow_motion_forwarding": false}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "state_id": 1}}""");
        await Finalize(Name);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM positions"));
    }

    [Fact]
    public async Task M0047_in_memory_a_null_value_counts_as_present_and_stays_null()
    {
        var result = await MigrateInMemory(Name, """
            {
                "motion_state/1": {"id": 1, "set_workflow_timestamp": null},
                "motion_state/2": {"id": 2, "allow_motion_forwarding": true, "set_workflow_timestamp": false},
                "motion_state/3": {"id": 3, "name": "new"}
            }
            """);
        AssertModels(result, """
            {
                "motion_state/1": {"id": 1, "set_workflow_timestamp": null, "allow_motion_forwarding": false},
                "motion_state/2": {"id": 2, "allow_motion_forwarding": true, "set_workflow_timestamp": false},
                "motion_state/3": {"id": 3, "name": "new", "set_workflow_timestamp": false, "allow_motion_forwarding": false}
            }
            """);
    }
}
