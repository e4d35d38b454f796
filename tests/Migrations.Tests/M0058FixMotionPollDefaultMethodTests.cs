using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>0058_fix_motion_poll_default_method: upstream's case (tests/system/migrations/test_0058_fix_motion_poll_default_method.py) and ours.</summary>
public class M0058FixMotionPollDefaultMethodTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0058_fix_motion_poll_default_method";

    [Fact]
    public async Task M0058_migration_full()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_poll_default_method": null}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "motion_poll_default_method": "YN"}}""",
            """{"type": "create", "fqid": "meeting/3", "fields": {"id": 3, "motion_poll_default_method": null}}""",
            """{"type": "delete", "fqid": "meeting/3"}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "motion_poll_default_method": "YNA"}""");
        await AssertBackendModel("meeting/2", """{"id": 2, "motion_poll_default_method": "YN"}""");
        await AssertBackendModel("meeting/3", """{"id": 3, "meta_deleted": true}""");
    }

    /// <summary>Ours: a meeting deleted in a later position is not filled either; only meetings without a value are written.</summary>
    [Fact]
    public async Task M0058_only_live_meetings_without_a_method_are_written()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "motion_poll_default_method": "YN"}}""",
            """{"type": "create", "fqid": "meeting/3", "fields": {"id": 3, "motion_poll_default_method": ""}}""",
            """{"type": "create", "fqid": "meeting/4", "fields": {"id": 4}}""");
        await Write("""{"type": "delete", "fqid": "meeting/4", "fields": {}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "motion_poll_default_method": "YNA", "meta_position": 3}""");
        await AssertBackendModel("meeting/2", """{"id": 2, "motion_poll_default_method": "YN", "meta_position": 1}""");
        // An empty string is a value (not None), as upstream's filter sees it.
        await AssertBackendModel("meeting/3", """{"id": 3, "motion_poll_default_method": "", "meta_position": 1}""");
        await AssertBackendModel("meeting/4", """{"id": 4, "meta_deleted": true, "meta_position": 2}""");
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM events WHERE position = 3"));
    }

    /// <summary>Ours: no meetings, no position.</summary>
    [Fact]
    public async Task M0058_without_meetings_nothing_is_written()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1}}""");
        await Finalize(Name);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM positions"));
    }

    /// <summary>Ours, in memory: missing and null methods are filled, others kept.</summary>
    [Fact]
    public async Task M0058_in_memory()
    {
        var result = await MigrateInMemory(Name, """
            {
                "meeting/1": {"id": 1, "motion_poll_default_method": null},
                "meeting/2": {"id": 2, "motion_poll_default_method": "YN"},
                "meeting/3": {"id": 3},
                "meeting/4": {"id": 4, "motion_poll_default_method": ""}
            }
            """);
        AssertModels(result, """
            {
                "meeting/1": {"id": 1, "motion_poll_default_method": "YNA"},
                "meeting/2": {"id": 2, "motion_poll_default_method": "YN"},
                "meeting/3": {"id": 3, "motion_poll_default_method": "YNA"},
                "meeting/4": {"id": 4, "motion_poll_default_method": ""}
            }
            """);
    }
}
