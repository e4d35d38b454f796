using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>0068_split_off_poll_permissions: upstream's case (tests/system/migrations/test_0068_split_off_poll_permissions.py) and ours.</summary>
public class M0068SplitOffPollPermissionsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0068_split_off_poll_permissions";

    // Ours: upstream's kinds of groups (without the deleted one) plus a group without the field and one that has
    // both manage permissions and one poll permission already.
    private const string OwnModels = """
        {
            "group/1": {"id": 1, "permissions": ["motion.can_manage"]},
            "group/2": {"id": 2, "permissions": ["motion.can_manage", "assignment.can_manage"]},
            "group/3": {"id": 3, "permissions": ["assignment.can_manage"]},
            "group/4": {"id": 4, "permissions": ["motion.can_manage_polls"]},
            "group/5": {"id": 5, "permissions": ["motion.can_manage", "motion.can_manage_polls", "user.can_see"]},
            "group/6": {"id": 6, "permissions": []},
            "group/8": {"id": 8, "permissions": ["assignment.can_manage", "user.can_manage"]},
            "group/9": {"id": 9, "permissions": null},
            "group/10": {"id": 10},
            "group/11": {"id": 11, "permissions": ["assignment.can_manage", "assignment.can_manage_polls", "motion.can_manage"]}
        }
        """;

    // What upstream's runs (database and memory) leave, lists in their exact order; group/9 keeps its null only in memory.
    private const string OwnExpected = """
        {
            "group/1": {"id": 1, "permissions": ["motion.can_manage", "motion.can_manage_polls"]},
            "group/2": {"id": 2, "permissions": ["motion.can_manage", "assignment.can_manage", "assignment.can_manage_polls", "motion.can_manage_polls"]},
            "group/3": {"id": 3, "permissions": ["assignment.can_manage", "assignment.can_manage_polls"]},
            "group/4": {"id": 4, "permissions": ["motion.can_manage_polls"]},
            "group/5": {"id": 5, "permissions": ["motion.can_manage", "motion.can_manage_polls", "user.can_see"]},
            "group/6": {"id": 6, "permissions": []},
            "group/8": {"id": 8, "permissions": ["assignment.can_manage", "user.can_manage", "assignment.can_manage_polls"]},
            "group/9": {"id": 9},
            "group/10": {"id": 10},
            "group/11": {"id": 11, "permissions": ["assignment.can_manage", "assignment.can_manage_polls", "motion.can_manage", "motion.can_manage_polls"]}
        }
        """;

    [Fact]
    public async Task M0068_migration()
    {
        await WriteUpstreamData();
        await Finalize(Name);
        await AssertBackendModel("group/1", """{"id": 1, "permissions": ["motion.can_manage", "motion.can_manage_polls"], "meta_deleted": false}""");
        await AssertBackendModel("group/2", """{"id": 2, "permissions": ["motion.can_manage", "assignment.can_manage", "motion.can_manage_polls", "assignment.can_manage_polls"], "meta_deleted": false}""");
        await AssertBackendModel("group/3", """{"id": 3, "permissions": ["assignment.can_manage", "assignment.can_manage_polls"], "meta_deleted": false}""");
        await AssertBackendModel("group/4", """{"id": 4, "permissions": ["motion.can_manage_polls"], "meta_deleted": false}""");
        await AssertBackendModel("group/5", """{"id": 5, "permissions": ["motion.can_manage", "motion.can_manage_polls", "user.can_see"], "meta_deleted": false}""");
        await AssertBackendModel("group/6", """{"id": 6, "permissions": [], "meta_deleted": false}""");
        await AssertBackendModel("group/7", """{"id": 7, "permissions": ["motion.can_manage", "assignment.can_manage"], "meta_deleted": true}""");
        await AssertBackendModel("group/8", """{"id": 8, "permissions": ["assignment.can_manage", "user.can_manage", "assignment.can_manage_polls"], "meta_deleted": false}""");
        await AssertBackendModel("group/9", """{"id": 9, "meta_deleted": false}""");
    }

    /// <summary>
    /// Ours: upstream's assert ignores list order; the exact order (assignment's poll permission first when both are
    /// added) and the events are those of upstream's own run on upstream's data.
    /// </summary>
    [Fact]
    public async Task M0068_migration_order_and_events_are_upstreams()
    {
        await WriteUpstreamData();
        await Finalize(Name);
        Json.AssertEqual(
            Json.Node("""["motion.can_manage", "assignment.can_manage", "assignment.can_manage_polls", "motion.can_manage_polls"]"""),
            (await ReadBackendModel("group/2"))["permissions"]);
        await AssertMigrationEvents(
            ("listfields", "group/1", """{"add": {"permissions": ["motion.can_manage_polls"]}, "remove": {}}"""),
            ("listfields", "group/2", """{"add": {"permissions": ["assignment.can_manage_polls", "motion.can_manage_polls"]}, "remove": {}}"""),
            ("listfields", "group/3", """{"add": {"permissions": ["assignment.can_manage_polls"]}, "remove": {}}"""),
            ("listfields", "group/5", """{"add": {"permissions": ["motion.can_manage_polls"]}, "remove": {}}"""),
            ("listfields", "group/8", """{"add": {"permissions": ["assignment.can_manage_polls"]}, "remove": {}}"""));
    }

    /// <summary>
    /// Ours: the database path on our groups gives upstream's models and events exactly (lists compared in order); the
    /// empty list passes the database filter (sent as '{}') but gets no event.
    /// </summary>
    [Fact]
    public async Task M0068_own_groups_in_the_database()
    {
        await Write(Creates(OwnModels));
        await Finalize(Name);
        foreach (var (fqid, model) in Json.Obj(OwnExpected))
        {
            await AssertBackendModel(fqid, model!.ToJsonString());
            if (model!["permissions"] is { } permissions)
            {
                Json.AssertEqual(permissions, (await ReadBackendModel(fqid))["permissions"]);
            }
        }

        await AssertMigrationEvents(
            ("listfields", "group/1", """{"add": {"permissions": ["motion.can_manage_polls"]}, "remove": {}}"""),
            ("listfields", "group/2", """{"add": {"permissions": ["assignment.can_manage_polls", "motion.can_manage_polls"]}, "remove": {}}"""),
            ("listfields", "group/3", """{"add": {"permissions": ["assignment.can_manage_polls"]}, "remove": {}}"""),
            ("listfields", "group/5", """{"add": {"permissions": ["motion.can_manage_polls"]}, "remove": {}}"""),
            ("listfields", "group/8", """{"add": {"permissions": ["assignment.can_manage_polls"]}, "remove": {}}"""),
            ("listfields", "group/11", """{"add": {"permissions": ["assignment.can_manage_polls", "motion.can_manage_polls"]}, "remove": {}}"""));
    }

    /// <summary>
    /// Ours, in memory: the same results as upstream's in-memory run (lists in order); the empty list and null fail
    /// the filter there, with no difference in the result.
    /// </summary>
    [Fact]
    public async Task M0068_in_memory()
    {
        var result = await MigrateInMemory(Name, OwnModels);
        var expected = Json.Obj(OwnExpected);
        expected["group/9"] = Json.Obj("""{"id": 9, "permissions": null}""");
        AssertModels(result, expected.ToJsonString());
    }

    /// <summary>Ours: groups without a manage permission (an empty list, no field, only other permissions) write nothing.</summary>
    [Fact]
    public async Task M0068_without_manage_permissions_nothing_is_written()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"id": 1, "permissions": []}}""",
            """{"type": "create", "fqid": "group/2", "fields": {"id": 2, "permissions": ["user.can_see", "motion.can_manage_polls"]}}""",
            """{"type": "create", "fqid": "group/3", "fields": {"id": 3}}""");
        await Finalize(Name);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM positions"));
    }

    /// <summary>
    /// Ours: a permissions value that is not a list counts as none. Upstream's <c>in</c> finds "motion.can_manage" in
    /// the string (a substring) and in the object (a key), and then the writer fails on the list update of a non-list
    /// (upstream's runs on this data: InvalidFormat, in the database and in memory).
    /// </summary>
    [Fact]
    public async Task M0068_permissions_that_are_no_list_are_left_alone()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"id": 1, "permissions": "motion.can_manage"}}""");
        await Finalize(Name);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("group/1", """{"id": 1, "permissions": "motion.can_manage"}""");

        const string models = """{"group/1": {"id": 1, "permissions": "motion.can_manage"}, "group/2": {"id": 2, "permissions": {"motion.can_manage": true}}}""";
        AssertModels(await MigrateInMemory(Name, models), models);
    }

    // Upstream's three positions.
    private async Task WriteUpstreamData()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"id": 1, "permissions": ["motion.can_manage"]}}""",
            """{"type": "create", "fqid": "group/2", "fields": {"id": 2, "permissions": ["motion.can_manage", "assignment.can_manage"]}}""",
            """{"type": "create", "fqid": "group/3", "fields": {"id": 3, "permissions": ["assignment.can_manage"]}}""",
            """{"type": "create", "fqid": "group/4", "fields": {"id": 4, "permissions": ["motion.can_manage_polls"]}}""",
            """{"type": "create", "fqid": "group/5", "fields": {"id": 5, "permissions": ["motion.can_manage", "motion.can_manage_polls", "user.can_see"]}}""",
            """{"type": "create", "fqid": "group/6", "fields": {"id": 6, "permissions": []}}""",
            """{"type": "create", "fqid": "group/7", "fields": {"id": 7, "permissions": ["motion.can_manage", "assignment.can_manage"]}}""",
            """{"type": "create", "fqid": "group/8", "fields": {"id": 8, "permissions": ["motion.can_manage"]}}""");
        await Write("""{"type": "update", "fqid": "group/8", "fields": {"permissions": ["assignment.can_manage", "user.can_manage"]}}""",
            """{"type": "create", "fqid": "group/9", "fields": {"id": 9, "permissions": null}}""");
        await Write("""{"type": "delete", "fqid": "group/7", "fields": {}}""");
    }
}
