namespace Migrations.Tests;

/// <summary>0024_decrease_motion_change_recommendation_line_to: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0024DecreaseMotionChangeRecommendationLineToTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0024_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "motion_change_recommendation/1", "fields": {"id": 1, "line_from": 3, "line_to": 4}}""");
        await Finalize("0024_decrease_motion_change_recommendation_line_to");
        await AssertBackendModel("motion_change_recommendation/1", """{"id": 1, "line_from": 3, "line_to": 3, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
    }

    [Fact]
    public async Task M0024_migration_mcr_title()
    {
        await Write("""{"type": "create", "fqid": "motion_change_recommendation/1", "fields": {"id": 1, "line_from": 0, "line_to": 0}}""");
        await Finalize("0024_decrease_motion_change_recommendation_line_to");
        await AssertBackendModel("motion_change_recommendation/1", """{"id": 1, "line_from": 0, "line_to": 0, "meta_deleted": false, "meta_position": 1}""", 1);
    }
}
