using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;

namespace Migrations.Tests;

/// <summary>
/// 0071_new_motion_supporter_model: upstream's case (tests/system/migrations/test_0071_new_motion_supporter_model.py)
/// and ours. The expected values of ours follow from upstream's code and its readers' and writer's rules (read
/// order, the database's <c>!= []</c>, list updates), not from a run of upstream.
/// </summary>
public class M0071NewMotionSupporterModelTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0071_new_motion_supporter_model";

    [Fact]
    public async Task M0071_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [101, 102, 103], "meeting_user_ids": [11, 21, 31]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "motion_ids": [201, 202, 203, 204], "meeting_user_ids": [12, 22, 32]}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1, "meeting_user_ids": [11, 12]}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "meeting_user_ids": [21, 22]}}""",
            """{"type": "create", "fqid": "user/3", "fields": {"id": 3, "meeting_user_ids": [31, 32]}}""",
            """{"type": "create", "fqid": "meeting_user/11", "fields": {"id": 11, "user_id": 1, "meeting_id": 1, "supported_motion_ids": [101, 102, 103]}}""",
            """{"type": "create", "fqid": "meeting_user/12", "fields": {"id": 12, "user_id": 1, "meeting_id": 2, "supported_motion_ids": []}}""",
            """{"type": "create", "fqid": "meeting_user/21", "fields": {"id": 21, "user_id": 2, "meeting_id": 1, "supported_motion_ids": [101]}}""",
            """{"type": "create", "fqid": "meeting_user/22", "fields": {"id": 22, "user_id": 2, "meeting_id": 2, "supported_motion_ids": null}}""",
            """{"type": "create", "fqid": "meeting_user/31", "fields": {"id": 31, "user_id": 3, "meeting_id": 1, "supported_motion_ids": [101]}}""",
            """{"type": "create", "fqid": "meeting_user/32", "fields": {"id": 32, "user_id": 3, "meeting_id": 2, "supported_motion_ids": [201]}}""",
            """{"type": "create", "fqid": "motion/101", "fields": {"id": 101, "meeting_id": 1, "supporter_meeting_user_ids": [11, 21, 31]}}""",
            """{"type": "create", "fqid": "motion/102", "fields": {"id": 102, "meeting_id": 1, "supporter_meeting_user_ids": [11]}}""",
            """{"type": "create", "fqid": "motion/103", "fields": {"id": 103, "meeting_id": 1, "supporter_meeting_user_ids": [11]}}""",
            """{"type": "create", "fqid": "motion/201", "fields": {"id": 201, "meeting_id": 2, "supporter_meeting_user_ids": [32]}}""",
            """{"type": "create", "fqid": "motion/202", "fields": {"id": 202, "meeting_id": 2, "supporter_meeting_user_ids": []}}""",
            """{"type": "create", "fqid": "motion/203", "fields": {"id": 203, "meeting_id": 2, "supporter_meeting_user_ids": null}}""",
            """{"type": "create", "fqid": "motion/204", "fields": {"id": 203, "meeting_id": 2}}""");
        await Write("""{"type": "delete", "fqid": "motion/103"}""",
            """{"type": "update", "fqid": "meeting/1", "list_fields": {"remove": {"motion_ids": [103]}}}""",
            """{"type": "update", "fqid": "meeting_user/11", "list_fields": {"remove": {"supported_motion_ids": [103]}}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "motion_ids": [101, 102], "meeting_user_ids": [11, 21, 31], "motion_supporter_ids": [1, 2, 3, 4]}""");
        await AssertBackendModel("meeting/2", """{"id": 2, "motion_ids": [201, 202, 203, 204], "meeting_user_ids": [12, 22, 32], "motion_supporter_ids": [5]}""");
        await AssertBackendModel("meeting_user/11", """{"id": 11, "user_id": 1, "meeting_id": 1, "motion_supporter_ids": [1, 4]}""");
        await AssertBackendModel("meeting_user/12", """{"id": 12, "user_id": 1, "meeting_id": 2}""");
        await AssertBackendModel("meeting_user/21", """{"id": 21, "user_id": 2, "meeting_id": 1, "motion_supporter_ids": [2]}""");
        await AssertBackendModel("meeting_user/22", """{"id": 22, "user_id": 2, "meeting_id": 2}""");
        await AssertBackendModel("meeting_user/31", """{"id": 31, "user_id": 3, "meeting_id": 1, "motion_supporter_ids": [3]}""");
        await AssertBackendModel("meeting_user/32", """{"id": 32, "user_id": 3, "meeting_id": 2, "motion_supporter_ids": [5]}""");
        await AssertBackendModel("motion_supporter/1", """{"id": 1, "meeting_id": 1, "meeting_user_id": 11, "motion_id": 101}""");
        await AssertBackendModel("motion_supporter/2", """{"id": 2, "meeting_id": 1, "meeting_user_id": 21, "motion_id": 101}""");
        await AssertBackendModel("motion_supporter/3", """{"id": 3, "meeting_id": 1, "meeting_user_id": 31, "motion_id": 101}""");
        await AssertBackendModel("motion_supporter/4", """{"id": 4, "meeting_id": 1, "meeting_user_id": 11, "motion_id": 102}""");
        await AssertBackendModel("motion_supporter/5", """{"id": 5, "meeting_id": 2, "meeting_user_id": 32, "motion_id": 201}""");
        await AssertBackendModel("motion/101", """{"id": 101, "meeting_id": 1, "supporter_ids": [1, 2, 3]}""");
        await AssertBackendModel("motion/102", """{"id": 102, "meeting_id": 1, "supporter_ids": [4]}""");
        await AssertBackendModel("motion/201", """{"id": 201, "meeting_id": 2, "supporter_ids": [5]}""");
        await AssertBackendModel("motion/202", """{"id": 202, "meeting_id": 2, "supporter_ids": []}""");
        await AssertBackendModel("motion/203", """{"id": 203, "meeting_id": 2}""");
        await AssertBackendModel("motion/204", """{"id": 203, "meeting_id": 2}""");
        await AssertBackendModel("motion/103", """{"id": 103, "meeting_id": 1, "supporter_meeting_user_ids": [11], "meta_deleted": true}""");
    }

    /// <summary>
    /// Ours, in memory on upstream's data (without the deleted motion/103, which an import cannot hold): as in the
    /// database, except that motion/202, whose list is empty, is not read (Python's <c>[] != []</c> is false) and
    /// keeps its <c>supporter_meeting_user_ids: []</c>, as upstream's in-memory path leaves it.
    /// </summary>
    [Fact]
    public async Task M0071_in_memory_upstreams_data()
    {
        var result = await MigrateInMemory(Name, """
            {
                "meeting/1": {"id": 1, "motion_ids": [101, 102], "meeting_user_ids": [11, 21, 31]},
                "meeting/2": {"id": 2, "motion_ids": [201, 202, 203, 204], "meeting_user_ids": [12, 22, 32]},
                "user/1": {"id": 1, "meeting_user_ids": [11, 12]},
                "user/2": {"id": 2, "meeting_user_ids": [21, 22]},
                "user/3": {"id": 3, "meeting_user_ids": [31, 32]},
                "meeting_user/11": {"id": 11, "user_id": 1, "meeting_id": 1, "supported_motion_ids": [101, 102]},
                "meeting_user/12": {"id": 12, "user_id": 1, "meeting_id": 2, "supported_motion_ids": []},
                "meeting_user/21": {"id": 21, "user_id": 2, "meeting_id": 1, "supported_motion_ids": [101]},
                "meeting_user/22": {"id": 22, "user_id": 2, "meeting_id": 2},
                "meeting_user/31": {"id": 31, "user_id": 3, "meeting_id": 1, "supported_motion_ids": [101]},
                "meeting_user/32": {"id": 32, "user_id": 3, "meeting_id": 2, "supported_motion_ids": [201]},
                "motion/101": {"id": 101, "meeting_id": 1, "supporter_meeting_user_ids": [11, 21, 31]},
                "motion/102": {"id": 102, "meeting_id": 1, "supporter_meeting_user_ids": [11]},
                "motion/201": {"id": 201, "meeting_id": 2, "supporter_meeting_user_ids": [32]},
                "motion/202": {"id": 202, "meeting_id": 2, "supporter_meeting_user_ids": []},
                "motion/203": {"id": 203, "meeting_id": 2},
                "motion/204": {"id": 203, "meeting_id": 2}
            }
            """);
        AssertModels(result, """
            {
                "meeting/1": {"id": 1, "motion_ids": [101, 102], "meeting_user_ids": [11, 21, 31], "motion_supporter_ids": [1, 2, 3, 4]},
                "meeting/2": {"id": 2, "motion_ids": [201, 202, 203, 204], "meeting_user_ids": [12, 22, 32], "motion_supporter_ids": [5]},
                "user/1": {"id": 1, "meeting_user_ids": [11, 12]},
                "user/2": {"id": 2, "meeting_user_ids": [21, 22]},
                "user/3": {"id": 3, "meeting_user_ids": [31, 32]},
                "meeting_user/11": {"id": 11, "user_id": 1, "meeting_id": 1, "motion_supporter_ids": [1, 4]},
                "meeting_user/12": {"id": 12, "user_id": 1, "meeting_id": 2},
                "meeting_user/21": {"id": 21, "user_id": 2, "meeting_id": 1, "motion_supporter_ids": [2]},
                "meeting_user/22": {"id": 22, "user_id": 2, "meeting_id": 2},
                "meeting_user/31": {"id": 31, "user_id": 3, "meeting_id": 1, "motion_supporter_ids": [3]},
                "meeting_user/32": {"id": 32, "user_id": 3, "meeting_id": 2, "motion_supporter_ids": [5]},
                "motion/101": {"id": 101, "meeting_id": 1, "supporter_ids": [1, 2, 3]},
                "motion/102": {"id": 102, "meeting_id": 1, "supporter_ids": [4]},
                "motion/201": {"id": 201, "meeting_id": 2, "supporter_ids": [5]},
                "motion/202": {"id": 202, "meeting_id": 2, "supporter_meeting_user_ids": []},
                "motion/203": {"id": 203, "meeting_id": 2},
                "motion/204": {"id": 203, "meeting_id": 2},
                "motion_supporter/1": {"id": 1, "meeting_id": 1, "meeting_user_id": 11, "motion_id": 101},
                "motion_supporter/2": {"id": 2, "meeting_id": 1, "meeting_user_id": 21, "motion_id": 101},
                "motion_supporter/3": {"id": 3, "meeting_id": 1, "meeting_user_id": 31, "motion_id": 101},
                "motion_supporter/4": {"id": 4, "meeting_id": 1, "meeting_user_id": 11, "motion_id": 102},
                "motion_supporter/5": {"id": 5, "meeting_id": 2, "meeting_user_id": 32, "motion_id": 201}
            }
            """);
    }

    private const string ReadOrderModels = """
        {
            "meeting/1": {"id": 1, "motion_ids": [7, 3], "meeting_user_ids": [12, 11]},
            "meeting_user/12": {"id": 12, "meeting_id": 1, "supported_motion_ids": [7]},
            "meeting_user/11": {"id": 11, "meeting_id": 1, "supported_motion_ids": [7, 3]},
            "motion/7": {"id": 7, "meeting_id": 1, "supporter_meeting_user_ids": [12, 11]},
            "motion/3": {"id": 3, "meeting_id": 1, "supporter_meeting_user_ids": [11]}
        }
        """;

    private const string ReadOrderResult = """
        {
            "meeting/1": {"id": 1, "motion_ids": [7, 3], "meeting_user_ids": [12, 11], "motion_supporter_ids": [1, 2, 3]},
            "meeting_user/12": {"id": 12, "meeting_id": 1, "motion_supporter_ids": [1]},
            "meeting_user/11": {"id": 11, "meeting_id": 1, "motion_supporter_ids": [2, 3]},
            "motion/7": {"id": 7, "meeting_id": 1, "supporter_ids": [1, 2]},
            "motion/3": {"id": 3, "meeting_id": 1, "supporter_ids": [3]},
            "motion_supporter/1": {"id": 1, "meeting_id": 1, "motion_id": 7, "meeting_user_id": 12},
            "motion_supporter/2": {"id": 2, "meeting_id": 1, "motion_id": 7, "meeting_user_id": 11},
            "motion_supporter/3": {"id": 3, "meeting_id": 1, "motion_id": 3, "meeting_user_id": 11}
        }
        """;

    /// <summary>
    /// Ours: the new ids follow the reader's order, not the motion ids — in the database the physical order (here the
    /// order of creation: motion/7 before motion/3), as upstream's query without ORDER BY reads it — and the events
    /// come in upstream's order: per motion its update, its meeting's addition and its supporters, then the meeting
    /// users as read.
    /// </summary>
    [Fact]
    public async Task M0071_ids_and_events_follow_the_read_order()
    {
        await Write(Creates(ReadOrderModels));
        await Finalize(Name);
        await AssertMigrationEvents(
            ("update", "motion/7", """{"supporter_ids": [1, 2]}"""),
            ("deletefields", "motion/7", """["supporter_meeting_user_ids"]"""),
            ("listfields", "meeting/1", """{"add": {"motion_supporter_ids": [1, 2]}, "remove": {}}"""),
            ("create", "motion_supporter/1", """{"id": 1, "meeting_id": 1, "motion_id": 7, "meeting_user_id": 12}"""),
            ("create", "motion_supporter/2", """{"id": 2, "meeting_id": 1, "motion_id": 7, "meeting_user_id": 11}"""),
            ("update", "motion/3", """{"supporter_ids": [3]}"""),
            ("deletefields", "motion/3", """["supporter_meeting_user_ids"]"""),
            ("listfields", "meeting/1", """{"add": {"motion_supporter_ids": [3]}, "remove": {}}"""),
            ("create", "motion_supporter/3", """{"id": 3, "meeting_id": 1, "motion_id": 3, "meeting_user_id": 11}"""),
            ("update", "meeting_user/12", """{"motion_supporter_ids": [1]}"""),
            ("deletefields", "meeting_user/12", """["supported_motion_ids"]"""),
            ("update", "meeting_user/11", """{"motion_supporter_ids": [2, 3]}"""),
            ("deletefields", "meeting_user/11", """["supported_motion_ids"]"""));
        foreach (var (fqid, model) in Json.Obj(ReadOrderResult))
        {
            await AssertBackendModel(fqid, model!.ToJsonString());
        }
    }

    /// <summary>Ours, in memory: the ids follow the import's order, as upstream's in-memory reader gives it.</summary>
    [Fact]
    public async Task M0071_in_memory_ids_follow_the_import_order()
    {
        AssertModels(await MigrateInMemory(Name, ReadOrderModels), ReadOrderResult);
    }

    /// <summary>
    /// Ours: an empty <c>supporter_meeting_user_ids</c> is read in the database (upstream's <c>!= []</c> compares with
    /// <c>'{}'</c> there), so motion/1 and motion/3 get <c>supporter_ids: []</c> and meeting/2, which has no other
    /// supporter, <c>motion_supporter_ids: []</c>; in memory they are not read and keep the old field. Meeting users
    /// lose <c>supported_motion_ids</c> on both paths.
    /// </summary>
    [Fact]
    public async Task M0071_an_empty_supporter_list_is_read_only_in_the_database()
    {
        const string models = """
            {
                "meeting/1": {"id": 1, "motion_ids": [1, 2], "meeting_user_ids": [5]},
                "meeting/2": {"id": 2, "motion_ids": [3]},
                "meeting_user/5": {"id": 5, "meeting_id": 1, "supported_motion_ids": [2]},
                "motion/1": {"id": 1, "meeting_id": 1, "supporter_meeting_user_ids": []},
                "motion/2": {"id": 2, "meeting_id": 1, "supporter_meeting_user_ids": [5]},
                "motion/3": {"id": 3, "meeting_id": 2, "supporter_meeting_user_ids": []}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        await AssertMigrationEvents(
            ("update", "motion/1", """{"supporter_ids": []}"""),
            ("deletefields", "motion/1", """["supporter_meeting_user_ids"]"""),
            ("listfields", "meeting/1", """{"add": {"motion_supporter_ids": []}, "remove": {}}"""),
            ("update", "motion/2", """{"supporter_ids": [1]}"""),
            ("deletefields", "motion/2", """["supporter_meeting_user_ids"]"""),
            ("listfields", "meeting/1", """{"add": {"motion_supporter_ids": [1]}, "remove": {}}"""),
            ("create", "motion_supporter/1", """{"id": 1, "meeting_id": 1, "motion_id": 2, "meeting_user_id": 5}"""),
            ("update", "motion/3", """{"supporter_ids": []}"""),
            ("deletefields", "motion/3", """["supporter_meeting_user_ids"]"""),
            ("listfields", "meeting/2", """{"add": {"motion_supporter_ids": []}, "remove": {}}"""),
            ("update", "meeting_user/5", """{"motion_supporter_ids": [1]}"""),
            ("deletefields", "meeting_user/5", """["supported_motion_ids"]"""));
        await AssertBackendModel("meeting/1", """{"id": 1, "motion_ids": [1, 2], "meeting_user_ids": [5], "motion_supporter_ids": [1]}""");
        await AssertBackendModel("meeting/2", """{"id": 2, "motion_ids": [3], "motion_supporter_ids": []}""");
        await AssertBackendModel("meeting_user/5", """{"id": 5, "meeting_id": 1, "motion_supporter_ids": [1]}""");
        await AssertBackendModel("motion/1", """{"id": 1, "meeting_id": 1, "supporter_ids": []}""");
        await AssertBackendModel("motion/2", """{"id": 2, "meeting_id": 1, "supporter_ids": [1]}""");
        await AssertBackendModel("motion/3", """{"id": 3, "meeting_id": 2, "supporter_ids": []}""");
        await AssertBackendModel("motion_supporter/1", """{"id": 1, "meeting_id": 1, "motion_id": 2, "meeting_user_id": 5}""");

        AssertModels(await MigrateInMemory(Name, models), """
            {
                "meeting/1": {"id": 1, "motion_ids": [1, 2], "meeting_user_ids": [5], "motion_supporter_ids": [1]},
                "meeting/2": {"id": 2, "motion_ids": [3]},
                "meeting_user/5": {"id": 5, "meeting_id": 1, "motion_supporter_ids": [1]},
                "motion/1": {"id": 1, "meeting_id": 1, "supporter_meeting_user_ids": []},
                "motion/2": {"id": 2, "meeting_id": 1, "supporter_ids": [1]},
                "motion/3": {"id": 3, "meeting_id": 2, "supporter_meeting_user_ids": []},
                "motion_supporter/1": {"id": 1, "meeting_id": 1, "motion_id": 2, "meeting_user_id": 5}
            }
            """);
    }

    /// <summary>
    /// Ours: a deleted meeting user is not updated and keeps <c>supported_motion_ids</c>; a live motion that names it,
    /// or a meeting user that does not exist, still gets a supporter for it (kept from upstream).
    /// </summary>
    [Fact]
    public async Task M0071_deleted_and_missing_meeting_users()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [1], "meeting_user_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting_user/1", "fields": {"id": 1, "meeting_id": 1, "supported_motion_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting_user/2", "fields": {"id": 2, "meeting_id": 1, "supported_motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "supporter_meeting_user_ids": [2, 9, 1]}}""");
        await Write("""{"type": "delete", "fqid": "meeting_user/2"}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "motion_ids": [1], "meeting_user_ids": [1, 2], "motion_supporter_ids": [1, 2, 3]}""");
        await AssertBackendModel("meeting_user/1", """{"id": 1, "meeting_id": 1, "motion_supporter_ids": [3]}""");
        await AssertBackendModel("meeting_user/2", """{"id": 2, "meeting_id": 1, "supported_motion_ids": [1], "meta_deleted": true}""");
        await AssertBackendModelDoesNotExist("meeting_user/9");
        await AssertBackendModel("motion/1", """{"id": 1, "meeting_id": 1, "supporter_ids": [1, 2, 3]}""");
        await AssertBackendModel("motion_supporter/1", """{"id": 1, "meeting_id": 1, "motion_id": 1, "meeting_user_id": 2}""");
        await AssertBackendModel("motion_supporter/2", """{"id": 2, "meeting_id": 1, "motion_id": 1, "meeting_user_id": 9}""");
        await AssertBackendModel("motion_supporter/3", """{"id": 3, "meeting_id": 1, "motion_id": 1, "meeting_user_id": 1}""");
    }

    /// <summary>
    /// Ours (kept from upstream): the entries become <c>meeting_user_id</c> as they are — a duplicate gives two
    /// supporters, a string one whose meeting_user_id is that string (and which no meeting user gets), a null one a
    /// supporter without meeting_user_id; the same on both paths.
    /// </summary>
    [Fact]
    public async Task M0071_odd_entries_are_taken_as_they_are()
    {
        const string models = """
            {
                "meeting/1": {"id": 1, "motion_ids": [1], "meeting_user_ids": [11]},
                "meeting_user/11": {"id": 11, "meeting_id": 1, "supported_motion_ids": [1]},
                "motion/1": {"id": 1, "meeting_id": 1, "supporter_meeting_user_ids": [11, "11", null, 11]}
            }
            """;
        const string expected = """
            {
                "meeting/1": {"id": 1, "motion_ids": [1], "meeting_user_ids": [11], "motion_supporter_ids": [1, 2, 3, 4]},
                "meeting_user/11": {"id": 11, "meeting_id": 1, "motion_supporter_ids": [1, 4]},
                "motion/1": {"id": 1, "meeting_id": 1, "supporter_ids": [1, 2, 3, 4]},
                "motion_supporter/1": {"id": 1, "meeting_id": 1, "motion_id": 1, "meeting_user_id": 11},
                "motion_supporter/2": {"id": 2, "meeting_id": 1, "motion_id": 1, "meeting_user_id": "11"},
                "motion_supporter/3": {"id": 3, "meeting_id": 1, "motion_id": 1},
                "motion_supporter/4": {"id": 4, "meeting_id": 1, "motion_id": 1, "meeting_user_id": 11}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        foreach (var (fqid, model) in Json.Obj(expected))
        {
            await AssertBackendModel(fqid, model!.ToJsonString());
        }

        AssertModels(await MigrateInMemory(Name, models), expected);
    }

    private const string BrokenMotions = """
        {
            "meeting/1": {"id": 1, "motion_ids": [2, 3]},
            "motion/1": {"id": 1, "supporter_meeting_user_ids": [5]},
            "motion/2": {"id": 2, "meeting_id": 1, "supporter_meeting_user_ids": "5"},
            "motion/3": {"id": 3, "meeting_id": "1", "supporter_meeting_user_ids": 5},
            "motion/4": {"id": 4, "meeting_id": 1, "supporter_meeting_user_ids": [5]}
        }
        """;

    private const string BrokenMotionsMessage = "Migration exception:\n"
        + "* motion/1 has no meeting_id\n"
        + "* motion/2 has supporter_meeting_user_ids \"5\", which is not a list\n"
        + "* motion/3 has meeting_id \"1\", which is not an id\n"
        + "* motion/3 has supporter_meeting_user_ids 5, which is not a list";

    /// <summary>
    /// Deliberate difference: a read motion without a usable <c>meeting_id</c> (upstream: the fqid meeting/None in the
    /// database, a KeyError in memory) or whose <c>supporter_meeting_user_ids</c> is no list (upstream: a TypeError,
    /// or one supporter per character of a string) fails the migration, naming every such motion; nothing is written.
    /// </summary>
    [Fact]
    public async Task M0071_motions_without_meeting_or_list_fail()
    {
        await Write(Creates(BrokenMotions));
        var error = await FinalizeFails(Name);
        Assert.IsType<MigrationException>(error);
        Assert.Equal(BrokenMotionsMessage, error.Message);
    }

    /// <summary>Ours: the in-memory path refuses the same data with the same message.</summary>
    [Fact]
    public async Task M0071_in_memory_motions_without_meeting_or_list_fail()
    {
        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => MigrateInMemory(Name, BrokenMotions));
        var error = Assert.IsType<MigrationException>(failure.InnerException);
        Assert.Equal(BrokenMotionsMessage, error.Message);
    }

    /// <summary>Ours (kept from upstream): a motion whose meeting does not exist makes the writer fail; nothing is written.</summary>
    [Fact]
    public async Task M0071_a_missing_meeting_makes_the_writer_fail()
    {
        await Write("""{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 9, "supporter_meeting_user_ids": [5]}}""");
        var error = await FinalizeFails(Name);
        Assert.Equal("meeting/9", Assert.IsType<ModelDoesNotExistException>(error).Fqid);
    }
}
