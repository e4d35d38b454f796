using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;

namespace Migrations.Tests;

/// <summary>0079_clean_up_motions: upstream's case (tests/system/migrations/test_0079_clean_up_motions.py) and ours.</summary>
public class M0079CleanUpMotionsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0079_clean_up_motions";

    [Fact]
    public async Task M0079_simple()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"name": "exists", "forwarded_motion_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"name": "deleted but in system", "forwarded_motion_ids": [3, 6]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"title": "existing origin meeting, rer ok", "origin_meeting_id": 1, "recommendation_extension_reference_ids": ["motion/2"], "referenced_in_motion_recommendation_extension_ids": [2, 3]}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"title": "existing origin meeting, rer not ok", "origin_meeting_id": 1, "recommendation_extension_reference_ids": ["motion/1", "motion/1", "motion/3"], "referenced_in_motion_recommendation_extension_ids": [1, 3]}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"title": "nonexistant origin meeting, multiple rer ok", "origin_meeting_id": 2, "recommendation_extension_reference_ids": ["motion/1", "motion/2"], "referenced_in_motion_recommendation_extension_ids": [2]}}""",
            """{"type": "create", "fqid": "motion/4", "fields": {"title": "all explicitly empty", "origin_meeting_id": null, "recommendation_extension_reference_ids": [], "referenced_in_motion_recommendation_extension_ids": []}}""",
            """{"type": "create", "fqid": "motion/5", "fields": {"title": "mt2"}}""",
            """{"type": "create", "fqid": "motion/6", "fields": {"title": "hekkin' broken, but deleted anyway", "origin_meeting_id": 2, "recommendation_extension_reference_ids": ["motion/3", "motion/3"]}}""");
        await Write("""{"type": "delete", "fqid": "meeting/2"}""",
            """{"type": "delete", "fqid": "motion/6"}""");
        await Finalize("0079_clean_up_motions");
        await AssertBackendModel("meeting/1", """{"name": "exists", "forwarded_motion_ids": [1, 2]}""");
        await AssertBackendModel("meeting/2", """{"name": "deleted but in system", "forwarded_motion_ids": [3, 6], "meta_deleted": true}""");
        await AssertBackendModel("motion/1", """{"title": "existing origin meeting, rer ok", "origin_meeting_id": 1, "recommendation_extension_reference_ids": ["motion/2"], "referenced_in_motion_recommendation_extension_ids": [2, 3]}""");
        await AssertBackendModel("motion/2", """{"title": "existing origin meeting, rer not ok", "origin_meeting_id": 1, "recommendation_extension_reference_ids": ["motion/1", "motion/3"], "referenced_in_motion_recommendation_extension_ids": [1, 3]}""");
        await AssertBackendModel("motion/3", """{"title": "nonexistant origin meeting, multiple rer ok", "recommendation_extension_reference_ids": ["motion/1", "motion/2"], "referenced_in_motion_recommendation_extension_ids": [2]}""");
        await AssertBackendModel("motion/4", """{"title": "all explicitly empty", "recommendation_extension_reference_ids": [], "referenced_in_motion_recommendation_extension_ids": []}""");
        await AssertBackendModel("motion/5", """{"title": "mt2"}""");
        await AssertBackendModel("motion/6", """{"title": "hekkin' broken, but deleted anyway", "origin_meeting_id": 2, "recommendation_extension_reference_ids": ["motion/3", "motion/3"], "meta_deleted": true}""");
    }

    /// <summary>Ours: upstream's data gives two events, in read order: motion/2's de-duplicated list, motion/3's origin deleted.</summary>
    [Fact]
    public async Task M0079_events_of_upstreams_data()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"name": "exists", "forwarded_motion_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"name": "deleted but in system", "forwarded_motion_ids": [3, 6]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"origin_meeting_id": 1, "recommendation_extension_reference_ids": ["motion/2"]}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"origin_meeting_id": 1, "recommendation_extension_reference_ids": ["motion/1", "motion/1", "motion/3"]}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"origin_meeting_id": 2, "recommendation_extension_reference_ids": ["motion/1", "motion/2"]}}""",
            """{"type": "create", "fqid": "motion/4", "fields": {"origin_meeting_id": null, "recommendation_extension_reference_ids": []}}""",
            """{"type": "create", "fqid": "motion/5", "fields": {"title": "mt2"}}""",
            """{"type": "create", "fqid": "motion/6", "fields": {"origin_meeting_id": 2, "recommendation_extension_reference_ids": ["motion/3", "motion/3"]}}""");
        await Write("""{"type": "delete", "fqid": "meeting/2"}""",
            """{"type": "delete", "fqid": "motion/6"}""");
        await Finalize(Name);
        await AssertMigrationEvents(
            ("update", "motion/2", """{"recommendation_extension_reference_ids": ["motion/1", "motion/3"]}"""),
            ("deletefields", "motion/3", """["origin_meeting_id"]"""));
    }

    /// <summary>
    /// Ours, in memory: upstream's data, all live as in an import, so meeting/2 exists and motion/3 keeps its origin,
    /// and motion/6 is de-duplicated too; motion/7 was forwarded from a meeting that is not part of the import, and
    /// loses its origin (as upstream's in-memory run does).
    /// </summary>
    [Fact]
    public async Task M0079_in_memory_upstreams_data()
    {
        var migrated = await MigrateInMemory(Name, """
            {
                "meeting/1": {"name": "exists", "forwarded_motion_ids": [1, 2]},
                "meeting/2": {"name": "deleted but in system", "forwarded_motion_ids": [3, 6]},
                "motion/1": {"title": "existing origin meeting, rer ok", "origin_meeting_id": 1, "recommendation_extension_reference_ids": ["motion/2"], "referenced_in_motion_recommendation_extension_ids": [2, 3]},
                "motion/2": {"title": "existing origin meeting, rer not ok", "origin_meeting_id": 1, "recommendation_extension_reference_ids": ["motion/1", "motion/1", "motion/3"], "referenced_in_motion_recommendation_extension_ids": [1, 3]},
                "motion/3": {"title": "nonexistant origin meeting, multiple rer ok", "origin_meeting_id": 2, "recommendation_extension_reference_ids": ["motion/1", "motion/2"], "referenced_in_motion_recommendation_extension_ids": [2]},
                "motion/4": {"title": "all explicitly empty", "origin_meeting_id": null, "recommendation_extension_reference_ids": [], "referenced_in_motion_recommendation_extension_ids": []},
                "motion/5": {"title": "mt2"},
                "motion/6": {"title": "hekkin' broken, but deleted anyway", "origin_meeting_id": 2, "recommendation_extension_reference_ids": ["motion/3", "motion/3"]},
                "motion/7": {"title": "forwarded", "meeting_id": 1, "origin_meeting_id": 9}
            }
            """);
        AssertModels(migrated, """
            {
                "meeting/1": {"name": "exists", "forwarded_motion_ids": [1, 2]},
                "meeting/2": {"name": "deleted but in system", "forwarded_motion_ids": [3, 6]},
                "motion/1": {"title": "existing origin meeting, rer ok", "origin_meeting_id": 1, "recommendation_extension_reference_ids": ["motion/2"], "referenced_in_motion_recommendation_extension_ids": [2, 3]},
                "motion/2": {"title": "existing origin meeting, rer not ok", "origin_meeting_id": 1, "recommendation_extension_reference_ids": ["motion/1", "motion/3"], "referenced_in_motion_recommendation_extension_ids": [1, 3]},
                "motion/3": {"title": "nonexistant origin meeting, multiple rer ok", "origin_meeting_id": 2, "recommendation_extension_reference_ids": ["motion/1", "motion/2"], "referenced_in_motion_recommendation_extension_ids": [2]},
                "motion/4": {"title": "all explicitly empty", "origin_meeting_id": null, "recommendation_extension_reference_ids": [], "referenced_in_motion_recommendation_extension_ids": []},
                "motion/5": {"title": "mt2"},
                "motion/6": {"title": "hekkin' broken, but deleted anyway", "origin_meeting_id": 2, "recommendation_extension_reference_ids": ["motion/3"]},
                "motion/7": {"title": "forwarded", "meeting_id": 1}
            }
            """);
    }

    /// <summary>
    /// Ours (deliberate): the de-duplicated list keeps each first occurrence in the list's order (upstream:
    /// <c>list(set(…))</c>, in the per-process hash order of the strings). Values are one when Python's set makes them
    /// one: <c>1</c>, <c>1.0</c> and <c>true</c>; the two nulls.
    /// </summary>
    [Fact]
    public async Task M0079_duplicates_go_and_first_occurrences_keep_their_order()
    {
        var models = """
            {
                "motion/1": {"id": 1, "recommendation_extension_reference_ids": ["motion/3", "motion/1", "motion/3", "motion/2", "motion/1"]},
                "motion/2": {"id": 2, "recommendation_extension_reference_ids": ["motion/1", 1, 1.0, true, "motion/1", null, null]},
                "motion/3": {"id": 3, "recommendation_extension_reference_ids": ["motion/2", "motion/1"]}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        await AssertMigrationEvents(
            ("update", "motion/1", """{"recommendation_extension_reference_ids": ["motion/3", "motion/1", "motion/2"]}"""),
            ("update", "motion/2", """{"recommendation_extension_reference_ids": ["motion/1", 1, null]}"""));

        AssertModels(await MigrateInMemory(Name, models), """
            {
                "motion/1": {"id": 1, "recommendation_extension_reference_ids": ["motion/3", "motion/1", "motion/2"]},
                "motion/2": {"id": 2, "recommendation_extension_reference_ids": ["motion/1", 1, null]},
                "motion/3": {"id": 3, "recommendation_extension_reference_ids": ["motion/2", "motion/1"]}
            }
            """);
    }

    /// <summary>
    /// Ours: an origin is compared as Python's <c>in</c> on the set of meeting ids compares it: <c>1.0</c> and
    /// <c>true</c> name meeting/1 and stay, <c>0</c> is falsy and stays, a string, a missing meeting and a list are
    /// unset. A motion with both changes gets the list update first and the deletion of its origin after it.
    /// </summary>
    [Fact]
    public async Task M0079_origins_compare_as_python_and_both_changes_come_together()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "origin_meeting_id": 1.0}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "origin_meeting_id": true}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"id": 3, "origin_meeting_id": "1"}}""",
            """{"type": "create", "fqid": "motion/4", "fields": {"id": 4, "origin_meeting_id": 0}}""",
            """{"type": "create", "fqid": "motion/5", "fields": {"id": 5, "origin_meeting_id": 7}}""",
            """{"type": "create", "fqid": "motion/6", "fields": {"id": 6, "origin_meeting_id": [1]}}""",
            """{"type": "create", "fqid": "motion/7", "fields": {"id": 7, "origin_meeting_id": 1, "recommendation_extension_reference_ids": ["motion/2", "motion/2"]}}""",
            """{"type": "create", "fqid": "motion/8", "fields": {"id": 8, "origin_meeting_id": 9, "recommendation_extension_reference_ids": ["motion/1", "motion/1"]}}""");
        await Finalize(Name);
        await AssertMigrationEvents(
            ("deletefields", "motion/3", """["origin_meeting_id"]"""),
            ("deletefields", "motion/5", """["origin_meeting_id"]"""),
            ("deletefields", "motion/6", """["origin_meeting_id"]"""),
            ("update", "motion/7", """{"recommendation_extension_reference_ids": ["motion/2"]}"""),
            ("update", "motion/8", """{"recommendation_extension_reference_ids": ["motion/1"]}"""),
            ("deletefields", "motion/8", """["origin_meeting_id"]"""));
        await AssertBackendModel("motion/1", """{"id": 1, "origin_meeting_id": 1.0}""");
        await AssertBackendModel("motion/2", """{"id": 2, "origin_meeting_id": true}""");
        await AssertBackendModel("motion/4", """{"id": 4, "origin_meeting_id": 0}""");
        await AssertBackendModel("motion/8", """{"id": 8, "recommendation_extension_reference_ids": ["motion/1"]}""");
    }

    /// <summary>
    /// Ours (deliberate): a reference list that is truthy but no list is left alone on both paths (upstream: a
    /// TypeError for the number and the boolean, the string's distinct characters as a list); nothing is written.
    /// </summary>
    [Fact]
    public async Task M0079_references_that_are_no_list_are_left_alone()
    {
        var models = """
            {
                "motion/1": {"id": 1, "recommendation_extension_reference_ids": "motion/11"},
                "motion/2": {"id": 2, "recommendation_extension_reference_ids": 5},
                "motion/3": {"id": 3, "recommendation_extension_reference_ids": {"motion/1": 1}},
                "motion/4": {"id": 4, "recommendation_extension_reference_ids": true}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM positions"));

        AssertModels(await MigrateInMemory(Name, models), models);
    }

    /// <summary>
    /// Ours (deliberate): a reference list with an entry Python cannot hash (a list, an object) fails the migration
    /// naming each motion (upstream: TypeError); nothing is written.
    /// </summary>
    [Fact]
    public async Task M0079_unhashable_entries_fail()
    {
        var models = """
            {
                "motion/1": {"id": 1, "recommendation_extension_reference_ids": [["motion/1"], "motion/1"]},
                "motion/2": {"id": 2, "recommendation_extension_reference_ids": [{"fqid": "motion/1"}]},
                "motion/3": {"id": 3, "recommendation_extension_reference_ids": ["motion/1", "motion/1"]}
            }
            """;
        await Write(Creates(models));
        var error = Assert.IsType<MigrationException>(await FinalizeFails(Name));
        string[] expected =
        [
            """motion/1/recommendation_extension_reference_ids has an entry that is a list or an object: ["motion/1"]""",
            """motion/2/recommendation_extension_reference_ids has an entry that is a list or an object: {"fqid":"motion/1"}""",
        ];
        Assert.Equal(expected, error.Errors);

        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => MigrateInMemory(Name, models));
        Assert.Equal(expected, Assert.IsType<MigrationException>(failure.InnerException).Errors);
    }
}
