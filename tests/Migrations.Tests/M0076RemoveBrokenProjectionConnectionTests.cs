using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;

namespace Migrations.Tests;

/// <summary>
/// 0076_remove_broken_projection_connection: upstream's cases
/// (tests/system/migrations/test_0076_remove_broken_projection_connection.py) and ours. Upstream's results quoted in
/// the comments come from running upstream's migration code (backend 4.2.30) on the same data with readers that behave
/// as the datastore's two do.
/// </summary>
public class M0076RemoveBrokenProjectionConnectionTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0076_remove_broken_projection_connection";

    [Fact]
    public async Task M0076_simple()
    {
        await Write("""{"type": "create", "fqid": "projection/1", "fields": {"content_object_id": null}}""",
            """{"type": "create", "fqid": "projection/2", "fields": {}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"projection_ids": [1, 2]}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"projection_ids": [1, 2]}""");
        await AssertBackendModel("projection/1", """{"content_object_id": "meeting/1"}""");
        await AssertBackendModel("projection/2", """{"content_object_id": "meeting/1"}""");
    }

    [Fact]
    public async Task M0076_deleted()
    {
        await Write("""{"type": "create", "fqid": "projection/1", "fields": {"content_object_id": null}}""",
            """{"type": "create", "fqid": "projection/2", "fields": {"content_object_id": "meeting/1"}}""",
            """{"type": "create", "fqid": "projection/3", "fields": {}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"projection_ids": [1, 2, 3]}}""",
            """{"type": "delete", "fqid": "projection/1"}""",
            """{"type": "delete", "fqid": "projection/3"}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"projection_ids": [2]}""");
        await AssertBackendModel("projection/1", """{"meta_deleted": true}""");
        await AssertBackendModel("projection/3", """{"meta_deleted": true}""");
    }

    [Fact]
    public async Task M0076_unrecoverable()
    {
        await Write("""{"type": "create", "fqid": "projection/1", "fields": {"content_object_id": null}}""",
            """{"type": "create", "fqid": "projection/2", "fields": {}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"projection_ids": []}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"projection_ids": []}""");
        await AssertBackendModel("projection/1", """{"meta_deleted": true}""");
        await AssertBackendModel("projection/2", """{"meta_deleted": true}""");
    }

    /// <summary>
    /// Ours, the deliberate difference (a data-losing bug fixed): upstream removes entries from the list it iterates,
    /// skips the entry after each removal and writes that same list in every update, so meeting/1 ends with
    /// <c>[1, 3]</c> (the deleted projections) and loses the live 2 and 4, which still show it. Ours keeps the live
    /// projections and removes the deleted ones: <c>[2, 4]</c>, one update per removed entry. In memory (the deleted
    /// projections not part of the export) the same.
    /// </summary>
    [Fact]
    public async Task M0076_live_projections_stay_listed()
    {
        await Write(Creates("""
            {
                "projection/1": {"id": 1},
                "projection/2": {"id": 2, "content_object_id": "meeting/1"},
                "projection/3": {"id": 3},
                "projection/4": {"id": 4, "content_object_id": "meeting/1"},
                "meeting/1": {"id": 1, "projection_ids": [2, 1, 4, 3]}
            }
            """));
        await Write("""{"type": "delete", "fqid": "projection/1"}""", """{"type": "delete", "fqid": "projection/3"}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "projection_ids": [2, 4]}""");
        await AssertBackendModel("projection/2", """{"id": 2, "content_object_id": "meeting/1"}""");
        await AssertBackendModel("projection/4", """{"id": 4, "content_object_id": "meeting/1"}""");
        await AssertMigrationEvents(
            ("update", "meeting/1", """{"projection_ids": [2, 4]}"""),
            ("update", "meeting/1", """{"projection_ids": [2, 4]}"""));

        AssertModels(await MigrateInMemory(Name, """
            {
                "projection/2": {"id": 2, "content_object_id": "meeting/1"},
                "projection/4": {"id": 4, "content_object_id": "meeting/1"},
                "meeting/1": {"id": 1, "projection_ids": [2, 1, 4, 3]}
            }
            """), """
            {
                "projection/2": {"id": 2, "content_object_id": "meeting/1"},
                "projection/4": {"id": 4, "content_object_id": "meeting/1"},
                "meeting/1": {"id": 1, "projection_ids": [2, 4]}
            }
            """);
    }

    /// <summary>
    /// Ours: where upstream's visits happen to hit exactly the dead entries, as in its own deleted case, the events
    /// are upstream's: one update of meeting/1 per removed projection, both with the final list.
    /// </summary>
    [Fact]
    public async Task M0076_upstreams_deleted_case_gives_upstreams_events()
    {
        await Write("""{"type": "create", "fqid": "projection/1", "fields": {"content_object_id": null}}""",
            """{"type": "create", "fqid": "projection/2", "fields": {"content_object_id": "meeting/1"}}""",
            """{"type": "create", "fqid": "projection/3", "fields": {}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"projection_ids": [1, 2, 3]}}""",
            """{"type": "delete", "fqid": "projection/1"}""",
            """{"type": "delete", "fqid": "projection/3"}""");
        await Finalize(Name);
        await AssertMigrationEvents(
            ("update", "meeting/1", """{"projection_ids": [2]}"""),
            ("update", "meeting/1", """{"projection_ids": [2]}"""));
    }

    /// <summary>
    /// Ours, in memory on upstream's cases, as an export has them (with ids, without the deleted projections and the
    /// null field creation would drop). The results are the database's; the two projections of the unrecoverable case
    /// are deleted but stay in the result, their flag gone with the meta fields (upstream's in-memory quirk, kept). A
    /// list that is <c>[]</c> matches the list filter in memory, with nothing to do.
    /// </summary>
    [Fact]
    public async Task M0076_in_memory_upstreams_cases()
    {
        AssertModels(await MigrateInMemory(Name, """
            {
                "projection/1": {"id": 1},
                "projection/2": {"id": 2},
                "meeting/1": {"id": 1, "projection_ids": [1, 2]}
            }
            """), """
            {
                "projection/1": {"id": 1, "content_object_id": "meeting/1"},
                "projection/2": {"id": 2, "content_object_id": "meeting/1"},
                "meeting/1": {"id": 1, "projection_ids": [1, 2]}
            }
            """);

        AssertModels(await MigrateInMemory(Name, """
            {
                "projection/2": {"id": 2, "content_object_id": "meeting/1"},
                "meeting/1": {"id": 1, "projection_ids": [1, 2, 3]}
            }
            """), """
            {
                "projection/2": {"id": 2, "content_object_id": "meeting/1"},
                "meeting/1": {"id": 1, "projection_ids": [2]}
            }
            """);

        var unrecoverable = """
            {
                "projection/1": {"id": 1},
                "projection/2": {"id": 2},
                "meeting/1": {"id": 1, "projection_ids": []}
            }
            """;
        AssertModels(await MigrateInMemory(Name, unrecoverable), unrecoverable);
    }

    /// <summary>
    /// Ours: entries that name no live projection are removed, whatever they are (a missing id, a string, a
    /// fraction), and a live projection stays listed even though it shows another model. Upstream (skipping every
    /// entry after a removal) ends with <c>["x", 7.5]</c>. Both paths alike.
    /// </summary>
    [Fact]
    public async Task M0076_entries_that_name_no_live_projection_are_removed()
    {
        var models = """
            {
                "projection/5": {"id": 5, "content_object_id": "motion/1"},
                "meeting/1": {"id": 1, "projection_ids": [5, "x", 6, 7.5]}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "projection_ids": [5]}""");
        await AssertBackendModel("projection/5", """{"id": 5, "content_object_id": "motion/1", "meta_position": 1}""");
        await AssertMigrationEvents(
            ("update", "meeting/1", """{"projection_ids": [5]}"""),
            ("update", "meeting/1", """{"projection_ids": [5]}"""),
            ("update", "meeting/1", """{"projection_ids": [5]}"""));

        AssertModels(await MigrateInMemory(Name, models), """
            {
                "projection/5": {"id": 5, "content_object_id": "motion/1"},
                "meeting/1": {"id": 1, "projection_ids": [5]}
            }
            """);
    }

    /// <summary>
    /// Ours (as upstream): a projection without content object that two models list gets each in turn, in the order
    /// of the collections, so the last one wins; both lists keep it.
    /// </summary>
    [Fact]
    public async Task M0076_a_projection_listed_twice_gets_the_last_model()
    {
        await Write(Creates("""
            {
                "projection/1": {"id": 1},
                "motion/2": {"id": 2, "projection_ids": [1]},
                "meeting/1": {"id": 1, "projection_ids": [1]}
            }
            """));
        await Finalize(Name);
        await AssertMigrationEvents(
            ("update", "projection/1", """{"content_object_id": "meeting/1"}"""),
            ("update", "projection/1", """{"content_object_id": "motion/2"}"""));
        await AssertBackendModel("projection/1", """{"id": 1, "content_object_id": "motion/2"}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "projection_ids": [1], "meta_position": 1}""");
        await AssertBackendModel("motion/2", """{"id": 2, "projection_ids": [1], "meta_position": 1}""");
    }

    /// <summary>Ours (as upstream): a deleted model does not count, so the projection only it lists is deleted.</summary>
    [Fact]
    public async Task M0076_a_deleted_model_does_not_keep_a_projection()
    {
        await Write(Creates("""
            {
                "projection/1": {"id": 1},
                "meeting/1": {"id": 1, "projection_ids": [1]}
            }
            """));
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        await Finalize(Name);
        await AssertMigrationEvents(("delete", "projection/1", "null"));
        await AssertBackendModel("projection/1", """{"id": 1, "meta_deleted": true}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "projection_ids": [1], "meta_deleted": true, "meta_position": 2}""");
    }

    /// <summary>
    /// Ours, deliberate (upstream: TypeError or AttributeError): a <c>projection_ids</c> that is no list fails the
    /// migration with one <see cref="MigrationException"/> naming each model; an empty string, which upstream iterates
    /// as nothing, is left alone. Nothing is written; the in-memory path fails the same way.
    /// </summary>
    [Fact]
    public async Task M0076_projection_ids_that_is_no_list_fails()
    {
        var models = """
            {
                "meeting/1": {"id": 1, "projection_ids": 5},
                "motion/2": {"id": 2, "projection_ids": "12"},
                "topic/3": {"id": 3, "projection_ids": ""}
            }
            """;
        await Write(Creates(models));
        const string Expected = "Migration exception:\n"
            + "* meeting/1: projection_ids must be a list, not 5\n"
            + "* motion/2: projection_ids must be a list, not \"12\"";
        var error = Assert.IsType<MigrationException>(await FinalizeFails(Name));
        Assert.Equal(Expected, error.Message);

        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => MigrateInMemory(Name, models));
        Assert.Equal(Expected, Assert.IsType<MigrationException>(failure.InnerException).Message);
    }
}
