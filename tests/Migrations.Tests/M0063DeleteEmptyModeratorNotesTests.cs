using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>0063_delete_empty_moderator_notes: upstream's cases (tests/system/migrations/test_0063_delete_empty_moderator_notes.py) and ours.</summary>
public class M0063DeleteEmptyModeratorNotesTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0063_delete_empty_moderator_notes";

    [Fact]
    public async Task M0063_migration_everything()
    {
        await Write("""{"type": "create", "fqid": "agenda_item/1", "fields": {"id": 1, "content_object_id": "motion/11", "moderator_notes": "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}}""",
            """{"type": "create", "fqid": "motion/11", "fields": {"id": 11, "agenda_item_id": 1}}""",
            """{"type": "create", "fqid": "agenda_item/2", "fields": {"id": 2, "content_object_id": "motion/22", "moderator_notes": ""}}""",
            """{"type": "create", "fqid": "motion/22", "fields": {"id": 22, "agenda_item_id": 2}}""",
            """{"type": "create", "fqid": "agenda_item/3", "fields": {"id": 3, "content_object_id": "assignment/33", "moderator_notes": ""}}""",
            """{"type": "create", "fqid": "assignment/33", "fields": {"id": 33, "agenda_item_id": 3}}""",
            """{"type": "create", "fqid": "agenda_item/4", "fields": {"id": 4, "content_object_id": "topic/44", "moderator_notes": ""}}""",
            """{"type": "create", "fqid": "topic/44", "fields": {"id": 44, "agenda_item_id": 4}}""",
            """{"type": "create", "fqid": "agenda_item/5", "fields": {"id": 5, "content_object_id": "motion_block/55", "moderator_notes": ""}}""",
            """{"type": "create", "fqid": "motion_block/55", "fields": {"id": 55, "agenda_item_id": 5}}""",
            """{"type": "create", "fqid": "agenda_item/6", "fields": {"id": 6, "content_object_id": "topic/66"}}""",
            """{"type": "create", "fqid": "topic/66", "fields": {"id": 66, "agenda_item_id": 6}}""");
        await Finalize(Name);
        await AssertBackendModel("agenda_item/1", """{"id": 1, "content_object_id": "motion/11"}""");
        await AssertBackendModel("agenda_item/2", """{"id": 2, "content_object_id": "motion/22"}""");
        await AssertBackendModel("agenda_item/3", """{"id": 3, "content_object_id": "assignment/33"}""");
        await AssertBackendModel("agenda_item/4", """{"id": 4, "content_object_id": "topic/44"}""");
        await AssertBackendModel("agenda_item/5", """{"id": 5, "content_object_id": "motion_block/55"}""");
        await AssertBackendModel("agenda_item/6", """{"id": 6, "content_object_id": "topic/66"}""");
    }

    [Fact]
    public async Task M0063_migration_deleted()
    {
        await Write("""{"type": "create", "fqid": "agenda_item/1", "fields": {"id": 1, "content_object_id": "topic/11", "moderator_notes": ""}}""",
            """{"type": "create", "fqid": "topic/11", "fields": {"id": 11, "agenda_item_id": 1}}""",
            """{"type": "delete", "fqid": "agenda_item/1"}""",
            """{"type": "delete", "fqid": "topic/11"}""");
        await Finalize(Name);
        await AssertBackendModel("agenda_item/1", """{"id": 1, "content_object_id": "topic/11", "moderator_notes": "", "meta_deleted": true}""");
    }

    /// <summary>
    /// Ours: every value but a missing one is dropped, falsy ones (<c>""</c>, 0, false) included, as upstream's
    /// <c>is not None</c>; agenda items without the field (on the database path a null key) get no update; other
    /// collections' moderator_notes stay.
    /// </summary>
    [Fact]
    public async Task M0063_every_present_value_is_dropped()
    {
        await Write("""{"type": "create", "fqid": "agenda_item/1", "fields": {"id": 1, "content_object_id": "motion/11", "moderator_notes": "text"}}""",
            """{"type": "create", "fqid": "agenda_item/2", "fields": {"id": 2, "content_object_id": "motion/22", "moderator_notes": ""}}""",
            """{"type": "create", "fqid": "agenda_item/3", "fields": {"id": 3, "content_object_id": "topic/33", "moderator_notes": 0}}""",
            """{"type": "create", "fqid": "agenda_item/4", "fields": {"id": 4, "content_object_id": "topic/44", "moderator_notes": false}}""",
            """{"type": "create", "fqid": "agenda_item/5", "fields": {"id": 5, "content_object_id": "topic/55"}}""",
            """{"type": "create", "fqid": "list_of_speakers/1", "fields": {"id": 1, "moderator_notes": ""}}""");
        await Finalize(Name);
        await AssertBackendModel("agenda_item/1", """{"id": 1, "content_object_id": "motion/11"}""");
        await AssertBackendModel("agenda_item/2", """{"id": 2, "content_object_id": "motion/22"}""");
        await AssertBackendModel("agenda_item/3", """{"id": 3, "content_object_id": "topic/33"}""");
        await AssertBackendModel("agenda_item/4", """{"id": 4, "content_object_id": "topic/44"}""");
        await AssertBackendModel("agenda_item/5", """{"id": 5, "content_object_id": "topic/55", "meta_position": 1}""");
        await AssertBackendModel("list_of_speakers/1", """{"id": 1, "moderator_notes": ""}""");
        Assert.Equal(4L, await Scalar<long>("SELECT count(*) FROM events WHERE position = 2"));
    }

    /// <summary>
    /// Ours: agenda items without moderator notes (the database's null keys) and deleted ones give no update, so
    /// nothing is written.
    /// </summary>
    [Fact]
    public async Task M0063_missing_notes_write_nothing()
    {
        await Write("""{"type": "create", "fqid": "agenda_item/5", "fields": {"id": 5, "content_object_id": "topic/55"}}""",
            """{"type": "create", "fqid": "agenda_item/7", "fields": {"id": 7, "content_object_id": "topic/77", "moderator_notes": "x"}}""");
        await Write("""{"type": "delete", "fqid": "agenda_item/7"}""");
        await Finalize(Name);
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("agenda_item/7", """{"id": 7, "content_object_id": "topic/77", "moderator_notes": "x", "meta_deleted": true}""");
    }

    /// <summary>
    /// Ours, in memory: the same as in the database, and a null note (possible only in import data) is left as
    /// it is, since upstream's <c>get</c> gives None for it.
    /// </summary>
    [Fact]
    public async Task M0063_in_memory()
    {
        var result = await MigrateInMemory(Name, """
            {
                "agenda_item/1": {"id": 1, "content_object_id": "motion/11", "moderator_notes": "text"},
                "agenda_item/2": {"id": 2, "content_object_id": "motion/22", "moderator_notes": ""},
                "agenda_item/3": {"id": 3, "content_object_id": "topic/33", "moderator_notes": 0},
                "agenda_item/4": {"id": 4, "content_object_id": "topic/44", "moderator_notes": false},
                "agenda_item/5": {"id": 5, "content_object_id": "topic/55"},
                "agenda_item/6": {"id": 6, "moderator_notes": null},
                "list_of_speakers/1": {"id": 1, "moderator_notes": ""}
            }
            """);
        AssertModels(result, """
            {
                "agenda_item/1": {"id": 1, "content_object_id": "motion/11"},
                "agenda_item/2": {"id": 2, "content_object_id": "motion/22"},
                "agenda_item/3": {"id": 3, "content_object_id": "topic/33"},
                "agenda_item/4": {"id": 4, "content_object_id": "topic/44"},
                "agenda_item/5": {"id": 5, "content_object_id": "topic/55"},
                "agenda_item/6": {"id": 6, "moderator_notes": null},
                "list_of_speakers/1": {"id": 1, "moderator_notes": ""}
            }
            """);
    }
}
