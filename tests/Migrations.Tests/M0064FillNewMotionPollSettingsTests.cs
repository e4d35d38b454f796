using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>0064_fill_new_motion_poll_settings: upstream's case (tests/system/migrations/test_0064_fill_new_motion_poll_settings.py) and ours.</summary>
public class M0064FillNewMotionPollSettingsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0064_fill_new_motion_poll_settings";

    private const string Settings = """{"motion_poll_projection_name_order_first": "last_name", "motion_poll_projection_max_columns": 6}""";

    [Fact]
    public async Task M0064_migration()
    {
        await Write("""{"type": "create", "fqid": "committee/1", "fields": {"id": 1, "name": "Committee 1", "meeting_ids": [1, 2, 3]}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "Meeting 1", "committee_id": 1}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "name": "Meeting 2", "committee_id": 1}}""",
            """{"type": "create", "fqid": "meeting/3", "fields": {"id": 3, "name": "Meeting 3", "committee_id": 1}}""");
        await Write("""{"type": "delete", "fqid": "meeting/2", "fields": {}}""",
            """{"type": "update", "fqid": "committee/1", "list_fields": {"remove": {"meeting_ids": [2]}}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "Meeting 1", "committee_id": 1, "motion_poll_projection_name_order_first": "last_name", "motion_poll_projection_max_columns": 6, "meta_deleted": false}""");
        await AssertBackendModel("meeting/2", """{"id": 2, "name": "Meeting 2", "committee_id": 1, "meta_deleted": true}""");
        await AssertBackendModel("meeting/3", """{"id": 3, "name": "Meeting 3", "committee_id": 1, "motion_poll_projection_name_order_first": "last_name", "motion_poll_projection_max_columns": 6, "meta_deleted": false}""");
    }

    /// <summary>
    /// Ours: settings a meeting already has are overwritten, every live meeting gets one update (upstream's events,
    /// from upstream's own run on this data), a meeting deleted later is left alone.
    /// </summary>
    [Fact]
    public async Task M0064_existing_settings_are_overwritten_and_only_live_meetings_are_updated()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_poll_projection_max_columns": 3, "motion_poll_projection_name_order_first": "first_name"}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2}}""",
            """{"type": "create", "fqid": "meeting/3", "fields": {"id": 3}}""");
        await Write("""{"type": "delete", "fqid": "meeting/3"}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "motion_poll_projection_name_order_first": "last_name", "motion_poll_projection_max_columns": 6, "meta_position": 3}""");
        await AssertBackendModel("meeting/2", """{"id": 2, "motion_poll_projection_name_order_first": "last_name", "motion_poll_projection_max_columns": 6, "meta_position": 3}""");
        await AssertBackendModel("meeting/3", """{"id": 3, "meta_deleted": true, "meta_position": 2}""");
        await AssertMigrationEvents(("update", "meeting/1", Settings), ("update", "meeting/2", Settings));
    }

    /// <summary>Ours: without a live meeting nothing is written (no empty position), a deleted meeting included.</summary>
    [Fact]
    public async Task M0064_without_live_meetings_nothing_is_written()
    {
        await Write("""{"type": "create", "fqid": "committee/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        await Finalize(Name);
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("meeting/1", """{"id": 1, "meta_deleted": true, "meta_position": 2}""");
    }

    /// <summary>Ours, in memory (upstream's in-memory run gives the same): every meeting, other collections untouched.</summary>
    [Fact]
    public async Task M0064_in_memory()
    {
        var result = await MigrateInMemory(Name, """
            {
                "meeting/1": {"id": 1, "motion_poll_projection_name_order_first": "first_name", "motion_poll_projection_max_columns": 3},
                "meeting/2": {"id": 2},
                "committee/1": {"id": 1, "meeting_ids": [1, 2]}
            }
            """);
        AssertModels(result, """
            {
                "meeting/1": {"id": 1, "motion_poll_projection_name_order_first": "last_name", "motion_poll_projection_max_columns": 6},
                "meeting/2": {"id": 2, "motion_poll_projection_name_order_first": "last_name", "motion_poll_projection_max_columns": 6},
                "committee/1": {"id": 1, "meeting_ids": [1, 2]}
            }
            """);
    }

    /// <summary>Ours, in memory: an import without meetings comes out unchanged.</summary>
    [Fact]
    public async Task M0064_in_memory_without_meetings()
    {
        const string models = """{"committee/1": {"id": 1}, "user/1": {"id": 1, "username": "a"}}""";
        AssertModels(await MigrateInMemory(Name, models), models);
    }
}
