using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;

namespace Migrations.Tests;

/// <summary>0062_unset_presence_of_removed_users: upstream's cases (tests/system/migrations/test_0062_unset_presence_of_removed_users.py) and ours.</summary>
public class M0062UnsetPresenceOfRemovedUsersTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0062_unset_presence_of_removed_users";

    [Fact]
    public async Task M0062_migration_both_ways()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "meeting name", "present_user_ids": [1, 3, 2], "meeting_user_ids": [3, 4, 5], "group_ids": [10]}}""");
        await Write("""{"type": "create", "fqid": "meeting/2", "fields": {"id": 1, "name": "meeting name", "present_user_ids": [2], "meeting_user_ids": [6]}}""");
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "correct_user", "is_present_in_meeting_ids": [1], "meeting_user_ids": [3]}}""");
        await Write("""{"type": "create", "fqid": "user/2", "fields": {"id": 2, "username": "wrong_user", "is_present_in_meeting_ids": [2, 1], "meeting_user_ids": [5, 6]}}""");
        await Write("""{"type": "create", "fqid": "user/3", "fields": {"id": 3, "username": "correct_user", "is_present_in_meeting_ids": [1], "meeting_user_ids": [4]}}""");
        await Write("""{"type": "create", "fqid": "meeting_user/3", "fields": {"id": 3, "user_id": 1, "meeting_id": 1, "group_ids": [10]}}""");
        await Write("""{"type": "create", "fqid": "meeting_user/4", "fields": {"id": 4, "user_id": 3, "meeting_id": 1, "group_ids": [10]}}""");
        await Write("""{"type": "create", "fqid": "meeting_user/5", "fields": {"id": 5, "user_id": 2, "meeting_id": 1, "group_ids": []}}""");
        await Write("""{"type": "create", "fqid": "meeting_user/6", "fields": {"id": 6, "user_id": 2, "meeting_id": 2, "group_ids": []}}""");
        await Write("""{"type": "create", "fqid": "group/10", "fields": {"id": 10, "meeting_user_ids": [3, 4], "meeting_id": 1}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "meeting name", "present_user_ids": [1, 3], "meeting_user_ids": [3, 4, 5], "group_ids": [10]}""");
        await AssertBackendModel("meeting/2", """{"id": 1, "name": "meeting name", "present_user_ids": [], "meeting_user_ids": [6]}""");
        await AssertBackendModel("user/1", """{"id": 1, "username": "correct_user", "is_present_in_meeting_ids": [1], "meeting_user_ids": [3]}""");
        await AssertBackendModel("user/2", """{"id": 2, "username": "wrong_user", "is_present_in_meeting_ids": [], "meeting_user_ids": [5, 6]}""");
        await AssertBackendModel("user/3", """{"id": 3, "username": "correct_user", "is_present_in_meeting_ids": [1], "meeting_user_ids": [4]}""");
        await AssertBackendModel("meeting_user/3", """{"id": 3, "user_id": 1, "meeting_id": 1, "group_ids": [10]}""");
        await AssertBackendModel("meeting_user/4", """{"id": 4, "user_id": 3, "meeting_id": 1, "group_ids": [10]}""");
        await AssertBackendModel("meeting_user/5", """{"id": 5, "user_id": 2, "meeting_id": 1, "group_ids": []}""");
        await AssertBackendModel("meeting_user/6", """{"id": 6, "user_id": 2, "meeting_id": 2, "group_ids": []}""");
        await AssertBackendModel("group/10", """{"id": 10, "meeting_user_ids": [3, 4], "meeting_id": 1}""");
    }

    [Fact]
    public async Task M0062_migration_one_way()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "meeting name", "present_user_ids": [1, 3], "meeting_user_ids": [3, 4, 5], "group_ids": [10]}}""");
        await Write("""{"type": "create", "fqid": "meeting/2", "fields": {"id": 1, "name": "meeting name", "present_user_ids": [], "meeting_user_ids": [6]}}""");
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "correct_user", "is_present_in_meeting_ids": [1], "meeting_user_ids": [3]}}""");
        await Write("""{"type": "create", "fqid": "user/2", "fields": {"id": 2, "username": "wrong_user", "is_present_in_meeting_ids": [2, 1], "meeting_user_ids": [5, 6]}}""");
        await Write("""{"type": "create", "fqid": "user/3", "fields": {"id": 3, "username": "correct_user", "is_present_in_meeting_ids": [1], "meeting_user_ids": [4]}}""");
        await Write("""{"type": "create", "fqid": "meeting_user/3", "fields": {"id": 3, "user_id": 1, "meeting_id": 1, "group_ids": [10]}}""");
        await Write("""{"type": "create", "fqid": "meeting_user/4", "fields": {"id": 4, "user_id": 3, "meeting_id": 1, "group_ids": [10]}}""");
        await Write("""{"type": "create", "fqid": "meeting_user/5", "fields": {"id": 5, "user_id": 2, "meeting_id": 1, "group_ids": []}}""");
        await Write("""{"type": "create", "fqid": "meeting_user/6", "fields": {"id": 6, "user_id": 2, "meeting_id": 2, "group_ids": []}}""");
        await Write("""{"type": "create", "fqid": "group/10", "fields": {"id": 10, "meeting_user_ids": [3, 4], "meeting_id": 1}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "meeting name", "present_user_ids": [1, 3], "meeting_user_ids": [3, 4, 5], "group_ids": [10]}""");
        await AssertBackendModel("meeting/2", """{"id": 1, "name": "meeting name", "present_user_ids": [], "meeting_user_ids": [6]}""");
        await AssertBackendModel("user/1", """{"id": 1, "username": "correct_user", "is_present_in_meeting_ids": [1], "meeting_user_ids": [3]}""");
        await AssertBackendModel("user/2", """{"id": 2, "username": "wrong_user", "is_present_in_meeting_ids": [], "meeting_user_ids": [5, 6]}""");
        await AssertBackendModel("user/3", """{"id": 3, "username": "correct_user", "is_present_in_meeting_ids": [1], "meeting_user_ids": [4]}""");
        await AssertBackendModel("meeting_user/3", """{"id": 3, "user_id": 1, "meeting_id": 1, "group_ids": [10]}""");
        await AssertBackendModel("meeting_user/4", """{"id": 4, "user_id": 3, "meeting_id": 1, "group_ids": [10]}""");
        await AssertBackendModel("meeting_user/5", """{"id": 5, "user_id": 2, "meeting_id": 1, "group_ids": []}""");
        await AssertBackendModel("meeting_user/6", """{"id": 6, "user_id": 2, "meeting_id": 2, "group_ids": []}""");
        await AssertBackendModel("group/10", """{"id": 10, "meeting_user_ids": [3, 4], "meeting_id": 1}""");
    }

    [Fact]
    public async Task M0062_migration_other_way()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "meeting name", "present_user_ids": [1, 3, 2], "meeting_user_ids": [3, 4, 5], "group_ids": [10]}}""");
        await Write("""{"type": "create", "fqid": "meeting/2", "fields": {"id": 1, "name": "meeting name", "present_user_ids": [2], "meeting_user_ids": [6]}}""");
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "correct_user", "is_present_in_meeting_ids": [1], "meeting_user_ids": [3]}}""");
        await Write("""{"type": "create", "fqid": "user/2", "fields": {"id": 2, "username": "wrong_user", "is_present_in_meeting_ids": [], "meeting_user_ids": [5, 6]}}""");
        await Write("""{"type": "create", "fqid": "user/3", "fields": {"id": 3, "username": "correct_user", "is_present_in_meeting_ids": [1], "meeting_user_ids": [4]}}""");
        await Write("""{"type": "create", "fqid": "meeting_user/3", "fields": {"id": 3, "user_id": 1, "meeting_id": 1, "group_ids": [10]}}""");
        await Write("""{"type": "create", "fqid": "meeting_user/4", "fields": {"id": 4, "user_id": 3, "meeting_id": 1, "group_ids": [10]}}""");
        await Write("""{"type": "create", "fqid": "meeting_user/5", "fields": {"id": 5, "user_id": 2, "meeting_id": 1, "group_ids": []}}""");
        await Write("""{"type": "create", "fqid": "meeting_user/6", "fields": {"id": 6, "user_id": 2, "meeting_id": 2, "group_ids": []}}""");
        await Write("""{"type": "create", "fqid": "group/10", "fields": {"id": 10, "meeting_user_ids": [3, 4], "meeting_id": 1}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "meeting name", "present_user_ids": [1, 3], "meeting_user_ids": [3, 4, 5], "group_ids": [10]}""");
        await AssertBackendModel("meeting/2", """{"id": 1, "name": "meeting name", "present_user_ids": [], "meeting_user_ids": [6]}""");
        await AssertBackendModel("user/1", """{"id": 1, "username": "correct_user", "is_present_in_meeting_ids": [1], "meeting_user_ids": [3]}""");
        await AssertBackendModel("user/2", """{"id": 2, "username": "wrong_user", "is_present_in_meeting_ids": [], "meeting_user_ids": [5, 6]}""");
        await AssertBackendModel("user/3", """{"id": 3, "username": "correct_user", "is_present_in_meeting_ids": [1], "meeting_user_ids": [4]}""");
        await AssertBackendModel("meeting_user/3", """{"id": 3, "user_id": 1, "meeting_id": 1, "group_ids": [10]}""");
        await AssertBackendModel("meeting_user/4", """{"id": 4, "user_id": 3, "meeting_id": 1, "group_ids": [10]}""");
        await AssertBackendModel("meeting_user/5", """{"id": 5, "user_id": 2, "meeting_id": 1, "group_ids": []}""");
        await AssertBackendModel("meeting_user/6", """{"id": 6, "user_id": 2, "meeting_id": 2, "group_ids": []}""");
        await AssertBackendModel("group/10", """{"id": 10, "meeting_user_ids": [3, 4], "meeting_id": 1}""");
    }

    /// <summary>
    /// Ours, in memory: upstream's data is left as it is, since upstream's in-memory filter compares the list
    /// <c>group_ids</c> with the string <c>"[]"</c> (Python's <c>==</c>, never true).
    /// </summary>
    [Fact]
    public async Task M0062_in_memory_upstreams_data_is_left_as_it_is()
    {
        var models = """
            {
                "meeting/1": {"id": 1, "name": "meeting name", "present_user_ids": [1, 3, 2], "meeting_user_ids": [3, 4, 5], "group_ids": [10]},
                "meeting/2": {"id": 1, "name": "meeting name", "present_user_ids": [2], "meeting_user_ids": [6]},
                "user/1": {"id": 1, "username": "correct_user", "is_present_in_meeting_ids": [1], "meeting_user_ids": [3]},
                "user/2": {"id": 2, "username": "wrong_user", "is_present_in_meeting_ids": [2, 1], "meeting_user_ids": [5, 6]},
                "user/3": {"id": 3, "username": "correct_user", "is_present_in_meeting_ids": [1], "meeting_user_ids": [4]},
                "meeting_user/3": {"id": 3, "user_id": 1, "meeting_id": 1, "group_ids": [10]},
                "meeting_user/4": {"id": 4, "user_id": 3, "meeting_id": 1, "group_ids": [10]},
                "meeting_user/5": {"id": 5, "user_id": 2, "meeting_id": 1, "group_ids": []},
                "meeting_user/6": {"id": 6, "user_id": 2, "meeting_id": 2, "group_ids": []},
                "group/10": {"id": 10, "meeting_user_ids": [3, 4], "meeting_id": 1}
            }
            """;
        AssertModels(await MigrateInMemory(Name, models), models);
    }

    /// <summary>
    /// Ours: a <c>group_ids</c> that is the string <c>"[]"</c> matches on both paths (its text in the database, Python's
    /// equality in memory), an empty list only in the database.
    /// </summary>
    [Fact]
    public async Task M0062_a_group_ids_string_matches_on_both_paths()
    {
        var models = """
            {
                "meeting/1": {"id": 1, "present_user_ids": [4, 2, 5]},
                "user/2": {"id": 2, "is_present_in_meeting_ids": [1, 7]},
                "user/5": {"id": 5, "is_present_in_meeting_ids": [1]},
                "meeting_user/1": {"id": 1, "user_id": 2, "meeting_id": 1, "group_ids": "[]"},
                "meeting_user/2": {"id": 2, "user_id": 5, "meeting_id": 1, "group_ids": []}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "present_user_ids": [4]}""");
        await AssertBackendModel("user/2", """{"id": 2, "is_present_in_meeting_ids": [7]}""");
        await AssertBackendModel("user/5", """{"id": 5, "is_present_in_meeting_ids": []}""");

        AssertModels(await MigrateInMemory(Name, models), """
            {
                "meeting/1": {"id": 1, "present_user_ids": [4, 5]},
                "user/2": {"id": 2, "is_present_in_meeting_ids": [7]},
                "user/5": {"id": 5, "is_present_in_meeting_ids": [1]},
                "meeting_user/1": {"id": 1, "user_id": 2, "meeting_id": 1, "group_ids": "[]"},
                "meeting_user/2": {"id": 2, "user_id": 5, "meeting_id": 1, "group_ids": []}
            }
            """);
    }

    /// <summary>
    /// Ours: a meeting and a user without presence list are written all the same and get <c>[]</c> (upstream's
    /// default); in memory nothing matches, a null <c>group_ids</c> neither.
    /// </summary>
    [Fact]
    public async Task M0062_missing_presence_lists_become_empty()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "m"}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "username": "u"}}""",
            """{"type": "create", "fqid": "meeting_user/1", "fields": {"id": 1, "user_id": 2, "meeting_id": 1, "group_ids": []}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "m", "present_user_ids": []}""");
        await AssertBackendModel("user/2", """{"id": 2, "username": "u", "is_present_in_meeting_ids": []}""");

        var models = """
            {
                "meeting/1": {"id": 1, "name": "m"},
                "user/2": {"id": 2, "username": "u"},
                "meeting_user/1": {"id": 1, "user_id": 2, "meeting_id": 1, "group_ids": []},
                "meeting_user/3": {"id": 3, "user_id": 2, "meeting_id": 1, "group_ids": null}
            }
            """;
        AssertModels(await MigrateInMemory(Name, models), models);
    }

    /// <summary>
    /// Ours: meetings and users are written in the order their first matching meeting user is read, meetings first;
    /// each list keeps its order without the ids removed; meeting users with groups, without group_ids or deleted
    /// do not match (deleted user/3 would make the writer fail if it did), and a user they alone name is left alone.
    /// </summary>
    [Fact]
    public async Task M0062_order_and_meeting_users_that_do_not_match()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "present_user_ids": [9, 4, 7, 2, 3]}}""",
            """{"type": "create", "fqid": "meeting/3", "fields": {"id": 3, "present_user_ids": [7, 4]}}""",
            """{"type": "create", "fqid": "user/7", "fields": {"id": 7, "is_present_in_meeting_ids": [3, 1, 5]}}""",
            """{"type": "create", "fqid": "user/4", "fields": {"id": 4, "is_present_in_meeting_ids": [1, 3]}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "is_present_in_meeting_ids": [1]}}""",
            """{"type": "create", "fqid": "user/3", "fields": {"id": 3, "is_present_in_meeting_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting_user/11", "fields": {"id": 11, "user_id": 7, "meeting_id": 3, "group_ids": []}}""",
            """{"type": "create", "fqid": "meeting_user/12", "fields": {"id": 12, "user_id": 4, "meeting_id": 1, "group_ids": []}}""",
            """{"type": "create", "fqid": "meeting_user/13", "fields": {"id": 13, "user_id": 7, "meeting_id": 1, "group_ids": []}}""",
            """{"type": "create", "fqid": "meeting_user/14", "fields": {"id": 14, "user_id": 2, "meeting_id": 1, "group_ids": [5]}}""",
            """{"type": "create", "fqid": "meeting_user/15", "fields": {"id": 15, "user_id": 9, "meeting_id": 1}}""",
            """{"type": "create", "fqid": "meeting_user/16", "fields": {"id": 16, "user_id": 3, "meeting_id": 1, "group_ids": []}}""");
        await Write("""{"type": "delete", "fqid": "meeting_user/16"}""", """{"type": "delete", "fqid": "user/3"}""");
        await Finalize(Name);
        var events = await Rows("SELECT fqid FROM events WHERE position = 3 ORDER BY weight");
        string[] order = ["meeting/3", "meeting/1", "user/7", "user/4"];
        Assert.Equal(order, events.Select(e => (string)e[0]!));
        Json.AssertEqual(Json.Node("[9, 2, 3]"), (await ReadBackendModel("meeting/1"))["present_user_ids"]);
        Json.AssertEqual(Json.Node("[4]"), (await ReadBackendModel("meeting/3"))["present_user_ids"]);
        Json.AssertEqual(Json.Node("[5]"), (await ReadBackendModel("user/7"))["is_present_in_meeting_ids"]);
        Json.AssertEqual(Json.Node("[3]"), (await ReadBackendModel("user/4"))["is_present_in_meeting_ids"]);
        await AssertBackendModel("user/2", """{"id": 2, "is_present_in_meeting_ids": [1], "meta_position": 1}""");
    }

    /// <summary>
    /// Ours: when none of the meetings is read (here the only one is deleted), upstream's <c>if meetings</c> skips
    /// every meeting update, while the users are still written.
    /// </summary>
    [Fact]
    public async Task M0062_without_a_live_meeting_only_users_are_written()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "present_user_ids": [2]}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "is_present_in_meeting_ids": [1, 4]}}""",
            """{"type": "create", "fqid": "meeting_user/5", "fields": {"id": 5, "user_id": 2, "meeting_id": 1, "group_ids": []}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "present_user_ids": [2], "meta_deleted": true, "meta_position": 2}""");
        await AssertBackendModel("user/2", """{"id": 2, "is_present_in_meeting_ids": [4]}""");
    }

    /// <summary>
    /// Ours: with one live meeting read, every meeting is written, so a deleted one makes the writer fail, as
    /// upstream's does; nothing is written.
    /// </summary>
    [Fact]
    public async Task M0062_a_deleted_meeting_among_live_ones_fails()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "present_user_ids": [2]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "present_user_ids": [2]}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "is_present_in_meeting_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting_user/5", "fields": {"id": 5, "user_id": 2, "meeting_id": 1, "group_ids": []}}""",
            """{"type": "create", "fqid": "meeting_user/6", "fields": {"id": 6, "user_id": 2, "meeting_id": 2, "group_ids": []}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        var e = await FinalizeFails(Name);
        Assert.Equal("meeting/1", Assert.IsType<ModelDoesNotExistException>(e).Fqid);
    }

    /// <summary>Ours: the user of a matching meeting user is always written, so a deleted one makes the writer fail, as upstream's does.</summary>
    [Fact]
    public async Task M0062_a_deleted_user_fails()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "present_user_ids": [2]}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "is_present_in_meeting_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting_user/5", "fields": {"id": 5, "user_id": 2, "meeting_id": 1, "group_ids": []}}""");
        await Write("""{"type": "delete", "fqid": "user/2"}""");
        var e = await FinalizeFails(Name);
        Assert.Equal("user/2", Assert.IsType<ModelDoesNotExistException>(e).Fqid);
    }

    /// <summary>
    /// Ours (deliberate; upstream's get_many request refuses the id None): a matching meeting user without user_id
    /// still has its meeting written (here unchanged), one without meeting_id its user, and there is no update of
    /// <c>user/None</c> or <c>meeting/None</c>. meeting/3, which no meeting user names, is left alone.
    /// </summary>
    [Fact]
    public async Task M0062_a_meeting_user_without_user_or_meeting()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "present_user_ids": [2]}}""",
            """{"type": "create", "fqid": "meeting/3", "fields": {"id": 3}}""",
            """{"type": "create", "fqid": "user/4", "fields": {"id": 4, "is_present_in_meeting_ids": [3, 8]}}""",
            """{"type": "create", "fqid": "meeting_user/5", "fields": {"id": 5, "meeting_id": 1, "group_ids": []}}""",
            """{"type": "create", "fqid": "meeting_user/6", "fields": {"id": 6, "user_id": 4, "group_ids": []}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "present_user_ids": [2], "meta_position": 2}""");
        await AssertBackendModel("user/4", """{"id": 4, "is_present_in_meeting_ids": [3, 8], "meta_position": 2}""");
        await AssertBackendModel("meeting/3", """{"id": 3, "meta_position": 1}""");
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM events WHERE position = 2"));
    }

    /// <summary>Ours: no live meeting user with empty groups, so nothing is written.</summary>
    [Fact]
    public async Task M0062_nothing_matches_nothing_is_written()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "present_user_ids": [2]}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "is_present_in_meeting_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting_user/5", "fields": {"id": 5, "user_id": 2, "meeting_id": 1, "group_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting_user/6", "fields": {"id": 6, "user_id": 2, "meeting_id": 1}}""",
            """{"type": "create", "fqid": "meeting_user/7", "fields": {"id": 7, "user_id": 2, "meeting_id": 1, "group_ids": []}}""");
        await Write("""{"type": "delete", "fqid": "meeting_user/7"}""");
        await Finalize(Name);
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("meeting/1", """{"id": 1, "present_user_ids": [2]}""");
        await AssertBackendModel("user/2", """{"id": 2, "is_present_in_meeting_ids": [1]}""");
    }
}
