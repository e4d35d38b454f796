namespace Migrations.Tests;

/// <summary>0035_fix_motion_extension_fields: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0035FixMotionExtensionFieldsTests(DatabaseFixture database) : BackendMigrationTest(database)
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
}
