using System.Text.Json.Nodes;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;

namespace Migrations.Tests;

/// <summary>0060_move_moderator_notes: upstream's cases (tests/system/migrations/test_0060_move_moderator_notes.py) and ours.</summary>
public class M0060MoveModeratorNotesTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0060_move_moderator_notes";

    [Fact]
    public async Task M0060_migration_everything()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"id": 1, "permissions": ["agenda_item.can_manage", "agenda_item.can_manage_moderator_notes", "mediafile.can_see"]}}""",
            """{"type": "create", "fqid": "group/2", "fields": {"id": 2, "permissions": ["agenda_item.can_see_internal", "agenda_item.can_see_moderator_notes", "motion.can_create"]}}""",
            """{"type": "create", "fqid": "group/3", "fields": {"id": 3, "permissions": ["agenda_item.can_manage_moderator_notes", "agenda_item.can_see", "agenda_item.can_see_moderator_notes", "list_of_speakers.can_be_speaker"]}}""",
            """{"type": "create", "fqid": "group/4", "fields": {"id": 4, "permissions": ["agenda_item.can_manage_moderator_notes", "list_of_speakers.can_see", "user.can_manage"]}}""",
            """{"type": "create", "fqid": "group/5", "fields": {"id": 5, "permissions": ["agenda_item.can_see_internal", "list_of_speakers.can_see"]}}""",
            """{"type": "create", "fqid": "group/10", "fields": {"id": 10, "permissions": null}}""",
            """{"type": "create", "fqid": "agenda_item/1", "fields": {"id": 1, "content_object_id": "motion/11", "moderator_notes": "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}}""",
            """{"type": "create", "fqid": "motion/11", "fields": {"id": 11, "agenda_item_id": 1, "list_of_speakers_id": 111}}""",
            """{"type": "create", "fqid": "list_of_speakers/111", "fields": {"id": 111, "content_object_id": "motion/11"}}""",
            """{"type": "create", "fqid": "agenda_item/2", "fields": {"id": 2, "content_object_id": "motion/22", "moderator_notes": "Hello world!"}}""",
            """{"type": "create", "fqid": "motion/22", "fields": {"id": 22, "agenda_item_id": 2, "list_of_speakers_id": 222}}""",
            """{"type": "create", "fqid": "list_of_speakers/222", "fields": {"id": 222, "content_object_id": "motion/22"}}""",
            """{"type": "create", "fqid": "agenda_item/3", "fields": {"id": 3, "content_object_id": "assignment/33", "moderator_notes": "Let the election begin"}}""",
            """{"type": "create", "fqid": "assignment/33", "fields": {"id": 33, "agenda_item_id": 3, "list_of_speakers_id": 333}}""",
            """{"type": "create", "fqid": "list_of_speakers/333", "fields": {"id": 333, "content_object_id": "assignment/33"}}""",
            """{"type": "create", "fqid": "agenda_item/4", "fields": {"id": 4, "content_object_id": "topic/44", "moderator_notes": "To pick or not to pick a topic"}}""",
            """{"type": "create", "fqid": "topic/44", "fields": {"id": 44, "agenda_item_id": 4, "list_of_speakers_id": 444}}""",
            """{"type": "create", "fqid": "list_of_speakers/444", "fields": {"id": 444, "content_object_id": "topic/44"}}""",
            """{"type": "create", "fqid": "agenda_item/5", "fields": {"id": 5, "content_object_id": "motion_block/55", "moderator_notes": "A block?"}}""",
            """{"type": "create", "fqid": "motion_block/55", "fields": {"id": 55, "agenda_item_id": 5, "list_of_speakers_id": 555}}""",
            """{"type": "create", "fqid": "list_of_speakers/555", "fields": {"id": 555, "content_object_id": "motion_block/55"}}""",
            """{"type": "create", "fqid": "agenda_item/6", "fields": {"id": 6, "content_object_id": "topic/66"}}""",
            """{"type": "create", "fqid": "topic/66", "fields": {"id": 66, "agenda_item_id": 6, "list_of_speakers_id": 666}}""",
            """{"type": "create", "fqid": "list_of_speakers/666", "fields": {"id": 666, "content_object_id": "topic/66"}}""",
            """{"type": "create", "fqid": "motion/77", "fields": {"id": 77, "list_of_speakers_id": 777}}""",
            """{"type": "create", "fqid": "list_of_speakers/777", "fields": {"id": 777, "content_object_id": "motion/77"}}""");
        await Finalize(Name);
        await AssertBackendModel("group/1", """{"id": 1, "permissions": ["agenda_item.can_manage", "list_of_speakers.can_manage_moderator_notes", "mediafile.can_see"]}""");
        await AssertBackendModel("group/2", """{"id": 2, "permissions": ["agenda_item.can_see_internal", "list_of_speakers.can_see_moderator_notes", "motion.can_create"]}""");
        await AssertBackendModel("group/3", """{"id": 3, "permissions": ["agenda_item.can_see", "list_of_speakers.can_manage_moderator_notes", "list_of_speakers.can_see_moderator_notes", "list_of_speakers.can_be_speaker"]}""");
        await AssertBackendModel("group/4", """{"id": 4, "permissions": ["agenda_item.can_see", "list_of_speakers.can_manage_moderator_notes", "list_of_speakers.can_see", "user.can_manage"]}""");
        await AssertBackendModel("group/5", """{"id": 5, "permissions": ["agenda_item.can_see_internal", "list_of_speakers.can_see"]}""");
        await AssertBackendModel("agenda_item/1", """{"id": 1, "content_object_id": "motion/11"}""");
        await AssertBackendModel("list_of_speakers/111", """{"id": 111, "content_object_id": "motion/11", "moderator_notes": "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}""");
        await AssertBackendModel("agenda_item/2", """{"id": 2, "content_object_id": "motion/22"}""");
        await AssertBackendModel("list_of_speakers/222", """{"id": 222, "content_object_id": "motion/22", "moderator_notes": "Hello world!"}""");
        await AssertBackendModel("agenda_item/3", """{"id": 3, "content_object_id": "assignment/33"}""");
        await AssertBackendModel("list_of_speakers/333", """{"id": 333, "content_object_id": "assignment/33", "moderator_notes": "Let the election begin"}""");
        await AssertBackendModel("agenda_item/4", """{"id": 4, "content_object_id": "topic/44"}""");
        await AssertBackendModel("list_of_speakers/444", """{"id": 444, "content_object_id": "topic/44", "moderator_notes": "To pick or not to pick a topic"}""");
        await AssertBackendModel("agenda_item/5", """{"id": 5, "content_object_id": "motion_block/55"}""");
        await AssertBackendModel("list_of_speakers/555", """{"id": 555, "content_object_id": "motion_block/55", "moderator_notes": "A block?"}""");
        await AssertBackendModel("agenda_item/6", """{"id": 6, "content_object_id": "topic/66"}""");
        await AssertBackendModel("list_of_speakers/666", """{"id": 666, "content_object_id": "topic/66"}""");
        await AssertBackendModel("list_of_speakers/777", """{"id": 777, "content_object_id": "motion/77"}""");
    }

    [Fact]
    public async Task M0060_migration_some_collections()
    {
        await Write("""{"type": "create", "fqid": "agenda_item/1", "fields": {"id": 1, "content_object_id": "motion/11", "moderator_notes": "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}}""",
            """{"type": "create", "fqid": "motion/11", "fields": {"id": 11, "agenda_item_id": 1, "list_of_speakers_id": 111}}""",
            """{"type": "create", "fqid": "list_of_speakers/111", "fields": {"id": 111, "content_object_id": "motion/11"}}""",
            """{"type": "create", "fqid": "agenda_item/2", "fields": {"id": 2, "content_object_id": "motion/22"}}""",
            """{"type": "create", "fqid": "motion/22", "fields": {"id": 22, "agenda_item_id": 2, "list_of_speakers_id": 222}}""",
            """{"type": "create", "fqid": "list_of_speakers/222", "fields": {"id": 222, "content_object_id": "motion/22"}}""",
            """{"type": "create", "fqid": "motion/33", "fields": {"id": 33, "list_of_speakers_id": 333}}""",
            """{"type": "create", "fqid": "list_of_speakers/333", "fields": {"id": 333, "content_object_id": "motion/33"}}""");
        await Finalize(Name);
        await AssertBackendModel("agenda_item/1", """{"id": 1, "content_object_id": "motion/11"}""");
        await AssertBackendModel("list_of_speakers/111", """{"id": 111, "content_object_id": "motion/11", "moderator_notes": "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}""");
        await AssertBackendModel("agenda_item/2", """{"id": 2, "content_object_id": "motion/22"}""");
        await AssertBackendModel("list_of_speakers/222", """{"id": 222, "content_object_id": "motion/22"}""");
        await AssertBackendModel("list_of_speakers/333", """{"id": 333, "content_object_id": "motion/33"}""");
    }

    /// <summary>
    /// Ours, in memory: upstream's first case as an import (group/10 with its null permissions, which the writer
    /// would have pruned): the same models, the permission lists in the order upstream's list update gives (the
    /// model's list, then what is added, without what is removed).
    /// </summary>
    [Fact]
    public async Task M0060_in_memory_the_same_models_result()
    {
        var result = await MigrateInMemory(Name, EverythingModels);
        AssertModels(result, """
            {
                "group/1": {"id": 1, "permissions": ["agenda_item.can_manage", "mediafile.can_see", "list_of_speakers.can_manage_moderator_notes"]},
                "group/2": {"id": 2, "permissions": ["agenda_item.can_see_internal", "motion.can_create", "list_of_speakers.can_see_moderator_notes"]},
                "group/3": {"id": 3, "permissions": ["agenda_item.can_see", "list_of_speakers.can_be_speaker", "list_of_speakers.can_see_moderator_notes", "list_of_speakers.can_manage_moderator_notes"]},
                "group/4": {"id": 4, "permissions": ["list_of_speakers.can_see", "user.can_manage", "agenda_item.can_see", "list_of_speakers.can_manage_moderator_notes"]},
                "group/5": {"id": 5, "permissions": ["agenda_item.can_see_internal", "list_of_speakers.can_see"]},
                "group/10": {"id": 10, "permissions": null},
                "agenda_item/1": {"id": 1, "content_object_id": "motion/11"},
                "motion/11": {"id": 11, "agenda_item_id": 1, "list_of_speakers_id": 111},
                "list_of_speakers/111": {"id": 111, "content_object_id": "motion/11", "moderator_notes": "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
                "agenda_item/2": {"id": 2, "content_object_id": "motion/22"},
                "motion/22": {"id": 22, "agenda_item_id": 2, "list_of_speakers_id": 222},
                "list_of_speakers/222": {"id": 222, "content_object_id": "motion/22", "moderator_notes": "Hello world!"},
                "agenda_item/3": {"id": 3, "content_object_id": "assignment/33"},
                "assignment/33": {"id": 33, "agenda_item_id": 3, "list_of_speakers_id": 333},
                "list_of_speakers/333": {"id": 333, "content_object_id": "assignment/33", "moderator_notes": "Let the election begin"},
                "agenda_item/4": {"id": 4, "content_object_id": "topic/44"},
                "topic/44": {"id": 44, "agenda_item_id": 4, "list_of_speakers_id": 444},
                "list_of_speakers/444": {"id": 444, "content_object_id": "topic/44", "moderator_notes": "To pick or not to pick a topic"},
                "agenda_item/5": {"id": 5, "content_object_id": "motion_block/55"},
                "motion_block/55": {"id": 55, "agenda_item_id": 5, "list_of_speakers_id": 555},
                "list_of_speakers/555": {"id": 555, "content_object_id": "motion_block/55", "moderator_notes": "A block?"},
                "agenda_item/6": {"id": 6, "content_object_id": "topic/66"},
                "topic/66": {"id": 66, "agenda_item_id": 6, "list_of_speakers_id": 666},
                "list_of_speakers/666": {"id": 666, "content_object_id": "topic/66"},
                "motion/77": {"id": 77, "list_of_speakers_id": 777},
                "list_of_speakers/777": {"id": 777, "content_object_id": "motion/77"}
            }
            """);
    }

    /// <summary>
    /// Ours: upstream's first case as one position whose events come in upstream's order: the agenda items' notes
    /// deleted, the lists of speakers' notes set, the groups' list updates, each in read order; the permission lists
    /// in the order of upstream's list update.
    /// </summary>
    [Fact]
    public async Task M0060_one_position_in_upstreams_order()
    {
        await Write(EverythingEvents);
        await Finalize(Name);
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
        var events = await Rows("SELECT fqid, type::text FROM events WHERE position = 2 ORDER BY weight");
        string[] expected =
            [
                "agenda_item/1 deletefields", "agenda_item/2 deletefields", "agenda_item/3 deletefields", "agenda_item/4 deletefields", "agenda_item/5 deletefields",
                "list_of_speakers/111 update", "list_of_speakers/222 update", "list_of_speakers/333 update", "list_of_speakers/444 update", "list_of_speakers/555 update",
                "group/1 listfields", "group/2 listfields", "group/3 listfields", "group/4 listfields",
            ];
        Assert.Equal(expected, events.Select(e => $"{e[0]} {e[1]}"));
        var group4 = await ReadBackendModel("group/4");
        Json.AssertEqual(
            Json.Node("""["list_of_speakers.can_see", "user.can_manage", "agenda_item.can_see", "list_of_speakers.can_manage_moderator_notes"]"""),
            group4["permissions"]);
    }

    /// <summary>
    /// Ours: when several agenda items name one content object, each loses its note and the last truthy note read
    /// replaces the note the list of speakers had; an empty note is neither removed nor moved. The same in memory.
    /// </summary>
    [Fact]
    public async Task M0060_agenda_items_sharing_a_content_object()
    {
        await Write(Creates(SharedContentObject));
        await Finalize(Name);
        var expected = """
            {
                "agenda_item/1": {"id": 1, "content_object_id": "motion/11"},
                "agenda_item/2": {"id": 2, "content_object_id": "topic/22"},
                "agenda_item/3": {"id": 3, "content_object_id": "motion/11"},
                "agenda_item/4": {"id": 4, "content_object_id": "motion/11", "moderator_notes": ""},
                "motion/11": {"id": 11, "list_of_speakers_id": 111},
                "topic/22": {"id": 22, "list_of_speakers_id": 222},
                "list_of_speakers/111": {"id": 111, "content_object_id": "motion/11", "moderator_notes": "second"},
                "list_of_speakers/222": {"id": 222, "content_object_id": "topic/22", "moderator_notes": "other"}
            }
            """;
        foreach (var (fqid, model) in Json.Obj(expected))
        {
            await AssertBackendModel(fqid, model!.ToJsonString());
        }

        Assert.Equal(5L, await Scalar<long>("SELECT count(*) FROM events WHERE position = 2"));
        AssertModels(await MigrateInMemory(Name, SharedContentObject), expected);
    }

    /// <summary>
    /// Ours: empty notes, missing notes (the database's null keys) and groups without a moderator-notes permission
    /// (an empty list, a missing one, the list_of_speakers permission already) give no event, so nothing is written;
    /// in memory nothing changes either.
    /// </summary>
    [Fact]
    public async Task M0060_nothing_to_move_writes_nothing()
    {
        var models = """
            {
                "agenda_item/1": {"id": 1, "content_object_id": "motion/11", "moderator_notes": ""},
                "agenda_item/2": {"id": 2, "content_object_id": "motion/22"},
                "motion/11": {"id": 11, "list_of_speakers_id": 111},
                "motion/22": {"id": 22, "list_of_speakers_id": 222},
                "list_of_speakers/111": {"id": 111, "content_object_id": "motion/11"},
                "list_of_speakers/222": {"id": 222, "content_object_id": "motion/22"},
                "group/1": {"id": 1, "permissions": ["agenda_item.can_see", "list_of_speakers.can_see_moderator_notes"]},
                "group/2": {"id": 2, "permissions": []},
                "group/3": {"id": 3}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("agenda_item/1", """{"id": 1, "content_object_id": "motion/11", "moderator_notes": ""}""");
        await AssertBackendModel("list_of_speakers/111", """{"id": 111, "content_object_id": "motion/11"}""");
        AssertModels(await MigrateInMemory(Name, models), models);
    }

    /// <summary>
    /// Ours: the permission rules, without any agenda item (so no content object is read): a lone moderator-notes
    /// permission brings agenda_item.can_see along, can_see_internal or can_manage make it unneeded, an existing
    /// agenda_item.can_see or list_of_speakers permission is not repeated, every copy of a moved permission goes,
    /// near-miss names and empty or missing lists are left alone. The database and memory agree, in order too.
    /// </summary>
    [Fact]
    public async Task M0060_permission_rules()
    {
        var models = """
            {
                "group/1": {"id": 1, "permissions": ["agenda_item.can_see_moderator_notes"]},
                "group/2": {"id": 2, "permissions": ["agenda_item.can_manage_moderator_notes", "agenda_item.can_see_moderator_notes", "agenda_item.can_see_moderator_notes", "list_of_speakers.can_see_moderator_notes"]},
                "group/3": {"id": 3, "permissions": []},
                "group/4": {"id": 4, "permissions": ["agenda_item.can_manage", "agenda_item.can_see_internal", "agenda_item.can_see_moderator_notes"]},
                "group/5": {"id": 5},
                "group/6": {"id": 6, "permissions": ["agenda_item.can_see_moderator_notes_x", "agenda_item.can_manage_moderator_note"]},
                "group/7": {"id": 7, "permissions": ["agenda_item.can_see", "agenda_item.can_manage_moderator_notes"]}
            }
            """;
        var expected = """
            {
                "group/1": {"id": 1, "permissions": ["agenda_item.can_see", "list_of_speakers.can_see_moderator_notes"]},
                "group/2": {"id": 2, "permissions": ["list_of_speakers.can_see_moderator_notes", "agenda_item.can_see", "list_of_speakers.can_manage_moderator_notes"]},
                "group/3": {"id": 3, "permissions": []},
                "group/4": {"id": 4, "permissions": ["agenda_item.can_manage", "agenda_item.can_see_internal", "list_of_speakers.can_see_moderator_notes"]},
                "group/5": {"id": 5},
                "group/6": {"id": 6, "permissions": ["agenda_item.can_see_moderator_notes_x", "agenda_item.can_manage_moderator_note"]},
                "group/7": {"id": 7, "permissions": ["agenda_item.can_see", "list_of_speakers.can_manage_moderator_notes"]}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        foreach (var (fqid, model) in Json.Obj(expected))
        {
            Json.AssertEqual(model, Without(await ReadBackendModel(fqid), "meta_deleted", "meta_position"));
        }

        Assert.Equal(4L, await Scalar<long>("SELECT count(*) FROM events WHERE position = 2"));
        AssertModels(await MigrateInMemory(Name, models), expected);
    }

    /// <summary>
    /// Ours, in memory: a null permissions value (upstream's <c>or []</c>) and a string one (whose characters
    /// upstream iterates, matching nothing) count as no permissions.
    /// </summary>
    [Fact]
    public async Task M0060_in_memory_null_and_string_permissions_are_left_alone()
    {
        var result = await MigrateInMemory(Name, """
            {
                "group/8": {"id": 8, "permissions": "agenda_item.can_see_moderator_notes"},
                "group/9": {"id": 9, "permissions": null},
                "group/1": {"id": 1, "permissions": ["agenda_item.can_see_moderator_notes"]}
            }
            """);
        AssertModels(result, """
            {
                "group/8": {"id": 8, "permissions": "agenda_item.can_see_moderator_notes"},
                "group/9": {"id": 9, "permissions": null},
                "group/1": {"id": 1, "permissions": ["agenda_item.can_see", "list_of_speakers.can_see_moderator_notes"]}
            }
            """);
    }

    /// <summary>Ours: a deleted agenda item keeps its note and a deleted group its permissions (the database reads neither).</summary>
    [Fact]
    public async Task M0060_deleted_agenda_items_and_groups_are_left_alone()
    {
        await Write("""{"type": "create", "fqid": "agenda_item/1", "fields": {"id": 1, "content_object_id": "motion/11", "moderator_notes": "kept"}}""",
            """{"type": "create", "fqid": "motion/11", "fields": {"id": 11, "list_of_speakers_id": 111}}""",
            """{"type": "create", "fqid": "list_of_speakers/111", "fields": {"id": 111, "content_object_id": "motion/11"}}""",
            """{"type": "create", "fqid": "agenda_item/2", "fields": {"id": 2, "content_object_id": "motion/22", "moderator_notes": "moved"}}""",
            """{"type": "create", "fqid": "motion/22", "fields": {"id": 22, "list_of_speakers_id": 222}}""",
            """{"type": "create", "fqid": "list_of_speakers/222", "fields": {"id": 222, "content_object_id": "motion/22"}}""",
            """{"type": "create", "fqid": "group/1", "fields": {"id": 1, "permissions": ["agenda_item.can_see_moderator_notes"]}}""",
            """{"type": "create", "fqid": "group/2", "fields": {"id": 2, "permissions": ["agenda_item.can_see_moderator_notes"]}}""");
        await Write("""{"type": "delete", "fqid": "agenda_item/1"}""", """{"type": "delete", "fqid": "group/1"}""");
        await Finalize(Name);
        await AssertBackendModel("agenda_item/1", """{"id": 1, "content_object_id": "motion/11", "moderator_notes": "kept", "meta_deleted": true}""");
        await AssertBackendModel("list_of_speakers/111", """{"id": 111, "content_object_id": "motion/11"}""");
        await AssertBackendModel("group/1", """{"id": 1, "permissions": ["agenda_item.can_see_moderator_notes"], "meta_deleted": true}""");
        await AssertBackendModel("agenda_item/2", """{"id": 2, "content_object_id": "motion/22", "meta_position": 3}""");
        await AssertBackendModel("list_of_speakers/222", """{"id": 222, "content_object_id": "motion/22", "moderator_notes": "moved"}""");
        await AssertBackendModel("group/2", """{"id": 2, "permissions": ["agenda_item.can_see", "list_of_speakers.can_see_moderator_notes"]}""");
    }

    /// <summary>
    /// Ours: a list of speakers that is deleted (or, in memory, missing) makes the writer fail, as upstream's does,
    /// and nothing is written.
    /// </summary>
    [Fact]
    public async Task M0060_a_deleted_or_missing_list_of_speakers_fails()
    {
        await Write("""{"type": "create", "fqid": "agenda_item/1", "fields": {"id": 1, "content_object_id": "motion/11", "moderator_notes": "n"}}""",
            """{"type": "create", "fqid": "motion/11", "fields": {"id": 11, "list_of_speakers_id": 111}}""",
            """{"type": "create", "fqid": "list_of_speakers/111", "fields": {"id": 111, "content_object_id": "motion/11"}}""");
        await Write("""{"type": "delete", "fqid": "list_of_speakers/111"}""");
        var e = await FinalizeFails(Name);
        Assert.Equal("list_of_speakers/111", Assert.IsType<ModelDoesNotExistException>(e).Fqid);

        var memory = await Assert.ThrowsAsync<MigrationFailedException>(() => MigrateInMemory(Name, """
            {
                "agenda_item/1": {"id": 1, "content_object_id": "motion/11", "moderator_notes": "n"},
                "motion/11": {"id": 11, "list_of_speakers_id": 111}
            }
            """));
        Assert.Equal("list_of_speakers/111", Assert.IsType<ModelDoesNotExistException>(memory.InnerException).Fqid);
    }

    /// <summary>
    /// Ours (deliberate; upstream fails with KeyError or AttributeError): a note whose agenda item has no
    /// content_object_id, whose content object is deleted or missing, or whose content object has no
    /// list_of_speakers_id is removed from the agenda item and not moved; the other notes move as usual.
    /// </summary>
    [Fact]
    public async Task M0060_a_note_without_a_list_of_speakers_is_dropped()
    {
        await Write("""{"type": "create", "fqid": "agenda_item/1", "fields": {"id": 1, "moderator_notes": "no content object id"}}""",
            """{"type": "create", "fqid": "agenda_item/2", "fields": {"id": 2, "content_object_id": "motion/22", "moderator_notes": "no list of speakers id"}}""",
            """{"type": "create", "fqid": "motion/22", "fields": {"id": 22}}""",
            """{"type": "create", "fqid": "agenda_item/3", "fields": {"id": 3, "content_object_id": "motion/33", "moderator_notes": "no content object"}}""",
            """{"type": "create", "fqid": "agenda_item/5", "fields": {"id": 5, "content_object_id": "motion/55", "moderator_notes": "deleted content object"}}""",
            """{"type": "create", "fqid": "motion/55", "fields": {"id": 55, "list_of_speakers_id": 555}}""",
            """{"type": "create", "fqid": "list_of_speakers/555", "fields": {"id": 555, "content_object_id": "motion/55"}}""",
            """{"type": "create", "fqid": "agenda_item/4", "fields": {"id": 4, "content_object_id": "topic/44", "moderator_notes": "moved"}}""",
            """{"type": "create", "fqid": "topic/44", "fields": {"id": 44, "list_of_speakers_id": 444}}""",
            """{"type": "create", "fqid": "list_of_speakers/444", "fields": {"id": 444, "content_object_id": "topic/44"}}""");
        await Write("""{"type": "delete", "fqid": "motion/55"}""");
        await Finalize(Name);
        await AssertBackendModel("agenda_item/1", """{"id": 1}""");
        await AssertBackendModel("agenda_item/2", """{"id": 2, "content_object_id": "motion/22"}""");
        await AssertBackendModel("agenda_item/3", """{"id": 3, "content_object_id": "motion/33"}""");
        await AssertBackendModel("agenda_item/5", """{"id": 5, "content_object_id": "motion/55"}""");
        await AssertBackendModel("list_of_speakers/555", """{"id": 555, "content_object_id": "motion/55"}""");
        await AssertBackendModel("agenda_item/4", """{"id": 4, "content_object_id": "topic/44"}""");
        await AssertBackendModel("list_of_speakers/444", """{"id": 444, "content_object_id": "topic/44", "moderator_notes": "moved"}""");
        Assert.Equal(6L, await Scalar<long>("SELECT count(*) FROM events WHERE position = 3"));
    }

    /// <summary>
    /// Ours, in memory (deliberate, as on the database path): the same, and a null list_of_speakers_id (upstream
    /// fails on the fqid list_of_speakers/None) counts as none.
    /// </summary>
    [Fact]
    public async Task M0060_in_memory_a_note_without_a_list_of_speakers_is_dropped()
    {
        var result = await MigrateInMemory(Name, """
            {
                "agenda_item/1": {"id": 1, "moderator_notes": "no content object id"},
                "agenda_item/2": {"id": 2, "content_object_id": "motion/22", "moderator_notes": "no list of speakers id"},
                "motion/22": {"id": 22},
                "agenda_item/3": {"id": 3, "content_object_id": "motion/33", "moderator_notes": "no content object"},
                "agenda_item/5": {"id": 5, "content_object_id": "motion/55", "moderator_notes": "null list of speakers id"},
                "motion/55": {"id": 55, "list_of_speakers_id": null},
                "agenda_item/4": {"id": 4, "content_object_id": "topic/44", "moderator_notes": "moved"},
                "topic/44": {"id": 44, "list_of_speakers_id": 444},
                "list_of_speakers/444": {"id": 444, "content_object_id": "topic/44"}
            }
            """);
        AssertModels(result, """
            {
                "agenda_item/1": {"id": 1},
                "agenda_item/2": {"id": 2, "content_object_id": "motion/22"},
                "motion/22": {"id": 22},
                "agenda_item/3": {"id": 3, "content_object_id": "motion/33"},
                "agenda_item/5": {"id": 5, "content_object_id": "motion/55"},
                "motion/55": {"id": 55, "list_of_speakers_id": null},
                "agenda_item/4": {"id": 4, "content_object_id": "topic/44"},
                "topic/44": {"id": 44, "list_of_speakers_id": 444},
                "list_of_speakers/444": {"id": 444, "content_object_id": "topic/44", "moderator_notes": "moved"}
            }
            """);
    }

    /// <summary>
    /// Ours: a content_object_id without a collection and positive id (upstream: IndexError, ValueError,
    /// InvalidKeyFormat) fails the migration naming the agenda item, and nothing is written.
    /// </summary>
    [Theory]
    [InlineData("motion")]
    [InlineData("motion/x")]
    [InlineData("motion/0")]
    [InlineData("motion/-3")]
    [InlineData("Motion/5")]
    public async Task M0060_a_content_object_id_without_id_fails(string contentObjectId)
    {
        await Write($$$"""{"type": "create", "fqid": "agenda_item/1", "fields": {"id": 1, "content_object_id": "{{{contentObjectId}}}", "moderator_notes": "n"}}""");
        var e = await FinalizeFails(Name);
        Assert.IsType<InvalidOperationException>(e);
        Assert.Contains($"agenda_item/1 has the content_object_id '{contentObjectId}'", e.Message, StringComparison.Ordinal);
    }

    private static readonly string[] EverythingEvents =
    [
        """{"type": "create", "fqid": "group/1", "fields": {"id": 1, "permissions": ["agenda_item.can_manage", "agenda_item.can_manage_moderator_notes", "mediafile.can_see"]}}""",
        """{"type": "create", "fqid": "group/2", "fields": {"id": 2, "permissions": ["agenda_item.can_see_internal", "agenda_item.can_see_moderator_notes", "motion.can_create"]}}""",
        """{"type": "create", "fqid": "group/3", "fields": {"id": 3, "permissions": ["agenda_item.can_manage_moderator_notes", "agenda_item.can_see", "agenda_item.can_see_moderator_notes", "list_of_speakers.can_be_speaker"]}}""",
        """{"type": "create", "fqid": "group/4", "fields": {"id": 4, "permissions": ["agenda_item.can_manage_moderator_notes", "list_of_speakers.can_see", "user.can_manage"]}}""",
        """{"type": "create", "fqid": "group/5", "fields": {"id": 5, "permissions": ["agenda_item.can_see_internal", "list_of_speakers.can_see"]}}""",
        """{"type": "create", "fqid": "group/10", "fields": {"id": 10, "permissions": null}}""",
        """{"type": "create", "fqid": "agenda_item/1", "fields": {"id": 1, "content_object_id": "motion/11", "moderator_notes": "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}}""",
        """{"type": "create", "fqid": "motion/11", "fields": {"id": 11, "agenda_item_id": 1, "list_of_speakers_id": 111}}""",
        """{"type": "create", "fqid": "list_of_speakers/111", "fields": {"id": 111, "content_object_id": "motion/11"}}""",
        """{"type": "create", "fqid": "agenda_item/2", "fields": {"id": 2, "content_object_id": "motion/22", "moderator_notes": "Hello world!"}}""",
        """{"type": "create", "fqid": "motion/22", "fields": {"id": 22, "agenda_item_id": 2, "list_of_speakers_id": 222}}""",
        """{"type": "create", "fqid": "list_of_speakers/222", "fields": {"id": 222, "content_object_id": "motion/22"}}""",
        """{"type": "create", "fqid": "agenda_item/3", "fields": {"id": 3, "content_object_id": "assignment/33", "moderator_notes": "Let the election begin"}}""",
        """{"type": "create", "fqid": "assignment/33", "fields": {"id": 33, "agenda_item_id": 3, "list_of_speakers_id": 333}}""",
        """{"type": "create", "fqid": "list_of_speakers/333", "fields": {"id": 333, "content_object_id": "assignment/33"}}""",
        """{"type": "create", "fqid": "agenda_item/4", "fields": {"id": 4, "content_object_id": "topic/44", "moderator_notes": "To pick or not to pick a topic"}}""",
        """{"type": "create", "fqid": "topic/44", "fields": {"id": 44, "agenda_item_id": 4, "list_of_speakers_id": 444}}""",
        """{"type": "create", "fqid": "list_of_speakers/444", "fields": {"id": 444, "content_object_id": "topic/44"}}""",
        """{"type": "create", "fqid": "agenda_item/5", "fields": {"id": 5, "content_object_id": "motion_block/55", "moderator_notes": "A block?"}}""",
        """{"type": "create", "fqid": "motion_block/55", "fields": {"id": 55, "agenda_item_id": 5, "list_of_speakers_id": 555}}""",
        """{"type": "create", "fqid": "list_of_speakers/555", "fields": {"id": 555, "content_object_id": "motion_block/55"}}""",
        """{"type": "create", "fqid": "agenda_item/6", "fields": {"id": 6, "content_object_id": "topic/66"}}""",
        """{"type": "create", "fqid": "topic/66", "fields": {"id": 66, "agenda_item_id": 6, "list_of_speakers_id": 666}}""",
        """{"type": "create", "fqid": "list_of_speakers/666", "fields": {"id": 666, "content_object_id": "topic/66"}}""",
        """{"type": "create", "fqid": "motion/77", "fields": {"id": 77, "list_of_speakers_id": 777}}""",
        """{"type": "create", "fqid": "list_of_speakers/777", "fields": {"id": 777, "content_object_id": "motion/77"}}""",
    ];

    // Upstream's first case as import data, group/10's null permissions kept (the writer would prune them).
    private static string EverythingModels
    {
        get
        {
            var models = new JsonObject();
            foreach (var create in EverythingEvents)
            {
                var e = Json.Obj(create);
                models[e["fqid"]!.GetValue<string>()] = e["fields"]!.DeepClone();
            }

            return models.ToJsonString();
        }
    }

    private const string SharedContentObject = """
        {
            "agenda_item/1": {"id": 1, "content_object_id": "motion/11", "moderator_notes": "first"},
            "agenda_item/2": {"id": 2, "content_object_id": "topic/22", "moderator_notes": "other"},
            "agenda_item/3": {"id": 3, "content_object_id": "motion/11", "moderator_notes": "second"},
            "agenda_item/4": {"id": 4, "content_object_id": "motion/11", "moderator_notes": ""},
            "motion/11": {"id": 11, "list_of_speakers_id": 111},
            "topic/22": {"id": 22, "list_of_speakers_id": 222},
            "list_of_speakers/111": {"id": 111, "content_object_id": "motion/11", "moderator_notes": "old"},
            "list_of_speakers/222": {"id": 222, "content_object_id": "topic/22"}
        }
        """;

    private static JsonObject Without(JsonObject model, params string[] fields)
    {
        var copy = (JsonObject)model.DeepClone();
        foreach (var field in fields)
        {
            copy.Remove(field);
        }

        return copy;
    }
}
