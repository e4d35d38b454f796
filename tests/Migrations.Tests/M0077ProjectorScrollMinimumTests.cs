namespace Migrations.Tests;

/// <summary>0077_projector_scroll_minimum: upstream's case (tests/system/migrations/test_0077_projector_scroll_minimum.py) and ours.</summary>
public class M0077ProjectorScrollMinimumTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0077_projector_scroll_minimum";

    [Fact]
    public async Task M0077_simple()
    {
        await Write("""{"type": "create", "fqid": "projector/1", "fields": {"scroll": -1}}""",
            """{"type": "create", "fqid": "projector/2", "fields": {"scroll": 0}}""",
            """{"type": "create", "fqid": "projector/3", "fields": {"scroll": 1}}""",
            """{"type": "create", "fqid": "projector/4", "fields": {"scroll": -1}}""");
        await Write("""{"type": "delete", "fqid": "projector/4"}""");
        await Finalize("0077_projector_scroll_minimum");
        await AssertBackendModel("projector/1", """{"scroll": 0}""");
        await AssertBackendModel("projector/2", """{"scroll": 0}""");
        await AssertBackendModel("projector/3", """{"scroll": 1}""");
        await AssertBackendModel("projector/4", """{"scroll": -1, "meta_deleted": true}""");
    }

    /// <summary>Ours: upstream's data gives one update, for the live projector below 0 only.</summary>
    [Fact]
    public async Task M0077_events_of_upstreams_data()
    {
        await Write("""{"type": "create", "fqid": "projector/1", "fields": {"scroll": -1}}""",
            """{"type": "create", "fqid": "projector/2", "fields": {"scroll": 0}}""",
            """{"type": "create", "fqid": "projector/3", "fields": {"scroll": 1}}""",
            """{"type": "create", "fqid": "projector/4", "fields": {"scroll": -1}}""");
        await Write("""{"type": "delete", "fqid": "projector/4"}""");
        await Finalize(Name);
        await AssertMigrationEvents(("update", "projector/1", """{"scroll": 0}"""));
    }

    /// <summary>Ours, in memory: upstream's data (in an import every model is live, so projector/4 is raised too).</summary>
    [Fact]
    public async Task M0077_in_memory_upstreams_data()
    {
        var migrated = await MigrateInMemory(Name, """
            {
                "projector/1": {"id": 1, "scroll": -1},
                "projector/2": {"id": 2, "scroll": 0},
                "projector/3": {"id": 3, "scroll": 1},
                "projector/4": {"id": 4, "scroll": -1}
            }
            """);
        AssertModels(migrated, """
            {
                "projector/1": {"id": 1, "scroll": 0},
                "projector/2": {"id": 2, "scroll": 0},
                "projector/3": {"id": 3, "scroll": 1},
                "projector/4": {"id": 4, "scroll": 0}
            }
            """);
    }

    /// <summary>
    /// Ours (kept from upstream): a negative fraction is a <c>numeric</c> below 0 in the database and is raised there,
    /// but in memory it is a Python float, which upstream's filter does not compare with the int 0, so it stays.
    /// </summary>
    [Fact]
    public async Task M0077_a_negative_fraction_is_raised_in_the_database_only()
    {
        var models = """
            {
                "projector/1": {"id": 1, "scroll": -0.5},
                "projector/2": {"id": 2, "scroll": -1.0},
                "projector/3": {"id": 3, "scroll": -20},
                "projector/4": {"id": 4, "scroll": 0.5}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        await AssertMigrationEvents(
            ("update", "projector/1", """{"scroll": 0}"""),
            ("update", "projector/2", """{"scroll": 0}"""),
            ("update", "projector/3", """{"scroll": 0}"""));
        await AssertBackendModel("projector/4", """{"id": 4, "scroll": 0.5}""");

        AssertModels(await MigrateInMemory(Name, models), """
            {
                "projector/1": {"id": 1, "scroll": -0.5},
                "projector/2": {"id": 2, "scroll": -1.0},
                "projector/3": {"id": 3, "scroll": 0},
                "projector/4": {"id": 4, "scroll": 0.5}
            }
            """);
    }

    /// <summary>
    /// Ours (deliberate): a scroll that is not a number, null or missing is left alone on both paths and nothing is
    /// written (upstream's database filter made PostgreSQL fail on the cast to numeric; its in-memory filter skips them).
    /// </summary>
    [Fact]
    public async Task M0077_a_scroll_that_is_no_number_is_left_alone()
    {
        var models = """
            {
                "projector/1": {"id": 1, "scroll": "-1"},
                "projector/2": {"id": 2, "scroll": true},
                "projector/3": {"id": 3, "scroll": false},
                "projector/4": {"id": 4, "scroll": null},
                "projector/5": {"id": 5, "scroll": [-1]},
                "projector/6": {"id": 6, "scroll": {"value": -1}},
                "projector/7": {"id": 7}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("projector/1", """{"id": 1, "scroll": "-1"}""");
        await AssertBackendModel("projector/2", """{"id": 2, "scroll": true}""");
        await AssertBackendModel("projector/5", """{"id": 5, "scroll": [-1]}""");
        await AssertBackendModel("projector/6", """{"id": 6, "scroll": {"value": -1}}""");
        await AssertBackendModel("projector/7", """{"id": 7}""");

        AssertModels(await MigrateInMemory(Name, models), """
            {
                "projector/1": {"id": 1, "scroll": "-1"},
                "projector/2": {"id": 2, "scroll": true},
                "projector/3": {"id": 3, "scroll": false},
                "projector/4": {"id": 4, "scroll": null},
                "projector/5": {"id": 5, "scroll": [-1]},
                "projector/6": {"id": 6, "scroll": {"value": -1}},
                "projector/7": {"id": 7}
            }
            """);
    }

    /// <summary>Ours: only projectors are read; a negative scroll elsewhere stays, and no projector below 0 means no position.</summary>
    [Fact]
    public async Task M0077_other_collections_are_not_read()
    {
        await Write("""{"type": "create", "fqid": "projector/1", "fields": {"id": 1, "scroll": 3}}""",
            """{"type": "create", "fqid": "projector_countdown/1", "fields": {"id": 1, "scroll": -1}}""");
        await Finalize(Name);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("projector_countdown/1", """{"id": 1, "scroll": -1}""");
    }
}
