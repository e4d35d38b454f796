using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;

namespace Migrations.Tests;

/// <summary>
/// 0078_remove_deleted_musers_from_groups: upstream's case
/// (tests/system/migrations/test_0078_remove_deleted_musers_from_groups.py) and ours. The removed ids of ours are
/// listed as CPython 3.11 lists <c>list(set(ids).difference(existing))</c> for the same ids.
/// </summary>
public class M0078RemoveDeletedMusersFromGroupsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0078_remove_deleted_musers_from_groups";

    private static readonly string[] UpstreamCreates =
    [
        """{"type": "create", "fqid": "group/1", "fields": {"meeting_user_ids": [1, 2, 3, 6]}}""",
        """{"type": "create", "fqid": "group/2", "fields": {"meeting_user_ids": [2, 4]}}""",
        """{"type": "create", "fqid": "group/3", "fields": {"meeting_user_ids": [5]}}""",
        """{"type": "create", "fqid": "group/4", "fields": {"meeting_user_ids": [1, 3]}}""",
        """{"type": "create", "fqid": "meeting_user/1", "fields": {"group_ids": [1, 4]}}""",
        """{"type": "create", "fqid": "meeting_user/2", "fields": {"group_ids": [1, 2]}}""",
        """{"type": "create", "fqid": "meeting_user/4", "fields": {"group_ids": [2]}}""",
        """{"type": "create", "fqid": "meeting_user/5", "fields": {"group_ids": [3]}}""",
        """{"type": "create", "fqid": "meeting_user/6", "fields": {"group_ids": []}}""",
        """{"type": "create", "fqid": "meeting/1", "fields": {"present_user_ids": [1, 2, 3, 6]}}""",
        """{"type": "create", "fqid": "meeting/2", "fields": {"present_user_ids": [2, 4]}}""",
        """{"type": "create", "fqid": "meeting/3", "fields": {"present_user_ids": [5]}}""",
        """{"type": "create", "fqid": "meeting/4", "fields": {"present_user_ids": [1, 3]}}""",
        """{"type": "create", "fqid": "user/1", "fields": {"is_present_in_meeting_ids": [1, 4]}}""",
        """{"type": "create", "fqid": "user/2", "fields": {"is_present_in_meeting_ids": [1, 2]}}""",
        """{"type": "create", "fqid": "user/4", "fields": {"is_present_in_meeting_ids": [2]}}""",
        """{"type": "create", "fqid": "user/5", "fields": {"is_present_in_meeting_ids": [3]}}""",
        """{"type": "create", "fqid": "user/6", "fields": {"is_present_in_meeting_ids": []}}""",
    ];

    private static readonly string[] UpstreamDeletes =
    [
        """{"type": "delete", "fqid": "group/3"}""",
        """{"type": "delete", "fqid": "meeting_user/2"}""",
        """{"type": "delete", "fqid": "meeting_user/5"}""",
        """{"type": "delete", "fqid": "meeting_user/6"}""",
        """{"type": "delete", "fqid": "meeting/3"}""",
        """{"type": "delete", "fqid": "user/2"}""",
        """{"type": "delete", "fqid": "user/5"}""",
        """{"type": "delete", "fqid": "user/6"}""",
    ];

    [Fact]
    public async Task M0078_simple()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"meeting_user_ids": [1, 2, 3, 6]}}""",
            """{"type": "create", "fqid": "group/2", "fields": {"meeting_user_ids": [2, 4]}}""",
            """{"type": "create", "fqid": "group/3", "fields": {"meeting_user_ids": [5]}}""",
            """{"type": "create", "fqid": "group/4", "fields": {"meeting_user_ids": [1, 3]}}""",
            """{"type": "create", "fqid": "meeting_user/1", "fields": {"group_ids": [1, 4]}}""",
            """{"type": "create", "fqid": "meeting_user/2", "fields": {"group_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting_user/4", "fields": {"group_ids": [2]}}""",
            """{"type": "create", "fqid": "meeting_user/5", "fields": {"group_ids": [3]}}""",
            """{"type": "create", "fqid": "meeting_user/6", "fields": {"group_ids": []}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"present_user_ids": [1, 2, 3, 6]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"present_user_ids": [2, 4]}}""",
            """{"type": "create", "fqid": "meeting/3", "fields": {"present_user_ids": [5]}}""",
            """{"type": "create", "fqid": "meeting/4", "fields": {"present_user_ids": [1, 3]}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"is_present_in_meeting_ids": [1, 4]}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"is_present_in_meeting_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "user/4", "fields": {"is_present_in_meeting_ids": [2]}}""",
            """{"type": "create", "fqid": "user/5", "fields": {"is_present_in_meeting_ids": [3]}}""",
            """{"type": "create", "fqid": "user/6", "fields": {"is_present_in_meeting_ids": []}}""");
        await Write("""{"type": "delete", "fqid": "group/3"}""",
            """{"type": "delete", "fqid": "meeting_user/2"}""",
            """{"type": "delete", "fqid": "meeting_user/5"}""",
            """{"type": "delete", "fqid": "meeting_user/6"}""",
            """{"type": "delete", "fqid": "meeting/3"}""",
            """{"type": "delete", "fqid": "user/2"}""",
            """{"type": "delete", "fqid": "user/5"}""",
            """{"type": "delete", "fqid": "user/6"}""");
        await Finalize("0078_remove_deleted_musers_from_groups");
        await AssertBackendModel("group/1", """{"meeting_user_ids": [1]}""");
        await AssertBackendModel("group/2", """{"meeting_user_ids": [4]}""");
        await AssertBackendModel("group/4", """{"meeting_user_ids": [1]}""");
        await AssertBackendModel("meeting/1", """{"present_user_ids": [1]}""");
        await AssertBackendModel("meeting/2", """{"present_user_ids": [4]}""");
        await AssertBackendModel("meeting/4", """{"present_user_ids": [1]}""");
    }

    /// <summary>
    /// Ours: upstream's data gives one list removal per live group, then per live meeting, in read order; the
    /// deleted group and meeting keep their lists.
    /// </summary>
    [Fact]
    public async Task M0078_events_of_upstreams_data()
    {
        await Write(UpstreamCreates);
        await Write(UpstreamDeletes);
        await Finalize(Name);
        await AssertMigrationEvents(
            ("listfields", "group/1", """{"add": {}, "remove": {"meeting_user_ids": [2, 3, 6]}}"""),
            ("listfields", "group/2", """{"add": {}, "remove": {"meeting_user_ids": [2]}}"""),
            ("listfields", "group/4", """{"add": {}, "remove": {"meeting_user_ids": [3]}}"""),
            ("listfields", "meeting/1", """{"add": {}, "remove": {"present_user_ids": [2, 3, 6]}}"""),
            ("listfields", "meeting/2", """{"add": {}, "remove": {"present_user_ids": [2]}}"""),
            ("listfields", "meeting/4", """{"add": {}, "remove": {"present_user_ids": [3]}}"""));
        await AssertBackendModel("group/3", """{"meeting_user_ids": [5], "meta_deleted": true}""");
        await AssertBackendModel("meeting/3", """{"present_user_ids": [5], "meta_deleted": true}""");
    }

    /// <summary>
    /// Ours, in memory: upstream's data without its deletions (an import's models are all live), so only the ids of
    /// models that are not in the import go: meeting_user/3 and user/3. Each list keeps its order.
    /// </summary>
    [Fact]
    public async Task M0078_in_memory_upstreams_data()
    {
        var migrated = await MigrateInMemory(Name, """
            {
                "group/1": {"meeting_user_ids": [1, 2, 3, 6]},
                "group/2": {"meeting_user_ids": [2, 4]},
                "group/3": {"meeting_user_ids": [5]},
                "group/4": {"meeting_user_ids": [1, 3]},
                "meeting_user/1": {"group_ids": [1, 4]},
                "meeting_user/2": {"group_ids": [1, 2]},
                "meeting_user/4": {"group_ids": [2]},
                "meeting_user/5": {"group_ids": [3]},
                "meeting_user/6": {"group_ids": []},
                "meeting/1": {"present_user_ids": [1, 2, 3, 6]},
                "meeting/2": {"present_user_ids": [2, 4]},
                "meeting/3": {"present_user_ids": [5]},
                "meeting/4": {"present_user_ids": [1, 3]},
                "user/1": {"is_present_in_meeting_ids": [1, 4]},
                "user/2": {"is_present_in_meeting_ids": [1, 2]},
                "user/4": {"is_present_in_meeting_ids": [2]},
                "user/5": {"is_present_in_meeting_ids": [3]},
                "user/6": {"is_present_in_meeting_ids": []}
            }
            """);
        AssertModels(migrated, """
            {
                "group/1": {"meeting_user_ids": [1, 2, 6]},
                "group/2": {"meeting_user_ids": [2, 4]},
                "group/3": {"meeting_user_ids": [5]},
                "group/4": {"meeting_user_ids": [1]},
                "meeting_user/1": {"group_ids": [1, 4]},
                "meeting_user/2": {"group_ids": [1, 2]},
                "meeting_user/4": {"group_ids": [2]},
                "meeting_user/5": {"group_ids": [3]},
                "meeting_user/6": {"group_ids": []},
                "meeting/1": {"present_user_ids": [1, 2, 6]},
                "meeting/2": {"present_user_ids": [2, 4]},
                "meeting/3": {"present_user_ids": [5]},
                "meeting/4": {"present_user_ids": [1]},
                "user/1": {"is_present_in_meeting_ids": [1, 4]},
                "user/2": {"is_present_in_meeting_ids": [1, 2]},
                "user/4": {"is_present_in_meeting_ids": [2]},
                "user/5": {"is_present_in_meeting_ids": [3]},
                "user/6": {"is_present_in_meeting_ids": []}
            }
            """);
    }

    /// <summary>
    /// Ours: the removed ids come in CPython's set order (here not the lists' order), through both of CPython's ways to
    /// compute a difference (group/1 has more than four times as many ids as there are meeting users).
    /// </summary>
    [Fact]
    public async Task M0078_removed_ids_are_listed_in_set_order()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"id": 1, "meeting_user_ids": [40, 9, 17, 33, 25, 2, 50, 18, 1]}}""",
            """{"type": "create", "fqid": "group/2", "fields": {"id": 2, "meeting_user_ids": [12, 3, 1]}}""",
            """{"type": "create", "fqid": "meeting_user/1", "fields": {"id": 1, "group_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "present_user_ids": [100, 5, 33, 8, 64, 17]}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "user/5", "fields": {"id": 5, "is_present_in_meeting_ids": [1]}}""");
        await Finalize(Name);
        await AssertMigrationEvents(
            ("listfields", "group/1", """{"add": {}, "remove": {"meeting_user_ids": [33, 2, 40, 9, 17, 50, 18, 25]}}"""),
            ("listfields", "group/2", """{"add": {}, "remove": {"meeting_user_ids": [3, 12]}}"""),
            ("listfields", "meeting/1", """{"add": {}, "remove": {"present_user_ids": [64, 33, 100, 8, 17]}}"""));
        await AssertBackendModel("group/1", """{"id": 1, "meeting_user_ids": [1]}""");
        await AssertBackendModel("group/2", """{"id": 2, "meeting_user_ids": [1]}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "present_user_ids": [5]}""");
    }

    /// <summary>
    /// Ours (deliberate): string entries name no model and are removed, as upstream removes them, but listed after the
    /// ids in first-occurrence order (upstream: CPython 3.11 gave <c>['b', 3, 12, 'a']</c> in one run, an order that
    /// follows the strings' per-process hashes).
    /// </summary>
    [Fact]
    public async Task M0078_string_entries_are_removed_after_the_ids()
    {
        var models = """
            {
                "group/1": {"id": 1, "meeting_user_ids": [12, "b", 3, "a", "b", 1]},
                "meeting_user/1": {"id": 1, "group_ids": [1]}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        await AssertMigrationEvents(("listfields", "group/1", """{"add": {}, "remove": {"meeting_user_ids": [3, 12, "b", "a"]}}"""));
        await AssertBackendModel("group/1", """{"id": 1, "meeting_user_ids": [1]}""");

        AssertModels(await MigrateInMemory(Name, models), """
            {
                "group/1": {"id": 1, "meeting_user_ids": [1]},
                "meeting_user/1": {"id": 1, "group_ids": [1]}
            }
            """);
    }

    /// <summary>Ours: a falsy value counts as an empty list (upstream's <c>or []</c>), whatever its type; nothing is written.</summary>
    [Fact]
    public async Task M0078_falsy_values_are_empty_lists()
    {
        var models = """
            {
                "group/1": {"id": 1, "meeting_user_ids": ""},
                "group/2": {"id": 2, "meeting_user_ids": 0},
                "group/3": {"id": 3, "meeting_user_ids": {}},
                "group/4": {"id": 4, "meeting_user_ids": false},
                "group/5": {"id": 5, "meeting_user_ids": []},
                "group/6": {"id": 6},
                "meeting/1": {"id": 1, "present_user_ids": null}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM positions"));

        AssertModels(await MigrateInMemory(Name, models), models);
    }

    /// <summary>
    /// Ours (deliberate): an entry that is neither an id nor a string, and a truthy value that is no list, fail the
    /// migration naming each model and field (upstream: TypeError, or the writer's refusal); nothing is written.
    /// </summary>
    [Fact]
    public async Task M0078_entries_that_are_no_ids_fail()
    {
        var models = """
            {
                "group/1": {"id": 1, "meeting_user_ids": [1, null]},
                "group/3": {"id": 3, "meeting_user_ids": 5},
                "meeting/2": {"id": 2, "present_user_ids": [2.5, 7]},
                "meeting_user/1": {"id": 1}
            }
            """;
        await Write(Creates(models));
        var error = Assert.IsType<MigrationException>(await FinalizeFails(Name));
        string[] expected =
        [
            "group/1/meeting_user_ids has an entry that is neither an id nor a string: null",
            "group/3/meeting_user_ids is not a list: 5",
            "meeting/2/present_user_ids has an entry that is neither an id nor a string: 2.5",
        ];
        Assert.Equal(expected, error.Errors);

        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => MigrateInMemory(Name, models));
        Assert.Equal(expected, Assert.IsType<MigrationException>(failure.InnerException).Errors);
    }
}
