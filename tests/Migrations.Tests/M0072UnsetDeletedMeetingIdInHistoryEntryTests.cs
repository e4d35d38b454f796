namespace Migrations.Tests;

/// <summary>
/// 0072_unset_deleted_meeting_id_in_history_entry: upstream's cases
/// (tests/system/migrations/test_0072_unset_deleted_meeting_id_in_history_entry.py; their data is what upstream's
/// test context hands to <c>write</c>, its dicts changed by later calls included) and ours. The expected values of
/// ours follow from upstream's code and its readers' rules, not from a run of upstream.
/// </summary>
public class M0072UnsetDeletedMeetingIdInHistoryEntryTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0072_unset_deleted_meeting_id_in_history_entry";

    [Fact]
    public async Task M0072_migration_simple()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""");
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "Meeting 1", "motion_ids": [], "relevant_history_entry_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "title": "Motion 1", "meeting_id": 1, "history_entry_ids": [1]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {}, "list_fields": {"add": {"motion_ids": [1]}}}""",
            """{"type": "create", "fqid": "history_position/1", "fields": {"id": 1, "timestamp": 100, "original_user_id": 1, "user_id": 1, "entry_ids": [1]}}""",
            """{"type": "update", "fqid": "user/1", "fields": {}, "list_fields": {"add": {"history_position_ids": [1]}}}""",
            """{"type": "create", "fqid": "history_entry/1", "fields": {"id": 1, "entries": ["Motion created"], "original_model_id": "motion/1", "model_id": null, "position_id": 1, "meeting_id": 1}}""",
            """{"type": "update", "fqid": "history_position/1", "fields": {}, "list_fields": {"add": {"entry_ids": [1]}}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {}, "list_fields": {"add": {"relevant_history_entry_ids": [1]}}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {}, "list_fields": {"add": {"history_entry_ids": [1]}}}""",
            """{"type": "delete", "fqid": "motion/1"}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {}, "list_fields": {"remove": {"motion_ids": [1]}}}""",
            """{"type": "update", "fqid": "history_entry/1", "fields": {"model_id": null}, "list_fields": {}}""",
            """{"type": "delete", "fqid": "meeting/1"}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"id": 1, "username": "admin", "history_position_ids": [1]}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "meta_deleted": true, "name": "Meeting 1", "motion_ids": [], "relevant_history_entry_ids": [1]}""");
        await AssertBackendModel("motion/1", """{"id": 1, "meta_deleted": true, "history_entry_ids": [1], "title": "Motion 1", "meeting_id": 1}""");
        await AssertBackendModel("history_position/1", """{"id": 1, "meta_deleted": false, "timestamp": 100, "original_user_id": 1, "user_id": 1, "entry_ids": [1]}""");
        await AssertBackendModel("history_entry/1", """{"id": 1, "meta_deleted": false, "entries": ["Motion created"], "original_model_id": "motion/1", "position_id": 1}""");
    }

    /// <summary>
    /// Ours: more matching entries than one page of the stream (1,000) and one chunk of the writer (5,000), in a
    /// physical order that is not the id order (created from the highest id down; finalize rebuilds the models in the
    /// order of their creation, as upstream's rebuild does, so later updates do not move them): one update per entry,
    /// in the order upstream's filter reads them.
    /// </summary>
    [Fact]
    public async Task M0072_more_entries_than_a_page_and_a_chunk_in_the_filters_order()
    {
        const int entries = 6_200;
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""", """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2}}""");
        await Write([.. Enumerable.Range(1, entries).Reverse().Select(i =>
            $$$"""{"type": "create", "fqid": "history_entry/{{{i}}}", "fields": {"id": {{{i}}}, "original_model_id": "motion/{{{i}}}", "meeting_id": {{{(i % 7 == 0 ? 2 : 1)}}}}}""")]);
        await Write([.. Enumerable.Range(1, 100).Select(i => $$$"""{"type": "update", "fqid": "history_entry/{{{i}}}", "fields": {"entries": ["x"]}}""")]);
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        await Finalize(Name);
        var expected = Enumerable.Range(1, entries).Reverse().Where(i => i % 7 != 0).Select(i => $"history_entry/{i}").ToList();
        var events = await Rows("SELECT fqid, type::text, data::text FROM events WHERE position = (SELECT max(position) FROM positions) ORDER BY weight");
        Assert.Equal(expected, events.Select(e => (string)e[0]!));
        Assert.All(events, e => Assert.Equal(("deletefields", """["meeting_id"]"""), ((string)e[1]!, (string)e[2]!)));
        await AssertBackendModel("history_entry/7", """{"id": 7, "meta_deleted": false, "original_model_id": "motion/7", "meeting_id": 2, "entries": ["x"]}""");
        await AssertBackendModel("history_entry/8", """{"id": 8, "meta_deleted": false, "original_model_id": "motion/8", "entries": ["x"]}""");
    }

    [Fact]
    public async Task M0072_migration_not_deleted()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""");
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "Meeting 1", "motion_ids": [1], "relevant_history_entry_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "title": "Motion 1", "meeting_id": 1, "history_entry_ids": [1]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {}, "list_fields": {"add": {"motion_ids": [1]}}}""",
            """{"type": "create", "fqid": "history_position/1", "fields": {"id": 1, "timestamp": 100, "original_user_id": 1, "user_id": 1, "entry_ids": [1]}}""",
            """{"type": "update", "fqid": "user/1", "fields": {}, "list_fields": {"add": {"history_position_ids": [1]}}}""",
            """{"type": "create", "fqid": "history_entry/1", "fields": {"id": 1, "entries": ["Motion created"], "original_model_id": "motion/1", "model_id": "motion/1", "position_id": 1, "meeting_id": 1}}""",
            """{"type": "update", "fqid": "history_position/1", "fields": {}, "list_fields": {"add": {"entry_ids": [1]}}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {}, "list_fields": {"add": {"relevant_history_entry_ids": [1]}}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {}, "list_fields": {"add": {"history_entry_ids": [1]}}}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"id": 1, "username": "admin", "history_position_ids": [1]}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "meta_deleted": false, "name": "Meeting 1", "motion_ids": [1], "relevant_history_entry_ids": [1]}""");
        await AssertBackendModel("motion/1", """{"id": 1, "meta_deleted": false, "history_entry_ids": [1], "title": "Motion 1", "meeting_id": 1}""");
        await AssertBackendModel("history_position/1", """{"id": 1, "meta_deleted": false, "timestamp": 100, "original_user_id": 1, "user_id": 1, "entry_ids": [1]}""");
        await AssertBackendModel("history_entry/1", """{"id": 1, "meta_deleted": false, "entries": ["Motion created"], "original_model_id": "motion/1", "model_id": "motion/1", "meeting_id": 1, "position_id": 1}""");
    }

    [Fact]
    public async Task M0072_migration_multiple_deletable_entries()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""");
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "Meeting 1", "motion_ids": [1, 2], "relevant_history_entry_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "title": "Motion 1", "meeting_id": 1, "history_entry_ids": [1]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {}, "list_fields": {"add": {"motion_ids": [1]}}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "title": "Motion 2", "meeting_id": 1, "history_entry_ids": [2]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {}, "list_fields": {"add": {"motion_ids": [2]}}}""",
            """{"type": "create", "fqid": "history_position/1", "fields": {"id": 1, "timestamp": 100, "original_user_id": 1, "user_id": 1, "entry_ids": [1]}}""",
            """{"type": "update", "fqid": "user/1", "fields": {}, "list_fields": {"add": {"history_position_ids": [1]}}}""",
            """{"type": "create", "fqid": "history_position/2", "fields": {"id": 2, "timestamp": 200, "original_user_id": 1, "user_id": 1, "entry_ids": [2]}}""",
            """{"type": "update", "fqid": "user/1", "fields": {}, "list_fields": {"add": {"history_position_ids": [2]}}}""",
            """{"type": "create", "fqid": "history_entry/1", "fields": {"id": 1, "entries": ["Motion created"], "original_model_id": "motion/1", "model_id": "motion/1", "position_id": 1, "meeting_id": 1}}""",
            """{"type": "update", "fqid": "history_position/1", "fields": {}, "list_fields": {"add": {"entry_ids": [1]}}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {}, "list_fields": {"add": {"relevant_history_entry_ids": [1]}}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {}, "list_fields": {"add": {"history_entry_ids": [1]}}}""",
            """{"type": "create", "fqid": "history_entry/2", "fields": {"id": 2, "entries": ["Motion created"], "original_model_id": "motion/2", "model_id": "motion/2", "position_id": 2, "meeting_id": 1}}""",
            """{"type": "update", "fqid": "history_position/2", "fields": {}, "list_fields": {"add": {"entry_ids": [2]}}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {}, "list_fields": {"add": {"relevant_history_entry_ids": [2]}}}""",
            """{"type": "update", "fqid": "motion/2", "fields": {}, "list_fields": {"add": {"history_entry_ids": [2]}}}""");
        await Write("""{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "name": "Meeting 2", "motion_ids": [3, 4], "relevant_history_entry_ids": [3, 4, 5, 6]}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"id": 3, "title": "Motion 3", "meeting_id": 2, "history_entry_ids": [3, 5]}}""",
            """{"type": "update", "fqid": "meeting/2", "fields": {}, "list_fields": {"add": {"motion_ids": [3]}}}""",
            """{"type": "create", "fqid": "motion/4", "fields": {"id": 4, "title": "Motion 4", "meeting_id": 2, "history_entry_ids": [4, 6]}}""",
            """{"type": "update", "fqid": "meeting/2", "fields": {}, "list_fields": {"add": {"motion_ids": [4]}}}""",
            """{"type": "create", "fqid": "history_position/3", "fields": {"id": 3, "timestamp": 300, "original_user_id": 1, "user_id": 1, "entry_ids": [3, 4]}}""",
            """{"type": "update", "fqid": "user/1", "fields": {}, "list_fields": {"add": {"history_position_ids": [3]}}}""",
            """{"type": "create", "fqid": "history_position/4", "fields": {"id": 4, "timestamp": 400, "original_user_id": 1, "user_id": 1, "entry_ids": [5, 6]}}""",
            """{"type": "update", "fqid": "user/1", "fields": {}, "list_fields": {"add": {"history_position_ids": [4]}}}""",
            """{"type": "create", "fqid": "history_entry/3", "fields": {"id": 3, "entries": ["Motion created"], "original_model_id": "motion/3", "model_id": "motion/3", "position_id": 3, "meeting_id": 2}}""",
            """{"type": "update", "fqid": "history_position/3", "fields": {}, "list_fields": {"add": {"entry_ids": [3]}}}""",
            """{"type": "update", "fqid": "meeting/2", "fields": {}, "list_fields": {"add": {"relevant_history_entry_ids": [3]}}}""",
            """{"type": "update", "fqid": "motion/3", "fields": {}, "list_fields": {"add": {"history_entry_ids": [3]}}}""",
            """{"type": "create", "fqid": "history_entry/4", "fields": {"id": 4, "entries": ["Motion created"], "original_model_id": "motion/4", "model_id": "motion/4", "position_id": 3, "meeting_id": 2}}""",
            """{"type": "update", "fqid": "history_position/3", "fields": {}, "list_fields": {"add": {"entry_ids": [4]}}}""",
            """{"type": "update", "fqid": "meeting/2", "fields": {}, "list_fields": {"add": {"relevant_history_entry_ids": [4]}}}""",
            """{"type": "update", "fqid": "motion/4", "fields": {}, "list_fields": {"add": {"history_entry_ids": [4]}}}""",
            """{"type": "create", "fqid": "history_entry/5", "fields": {"id": 5, "entries": ["Motion deleted"], "original_model_id": "motion/3", "model_id": "motion/3", "position_id": 4, "meeting_id": 2}}""",
            """{"type": "update", "fqid": "history_position/4", "fields": {}, "list_fields": {"add": {"entry_ids": [5]}}}""",
            """{"type": "update", "fqid": "meeting/2", "fields": {}, "list_fields": {"add": {"relevant_history_entry_ids": [5]}}}""",
            """{"type": "update", "fqid": "motion/3", "fields": {}, "list_fields": {"add": {"history_entry_ids": [5]}}}""",
            """{"type": "create", "fqid": "history_entry/6", "fields": {"id": 6, "entries": ["Motion deleted"], "original_model_id": "motion/4", "model_id": "motion/4", "position_id": 4, "meeting_id": 2}}""",
            """{"type": "update", "fqid": "history_position/4", "fields": {}, "list_fields": {"add": {"entry_ids": [6]}}}""",
            """{"type": "update", "fqid": "meeting/2", "fields": {}, "list_fields": {"add": {"relevant_history_entry_ids": [6]}}}""",
            """{"type": "update", "fqid": "motion/4", "fields": {}, "list_fields": {"add": {"history_entry_ids": [6]}}}""");
        await Write("""{"type": "delete", "fqid": "motion/1"}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {}, "list_fields": {"remove": {"motion_ids": [1]}}}""",
            """{"type": "update", "fqid": "history_entry/1", "fields": {"model_id": null}, "list_fields": {}}""",
            """{"type": "delete", "fqid": "motion/2"}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {}, "list_fields": {"remove": {"motion_ids": [2]}}}""",
            """{"type": "update", "fqid": "history_entry/2", "fields": {"model_id": null}, "list_fields": {}}""",
            """{"type": "delete", "fqid": "meeting/1"}""",
            """{"type": "delete", "fqid": "motion/3"}""",
            """{"type": "update", "fqid": "meeting/2", "fields": {}, "list_fields": {"remove": {"motion_ids": [3]}}}""",
            """{"type": "update", "fqid": "history_entry/3", "fields": {"model_id": null}, "list_fields": {}}""",
            """{"type": "update", "fqid": "history_entry/5", "fields": {"model_id": null}, "list_fields": {}}""",
            """{"type": "delete", "fqid": "motion/4"}""",
            """{"type": "update", "fqid": "meeting/2", "fields": {}, "list_fields": {"remove": {"motion_ids": [4]}}}""",
            """{"type": "update", "fqid": "history_entry/4", "fields": {"model_id": null}, "list_fields": {}}""",
            """{"type": "update", "fqid": "history_entry/6", "fields": {"model_id": null}, "list_fields": {}}""",
            """{"type": "delete", "fqid": "meeting/2"}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"id": 1, "username": "admin", "history_position_ids": [1, 2, 3, 4]}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "Meeting 1", "meta_deleted": true, "motion_ids": [], "relevant_history_entry_ids": [1, 2]}""");
        await AssertBackendModel("motion/1", """{"id": 1, "meta_deleted": true, "history_entry_ids": [1], "title": "Motion 1", "meeting_id": 1}""");
        await AssertBackendModel("motion/2", """{"id": 2, "meta_deleted": true, "title": "Motion 2", "meeting_id": 1, "history_entry_ids": [2]}""");
        await AssertBackendModel("history_position/1", """{"id": 1, "timestamp": 100, "original_user_id": 1, "user_id": 1, "entry_ids": [1]}""");
        await AssertBackendModel("history_position/2", """{"id": 2, "timestamp": 200, "original_user_id": 1, "user_id": 1, "entry_ids": [2]}""");
        await AssertBackendModel("history_entry/1", """{"id": 1, "entries": ["Motion created"], "original_model_id": "motion/1", "position_id": 1}""");
        await AssertBackendModel("history_entry/2", """{"id": 2, "entries": ["Motion created"], "original_model_id": "motion/2", "position_id": 2}""");
        await AssertBackendModel("history_position/3", """{"id": 3, "timestamp": 300, "original_user_id": 1, "user_id": 1, "entry_ids": [3, 4]}""");
        await AssertBackendModel("history_position/4", """{"id": 4, "timestamp": 400, "original_user_id": 1, "user_id": 1, "entry_ids": [5, 6]}""");
        await AssertBackendModel("history_entry/3", """{"id": 3, "entries": ["Motion created"], "original_model_id": "motion/3", "position_id": 3}""");
        await AssertBackendModel("history_entry/4", """{"id": 4, "entries": ["Motion created"], "original_model_id": "motion/4", "position_id": 3}""");
        await AssertBackendModel("history_entry/5", """{"id": 5, "entries": ["Motion deleted"], "original_model_id": "motion/3", "position_id": 4}""");
        await AssertBackendModel("history_entry/6", """{"id": 6, "entries": ["Motion deleted"], "original_model_id": "motion/4", "position_id": 4}""");
    }

    [Fact]
    public async Task M0072_migration_with_deleted_history_entries()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""");
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "Meeting 1", "motion_ids": [1], "relevant_history_entry_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "title": "Motion 1", "meeting_id": 1, "history_entry_ids": [1]}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {}, "list_fields": {"add": {"motion_ids": [1]}}}""",
            """{"type": "create", "fqid": "history_position/1", "fields": {"id": 1, "timestamp": 100, "original_user_id": 1, "user_id": 1, "entry_ids": [1]}}""",
            """{"type": "update", "fqid": "user/1", "fields": {}, "list_fields": {"add": {"history_position_ids": [1]}}}""",
            """{"type": "create", "fqid": "history_entry/1", "fields": {"id": 1, "entries": ["Motion created"], "original_model_id": "motion/1", "model_id": "motion/1", "position_id": 1, "meeting_id": 1}}""",
            """{"type": "update", "fqid": "history_position/1", "fields": {}, "list_fields": {"add": {"entry_ids": [1]}}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {}, "list_fields": {"add": {"relevant_history_entry_ids": [1]}}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {}, "list_fields": {"add": {"history_entry_ids": [1]}}}""");
        await Write("""{"type": "delete", "fqid": "history_entry/1"}""",
            """{"type": "update", "fqid": "history_position/1", "fields": {}, "list_fields": {"remove": {"entry_ids": [1]}}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {}, "list_fields": {"remove": {"history_entry_ids": [1]}}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {}, "list_fields": {"remove": {"relevant_history_entry_ids": [1]}}}""",
            """{"type": "update", "fqid": "user/1", "fields": {}, "list_fields": {"remove": {"history_position_ids": [1]}}}""",
            """{"type": "delete", "fqid": "history_position/1"}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"id": 1, "username": "admin", "history_position_ids": []}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "Meeting 1", "motion_ids": [1], "relevant_history_entry_ids": []}""");
        await AssertBackendModel("motion/1", """{"id": 1, "title": "Motion 1", "meeting_id": 1, "history_entry_ids": []}""");
        await AssertBackendModel("history_position/1", """{"id": 1, "meta_deleted": true, "timestamp": 100, "original_user_id": 1, "user_id": 1, "entry_ids": []}""");
        await AssertBackendModel("history_entry/1", """{"id": 1, "meta_deleted": true, "entries": ["Motion created"], "original_model_id": "motion/1", "model_id": "motion/1", "position_id": 1, "meeting_id": 1}""");
    }

    /// <summary>
    /// Ours: which entries lose their meeting, and in which order. Read in the physical order (here the order of
    /// creation, not the ids): history_entry/5 (deleted meeting), /2 (missing meeting), /7 (meeting_id 0), /8 (the
    /// string "1", which names no meeting here, as in upstream's database reader) and /9 (ILIKE matches
    /// <c>MOTION/5</c>). Left alone: /3 (live meeting), /4 (a topic's), /6 (no meeting), /10 (deleted entry) and /11
    /// (<c>motions/7</c> is no motion).
    /// </summary>
    [Fact]
    public async Task M0072_which_entries_lose_their_meeting_and_in_which_order()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "live"}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "name": "gone"}}""");
        await Write("""{"type": "create", "fqid": "history_entry/5", "fields": {"id": 5, "original_model_id": "motion/1", "meeting_id": 2}}""",
            """{"type": "create", "fqid": "history_entry/2", "fields": {"id": 2, "original_model_id": "user/3", "meeting_id": 9}}""",
            """{"type": "create", "fqid": "history_entry/3", "fields": {"id": 3, "original_model_id": "assignment/1", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "history_entry/4", "fields": {"id": 4, "original_model_id": "topic/1", "meeting_id": 2}}""",
            """{"type": "create", "fqid": "history_entry/6", "fields": {"id": 6, "original_model_id": "motion/2"}}""",
            """{"type": "create", "fqid": "history_entry/7", "fields": {"id": 7, "original_model_id": "motion/3", "meeting_id": 0}}""",
            """{"type": "create", "fqid": "history_entry/8", "fields": {"id": 8, "original_model_id": "motion/4", "meeting_id": "1"}}""",
            """{"type": "create", "fqid": "history_entry/9", "fields": {"id": 9, "original_model_id": "MOTION/5", "meeting_id": 2}}""",
            """{"type": "create", "fqid": "history_entry/10", "fields": {"id": 10, "original_model_id": "motion/6", "meeting_id": 2}}""",
            """{"type": "create", "fqid": "history_entry/11", "fields": {"id": 11, "original_model_id": "motions/7", "meeting_id": 2}}""");
        await Write("""{"type": "delete", "fqid": "meeting/2"}""");
        await Write("""{"type": "delete", "fqid": "history_entry/10"}""");
        await Finalize(Name);
        await AssertMigrationEvents(
            ("deletefields", "history_entry/5", """["meeting_id"]"""),
            ("deletefields", "history_entry/2", """["meeting_id"]"""),
            ("deletefields", "history_entry/7", """["meeting_id"]"""),
            ("deletefields", "history_entry/8", """["meeting_id"]"""),
            ("deletefields", "history_entry/9", """["meeting_id"]"""));
        await AssertBackendModel("history_entry/5", """{"id": 5, "original_model_id": "motion/1"}""");
        await AssertBackendModel("history_entry/2", """{"id": 2, "original_model_id": "user/3"}""");
        await AssertBackendModel("history_entry/3", """{"id": 3, "original_model_id": "assignment/1", "meeting_id": 1}""");
        await AssertBackendModel("history_entry/4", """{"id": 4, "original_model_id": "topic/1", "meeting_id": 2}""");
        await AssertBackendModel("history_entry/6", """{"id": 6, "original_model_id": "motion/2"}""");
        await AssertBackendModel("history_entry/7", """{"id": 7, "original_model_id": "motion/3"}""");
        await AssertBackendModel("history_entry/8", """{"id": 8, "original_model_id": "motion/4"}""");
        await AssertBackendModel("history_entry/9", """{"id": 9, "original_model_id": "MOTION/5"}""");
        await AssertBackendModel("history_entry/10", """{"id": 10, "original_model_id": "motion/6", "meeting_id": 2, "meta_deleted": true}""");
        await AssertBackendModel("history_entry/11", """{"id": 11, "original_model_id": "motions/7", "meeting_id": 2}""");
        await AssertBackendModel("meeting/2", """{"id": 2, "name": "gone", "meta_deleted": true}""");
    }

    /// <summary>Ours: when every matching entry's meeting is alive, nothing is written (no new position).</summary>
    [Fact]
    public async Task M0072_nothing_to_change_writes_nothing()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "live"}}""",
            """{"type": "create", "fqid": "history_entry/1", "fields": {"id": 1, "original_model_id": "motion/1", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "history_entry/2", "fields": {"id": 2, "original_model_id": "topic/1", "meeting_id": 9}}""");
        await Finalize(Name);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("history_entry/1", """{"id": 1, "original_model_id": "motion/1", "meeting_id": 1}""");
        await AssertBackendModel("history_entry/2", """{"id": 2, "original_model_id": "topic/1", "meeting_id": 9}""");
    }

    /// <summary>
    /// Ours, in memory (migrate-file, the meeting import): upstream returns None there, so even an entry whose
    /// meeting is missing keeps it.
    /// </summary>
    [Fact]
    public async Task M0072_in_memory_nothing_changes()
    {
        const string models = """
            {
                "user/1": {"id": 1, "username": "admin", "history_position_ids": [1]},
                "meeting/1": {"id": 1, "name": "Meeting 1", "relevant_history_entry_ids": [2]},
                "history_position/1": {"id": 1, "timestamp": 100, "original_user_id": 1, "user_id": 1, "entry_ids": [1, 2]},
                "history_entry/1": {"id": 1, "entries": ["Motion created"], "original_model_id": "motion/1", "position_id": 1, "meeting_id": 9},
                "history_entry/2": {"id": 2, "entries": ["Motion created"], "original_model_id": "motion/2", "position_id": 1, "meeting_id": 1}
            }
            """;
        AssertModels(await MigrateInMemory(Name, models), models);
    }
}
