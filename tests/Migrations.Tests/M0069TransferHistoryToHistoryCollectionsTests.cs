using System.Text.Json.Nodes;
using Migrations.Shared;

namespace Migrations.Tests;

/// <summary>
/// 0069_transfer_history_to_history_collections: upstream's cases
/// (tests/system/migrations/test_0069_transfer_history_to_history_collection.py) and ours. The expected values of ours
/// come from running upstream's migration (backend 4.2.30 on datastore 832a7812) on the same data in PostgreSQL, events
/// included; where a test fixes the timestamps it is to make the events comparable.
/// </summary>
public class M0069TransferHistoryToHistoryCollectionsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0069_transfer_history_to_history_collections";

    // A JSON text as a JSON string value: information that the datastore holds as a string (upstream parses it).
    private static string JsonText(string json) => JsonValue.Create(json)!.ToJsonString();

    [Fact]
    public async Task M0069_migration()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "meeting1"}}""");
        await WriteWith("""{"assignment/2": ["Assignment created"], "assignment/3": ["Assignment created"], "assignment/4": ["Assignment created"], "motion/2": ["Motion created"], "motion/3": ["Motion created"], "motion/4": ["Motion created"], "user/2": ["User created"], "user/3": ["User created"], "user/4": ["User created"]}""", 1,
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "username": "user2-man", "meeting_id": null}}""",
            """{"type": "create", "fqid": "user/3", "fields": {"id": 3, "username": "user3-man", "meeting_id": null}}""",
            """{"type": "create", "fqid": "user/4", "fields": {"id": 4, "username": "user4-man", "meeting_id": null}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "title": "motion2-man", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"id": 3, "title": "motion3-man", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "motion/4", "fields": {"id": 4, "title": "motion4-man", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "assignment/2", "fields": {"id": 2, "title": "assignment2-man", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "assignment/3", "fields": {"id": 3, "title": "assignment3-man", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "assignment/4", "fields": {"id": 4, "title": "assignment4-man", "meeting_id": 1}}""",
            """{"type": "update", "fqid": "meeting/1", "list_fields": {"add": {"motion_ids": [2, 3, 4], "assignment_ids": [2, 3, 4]}, "remove": {"motion_ids": [], "assignment_ids": []}}}""");
        await WriteWith("""{"assignment/3": ["Assignment updated"], "assignment/5": ["Assignment created"], "assignment/6": ["Assignment created"], "motion/3": ["Motion updated"], "motion/5": ["Motion created"], "motion/6": ["Motion created"], "user/3": ["User updated"], "user/5": ["User created"], "user/6": ["User created"]}""", 3,
            """{"type": "create", "fqid": "user/5", "fields": {"id": 5, "username": "user5-woman", "meeting_id": null}}""",
            """{"type": "create", "fqid": "user/6", "fields": {"id": 6, "username": "user6-woman", "meeting_id": null}}""",
            """{"type": "create", "fqid": "motion/5", "fields": {"id": 5, "title": "motion5-woman", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "motion/6", "fields": {"id": 6, "title": "motion6-woman", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "assignment/5", "fields": {"id": 5, "title": "assignment5-woman", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "assignment/6", "fields": {"id": 6, "title": "assignment6-woman", "meeting_id": 1}}""",
            """{"type": "update", "fqid": "user/3", "fields": {"username": "user3-woman"}}""",
            """{"type": "update", "fqid": "motion/3", "fields": {"title": "motion3-woman"}}""",
            """{"type": "update", "fqid": "assignment/3", "fields": {"title": "assignment3-woman"}}""",
            """{"type": "update", "fqid": "meeting/1", "list_fields": {"add": {"motion_ids": [5, 6], "assignment_ids": [5, 6]}, "remove": {"motion_ids": [], "assignment_ids": []}}}""");
        await WriteWith("""{"assignment/4": ["Assignment updated"], "assignment/5": ["Assignment updated", "Assignment deleted"], "assignment/6": ["Assignment updated"], "assignment/7": ["Assignment created"], "motion/4": ["Motion updated"], "motion/5": ["Motion updated", "Motion deleted"], "motion/6": ["Motion updated"], "motion/7": ["Motion created"], "user/4": ["User updated"], "user/5": ["User updated", "User deleted"], "user/6": ["User updated"], "user/7": ["User created"]}""", 1,
            """{"type": "create", "fqid": "user/7", "fields": {"id": 7, "username": "user7-boy", "meeting_id": null}}""",
            """{"type": "create", "fqid": "motion/7", "fields": {"id": 7, "title": "motion7-boy", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "assignment/7", "fields": {"id": 7, "title": "assignment7-boy", "meeting_id": 1}}""",
            """{"type": "update", "fqid": "user/4", "fields": {"username": "user4-boy"}}""",
            """{"type": "update", "fqid": "user/5", "fields": {"username": "user5-boy"}}""",
            """{"type": "update", "fqid": "user/6", "fields": {"username": "user6-boy"}}""",
            """{"type": "update", "fqid": "motion/4", "fields": {"title": "motion4-boy"}}""",
            """{"type": "update", "fqid": "motion/5", "fields": {"title": "motion5-boy"}}""",
            """{"type": "update", "fqid": "motion/6", "fields": {"title": "motion6-boy"}}""",
            """{"type": "update", "fqid": "assignment/4", "fields": {"title": "assignment4-boy"}}""",
            """{"type": "update", "fqid": "assignment/5", "fields": {"title": "assignment5-boy"}}""",
            """{"type": "update", "fqid": "assignment/6", "fields": {"title": "assignment6-boy"}}""",
            """{"type": "delete", "fqid": "user/5"}""",
            """{"type": "delete", "fqid": "motion/5"}""",
            """{"type": "delete", "fqid": "assignment/5"}""",
            """{"type": "update", "fqid": "meeting/1", "list_fields": {"add": {"motion_ids": [7], "assignment_ids": [7]}, "remove": {"motion_ids": [5], "assignment_ids": [5]}}}""");
        await WriteWith("""{"assignment/3": ["Assignment deleted"], "assignment/6": ["Assignment deleted"], "assignment/7": ["Assignment updated"], "motion/3": ["Motion deleted"], "motion/6": ["Motion deleted"], "motion/7": ["Motion updated"], "user/3": ["User deleted"], "user/6": ["User deleted"], "user/7": ["User updated"]}""", 2,
            """{"type": "update", "fqid": "user/7", "fields": {"username": "user7-girl"}}""",
            """{"type": "update", "fqid": "motion/7", "fields": {"title": "motion7-girl"}}""",
            """{"type": "update", "fqid": "assignment/7", "fields": {"title": "assignment7-girl"}}""",
            """{"type": "delete", "fqid": "user/3"}""",
            """{"type": "delete", "fqid": "user/6"}""",
            """{"type": "delete", "fqid": "motion/3"}""",
            """{"type": "delete", "fqid": "motion/6"}""",
            """{"type": "delete", "fqid": "assignment/3"}""",
            """{"type": "delete", "fqid": "assignment/6"}""",
            """{"type": "update", "fqid": "meeting/1", "list_fields": {"add": {"motion_ids": [], "assignment_ids": []}, "remove": {"motion_ids": [3, 6], "assignment_ids": [3, 6]}}}""");
        await Finalize(Name);
        await AssertBackendModelDoesNotExist("history_position/1");
        await AssertBackendModel("user/1", """{"id": 1, "username": "admin", "history_position_ids": [2, 4]}""");
        await AssertBackendModel("user/2", """{"id": 2, "username": "user2-man", "history_entry_ids": [7], "history_position_ids": [5]}""");
        await AssertBackendModel("user/3", """{"id": 3, "username": "user3-woman", "meta_deleted": true}""");
        await AssertBackendModel("user/4", """{"id": 4, "username": "user4-boy", "history_entry_ids": [9, 27]}""");
        await AssertBackendModel("user/5", """{"id": 5, "username": "user5-boy", "meta_deleted": true}""");
        await AssertBackendModel("user/6", """{"id": 6, "username": "user6-boy", "meta_deleted": true}""");
        await AssertBackendModel("user/7", """{"id": 7, "username": "user7-girl", "history_entry_ids": [30, 39]}""");
        await AssertBackendModel("motion/2", """{"id": 2, "title": "motion2-man", "history_entry_ids": [4], "meeting_id": 1}""");
        await AssertBackendModel("motion/3", """{"id": 3, "title": "motion3-woman", "meta_deleted": true, "meeting_id": 1}""");
        await AssertBackendModel("motion/4", """{"id": 4, "title": "motion4-boy", "history_entry_ids": [6, 23], "meeting_id": 1}""");
        await AssertBackendModel("motion/5", """{"id": 5, "title": "motion5-boy", "meta_deleted": true, "meeting_id": 1}""");
        await AssertBackendModel("motion/6", """{"id": 6, "title": "motion6-boy", "meta_deleted": true, "meeting_id": 1}""");
        await AssertBackendModel("motion/7", """{"id": 7, "title": "motion7-girl", "history_entry_ids": [26, 36], "meeting_id": 1}""");
        await AssertBackendModel("assignment/2", """{"id": 2, "title": "assignment2-man", "history_entry_ids": [1], "meeting_id": 1}""");
        await AssertBackendModel("assignment/3", """{"id": 3, "title": "assignment3-woman", "meta_deleted": true, "meeting_id": 1}""");
        await AssertBackendModel("assignment/4", """{"id": 4, "title": "assignment4-boy", "history_entry_ids": [3, 19], "meeting_id": 1}""");
        await AssertBackendModel("assignment/5", """{"id": 5, "title": "assignment5-boy", "meta_deleted": true, "meeting_id": 1}""");
        await AssertBackendModel("assignment/6", """{"id": 6, "title": "assignment6-boy", "meta_deleted": true, "meeting_id": 1}""");
        await AssertBackendModel("assignment/7", """{"id": 7, "title": "assignment7-girl", "history_entry_ids": [22, 33], "meeting_id": 1}""");
        await AssertBackendModel("history_position/2", """{"id": 2, "original_user_id": 1, "user_id": 1, "entry_ids": [1, 2, 3, 4, 5, 6, 7, 8, 9]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/1", """{"id": 1, "entries": ["Assignment created"], "original_model_id": "assignment/2", "position_id": 2, "model_id": "assignment/2", "meeting_id": 1}""");
        await AssertBackendModel("history_entry/2", """{"id": 2, "entries": ["Assignment created"], "original_model_id": "assignment/3", "position_id": 2, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/3", """{"id": 3, "entries": ["Assignment created"], "original_model_id": "assignment/4", "position_id": 2, "model_id": "assignment/4", "meeting_id": 1}""");
        await AssertBackendModel("history_entry/4", """{"id": 4, "entries": ["Motion created"], "original_model_id": "motion/2", "position_id": 2, "model_id": "motion/2", "meeting_id": 1}""");
        await AssertBackendModel("history_entry/5", """{"id": 5, "entries": ["Motion created"], "original_model_id": "motion/3", "position_id": 2, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/6", """{"id": 6, "entries": ["Motion created"], "original_model_id": "motion/4", "position_id": 2, "model_id": "motion/4", "meeting_id": 1}""");
        await AssertBackendModel("history_entry/7", """{"id": 7, "entries": ["User created"], "original_model_id": "user/2", "position_id": 2, "model_id": "user/2"}""");
        await AssertBackendModel("history_entry/8", """{"id": 8, "entries": ["User created"], "original_model_id": "user/3", "position_id": 2}""");
        await AssertBackendModel("history_entry/9", """{"id": 9, "entries": ["User created"], "original_model_id": "user/4", "position_id": 2, "model_id": "user/4"}""");
        await AssertBackendModel("history_position/3", """{"id": 3, "original_user_id": 3, "entry_ids": [10, 11, 12, 13, 14, 15, 16, 17, 18]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/10", """{"id": 10, "entries": ["Assignment updated"], "original_model_id": "assignment/3", "position_id": 3, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/11", """{"id": 11, "entries": ["Assignment created"], "original_model_id": "assignment/5", "position_id": 3, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/12", """{"id": 12, "entries": ["Assignment created"], "original_model_id": "assignment/6", "position_id": 3, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/13", """{"id": 13, "entries": ["Motion updated"], "original_model_id": "motion/3", "position_id": 3, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/14", """{"id": 14, "entries": ["Motion created"], "original_model_id": "motion/5", "position_id": 3, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/15", """{"id": 15, "entries": ["Motion created"], "original_model_id": "motion/6", "position_id": 3, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/16", """{"id": 16, "entries": ["User updated"], "original_model_id": "user/3", "position_id": 3}""");
        await AssertBackendModel("history_entry/17", """{"id": 17, "entries": ["User created"], "original_model_id": "user/5", "position_id": 3}""");
        await AssertBackendModel("history_entry/18", """{"id": 18, "entries": ["User created"], "original_model_id": "user/6", "position_id": 3}""");
        await AssertBackendModel("history_position/4", """{"id": 4, "original_user_id": 1, "user_id": 1, "entry_ids": [19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/19", """{"id": 19, "original_model_id": "assignment/4", "entries": ["Assignment updated"], "position_id": 4, "meeting_id": 1, "model_id": "assignment/4"}""");
        await AssertBackendModel("history_entry/20", """{"id": 20, "original_model_id": "assignment/5", "entries": ["Assignment updated", "Assignment deleted"], "position_id": 4, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/21", """{"id": 21, "original_model_id": "assignment/6", "entries": ["Assignment updated"], "position_id": 4, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/22", """{"id": 22, "original_model_id": "assignment/7", "entries": ["Assignment created"], "position_id": 4, "meeting_id": 1, "model_id": "assignment/7"}""");
        await AssertBackendModel("history_entry/23", """{"id": 23, "original_model_id": "motion/4", "entries": ["Motion updated"], "position_id": 4, "meeting_id": 1, "model_id": "motion/4"}""");
        await AssertBackendModel("history_entry/24", """{"id": 24, "original_model_id": "motion/5", "entries": ["Motion updated", "Motion deleted"], "position_id": 4, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/25", """{"id": 25, "original_model_id": "motion/6", "entries": ["Motion updated"], "position_id": 4, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/26", """{"id": 26, "original_model_id": "motion/7", "entries": ["Motion created"], "position_id": 4, "meeting_id": 1, "model_id": "motion/7"}""");
        await AssertBackendModel("history_entry/27", """{"id": 27, "original_model_id": "user/4", "entries": ["User updated"], "position_id": 4, "model_id": "user/4"}""");
        await AssertBackendModel("history_entry/28", """{"id": 28, "original_model_id": "user/5", "entries": ["User updated", "User deleted"], "position_id": 4}""");
        await AssertBackendModel("history_entry/29", """{"id": 29, "original_model_id": "user/6", "entries": ["User updated"], "position_id": 4}""");
        await AssertBackendModel("history_entry/30", """{"id": 30, "original_model_id": "user/7", "entries": ["User created"], "position_id": 4, "model_id": "user/7"}""");
        await AssertBackendModel("history_position/5", """{"id": 5, "original_user_id": 2, "user_id": 2, "entry_ids": [31, 32, 33, 34, 35, 36, 37, 38, 39]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/31", """{"id": 31, "entries": ["Assignment deleted"], "original_model_id": "assignment/3", "position_id": 5, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/32", """{"id": 32, "entries": ["Assignment deleted"], "original_model_id": "assignment/6", "position_id": 5, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/33", """{"id": 33, "entries": ["Assignment updated"], "original_model_id": "assignment/7", "position_id": 5, "meeting_id": 1, "model_id": "assignment/7"}""");
        await AssertBackendModel("history_entry/34", """{"id": 34, "entries": ["Motion deleted"], "original_model_id": "motion/3", "position_id": 5, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/35", """{"id": 35, "entries": ["Motion deleted"], "original_model_id": "motion/6", "position_id": 5, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/36", """{"id": 36, "entries": ["Motion updated"], "original_model_id": "motion/7", "position_id": 5, "meeting_id": 1, "model_id": "motion/7"}""");
        await AssertBackendModel("history_entry/37", """{"id": 37, "entries": ["User deleted"], "original_model_id": "user/3", "position_id": 5}""");
        await AssertBackendModel("history_entry/38", """{"id": 38, "entries": ["User deleted"], "original_model_id": "user/6", "position_id": 5}""");
        await AssertBackendModel("history_entry/39", """{"id": 39, "entries": ["User updated"], "original_model_id": "user/7", "position_id": 5, "model_id": "user/7"}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "meeting1", "assignment_ids": [2, 4, 7], "motion_ids": [2, 4, 7], "relevant_history_entry_ids": [1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 15, 19, 20, 21, 22, 23, 24, 25, 26, 31, 32, 33, 34, 35, 36]}""");
    }

    [Fact]
    public async Task M0069_migration_with_both_history_formats()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""");
        await WriteWith("""["Users created", "Meeting created"]""", 1,
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "username": "bob"}}""",
            """{"type": "create", "fqid": "user/3", "fields": {"id": 3, "username": "alice"}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "name": "bobs club"}}""");
        await WriteWith("""{"user/2": ["User updated"], "user/4": ["User created"], "meeting/2": ["Meeting updated"]}""", 1,
            """{"type": "update", "fqid": "user/2", "fields": {"first_name": "bob"}}""",
            """{"type": "create", "fqid": "user/4", "fields": {"id": 4, "username": "jeff"}}""",
            """{"type": "update", "fqid": "meeting/2", "fields": {"description": "no girls allowed"}}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"id": 1, "username": "admin", "history_position_ids": [2, 3]}""");
        await AssertBackendModel("history_position/2", """{"id": 2, "original_user_id": 1, "user_id": 1, "entry_ids": [1, 2]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/1", """{"id": 1, "position_id": 2, "model_id": "user/2", "original_model_id": "user/2", "entries": ["Users created", "Meeting created"]}""");
        await AssertBackendModel("history_entry/2", """{"id": 2, "position_id": 2, "model_id": "user/3", "original_model_id": "user/3", "entries": ["Users created", "Meeting created"]}""");
        await AssertBackendModel("history_position/3", """{"id": 3, "original_user_id": 1, "user_id": 1, "entry_ids": [3, 4]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/3", """{"id": 3, "position_id": 3, "model_id": "user/2", "original_model_id": "user/2", "entries": ["User updated"]}""");
        await AssertBackendModel("history_entry/4", """{"id": 4, "position_id": 3, "model_id": "user/4", "original_model_id": "user/4", "entries": ["User created"]}""");
        await AssertBackendModel("user/2", """{"id": 2, "username": "bob", "first_name": "bob", "history_entry_ids": [1, 3]}""");
        await AssertBackendModel("user/3", """{"id": 3, "username": "alice", "history_entry_ids": [2]}""");
        await AssertBackendModel("user/4", """{"id": 4, "username": "jeff", "history_entry_ids": [4]}""");
        await AssertBackendModel("meeting/2", """{"id": 2, "name": "bobs club", "description": "no girls allowed"}""");
        await AssertBackendModelDoesNotExist("history_position/4");
        await AssertBackendModelDoesNotExist("history_entry/5");
    }

    [Fact]
    public async Task M0069_migration_history_entry_meeting_relation_with_deletions()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "Delete this meeting"}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 1, "name": "Keep this meeting"}}""");
        await WriteWith("""{"motion/1": ["Motion created"], "motion/2": ["Motion created"], "motion/3": ["Motion created"], "motion/4": ["Motion created"]}""", 1,
            """{"type": "create", "fqid": "motion/1", "fields": {"title": "1motion1", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"title": "1motion2", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"title": "2motion1", "meeting_id": 2}}""",
            """{"type": "create", "fqid": "motion/4", "fields": {"title": "2motion2", "meeting_id": 2}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1, 2]}}""",
            """{"type": "update", "fqid": "meeting/2", "fields": {"motion_ids": [3, 4]}}""");
        await WriteWith("""{"motion/1": ["Motion updated"], "motion/2": ["Motion deleted"], "motion/3": ["Motion updated"], "motion/4": ["Motion deleted"]}""", 1,
            """{"type": "update", "fqid": "motion/1", "fields": {"title": "1motion1-edit"}}""",
            """{"type": "delete", "fqid": "motion/2"}""",
            """{"type": "update", "fqid": "motion/3", "fields": {"title": "2motion1-edit"}}""",
            """{"type": "delete", "fqid": "motion/4"}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1]}}""",
            """{"type": "update", "fqid": "meeting/2", "fields": {"motion_ids": [3]}}""",
            """{"type": "update", "fqid": "user/1", "fields": {"first_name": "Admin", "last_name": "Adminson"}}""");
        await WriteWith("""{"motion/1": ["Motion deleted"]}""", 1,
            """{"type": "delete", "fqid": "motion/1"}""",
            """{"type": "delete", "fqid": "meeting/1"}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"id": 1, "username": "admin", "history_position_ids": [2, 3, 4], "first_name": "Admin", "last_name": "Adminson"}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "Delete this meeting", "motion_ids": [1], "meta_deleted": true}""");
        await AssertBackendModel("meeting/2", """{"id": 1, "name": "Keep this meeting", "motion_ids": [3], "relevant_history_entry_ids": [3, 4, 7, 8]}""");
        await AssertBackendModel("motion/1", """{"title": "1motion1-edit", "meeting_id": 1, "meta_deleted": true}""");
        await AssertBackendModel("motion/2", """{"title": "1motion2", "meeting_id": 1, "meta_deleted": true}""");
        await AssertBackendModel("motion/3", """{"title": "2motion1-edit", "meeting_id": 2, "history_entry_ids": [3, 7]}""");
        await AssertBackendModel("motion/4", """{"title": "2motion2", "meeting_id": 2, "meta_deleted": true}""");
        await AssertBackendModel("history_position/2", """{"id": 2, "user_id": 1, "original_user_id": 1, "entry_ids": [1, 2, 3, 4]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/1", """{"id": 1, "original_model_id": "motion/1", "position_id": 2, "entries": ["Motion created"]}""");
        await AssertBackendModel("history_entry/2", """{"id": 2, "original_model_id": "motion/2", "position_id": 2, "entries": ["Motion created"]}""");
        await AssertBackendModel("history_entry/3", """{"id": 3, "model_id": "motion/3", "original_model_id": "motion/3", "position_id": 2, "meeting_id": 2, "entries": ["Motion created"]}""");
        await AssertBackendModel("history_entry/4", """{"id": 4, "original_model_id": "motion/4", "position_id": 2, "meeting_id": 2, "entries": ["Motion created"]}""");
        await AssertBackendModel("history_position/3", """{"id": 3, "user_id": 1, "original_user_id": 1, "entry_ids": [5, 6, 7, 8]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/5", """{"id": 5, "original_model_id": "motion/1", "position_id": 3, "entries": ["Motion updated"]}""");
        await AssertBackendModel("history_entry/6", """{"id": 6, "original_model_id": "motion/2", "position_id": 3, "entries": ["Motion deleted"]}""");
        await AssertBackendModel("history_entry/7", """{"id": 7, "model_id": "motion/3", "original_model_id": "motion/3", "position_id": 3, "meeting_id": 2, "entries": ["Motion updated"]}""");
        await AssertBackendModel("history_entry/8", """{"id": 8, "original_model_id": "motion/4", "position_id": 3, "meeting_id": 2, "entries": ["Motion deleted"]}""");
        await AssertBackendModel("history_position/4", """{"id": 4, "user_id": 1, "original_user_id": 1, "entry_ids": [9]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/9", """{"id": 9, "original_model_id": "motion/1", "position_id": 4, "entries": ["Motion deleted"]}""");
    }

    /// <summary>
    /// Ours: information that is a JSON string holding JSON is parsed first (upstream's <c>json.loads</c>): an object
    /// names the entries, a list goes to every motion, assignment and user that the position's events touched.
    /// </summary>
    [Fact]
    public async Task M0069_information_stored_as_json_text_is_parsed_first()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "m1"}}""");
        await WriteWith(JsonText("""{"user/2": ["User created"], "motion/1": ["Motion created"]}"""), 1,
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "title": "A", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "username": "bob"}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [1]}}""");
        await WriteWith(JsonText("""["Motion updated", "User updated"]"""), 1,
            """{"type": "update", "fqid": "motion/1", "fields": {"title": "B"}}""",
            """{"type": "update", "fqid": "user/2", "fields": {"first_name": "Bob"}}""");
        await Finalize(Name);
        await AssertBackendModel("history_position/2", """{"id": 2, "original_user_id": 1, "user_id": 1, "entry_ids": [1, 2]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/1", """{"id": 1, "entries": ["Motion created"], "original_model_id": "motion/1", "model_id": "motion/1", "position_id": 2, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/2", """{"id": 2, "entries": ["User created"], "original_model_id": "user/2", "model_id": "user/2", "position_id": 2}""");
        await AssertBackendModel("history_position/3", """{"id": 3, "original_user_id": 1, "user_id": 1, "entry_ids": [3, 4]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/3", """{"id": 3, "entries": ["Motion updated", "User updated"], "original_model_id": "motion/1", "model_id": "motion/1", "position_id": 3, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/4", """{"id": 4, "entries": ["Motion updated", "User updated"], "original_model_id": "user/2", "model_id": "user/2", "position_id": 3}""");
        await AssertBackendModel("motion/1", """{"id": 1, "title": "B", "meeting_id": 1, "history_entry_ids": [1, 3]}""");
        await AssertBackendModel("user/2", """{"id": 2, "username": "bob", "first_name": "Bob", "history_entry_ids": [2, 4]}""");
        await AssertBackendModel("user/1", """{"id": 1, "username": "admin", "history_position_ids": [2, 3]}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "m1", "motion_ids": [1], "relevant_history_entry_ids": [1, 3]}""");
    }

    /// <summary>
    /// Ours: the writer stores an empty information as null, but a datastore may hold <c>{}</c> or <c>[]</c> (set in the
    /// table here) or the JSON text <c>"{}"</c>: each is a history position, <c>{}</c> and <c>"{}"</c> one without entries,
    /// <c>[]</c> one entry per touched model whose entries are the empty list.
    /// </summary>
    [Fact]
    public async Task M0069_empty_information_still_makes_a_history_position()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "m1", "motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "title": "A", "meeting_id": 1}}""");
        await WriteWith("""{"motion/1": ["Motion updated"]}""", 1,
            """{"type": "update", "fqid": "motion/1", "fields": {"title": "B"}}""");
        await WriteWith("""{"motion/1": ["Motion updated"]}""", 1,
            """{"type": "update", "fqid": "motion/1", "fields": {"title": "C"}}""");
        await WriteWith(JsonText("""{}"""), 1,
            """{"type": "update", "fqid": "motion/1", "fields": {"title": "D"}}""");
        await Execute("""UPDATE positions SET information = '{}' WHERE position = 2""");
        await Execute("""UPDATE positions SET information = '[]' WHERE position = 3""");
        await Finalize(Name);
        await AssertBackendModel("history_position/2", """{"id": 2, "original_user_id": 1, "user_id": 1, "entry_ids": []}""", ["timestamp"]);
        await AssertBackendModel("history_position/3", """{"id": 3, "original_user_id": 1, "user_id": 1, "entry_ids": [1]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/1", """{"id": 1, "entries": [], "original_model_id": "motion/1", "model_id": "motion/1", "position_id": 3, "meeting_id": 1}""");
        await AssertBackendModel("history_position/4", """{"id": 4, "original_user_id": 1, "user_id": 1, "entry_ids": []}""", ["timestamp"]);
        await AssertBackendModelDoesNotExist("history_entry/2");
        await AssertBackendModel("motion/1", """{"id": 1, "title": "D", "meeting_id": 1, "history_entry_ids": [1]}""");
        await AssertBackendModel("user/1", """{"id": 1, "username": "admin", "history_position_ids": [2, 3, 4]}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "m1", "motion_ids": [1], "relevant_history_entry_ids": [1]}""");
    }

    /// <summary>
    /// Ours: only motion, assignment and user fqids become entries, by the collection before the slash (so neither
    /// <c>motion_block</c> nor <c>users</c>); a list information on a position that touched only other collections gives a
    /// history position without entries. Within a meeting the entry ids are added in the information's order.
    /// </summary>
    [Fact]
    public async Task M0069_fqids_of_other_collections_are_left_out()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "m1", "motion_ids": [1], "assignment_ids": [1], "topic_ids": [1], "motion_block_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "title": "A", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "assignment/1", "fields": {"id": 1, "title": "A", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "topic/1", "fields": {"id": 1, "title": "T", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "motion_block/1", "fields": {"id": 1, "title": "B", "meeting_id": 1}}""");
        await WriteWith("""{"meeting/1": ["Meeting updated"], "motion/1": ["Motion updated"], "topic/1": ["Topic updated"], "motion_block/1": ["Block updated"], "assignment/1": ["Assignment updated"], "users/1": ["x"]}""", 1,
            """{"type": "update", "fqid": "motion/1", "fields": {"title": "B"}}""");
        await WriteWith("""["Things updated"]""", 1,
            """{"type": "update", "fqid": "topic/1", "fields": {"title": "U"}}""",
            """{"type": "update", "fqid": "motion_block/1", "fields": {"title": "C"}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"name": "m2"}}""");
        await Finalize(Name);
        await AssertBackendModel("history_position/2", """{"id": 2, "original_user_id": 1, "user_id": 1, "entry_ids": [1, 2]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/1", """{"id": 1, "entries": ["Assignment updated"], "original_model_id": "assignment/1", "model_id": "assignment/1", "position_id": 2, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/2", """{"id": 2, "entries": ["Motion updated"], "original_model_id": "motion/1", "model_id": "motion/1", "position_id": 2, "meeting_id": 1}""");
        await AssertBackendModelDoesNotExist("history_entry/3");
        await AssertBackendModel("history_position/3", """{"id": 3, "original_user_id": 1, "user_id": 1, "entry_ids": []}""", ["timestamp"]);
        await AssertBackendModel("topic/1", """{"id": 1, "title": "U", "meeting_id": 1}""");
        await AssertBackendModel("motion_block/1", """{"id": 1, "title": "C", "meeting_id": 1}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "m2", "motion_ids": [1], "assignment_ids": [1], "topic_ids": [1], "motion_block_ids": [1], "relevant_history_entry_ids": [2, 1]}""");
        Json.AssertEqual(Json.Node("[2, 1]"), (await ReadBackendModel("meeting/1"))["relevant_history_entry_ids"]);
    }

    /// <summary>
    /// Ours: fqids in the information whose models never existed keep <c>original_model_id</c> only: no <c>model_id</c>,
    /// no <c>meeting_id</c>, no back relation.
    /// </summary>
    [Fact]
    public async Task M0069_models_that_never_existed_get_entries_without_model()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "m1"}}""");
        await WriteWith("""{"user/9": ["User deleted"], "motion/9": ["Motion deleted"], "assignment/9": ["Assignment deleted"]}""", 1,
            """{"type": "update", "fqid": "meeting/1", "fields": {"name": "m2"}}""");
        await Finalize(Name);
        await AssertBackendModel("history_position/2", """{"id": 2, "original_user_id": 1, "user_id": 1, "entry_ids": [1, 2, 3]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/1", """{"id": 1, "entries": ["Assignment deleted"], "original_model_id": "assignment/9", "position_id": 2}""");
        await AssertBackendModel("history_entry/2", """{"id": 2, "entries": ["Motion deleted"], "original_model_id": "motion/9", "position_id": 2}""");
        await AssertBackendModel("history_entry/3", """{"id": 3, "entries": ["User deleted"], "original_model_id": "user/9", "position_id": 2}""");
        await AssertBackendModelDoesNotExist("user/9");
        await AssertBackendModelDoesNotExist("motion/9");
        await AssertBackendModelDoesNotExist("assignment/9");
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "m2"}""");
        await AssertBackendModel("user/1", """{"id": 1, "username": "admin", "history_position_ids": [2]}""");
    }

    /// <summary>
    /// Ours: upstream takes the collection as the text before the first slash, so <c>motion</c>, <c>motion/abc</c> and
    /// <c>user/</c> become entries (of no model) while <c>meeting</c> does not; nothing fails.
    /// </summary>
    [Fact]
    public async Task M0069_information_keys_that_are_no_fqids()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "m1"}}""");
        await WriteWith("""{"motion/abc": ["a"], "motion": ["b"], "user/": ["c"], "meeting": ["d"]}""", 1,
            """{"type": "update", "fqid": "meeting/1", "fields": {"name": "m2"}}""");
        await Finalize(Name);
        await AssertBackendModel("history_position/2", """{"id": 2, "original_user_id": 1, "user_id": 1, "entry_ids": [1, 2, 3]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/1", """{"id": 1, "entries": ["b"], "original_model_id": "motion", "position_id": 2}""");
        await AssertBackendModel("history_entry/2", """{"id": 2, "entries": ["a"], "original_model_id": "motion/abc", "position_id": 2}""");
        await AssertBackendModel("history_entry/3", """{"id": 3, "entries": ["c"], "original_model_id": "user/", "position_id": 2}""");
    }

    /// <summary>
    /// Ours: <c>meeting_id</c> is only set when it names a live meeting (an int among the meetings' ids): not for a
    /// missing meeting (7), a string id ("1"), a model without meeting, nor for a user, whose meeting_id is never read.
    /// </summary>
    [Fact]
    public async Task M0069_meeting_ids_that_name_no_live_meeting_are_left_out()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "m1", "motion_ids": [2, 3]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "title": "A", "meeting_id": 7}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "title": "B", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"id": 3, "title": "C", "meeting_id": "1"}}""",
            """{"type": "create", "fqid": "assignment/1", "fields": {"id": 1, "title": "D"}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "username": "bob", "meeting_id": 1}}""");
        await WriteWith("""{"motion/1": ["u"], "motion/2": ["u"], "motion/3": ["u"], "assignment/1": ["u"], "user/2": ["u"]}""", 1,
            """{"type": "update", "fqid": "motion/1", "fields": {"title": "A2"}}""");
        await Finalize(Name);
        await AssertBackendModel("history_position/2", """{"id": 2, "original_user_id": 1, "user_id": 1, "entry_ids": [1, 2, 3, 4, 5]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/1", """{"id": 1, "entries": ["u"], "original_model_id": "assignment/1", "model_id": "assignment/1", "position_id": 2}""");
        await AssertBackendModel("history_entry/2", """{"id": 2, "entries": ["u"], "original_model_id": "motion/1", "model_id": "motion/1", "position_id": 2}""");
        await AssertBackendModel("history_entry/3", """{"id": 3, "entries": ["u"], "original_model_id": "motion/2", "model_id": "motion/2", "position_id": 2, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/4", """{"id": 4, "entries": ["u"], "original_model_id": "motion/3", "model_id": "motion/3", "position_id": 2}""");
        await AssertBackendModel("history_entry/5", """{"id": 5, "entries": ["u"], "original_model_id": "user/2", "model_id": "user/2", "position_id": 2}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "m1", "motion_ids": [2, 3], "relevant_history_entry_ids": [3]}""");
        await AssertBackendModel("motion/1", """{"id": 1, "title": "A2", "meeting_id": 7, "history_entry_ids": [2]}""");
        await AssertBackendModel("motion/3", """{"id": 3, "title": "C", "meeting_id": "1", "history_entry_ids": [4]}""");
        await AssertBackendModel("user/2", """{"id": 2, "username": "bob", "meeting_id": 1, "history_entry_ids": [5]}""");
    }

    /// <summary>
    /// Ours: the acting user is linked only when the id is positive and the user is live; 0, −1, a deleted and a missing
    /// user keep <c>original_user_id</c> (0 too, only null is pruned) without <c>user_id</c> or a back relation.
    /// </summary>
    [Fact]
    public async Task M0069_acting_users_that_are_no_live_users()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "username": "bob"}}""",
            """{"type": "create", "fqid": "user/5", "fields": {"id": 5, "username": "gone"}}""");
        await Write("""{"type": "delete", "fqid": "user/5"}""");
        await WriteWith("""{"user/1": ["User updated"]}""", 0,
            """{"type": "update", "fqid": "user/1", "fields": {"first_name": "a"}}""");
        await WriteWith("""{"user/1": ["User updated"]}""", -1,
            """{"type": "update", "fqid": "user/1", "fields": {"first_name": "b"}}""");
        await WriteWith("""{"user/1": ["User updated"]}""", 5,
            """{"type": "update", "fqid": "user/1", "fields": {"first_name": "c"}}""");
        await WriteWith("""{"user/1": ["User updated"]}""", 9,
            """{"type": "update", "fqid": "user/1", "fields": {"first_name": "d"}}""");
        await WriteWith("""{"user/1": ["User updated"]}""", 2,
            """{"type": "update", "fqid": "user/1", "fields": {"first_name": "e"}}""");
        await Finalize(Name);
        await AssertBackendModel("history_position/3", """{"id": 3, "original_user_id": 0, "entry_ids": [1]}""", ["timestamp"]);
        await AssertBackendModel("history_position/4", """{"id": 4, "original_user_id": -1, "entry_ids": [2]}""", ["timestamp"]);
        await AssertBackendModel("history_position/5", """{"id": 5, "original_user_id": 5, "entry_ids": [3]}""", ["timestamp"]);
        await AssertBackendModel("history_position/6", """{"id": 6, "original_user_id": 9, "entry_ids": [4]}""", ["timestamp"]);
        await AssertBackendModel("history_position/7", """{"id": 7, "original_user_id": 2, "user_id": 2, "entry_ids": [5]}""", ["timestamp"]);
        await AssertBackendModel("user/1", """{"id": 1, "username": "admin", "first_name": "e", "history_entry_ids": [1, 2, 3, 4, 5]}""");
        await AssertBackendModel("user/2", """{"id": 2, "username": "bob", "history_position_ids": [7]}""");
        await AssertBackendModel("user/5", """{"id": 5, "username": "gone", "meta_deleted": true}""");
        await AssertBackendModelDoesNotExist("user/9");
        await AssertBackendModelDoesNotExist("history_position/1");
        await AssertBackendModelDoesNotExist("history_position/2");
    }

    /// <summary>
    /// Ours: positions whose information is JSON null (the writer's value for <c>{}</c> and <c>[]</c>) or SQL NULL get
    /// no history position; entry ids count on over the positions that have one.
    /// </summary>
    [Fact]
    public async Task M0069_positions_without_information_get_no_history_position()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "m1"}}""");
        await WriteWith("""{"motion/1": ["Motion created"]}""", 1,
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "title": "A", "meeting_id": 1}}""");
        await WriteWith("""{"motion/1": ["Motion updated"]}""", 1,
            """{"type": "update", "fqid": "motion/1", "fields": {"title": "B"}}""");
        await WriteWith("""{"motion/1": ["Motion updated"]}""", 1,
            """{"type": "update", "fqid": "motion/1", "fields": {"title": "C"}}""");
        await WriteWith("""[]""", 1,
            """{"type": "update", "fqid": "motion/1", "fields": {"title": "D"}}""");
        await Execute("""UPDATE positions SET information = NULL WHERE position = 3""");
        await Finalize(Name);
        await AssertBackendModelDoesNotExist("history_position/1");
        await AssertBackendModelDoesNotExist("history_position/3");
        await AssertBackendModelDoesNotExist("history_position/5");
        await AssertBackendModel("history_position/2", """{"id": 2, "original_user_id": 1, "user_id": 1, "entry_ids": [1]}""", ["timestamp"]);
        await AssertBackendModel("history_position/4", """{"id": 4, "original_user_id": 1, "user_id": 1, "entry_ids": [2]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/2", """{"id": 2, "entries": ["Motion updated"], "original_model_id": "motion/1", "model_id": "motion/1", "position_id": 4, "meeting_id": 1}""");
        await AssertBackendModelDoesNotExist("history_entry/3");
        await AssertBackendModel("user/1", """{"id": 1, "username": "admin", "history_position_ids": [2, 4]}""");
    }

    /// <summary>
    /// Ours: entry ids are numbered in the fqids' text order (<c>motion/1</c>, <c>motion/10</c>, <c>motion/2</c>); a
    /// model touched by several events of a list-information position gets one entry.
    /// </summary>
    [Fact]
    public async Task M0069_entry_ids_follow_the_fqids_sorted_as_text()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "m1", "motion_ids": [1, 2, 10]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "title": "A", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "title": "A", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "motion/10", "fields": {"id": 10, "title": "A", "meeting_id": 1}}""");
        await WriteWith("""{"motion/2": ["two"], "motion/10": ["ten"], "motion/1": ["one"]}""", 1,
            """{"type": "update", "fqid": "meeting/1", "fields": {"name": "x"}}""");
        await WriteWith("""["updated"]""", 1,
            """{"type": "update", "fqid": "motion/2", "fields": {"title": "B"}}""",
            """{"type": "update", "fqid": "motion/10", "fields": {"title": "B"}}""",
            """{"type": "update", "fqid": "motion/2", "fields": {"title": "C"}}""");
        await Finalize(Name);
        await AssertBackendModel("history_position/2", """{"id": 2, "original_user_id": 1, "user_id": 1, "entry_ids": [1, 2, 3]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/1", """{"id": 1, "entries": ["one"], "original_model_id": "motion/1", "model_id": "motion/1", "position_id": 2, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/2", """{"id": 2, "entries": ["ten"], "original_model_id": "motion/10", "model_id": "motion/10", "position_id": 2, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/3", """{"id": 3, "entries": ["two"], "original_model_id": "motion/2", "model_id": "motion/2", "position_id": 2, "meeting_id": 1}""");
        await AssertBackendModel("history_position/3", """{"id": 3, "original_user_id": 1, "user_id": 1, "entry_ids": [4, 5]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/4", """{"id": 4, "entries": ["updated"], "original_model_id": "motion/10", "model_id": "motion/10", "position_id": 3, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/5", """{"id": 5, "entries": ["updated"], "original_model_id": "motion/2", "model_id": "motion/2", "position_id": 3, "meeting_id": 1}""");
        Json.AssertEqual(Json.Node("[3, 2, 1, 4, 5]"), (await ReadBackendModel("meeting/1"))["relevant_history_entry_ids"]);
    }

    /// <summary>
    /// Ours: an information value is stored as the entry's <c>entries</c> whatever it is; a null value is pruned
    /// from the created entry.
    /// </summary>
    [Fact]
    public async Task M0069_information_values_that_are_no_lists_are_stored_as_they_are()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "title": "A"}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "title": "A"}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"id": 3, "title": "A"}}""");
        await WriteWith("""{"motion/1": null, "motion/2": "text", "motion/3": {"a": 1}}""", 1,
            """{"type": "update", "fqid": "motion/1", "fields": {"title": "B"}}""");
        await Finalize(Name);
        await AssertBackendModel("history_entry/1", """{"id": 1, "original_model_id": "motion/1", "model_id": "motion/1", "position_id": 2}""");
        await AssertBackendModel("history_entry/2", """{"id": 2, "entries": "text", "original_model_id": "motion/2", "model_id": "motion/2", "position_id": 2}""");
        await AssertBackendModel("history_entry/3", """{"id": 3, "entries": {"a": 1}, "original_model_id": "motion/3", "model_id": "motion/3", "position_id": 2}""");
    }

    /// <summary>
    /// Ours: with a list information the events' fqids count once each, a model deleted in that very position gets an
    /// entry without <c>model_id</c> but with its meeting (the meeting filter reads deleted motions too).
    /// </summary>
    [Fact]
    public async Task M0069_list_information_covers_deleted_and_repeated_models()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "m1", "motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "title": "A", "meeting_id": 1}}""");
        await WriteWith("""["Motion created", "Motion deleted"]""", 1,
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "title": "A", "meeting_id": 1}}""",
            """{"type": "update", "fqid": "motion/2", "fields": {"title": "B"}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"title": "B"}}""",
            """{"type": "delete", "fqid": "motion/1"}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"motion_ids": [2]}}""");
        await Finalize(Name);
        await AssertBackendModel("history_position/2", """{"id": 2, "original_user_id": 1, "user_id": 1, "entry_ids": [1, 2]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/1", """{"id": 1, "entries": ["Motion created", "Motion deleted"], "original_model_id": "motion/1", "position_id": 2, "meeting_id": 1}""");
        await AssertBackendModel("history_entry/2", """{"id": 2, "entries": ["Motion created", "Motion deleted"], "original_model_id": "motion/2", "model_id": "motion/2", "position_id": 2, "meeting_id": 1}""");
        await AssertBackendModelDoesNotExist("history_entry/3");
        await AssertBackendModel("motion/1", """{"id": 1, "title": "B", "meeting_id": 1, "meta_deleted": true}""");
        await AssertBackendModel("motion/2", """{"id": 2, "title": "B", "meeting_id": 1, "history_entry_ids": [2]}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "m1", "motion_ids": [2], "relevant_history_entry_ids": [1, 2]}""");
    }

    /// <summary>
    /// Ours: the events of the migration's position as upstream's run wrote them: per position the entries in the
    /// information's order (a list information: in fqid order), the position, then the models' back relations in the same
    /// order, the meetings in order of their first entry, the acting user last.
    /// </summary>
    [Fact]
    public async Task M0069_events_are_upstreams()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "username": "bob"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "m1", "motion_ids": [1], "assignment_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "name": "m2", "motion_ids": [2]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "title": "A", "meeting_id": 1}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "title": "A", "meeting_id": 2}}""",
            """{"type": "create", "fqid": "assignment/1", "fields": {"id": 1, "title": "A", "meeting_id": 1}}""");
        await WriteWith("""{"user/2": ["User updated"], "motion/2": ["Motion updated"], "meeting/1": ["Meeting updated"], "motion/9": ["Motion deleted"], "assignment/1": ["Assignment updated"], "motion/1": ["Motion updated"]}""", 2,
            """{"type": "update", "fqid": "motion/2", "fields": {"title": "B"}}""");
        await WriteWith("""["Things updated"]""", 1,
            """{"type": "update", "fqid": "motion/1", "fields": {"title": "C"}}""",
            """{"type": "update", "fqid": "assignment/1", "fields": {"title": "C"}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {"name": "m3"}}""");
        await Execute("""UPDATE positions SET timestamp = '2023-11-14 22:13:20.5+00' WHERE position = 2""");
        await Execute("""UPDATE positions SET timestamp = '2023-11-14 22:13:21.5+00' WHERE position = 3""");
        await Finalize(Name);
        await AssertMigrationEvents(
            ("create", "history_entry/5", """{"id": 5, "entries": ["User updated"], "model_id": "user/2", "position_id": 2, "original_model_id": "user/2"}"""),
            ("create", "history_entry/3", """{"id": 3, "entries": ["Motion updated"], "model_id": "motion/2", "meeting_id": 2, "position_id": 2, "original_model_id": "motion/2"}"""),
            ("create", "history_entry/4", """{"id": 4, "entries": ["Motion deleted"], "position_id": 2, "original_model_id": "motion/9"}"""),
            ("create", "history_entry/1", """{"id": 1, "entries": ["Assignment updated"], "model_id": "assignment/1", "meeting_id": 1, "position_id": 2, "original_model_id": "assignment/1"}"""),
            ("create", "history_entry/2", """{"id": 2, "entries": ["Motion updated"], "model_id": "motion/1", "meeting_id": 1, "position_id": 2, "original_model_id": "motion/1"}"""),
            ("create", "history_position/2", """{"id": 2, "user_id": 2, "entry_ids": [1, 2, 3, 4, 5], "timestamp": 1700000000, "original_user_id": 2}"""),
            ("listfields", "user/2", """{"add": {"history_entry_ids": [5]}, "remove": {}}"""),
            ("listfields", "motion/2", """{"add": {"history_entry_ids": [3]}, "remove": {}}"""),
            ("listfields", "assignment/1", """{"add": {"history_entry_ids": [1]}, "remove": {}}"""),
            ("listfields", "motion/1", """{"add": {"history_entry_ids": [2]}, "remove": {}}"""),
            ("listfields", "meeting/2", """{"add": {"relevant_history_entry_ids": [3]}, "remove": {}}"""),
            ("listfields", "meeting/1", """{"add": {"relevant_history_entry_ids": [1, 2]}, "remove": {}}"""),
            ("listfields", "user/2", """{"add": {"history_position_ids": [2]}, "remove": {}}"""),
            ("create", "history_entry/6", """{"id": 6, "entries": ["Things updated"], "model_id": "assignment/1", "meeting_id": 1, "position_id": 3, "original_model_id": "assignment/1"}"""),
            ("create", "history_entry/7", """{"id": 7, "entries": ["Things updated"], "model_id": "motion/1", "meeting_id": 1, "position_id": 3, "original_model_id": "motion/1"}"""),
            ("create", "history_position/3", """{"id": 3, "user_id": 1, "entry_ids": [6, 7], "timestamp": 1700000002, "original_user_id": 1}"""),
            ("listfields", "assignment/1", """{"add": {"history_entry_ids": [6]}, "remove": {}}"""),
            ("listfields", "motion/1", """{"add": {"history_entry_ids": [7]}, "remove": {}}"""),
            ("listfields", "meeting/1", """{"add": {"relevant_history_entry_ids": [6, 7]}, "remove": {}}"""),
            ("listfields", "user/1", """{"add": {"history_position_ids": [3]}, "remove": {}}"""));
    }

    /// <summary>
    /// Ours: an information object with a key twice (possible in the JSON column, not through the writer) counts as
    /// upstream's <c>json.loads</c> reads it: the last value, at the place of the first.
    /// </summary>
    [Fact]
    public async Task M0069_duplicate_information_keys_keep_the_last_value()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "m1"}}""");
        await WriteWith("""{"user/1": ["a"]}""", 1,
            """{"type": "update", "fqid": "user/1", "fields": {"first_name": "x"}}""");
        await Execute("""UPDATE positions SET information = '{"user/1": ["a"], "motion/1": ["m"], "user/1": ["b"]}' WHERE position = 2""");
        await Finalize(Name);
        await AssertBackendModel("history_position/2", """{"id": 2, "original_user_id": 1, "user_id": 1, "entry_ids": [1, 2]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/1", """{"id": 1, "entries": ["m"], "original_model_id": "motion/1", "position_id": 2}""");
        await AssertBackendModel("history_entry/2", """{"id": 2, "entries": ["b"], "original_model_id": "user/1", "model_id": "user/1", "position_id": 2}""");
        await AssertBackendModel("user/1", """{"id": 1, "username": "admin", "first_name": "x", "history_entry_ids": [2], "history_position_ids": [2]}""");
    }

    /// <summary>
    /// Ours: the timestamp is the position's as epoch seconds rounded as Python's <c>round</c> (half to even) from
    /// microseconds: x.5 goes to the even neighbour (also before 1970, where −0.5 becomes 0), anything off the half
    /// goes to the nearest. PostgreSQL stores x.4999995 as x.5 (it rounds input to microseconds, half to even).
    /// The expected values are those of upstream's run on these timestamps.
    /// </summary>
    [Fact]
    public async Task M0069_timestamps_are_rounded_half_to_even()
    {
        (string Stored, long Rounded)[] cases =
        [
            ("1970-01-01 00:00:10.5+00", 10),
            ("1970-01-01 00:00:11.5+00", 12),
            ("1970-01-01 00:00:10.4999995+00", 10),
            ("1970-01-01 00:00:11.4999995+00", 12),
            ("2023-11-14 22:13:20.499999+00", 1700000000),
            ("2023-11-14 22:13:20.500001+00", 1700000001),
            ("2023-11-14 22:13:21.5+00", 1700000002),
            ("2023-11-14 23:13:20.5+01", 1700000000),
            ("1969-12-31 23:59:58.5+00", -2),
            ("1969-12-31 23:59:59.5+00", 0),
            ("1969-12-31 23:59:58.7+00", -1),
            ("2100-01-01 00:00:00.5+00", 4102444800),
        ];
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""");
        for (var i = 0; i < cases.Length; i++)
        {
            await WriteWith("""{"user/1": ["User updated"]}""", 1, $$$"""{"type": "update", "fqid": "user/1", "fields": {"first_name": "{{{i}}}"}}""");
        }

        for (var i = 0; i < cases.Length; i++)
        {
            await Execute($"UPDATE positions SET timestamp = '{cases[i].Stored}' WHERE position = {i + 2}");
        }

        await Finalize(Name);
        for (var i = 0; i < cases.Length; i++)
        {
            await AssertBackendModel(
                $"history_position/{i + 2}",
                $$"""{"id": {{i + 2}}, "timestamp": {{cases[i].Rounded}}, "original_user_id": 1, "user_id": 1, "entry_ids": [{{i + 1}}]}""");
        }

        await AssertBackendModel("user/1", """{"id": 1, "username": "admin", "first_name": "11", "history_entry_ids": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "history_position_ids": [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]}""");
    }

    /// <summary>
    /// Ours: upstream reads the history in pages of 1000 positions ([0, 1000), [1000, 2000), … while the page start is
    /// at most the maximum position); with exactly 1000 positions the last one is the only one of the second page, and
    /// entry ids count on across the pages. Positions 2–998 are inserted directly (they need no events for an object
    /// information); 999 and 1000 have events and a list information. 999 positions × (entry, position, 3 back
    /// relations) = 4995 events, the lists in position order.
    /// </summary>
    [Fact]
    public async Task M0069_a_thousand_positions_are_read_in_two_pages()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "m1", "motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "title": "A", "meeting_id": 1}}""");
        await Execute("""INSERT INTO positions (timestamp, user_id, information, migration_index) SELECT current_timestamp, 1, '{"motion/1": ["Motion updated"]}', p.migration_index FROM positions p, generate_series(2, 998) WHERE p.position = 1""");
        await WriteWith("""["Motion updated"]""", 1,
            """{"type": "update", "fqid": "motion/1", "fields": {"title": "B"}}""");
        await WriteWith("""["Motion updated"]""", 1,
            """{"type": "update", "fqid": "motion/1", "fields": {"title": "C"}}""");
        Assert.Equal(1000, await Scalar<int>("SELECT max(position) FROM positions"));
        await Finalize(Name);
        await AssertBackendModel("history_position/2", """{"id": 2, "original_user_id": 1, "user_id": 1, "entry_ids": [1]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/1", """{"id": 1, "entries": ["Motion updated"], "original_model_id": "motion/1", "model_id": "motion/1", "position_id": 2, "meeting_id": 1}""");
        await AssertBackendModel("history_position/998", """{"id": 998, "original_user_id": 1, "user_id": 1, "entry_ids": [997]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/997", """{"id": 997, "entries": ["Motion updated"], "original_model_id": "motion/1", "model_id": "motion/1", "position_id": 998, "meeting_id": 1}""");
        await AssertBackendModel("history_position/999", """{"id": 999, "original_user_id": 1, "user_id": 1, "entry_ids": [998]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/998", """{"id": 998, "entries": ["Motion updated"], "original_model_id": "motion/1", "model_id": "motion/1", "position_id": 999, "meeting_id": 1}""");
        await AssertBackendModel("history_position/1000", """{"id": 1000, "original_user_id": 1, "user_id": 1, "entry_ids": [999]}""", ["timestamp"]);
        await AssertBackendModel("history_entry/999", """{"id": 999, "entries": ["Motion updated"], "original_model_id": "motion/1", "model_id": "motion/1", "position_id": 1000, "meeting_id": 1}""");
        await AssertBackendModelDoesNotExist("history_position/1001");
        await AssertBackendModelDoesNotExist("history_entry/1000");
        Assert.Equal(4995L, await Scalar<long>("SELECT count(*) FROM events WHERE position = 1001"));
        Json.AssertEqual(JsonIds.Array(Enumerable.Range(1, 999)), (await ReadBackendModel("motion/1"))["history_entry_ids"]);
        Json.AssertEqual(JsonIds.Array(Enumerable.Range(1, 999)), (await ReadBackendModel("meeting/1"))["relevant_history_entry_ids"]);
        Json.AssertEqual(JsonIds.Array(Enumerable.Range(2, 999)), (await ReadBackendModel("user/1"))["history_position_ids"]);
    }

    /// <summary>Ours: a datastore without history information gets no migration position at all.</summary>
    [Fact]
    public async Task M0069_without_history_nothing_is_written()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "username": "admin"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "m1"}}""");
        await WriteWith(null, 1,
            """{"type": "update", "fqid": "meeting/1", "fields": {"name": "m2"}}""");
        await Finalize(Name);
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("user/1", """{"id": 1, "username": "admin"}""");
        await AssertBackendModelDoesNotExist("history_position/1");
        await AssertBackendModelDoesNotExist("history_position/2");
    }

    /// <summary>
    /// Ours, in memory (migrate-file, the meeting import): there are no positions (upstream's memory reader has maximum
    /// position −1 and no history), so nothing is written, whatever the models look like.
    /// </summary>
    [Fact]
    public async Task M0069_in_memory_nothing_is_written()
    {
        const string models = """
            {
                "user/1": {"id": 1, "username": "admin", "history_position_ids": [1]},
                "meeting/1": {"id": 1, "name": "m1", "motion_ids": [1], "assignment_ids": [1]},
                "motion/1": {"id": 1, "title": "A", "meeting_id": 1},
                "assignment/1": {"id": 1, "title": "B", "meeting_id": 1},
                "history_position/1": {"id": 1, "timestamp": 100, "original_user_id": 1, "user_id": 1, "entry_ids": []}
            }
            """;
        AssertModels(await MigrateInMemory(Name, models), models);
    }
}
