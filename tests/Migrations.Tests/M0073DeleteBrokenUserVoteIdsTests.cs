using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;

namespace Migrations.Tests;

/// <summary>
/// 0073_delete_broken_user_vote_ids: upstream's cases (tests/system/migrations/test_0073_delete_broken_user_vote_ids.py)
/// and ours. The expected values of ours follow from upstream's code, its readers' and writer's rules and CPython's
/// set order, not from a run of upstream.
/// </summary>
public class M0073DeleteBrokenUserVoteIdsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0073_delete_broken_user_vote_ids";

    [Fact]
    public async Task M0073_migration_simple()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"vote_ids": [2]}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"delegated_vote_ids": [2]}}""",
            """{"type": "create", "fqid": "vote/2", "fields": {"user_id": null, "delegated_user_id": null}}""",
            """{"type": "create", "fqid": "user/3", "fields": {"vote_ids": [4]}}""",
            """{"type": "create", "fqid": "user/4", "fields": {"delegated_vote_ids": [4]}}""",
            """{"type": "create", "fqid": "vote/4", "fields": {"user_id": 3, "delegated_user_id": 4}}""",
            """{"type": "create", "fqid": "user/5", "fields": {"vote_ids": [6]}}""",
            """{"type": "create", "fqid": "user/6", "fields": {"delegated_vote_ids": [6]}}""",
            """{"type": "create", "fqid": "vote/6", "fields": {"user_id": 5, "delegated_user_id": 6}}""",
            """{"type": "delete", "fqid": "vote/6"}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"vote_ids": []}""");
        await AssertBackendModel("user/2", """{"delegated_vote_ids": []}""");
        await AssertBackendModel("vote/2", """{}""");
        await AssertBackendModel("user/3", """{"vote_ids": [4]}""");
        await AssertBackendModel("vote/4", """{"user_id": 3, "delegated_user_id": 4}""");
        await AssertBackendModel("user/5", """{"vote_ids": []}""");
        await AssertBackendModel("user/6", """{"delegated_vote_ids": []}""");
        await AssertBackendModel("vote/6", """{"user_id": 5, "delegated_user_id": 6, "meta_deleted": true}""");
    }

    [Fact]
    public async Task M0073_migration_mixed()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"vote_ids": [2], "delegated_vote_ids": [2]}}""",
            """{"type": "create", "fqid": "vote/2", "fields": {"user_id": null, "delegated_user_id": null}}""",
            """{"type": "create", "fqid": "user/3", "fields": {"vote_ids": [4], "delegated_vote_ids": [4]}}""",
            """{"type": "create", "fqid": "vote/4", "fields": {"user_id": 3, "delegated_user_id": 3}}""",
            """{"type": "create", "fqid": "user/5", "fields": {"vote_ids": [6], "delegated_vote_ids": [6]}}""",
            """{"type": "create", "fqid": "vote/6", "fields": {"user_id": 5, "delegated_user_id": 5}}""",
            """{"type": "delete", "fqid": "vote/6"}""",
            """{"type": "create", "fqid": "user/7", "fields": {}}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"vote_ids": [], "delegated_vote_ids": []}""");
        await AssertBackendModel("vote/2", """{}""");
        await AssertBackendModel("user/3", """{"vote_ids": [4], "delegated_vote_ids": [4]}""");
        await AssertBackendModel("vote/4", """{"user_id": 3, "delegated_user_id": 3}""");
        await AssertBackendModel("user/5", """{"vote_ids": [], "delegated_vote_ids": []}""");
        await AssertBackendModel("vote/6", """{"user_id": 5, "delegated_user_id": 5, "meta_deleted": true}""");
        await AssertBackendModel("user/7", """{}""");
    }

    /// <summary>
    /// Ours: more votes than one batch of the vote lookup (10,000), in the database and in memory: the votes of every
    /// batch count, a broken id in the last batch and one in the first are removed.
    /// </summary>
    [Fact]
    public async Task M0073_more_votes_than_one_lookup_batch()
    {
        const int votes = 10_050;
        var ids = string.Join(", ", Enumerable.Range(1, votes + 1));
        var events = new List<string> { $$$"""{"type": "create", "fqid": "user/1", "fields": {"vote_ids": [{{{ids}}}], "delegated_vote_ids": [1, 10050]}}""" };
        events.AddRange(Enumerable.Range(1, votes).Select(i => $$$"""{"type": "create", "fqid": "vote/{{{i}}}", "fields": {"user_id": {{{(i == 3 ? 2 : 1)}}}, "delegated_user_id": {{{(i == 1 ? 1 : 2)}}}}}"""));
        await Write([.. events]);
        await Finalize(Name);
        var kept = string.Join(", ", Enumerable.Range(1, votes).Where(i => i != 3));
        await AssertBackendModel("user/1", $$"""{"vote_ids": [{{kept}}], "delegated_vote_ids": [1]}""");

        var memory = new System.Text.StringBuilder($$"""{"user/1": {"vote_ids": [{{ids}}], "delegated_vote_ids": [1, 10050]}""");
        foreach (var i in Enumerable.Range(1, votes))
        {
            memory.Append(System.Globalization.CultureInfo.InvariantCulture, $$$""", "vote/{{{i}}}": {"user_id": {{{(i == 3 ? 2 : 1)}}}, "delegated_user_id": {{{(i == 1 ? 1 : 2)}}}}""");
        }

        var result = await MigrateInMemory(Name, memory.Append('}').ToString());
        Assert.Equal($"[{kept.Replace(" ", "", StringComparison.Ordinal)}]", result["user/1"]["vote_ids"]!.ToJsonString());
        Assert.Equal("[1]", result["user/1"]["delegated_vote_ids"]!.ToJsonString());
    }

    /// <summary>
    /// Ours, in memory on the data of upstream's simple case (an import holds no deleted model, so vote/6 is missing
    /// instead): the same result as in the database.
    /// </summary>
    [Fact]
    public async Task M0073_in_memory_upstreams_data()
    {
        var result = await MigrateInMemory(Name, """
            {
                "user/1": {"vote_ids": [2]},
                "user/2": {"delegated_vote_ids": [2]},
                "vote/2": {},
                "user/3": {"vote_ids": [4]},
                "user/4": {"delegated_vote_ids": [4]},
                "vote/4": {"user_id": 3, "delegated_user_id": 4},
                "user/5": {"vote_ids": [6]},
                "user/6": {"delegated_vote_ids": [6]}
            }
            """);
        AssertModels(result, """
            {
                "user/1": {"vote_ids": []},
                "user/2": {"delegated_vote_ids": []},
                "vote/2": {},
                "user/3": {"vote_ids": [4]},
                "user/4": {"delegated_vote_ids": [4]},
                "vote/4": {"user_id": 3, "delegated_user_id": 4},
                "user/5": {"vote_ids": []},
                "user/6": {"delegated_vote_ids": []}
            }
            """);
    }

    /// <summary>
    /// Ours: the removals of <c>vote_ids</c> come first, then those of <c>delegated_vote_ids</c>, users in the read
    /// order (creation: user/7 before user/2); the removed ids in CPython's set order (<c>{5, 3}</c> iterates as 3,
    /// 5). user/9's empty lists are read in the database but change nothing; the deleted user/6 is not read.
    /// </summary>
    [Fact]
    public async Task M0073_events_come_in_upstreams_order()
    {
        await Write("""{"type": "create", "fqid": "user/7", "fields": {"id": 7, "vote_ids": [5, 3, 4], "delegated_vote_ids": [4]}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "vote_ids": [8]}}""",
            """{"type": "create", "fqid": "user/9", "fields": {"id": 9, "vote_ids": [], "delegated_vote_ids": []}}""",
            """{"type": "create", "fqid": "user/6", "fields": {"id": 6, "vote_ids": [3]}}""",
            """{"type": "create", "fqid": "vote/4", "fields": {"id": 4, "user_id": 7, "delegated_user_id": 2}}""",
            """{"type": "create", "fqid": "vote/3", "fields": {"id": 3, "user_id": 6}}""");
        await Write("""{"type": "delete", "fqid": "user/6"}""");
        await Finalize(Name);
        await AssertMigrationEvents(
            ("listfields", "user/7", """{"add": {}, "remove": {"vote_ids": [3, 5]}}"""),
            ("listfields", "user/2", """{"add": {}, "remove": {"vote_ids": [8]}}"""),
            ("listfields", "user/7", """{"add": {}, "remove": {"delegated_vote_ids": [4]}}"""));
        await AssertBackendModel("user/7", """{"id": 7, "vote_ids": [4], "delegated_vote_ids": []}""");
        await AssertBackendModel("user/2", """{"id": 2, "vote_ids": []}""");
        await AssertBackendModel("user/9", """{"id": 9, "vote_ids": [], "delegated_vote_ids": []}""");
        await AssertBackendModel("user/6", """{"id": 6, "vote_ids": [3], "meta_deleted": true}""");
        await AssertBackendModel("vote/4", """{"id": 4, "user_id": 7, "delegated_user_id": 2}""");
        await AssertBackendModel("vote/3", """{"id": 3, "user_id": 6}""");
    }

    private const string OddModels = """
        {
            "user/1": {"id": 1, "vote_ids": [4, "4", "x"], "delegated_vote_ids": [7]},
            "user/2": {"id": 2, "vote_ids": [5], "delegated_vote_ids": [6]},
            "user/3": {"id": 3, "vote_ids": false, "delegated_vote_ids": 0},
            "vote/4": {"id": 4, "user_id": 1},
            "vote/5": {"id": 5, "user_id": "2"},
            "vote/6": {"id": 6, "delegated_user_id": 2.0},
            "vote/7": {"id": 7, "delegated_user_id": true}
        }
        """;

    /// <summary>
    /// Ours (kept from upstream): ids compare as Python's <c>==</c> (vote/6's <c>2.0</c> and vote/7's <c>true</c>
    /// point back to users 2 and 1; vote/5's <c>"2"</c> does not); falsy non-lists count as empty (user/3); entries
    /// that are no integers are removed, after the integers, in the order met. The string <c>"4"</c> finds vote/4 in
    /// memory only, as with upstream's two readers.
    /// </summary>
    [Fact]
    public async Task M0073_odd_values_compare_as_upstreams_readers_do()
    {
        await Write(Creates(OddModels));
        await Finalize(Name);
        await AssertMigrationEvents(
            ("listfields", "user/1", """{"add": {}, "remove": {"vote_ids": ["4", "x"]}}"""),
            ("listfields", "user/2", """{"add": {}, "remove": {"vote_ids": [5]}}"""));
        await AssertBackendModel("user/1", """{"id": 1, "vote_ids": [4], "delegated_vote_ids": [7]}""");
        await AssertBackendModel("user/2", """{"id": 2, "vote_ids": [], "delegated_vote_ids": [6]}""");
        await AssertBackendModel("user/3", """{"id": 3, "vote_ids": false, "delegated_vote_ids": 0}""");

        AssertModels(await MigrateInMemory(Name, OddModels), """
            {
                "user/1": {"id": 1, "vote_ids": [4, "4"], "delegated_vote_ids": [7]},
                "user/2": {"id": 2, "vote_ids": [], "delegated_vote_ids": [6]},
                "user/3": {"id": 3, "vote_ids": false, "delegated_vote_ids": 0},
                "vote/4": {"id": 4, "user_id": 1},
                "vote/5": {"id": 5, "user_id": "2"},
                "vote/6": {"id": 6, "delegated_user_id": 2.0},
                "vote/7": {"id": 7, "delegated_user_id": true}
            }
            """);
    }

    /// <summary>
    /// Ours (kept from upstream): a null entry does not name a vote, but the writer refuses a list update on a list
    /// holding it (as upstream's database writer does), so the migration fails and nothing is written.
    /// </summary>
    [Fact]
    public async Task M0073_a_null_vote_id_makes_the_writer_fail()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "vote_ids": [null, 4]}}""",
            """{"type": "create", "fqid": "vote/4", "fields": {"id": 4, "user_id": 1}}""");
        var error = await FinalizeFails(Name);
        Assert.IsType<InvalidFormatException>(error);
    }

    private const string NoListModels = """
        {
            "user/1": {"id": 1, "vote_ids": 5},
            "user/2": {"id": 2, "vote_ids": [], "delegated_vote_ids": "7"},
            "user/3": {"id": 3, "vote_ids": {"a": 1}},
            "vote/7": {"id": 7, "delegated_user_id": 2}
        }
        """;

    private const string NoListMessage = "Migration exception:\n"
        + "* user/1 has vote_ids 5, which is not a list\n"
        + "* user/2 has delegated_vote_ids \"7\", which is not a list\n"
        + "* user/3 has vote_ids {\"a\":1}, which is not a list";

    /// <summary>
    /// Deliberate difference: a truthy <c>vote_ids</c> or <c>delegated_vote_ids</c> that is no list (upstream: a
    /// TypeError for 5; for the string and the object it looks up the characters and keys) fails the migration,
    /// naming every such field; nothing is written. The same in memory.
    /// </summary>
    [Fact]
    public async Task M0073_a_vote_list_that_is_no_list_fails()
    {
        await Write(Creates(NoListModels));
        var error = await FinalizeFails(Name);
        Assert.IsType<MigrationException>(error);
        Assert.Equal(NoListMessage, error.Message);

        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => MigrateInMemory(Name, NoListModels));
        Assert.Equal(NoListMessage, Assert.IsType<MigrationException>(failure.InnerException).Message);
    }
}
