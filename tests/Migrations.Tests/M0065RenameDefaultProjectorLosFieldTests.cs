using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>0065_rename_default_projector_los_field: upstream's cases (tests/system/migrations/test_0065_rename_default_projector_los_field.py) and ours.</summary>
public class M0065RenameDefaultProjectorLosFieldTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0065_rename_default_projector_los_field";

    // Upstream's create_data(), each model written in a position of its own as upstream's write_data does.
    private const string SimpleModels = """
        {
            "meeting/1": {"id": 1, "name": "Meeting 1", "all_projection_ids": [3], "projection_ids": [3], "projector_ids": [2], "default_projector_current_list_of_speakers_ids": [2]},
            "projector/2": {"id": 2, "projection_id": 3, "meeting_id": 1, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 1},
            "projection/3": {"id": 3, "projector_id": 2, "type": "current_list_of_speakers", "content_object_id": "meeting/1", "meeting_id": 1}
        }
        """;

    private const string SimpleExpected = """
        {
            "meeting/1": {"id": 1, "name": "Meeting 1", "all_projection_ids": [3], "projection_ids": [3], "projector_ids": [2], "default_projector_current_los_ids": [2]},
            "projector/2": {"id": 2, "projection_id": 3, "meeting_id": 1, "used_as_default_projector_for_current_los_in_meeting_id": 1},
            "projection/3": {"id": 3, "projector_id": 2, "type": "current_los", "content_object_id": "meeting/1", "meeting_id": 1}
        }
        """;

    // Upstream's test_migration_broken_relation data: projector/4 claims meeting/1, which does not list it.
    private const string BrokenRelationModels = """
        {
            "meeting/1": {"id": 1, "name": "Meeting 1", "all_projection_ids": [3, 5], "projection_ids": [3, 5], "projector_ids": [2, 4], "default_projector_current_list_of_speakers_ids": [2]},
            "projector/2": {"id": 2, "projection_id": 3, "meeting_id": 1, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 1},
            "projection/3": {"id": 3, "projector_id": 2, "type": "current_list_of_speakers", "content_object_id": "meeting/1", "meeting_id": 1},
            "projector/4": {"id": 4, "projection_id": 4, "meeting_id": 1, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 1},
            "projection/5": {"id": 5, "projector_id": 4, "type": "current_list_of_speakers", "content_object_id": "meeting/1", "meeting_id": 1}
        }
        """;

    private const string BrokenRelationExpected = """
        {
            "meeting/1": {"id": 1, "name": "Meeting 1", "all_projection_ids": [3, 5], "projection_ids": [3, 5], "projector_ids": [2, 4], "default_projector_current_los_ids": [2]},
            "projector/2": {"id": 2, "projection_id": 3, "meeting_id": 1, "used_as_default_projector_for_current_los_in_meeting_id": 1},
            "projection/3": {"id": 3, "projector_id": 2, "type": "current_los", "content_object_id": "meeting/1", "meeting_id": 1},
            "projector/4": {"id": 4, "projection_id": 4, "meeting_id": 1},
            "projection/5": {"id": 5, "projector_id": 4, "type": "current_los", "content_object_id": "meeting/1", "meeting_id": 1}
        }
        """;

    // A meeting with only the new field, one with neither, one with the old field and the projector it lists.
    private const string WithoutOldFieldModels = """
        {
            "meeting/1": {"id": 1, "default_projector_current_los_ids": [5]},
            "meeting/2": {"id": 2},
            "meeting/3": {"id": 3, "default_projector_current_list_of_speakers_ids": [4]},
            "projector/4": {"id": 4, "meeting_id": 3, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 3}
        }
        """;

    // Upstream's database run leaves meeting/1 without the new field it had ({"id": 1}); ours keeps it.
    private const string WithoutOldFieldExpected = """
        {
            "meeting/1": {"id": 1, "default_projector_current_los_ids": [5]},
            "meeting/2": {"id": 2},
            "meeting/3": {"id": 3, "default_projector_current_los_ids": [4]},
            "projector/4": {"id": 4, "meeting_id": 3, "used_as_default_projector_for_current_los_in_meeting_id": 3}
        }
        """;

    [Fact]
    public async Task M0065_migration_simple()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "Meeting 1", "all_projection_ids": [3], "projection_ids": [3], "projector_ids": [2], "default_projector_current_list_of_speakers_ids": [2]}}""");
        await Write("""{"type": "create", "fqid": "projector/2", "fields": {"id": 2, "projection_id": 3, "meeting_id": 1, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "projection/3", "fields": {"id": 3, "projector_id": 2, "type": "current_list_of_speakers", "content_object_id": "meeting/1", "meeting_id": 1}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "Meeting 1", "all_projection_ids": [3], "projection_ids": [3], "projector_ids": [2], "default_projector_current_los_ids": [2]}""");
        await AssertBackendModel("projector/2", """{"id": 2, "projection_id": 3, "meeting_id": 1, "used_as_default_projector_for_current_los_in_meeting_id": 1}""");
        await AssertBackendModel("projection/3", """{"id": 3, "projector_id": 2, "type": "current_los", "content_object_id": "meeting/1", "meeting_id": 1}""");
    }

    [Fact]
    public async Task M0065_migration_deleted()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "Meeting 1", "all_projection_ids": [3], "projection_ids": [3], "projector_ids": [2], "default_projector_current_list_of_speakers_ids": [2], "default_projector_current_los_ids": [2]}}""");
        await Write("""{"type": "create", "fqid": "projector/2", "fields": {"id": 2, "projection_id": 3, "meeting_id": 1, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "projection/3", "fields": {"id": 3, "projector_id": 2, "type": "current_list_of_speakers", "content_object_id": "meeting/1", "meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "projector/4", "fields": {"id": 4, "projection_id": 4, "meeting_id": 1, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "projection/5", "fields": {"id": 5, "projector_id": 4, "type": "current_list_of_speakers", "content_object_id": "meeting/1", "meeting_id": 1}}""");
        await Write("""{"type": "delete", "fqid": "projector/4", "fields": {}}""",
            """{"type": "delete", "fqid": "projection/5"}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "Meeting 1", "all_projection_ids": [3], "projection_ids": [3], "projector_ids": [2], "default_projector_current_los_ids": [2]}""");
        await AssertBackendModel("projector/2", """{"id": 2, "projection_id": 3, "meeting_id": 1, "used_as_default_projector_for_current_los_in_meeting_id": 1}""");
        await AssertBackendModel("projection/3", """{"id": 3, "projector_id": 2, "type": "current_los", "content_object_id": "meeting/1", "meeting_id": 1}""");
        await AssertBackendModel("projector/4", """{"id": 4, "projection_id": 4, "meeting_id": 1, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 1, "meta_deleted": true}""");
        await AssertBackendModel("projection/5", """{"id": 5, "projector_id": 4, "type": "current_list_of_speakers", "content_object_id": "meeting/1", "meeting_id": 1, "meta_deleted": true}""");
    }

    [Fact]
    public async Task M0065_migration_broken_relation()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "Meeting 1", "all_projection_ids": [3, 5], "projection_ids": [3, 5], "projector_ids": [2, 4], "default_projector_current_list_of_speakers_ids": [2]}}""");
        await Write("""{"type": "create", "fqid": "projector/2", "fields": {"id": 2, "projection_id": 3, "meeting_id": 1, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "projection/3", "fields": {"id": 3, "projector_id": 2, "type": "current_list_of_speakers", "content_object_id": "meeting/1", "meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "projector/4", "fields": {"id": 4, "projection_id": 4, "meeting_id": 1, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "projection/5", "fields": {"id": 5, "projector_id": 4, "type": "current_list_of_speakers", "content_object_id": "meeting/1", "meeting_id": 1}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "Meeting 1", "all_projection_ids": [3, 5], "projection_ids": [3, 5], "projector_ids": [2, 4], "default_projector_current_los_ids": [2]}""");
        await AssertBackendModel("projector/2", """{"id": 2, "projection_id": 3, "meeting_id": 1, "used_as_default_projector_for_current_los_in_meeting_id": 1}""");
        await AssertBackendModel("projection/3", """{"id": 3, "projector_id": 2, "type": "current_los", "content_object_id": "meeting/1", "meeting_id": 1}""");
        await AssertBackendModel("projector/4", """{"id": 4, "projection_id": 4, "meeting_id": 1}""");
        await AssertBackendModel("projection/5", """{"id": 5, "projector_id": 4, "type": "current_los", "content_object_id": "meeting/1", "meeting_id": 1}""");
    }

    [Fact]
    public async Task M0065_migration_field_not_set()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "name": "Meeting 1", "all_projection_ids": [3, 5], "projection_ids": [3], "projector_ids": [2, 4], "default_projector_current_list_of_speakers_ids": [2]}}""");
        await Write("""{"type": "create", "fqid": "projector/2", "fields": {"id": 2, "projection_id": 3, "meeting_id": 1, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "projection/3", "fields": {"id": 3, "projector_id": 2, "type": "current_list_of_speakers", "content_object_id": "meeting/1", "meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "projector/4", "fields": {"id": 4, "projection_id": 4, "meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "projection/5", "fields": {"id": 5, "projector_id": 4, "type": "motion", "content_object_id": "motion/6", "meeting_id": 1}}""");
        await Write("""{"type": "create", "fqid": "motion/6", "fields": {"id": 6, "projection_ids": [5]}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "name": "Meeting 1", "all_projection_ids": [3, 5], "projection_ids": [3], "projector_ids": [2, 4], "default_projector_current_los_ids": [2]}""");
        await AssertBackendModel("projector/2", """{"id": 2, "projection_id": 3, "meeting_id": 1, "used_as_default_projector_for_current_los_in_meeting_id": 1}""");
        await AssertBackendModel("projection/3", """{"id": 3, "projector_id": 2, "type": "current_los", "content_object_id": "meeting/1", "meeting_id": 1}""");
        await AssertBackendModel("projector/4", """{"id": 4, "projection_id": 4, "meeting_id": 1}""");
        await AssertBackendModel("projection/5", """{"id": 5, "projector_id": 4, "type": "motion", "content_object_id": "motion/6", "meeting_id": 1}""");
        await AssertBackendModel("motion/6", """{"id": 6, "projection_ids": [5]}""");
    }

    /// <summary>
    /// Ours: the events of upstream's broken-relation case, as upstream's own database run writes them: meetings,
    /// projectors, projections; the 68-character projector field read by its full name (upstream reads the name cut
    /// to 63 characters there) gives the same relation.
    /// </summary>
    [Fact]
    public async Task M0065_events_are_upstreams()
    {
        await WriteEach(BrokenRelationModels);
        await Finalize(Name);
        await AssertMigrationEvents(
            ("update", "meeting/1", """{"default_projector_current_los_ids": [2]}"""),
            ("deletefields", "meeting/1", """["default_projector_current_list_of_speakers_ids"]"""),
            ("update", "projector/2", """{"used_as_default_projector_for_current_los_in_meeting_id": 1}"""),
            ("deletefields", "projector/2", """["used_as_default_projector_for_current_list_of_speakers_in_meeting_id"]"""),
            ("deletefields", "projector/4", """["used_as_default_projector_for_current_list_of_speakers_in_meeting_id"]"""),
            ("update", "projection/3", """{"type": "current_los"}"""),
            ("update", "projection/5", """{"type": "current_los"}"""));
    }

    /// <summary>Ours, in memory: upstream's data gives upstream's results (upstream's in-memory run reads the full name too).</summary>
    [Fact]
    public async Task M0065_in_memory_upstreams_cases()
    {
        AssertModels(await MigrateInMemory(Name, SimpleModels), SimpleExpected);
        AssertModels(await MigrateInMemory(Name, BrokenRelationModels), BrokenRelationExpected);
    }

    /// <summary>
    /// Ours, a deliberate difference: on the database path upstream reads a missing old field as null and removes
    /// both fields, so meeting/1 loses the new field it had (upstream's database run on this data gives
    /// deletefields [old, new] for meeting/1 and 2). Ours removes only the old field.
    /// </summary>
    [Fact]
    public async Task M0065_a_meeting_without_the_old_field_keeps_its_new_one()
    {
        await Write(Creates(WithoutOldFieldModels));
        await Finalize(Name);
        foreach (var (fqid, model) in Json.Obj(WithoutOldFieldExpected))
        {
            await AssertBackendModel(fqid, model!.ToJsonString());
        }

        await AssertMigrationEvents(
            ("deletefields", "meeting/1", """["default_projector_current_list_of_speakers_ids"]"""),
            ("deletefields", "meeting/2", """["default_projector_current_list_of_speakers_ids"]"""),
            ("update", "meeting/3", """{"default_projector_current_los_ids": [4]}"""),
            ("deletefields", "meeting/3", """["default_projector_current_list_of_speakers_ids"]"""),
            ("update", "projector/4", """{"used_as_default_projector_for_current_los_in_meeting_id": 3}"""),
            ("deletefields", "projector/4", """["used_as_default_projector_for_current_list_of_speakers_in_meeting_id"]"""));
    }

    /// <summary>
    /// Ours, in memory: the same data, where upstream fails with a KeyError on meeting/1; the port does what the
    /// database path does.
    /// </summary>
    [Fact]
    public async Task M0065_in_memory_a_meeting_without_the_old_field_is_read_as_null()
    {
        AssertModels(await MigrateInMemory(Name, WithoutOldFieldModels), WithoutOldFieldExpected);
    }

    /// <summary>
    /// Ours: a projector naming a live meeting without the old field (upstream: TypeError, the field comes back as
    /// null) just loses its relation.
    /// </summary>
    [Fact]
    public async Task M0065_a_projector_of_a_meeting_without_the_list_loses_its_relation()
    {
        const string models = """
            {
                "meeting/1": {"id": 1},
                "projector/2": {"id": 2, "meeting_id": 1, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 1}
            }
            """;
        const string expected = """{"meeting/1": {"id": 1}, "projector/2": {"id": 2, "meeting_id": 1}}""";
        await Write(Creates(models));
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "meta_position": 2}""");
        await AssertBackendModel("projector/2", """{"id": 2, "meeting_id": 1, "meta_position": 2}""");

        AssertModels(await MigrateInMemory(Name, models), expected);
        // A null list in memory (upstream: TypeError there too) is no list either; the null key goes.
        AssertModels(
            await MigrateInMemory(Name, """
                {
                    "meeting/1": {"id": 1, "default_projector_current_list_of_speakers_ids": null},
                    "projector/5": {"id": 5, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 1}
                }
                """),
            """{"meeting/1": {"id": 1}, "projector/5": {"id": 5}}""");
    }

    /// <summary>
    /// Ours: a deleted meeting keeps its old field; projectors naming it, a missing meeting or a meeting that does not
    /// list them lose the relation; only live projections of type current_list_of_speakers change (upstream's
    /// database run on this data gives these events).
    /// </summary>
    [Fact]
    public async Task M0065_deleted_and_missing_meetings()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "default_projector_current_list_of_speakers_ids": [2]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "default_projector_current_list_of_speakers_ids": [3]}}""",
            """{"type": "create", "fqid": "projector/2", "fields": {"id": 2, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 2}}""",
            """{"type": "create", "fqid": "projector/3", "fields": {"id": 3, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 2}}""",
            """{"type": "create", "fqid": "projector/4", "fields": {"id": 4, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 9}}""",
            """{"type": "create", "fqid": "projector/5", "fields": {"id": 5, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 1}}""",
            """{"type": "create", "fqid": "projection/1", "fields": {"id": 1, "type": "current_list_of_speakers"}}""",
            """{"type": "create", "fqid": "projection/2", "fields": {"id": 2, "type": "current_los"}}""",
            """{"type": "create", "fqid": "projection/3", "fields": {"id": 3, "type": "agenda_item_list"}}""",
            """{"type": "create", "fqid": "projection/4", "fields": {"id": 4}}""");
        await Write("""{"type": "delete", "fqid": "meeting/2"}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "default_projector_current_los_ids": [2]}""");
        await AssertBackendModel("meeting/2", """{"id": 2, "default_projector_current_list_of_speakers_ids": [3], "meta_deleted": true, "meta_position": 2}""");
        foreach (var id in new[] { 2, 3, 4, 5 })
        {
            await AssertBackendModel($"projector/{id}", $$"""{"id": {{id}}, "meta_position": 3}""");
        }

        await AssertBackendModel("projection/1", """{"id": 1, "type": "current_los", "meta_position": 3}""");
        await AssertBackendModel("projection/2", """{"id": 2, "type": "current_los", "meta_position": 1}""");
        await AssertBackendModel("projection/3", """{"id": 3, "type": "agenda_item_list", "meta_position": 1}""");
        await AssertBackendModel("projection/4", """{"id": 4, "meta_position": 1}""");
        const string oldProjectorField = """["used_as_default_projector_for_current_list_of_speakers_in_meeting_id"]""";
        await AssertMigrationEvents(
            ("update", "meeting/1", """{"default_projector_current_los_ids": [2]}"""),
            ("deletefields", "meeting/1", """["default_projector_current_list_of_speakers_ids"]"""),
            ("deletefields", "projector/2", oldProjectorField),
            ("deletefields", "projector/3", oldProjectorField),
            ("deletefields", "projector/4", oldProjectorField),
            ("deletefields", "projector/5", oldProjectorField),
            ("update", "projection/1", """{"type": "current_los"}"""));
    }

    /// <summary>
    /// Ours, in memory: a meeting id that is a string names no meeting (as upstream's in-memory run on this data
    /// shows), an integer one does.
    /// </summary>
    [Fact]
    public async Task M0065_in_memory_a_string_meeting_id_names_no_meeting()
    {
        var result = await MigrateInMemory(Name, """
            {
                "meeting/2": {"id": 2, "default_projector_current_list_of_speakers_ids": [3, 4]},
                "projector/3": {"id": 3, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": 2},
                "projector/4": {"id": 4, "used_as_default_projector_for_current_list_of_speakers_in_meeting_id": "2"}
            }
            """);
        AssertModels(result, """
            {
                "meeting/2": {"id": 2, "default_projector_current_los_ids": [3, 4]},
                "projector/3": {"id": 3, "used_as_default_projector_for_current_los_in_meeting_id": 2},
                "projector/4": {"id": 4}
            }
            """);
    }

    /// <summary>Ours: with no meeting, projector or such projection nothing is written.</summary>
    [Fact]
    public async Task M0065_without_models_nothing_is_written()
    {
        await Write("""{"type": "create", "fqid": "motion/1", "fields": {"id": 1}}""");
        await Finalize(Name);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM positions"));
    }

    // Upstream's write_data: one position per model.
    private async Task WriteEach(string modelsJson)
    {
        foreach (var create in Creates(modelsJson))
        {
            await Write(create);
        }
    }
}
