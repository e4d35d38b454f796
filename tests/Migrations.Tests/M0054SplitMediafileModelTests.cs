using System.Text.Json.Nodes;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;

namespace Migrations.Tests;

/// <summary>0054_split_mediafile_model: upstream's case (tests/system/migrations/test_0054_split_mediafile_model.py) and ours.</summary>
public class M0054SplitMediafileModelTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0054_split_mediafile_model";

    // Upstream's split_fields, in upstream's order: the fields a database-path update deletes, all of them.
    private static readonly string[] SplitFields =
    [
        "is_public", "inherited_access_group_ids", "access_group_ids", "list_of_speakers_id", "projection_ids", "attachment_ids",
        "used_as_logo_projector_main_in_meeting_id", "used_as_logo_projector_header_in_meeting_id", "used_as_logo_web_header_in_meeting_id",
        "used_as_logo_pdf_header_l_in_meeting_id", "used_as_logo_pdf_header_r_in_meeting_id", "used_as_logo_pdf_footer_l_in_meeting_id",
        "used_as_logo_pdf_footer_r_in_meeting_id", "used_as_logo_pdf_ballot_paper_in_meeting_id", "used_as_font_regular_in_meeting_id",
        "used_as_font_italic_in_meeting_id", "used_as_font_bold_in_meeting_id", "used_as_font_bold_italic_in_meeting_id",
        "used_as_font_monospace_in_meeting_id", "used_as_font_chyron_speaker_name_in_meeting_id", "used_as_font_projector_h1_in_meeting_id",
        "used_as_font_projector_h2_in_meeting_id",
    ];

    private static readonly string[] UpstreamData =
    [
        """{"type": "create", "fqid": "organization/1", "fields": {"id": 1, "mediafile_ids": [2, 3]}}""",
        """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "mediafile_ids": [1], "group_ids": [1], "list_of_speakers_ids": [1]}}""",
        """{"type": "create", "fqid": "group/1", "fields": {"id": 1, "meeting_id": 1}}""",
        """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "mediafile_ids": [4, 5, 6, 20], "group_ids": [2, 3], "topic_ids": [1], "assignment_ids": [1], "motion_ids": [1], "all_projection_ids": [1]}}""",
        """{"type": "create", "fqid": "group/2", "fields": {"id": 2, "meeting_id": 2, "meeting_mediafile_access_group_ids": [4, 6], "meeting_mediafile_inherited_access_group_ids": [4, 5, 6]}}""",
        """{"type": "create", "fqid": "group/3", "fields": {"id": 3, "meeting_id": 2, "meeting_mediafile_access_group_ids": [6], "meeting_mediafile_inherited_access_group_ids": []}}""",
        """{"type": "create", "fqid": "mediafile/1", "fields": {"id": 1, "owner_id": "meeting/1", "title": "people.csv", "filesize": 1234, "filename": "people.csv", "mimetype": "text/csv", "create_timestamp": 1, "access_group_ids": [], "is_public": true, "list_of_speakers_id": 1, "inherited_access_group_ids": []}}""",
        """{"type": "create", "fqid": "list_of_speakers/1", "fields": {"id": 1, "meeting_id": 1, "content_object_id": "mediafile/1"}}""",
        """{"type": "create", "fqid": "mediafile/2", "fields": {"id": 2, "owner_id": "organization/1", "title": "Statutes", "is_directory": true, "create_timestamp": 2, "child_ids": [3], "is_public": true, "inherited_access_group_ids": []}}""",
        """{"type": "create", "fqid": "mediafile/3", "fields": {"id": 3, "owner_id": "organization/1", "title": "statutes.pdf", "filesize": 2345, "filename": "statutes.pdf", "mimetype": "application/pdf", "pdf_information": {"pages": 2}, "create_timestamp": 3, "token": "a token", "parent_id": 2, "is_public": false, "inherited_access_group_ids": []}}""",
        """{"type": "create", "fqid": "mediafile/4", "fields": {"id": 4, "owner_id": "meeting/2", "title": "Presentation", "is_directory": true, "create_timestamp": 4, "child_ids": [5, 6], "access_group_ids": [2], "inherited_access_group_ids": [2], "is_public": false}}""",
        """{"type": "create", "fqid": "mediafile/5", "fields": {"id": 5, "owner_id": "meeting/2", "title": "notes.txt", "filesize": 3456, "filename": "notes.txt", "mimetype": "text/plain", "create_timestamp": 5, "parent_id": 4, "inherited_access_group_ids": [2], "projection_ids": [1], "attachment_ids": ["topic/1"], "is_public": false}}""",
        """{"type": "create", "fqid": "projection/1", "fields": {"id": 1, "meeting_id": 2, "content_object_id": "mediafile/5"}}""",
        """{"type": "create", "fqid": "projection/2", "fields": {"id": 2, "meeting_id": 2, "content_object_id": null}}""",
        """{"type": "create", "fqid": "mediafile/6", "fields": {"id": 6, "owner_id": "meeting/2", "title": "pic.png", "filesize": 4567, "filename": "pic.png", "mimetype": "image/png", "create_timestamp": 6, "parent_id": 4, "access_group_ids": [2, 3], "inherited_access_group_ids": [2], "attachment_ids": ["topic/1", "motion/1", "assignment/1"], "is_public": false}}""",
        """{"type": "create", "fqid": "topic/1", "fields": {"id": 1, "meeting_id": 2, "attachment_ids": [5, 6]}}""",
        """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 2, "attachment_ids": [6]}}""",
        """{"type": "create", "fqid": "assignment/1", "fields": {"id": 1, "meeting_id": 2, "attachment_ids": [6]}}""",
        """{"type": "create", "fqid": "mediafile/20", "fields": {"id": 20, "owner_id": "meeting/2", "title": "pic2.png", "filesize": 8, "filename": "pic2.png", "mimetype": "image/png", "create_timestamp": 7, "access_group_ids": [], "inherited_access_group_ids": [], "is_public": true}}""",
    ];

    // Upstream's expectations; projection/2 is ours (upstream does not assert it).
    private const string UpstreamExpected = """
        {
            "organization/1": {"id": 1, "mediafile_ids": [2, 3]},
            "meeting/1": {"id": 1, "mediafile_ids": [1], "meeting_mediafile_ids": [1], "group_ids": [1], "list_of_speakers_ids": [1]},
            "group/1": {"id": 1, "meeting_id": 1},
            "meeting/2": {"id": 2, "mediafile_ids": [4, 5, 6, 20], "meeting_mediafile_ids": [4, 5, 6, 20], "group_ids": [2, 3], "topic_ids": [1], "assignment_ids": [1], "motion_ids": [1], "all_projection_ids": [1]},
            "group/2": {"id": 2, "meeting_id": 2, "meeting_mediafile_access_group_ids": [4, 6], "meeting_mediafile_inherited_access_group_ids": [4, 5, 6]},
            "group/3": {"id": 3, "meeting_id": 2, "meeting_mediafile_access_group_ids": [6], "meeting_mediafile_inherited_access_group_ids": []},
            "mediafile/1": {"id": 1, "owner_id": "meeting/1", "title": "people.csv", "filesize": 1234, "filename": "people.csv", "mimetype": "text/csv", "create_timestamp": 1, "meeting_mediafile_ids": [1]},
            "meeting_mediafile/1": {"id": 1, "mediafile_id": 1, "meeting_id": 1, "access_group_ids": [], "is_public": true, "list_of_speakers_id": 1, "inherited_access_group_ids": []},
            "list_of_speakers/1": {"id": 1, "meeting_id": 1, "content_object_id": "meeting_mediafile/1"},
            "mediafile/2": {"id": 2, "owner_id": "organization/1", "title": "Statutes", "is_directory": true, "create_timestamp": 2, "child_ids": [3]},
            "mediafile/3": {"id": 3, "owner_id": "organization/1", "title": "statutes.pdf", "filesize": 2345, "filename": "statutes.pdf", "mimetype": "application/pdf", "pdf_information": {"pages": 2}, "create_timestamp": 3, "token": "a token", "parent_id": 2},
            "mediafile/4": {"id": 4, "owner_id": "meeting/2", "title": "Presentation", "is_directory": true, "create_timestamp": 4, "child_ids": [5, 6], "meeting_mediafile_ids": [4]},
            "meeting_mediafile/4": {"id": 4, "meeting_id": 2, "mediafile_id": 4, "access_group_ids": [2], "inherited_access_group_ids": [2], "is_public": false},
            "mediafile/5": {"id": 5, "owner_id": "meeting/2", "title": "notes.txt", "filesize": 3456, "filename": "notes.txt", "mimetype": "text/plain", "create_timestamp": 5, "parent_id": 4, "meeting_mediafile_ids": [5]},
            "meeting_mediafile/5": {"id": 5, "meeting_id": 2, "mediafile_id": 5, "inherited_access_group_ids": [2], "projection_ids": [1], "attachment_ids": ["topic/1"], "is_public": false},
            "projection/1": {"id": 1, "meeting_id": 2, "content_object_id": "meeting_mediafile/5"},
            "projection/2": {"id": 2, "meeting_id": 2},
            "mediafile/6": {"id": 6, "owner_id": "meeting/2", "title": "pic.png", "filesize": 4567, "filename": "pic.png", "mimetype": "image/png", "create_timestamp": 6, "parent_id": 4, "meeting_mediafile_ids": [6]},
            "meeting_mediafile/6": {"id": 6, "meeting_id": 2, "mediafile_id": 6, "access_group_ids": [2, 3], "inherited_access_group_ids": [2], "attachment_ids": ["topic/1", "motion/1", "assignment/1"], "is_public": false},
            "topic/1": {"id": 1, "meeting_id": 2, "attachment_meeting_mediafile_ids": [5, 6]},
            "motion/1": {"id": 1, "meeting_id": 2, "attachment_meeting_mediafile_ids": [6]},
            "assignment/1": {"id": 1, "meeting_id": 2, "attachment_meeting_mediafile_ids": [6]},
            "mediafile/20": {"id": 20, "owner_id": "meeting/2", "title": "pic2.png", "filesize": 8, "filename": "pic2.png", "mimetype": "image/png", "create_timestamp": 7, "meeting_mediafile_ids": [20]},
            "meeting_mediafile/20": {"id": 20, "meeting_id": 2, "mediafile_id": 20, "access_group_ids": [], "inherited_access_group_ids": [], "is_public": true}
        }
        """;

    [Fact]
    public async Task M0054_migration()
    {
        await Write(UpstreamData);
        await Finalize(Name);
        foreach (var (fqid, model) in Json.Obj(UpstreamExpected))
        {
            await AssertBackendModel(fqid, model!.ToJsonString());
        }
    }

    /// <summary>Ours: the in-memory path turns upstream's data into the same models.</summary>
    [Fact]
    public async Task M0054_in_memory_the_same_models_result()
    {
        AssertModels(await MigrateInMemory(Name, ModelsOf(UpstreamData)), UpstreamExpected);
    }

    /// <summary>
    /// Ours: on the database path every mapped field comes back as a key (null when absent), so each mediafile update
    /// deletes all 22 split fields, meeting-owned or not, and every topic, motion and assignment is updated, with or
    /// without attachments, as upstream's events do; the models come out right all the same.
    /// </summary>
    [Fact]
    public async Task M0054_on_the_database_path_every_split_field_is_deleted()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "mediafile_ids": [1], "motion_ids": [1]}}""",
            """{"type": "create", "fqid": "organization/1", "fields": {"id": 1, "mediafile_ids": [2]}}""",
            """{"type": "create", "fqid": "mediafile/1", "fields": {"id": 1, "owner_id": "meeting/1", "title": "a", "is_public": true}}""",
            """{"type": "create", "fqid": "mediafile/2", "fields": {"id": 2, "owner_id": "organization/1", "title": "b"}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1}}""");
        await Finalize(Name);

        var migration = await Scalar<int>("SELECT max(position) FROM positions");
        var allSplitFields = new JsonArray([.. SplitFields.Select(f => (JsonNode?)f)]);
        Json.AssertEqual(allSplitFields, await DeletedFields(migration, "mediafile/1"));
        Json.AssertEqual(allSplitFields, await DeletedFields(migration, "mediafile/2"));
        Json.AssertEqual(Json.Node("""["attachment_meeting_mediafile_ids", "attachment_ids"]"""), await DeletedFields(migration, "motion/1"));

        await AssertBackendModel("mediafile/1", """{"id": 1, "owner_id": "meeting/1", "title": "a", "meeting_mediafile_ids": [1]}""");
        await AssertBackendModel("meeting_mediafile/1", """{"id": 1, "meeting_id": 1, "mediafile_id": 1, "is_public": true}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "mediafile_ids": [1], "motion_ids": [1], "meeting_mediafile_ids": [1]}""");
        await AssertBackendModel("mediafile/2", $$"""{"id": 2, "owner_id": "organization/1", "title": "b", "meta_position": {{migration}}}""");
        await AssertBackendModel("motion/1", $$"""{"id": 1, "meeting_id": 1, "meta_position": {{migration}}}""");
    }

    /// <summary>Ours: in memory only the present fields are removed and only models with attachment_ids change.</summary>
    [Fact]
    public async Task M0054_in_memory_only_present_fields_are_removed()
    {
        var result = await MigrateInMemory(Name, """
            {
                "meeting/1": {"id": 1, "mediafile_ids": [1], "motion_ids": [1]},
                "mediafile/1": {"id": 1, "owner_id": "meeting/1", "title": "a", "is_public": true},
                "mediafile/2": {"id": 2, "owner_id": "organization/1", "title": "b"},
                "motion/1": {"id": 1, "meeting_id": 1},
                "motion/2": {"id": 2, "meeting_id": 1, "attachment_ids": []}
            }
            """);
        AssertModels(result, """
            {
                "meeting/1": {"id": 1, "mediafile_ids": [1], "motion_ids": [1], "meeting_mediafile_ids": [1]},
                "mediafile/1": {"id": 1, "owner_id": "meeting/1", "title": "a", "meeting_mediafile_ids": [1]},
                "meeting_mediafile/1": {"id": 1, "meeting_id": 1, "mediafile_id": 1, "is_public": true},
                "mediafile/2": {"id": 2, "owner_id": "organization/1", "title": "b"},
                "motion/1": {"id": 1, "meeting_id": 1},
                "motion/2": {"id": 2, "meeting_id": 1, "attachment_meeting_mediafile_ids": []}
            }
            """);
    }

    /// <summary>
    /// Ours: a mediafile not owned by a meeting that has a truthy meeting field (upstream: AssertionError) fails the
    /// migration naming the mediafile and the field, and nothing is written.
    /// </summary>
    [Theory]
    [InlineData("access_group_ids", "[1]")]
    [InlineData("list_of_speakers_id", "4")]
    [InlineData("attachment_ids", """["topic/1"]""")]
    [InlineData("used_as_logo_web_header_in_meeting_id", "1")]
    public async Task M0054_an_organization_mediafile_with_a_meeting_field_fails(string field, string value)
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 1, "mediafile_ids": [3]}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "mediafile_ids": [1]}}""",
            """{"type": "create", "fqid": "mediafile/1", "fields": {"id": 1, "owner_id": "meeting/1", "is_public": true}}""",
            $$$"""{"type": "create", "fqid": "mediafile/3", "fields": {"id": 3, "owner_id": "organization/1", "is_public": true, "{{{field}}}": {{{value}}}}}""");
        var e = await FinalizeFails(Name);
        Assert.IsType<InvalidOperationException>(e);
        Assert.Contains("mediafile/3 is not owned by a meeting", e.Message, StringComparison.Ordinal);
        Assert.Contains($"meeting field {field}", e.Message, StringComparison.Ordinal);
        await AssertBackendModelDoesNotExist("meeting_mediafile/1");

        var memory = await Assert.ThrowsAsync<MigrationFailedException>(() => MigrateInMemory(Name, $$$"""
            {"mediafile/3": {"id": 3, "owner_id": "organization/1", "{{{field}}}": {{{value}}}}}
            """));
        Assert.IsType<InvalidOperationException>(memory.InnerException);
        Assert.Contains("mediafile/3 is not owned by a meeting", memory.InnerException!.Message, StringComparison.Ordinal);
    }

    /// <summary>Ours: falsy meeting fields and is_public on an organization mediafile pass the check and are removed.</summary>
    [Fact]
    public async Task M0054_falsy_meeting_fields_of_an_organization_mediafile_are_removed()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 1, "mediafile_ids": [3]}}""",
            """{"type": "create", "fqid": "mediafile/3", "fields": {"id": 3, "owner_id": "organization/1", "is_public": true, "access_group_ids": [], "projection_ids": [], "used_as_font_bold_in_meeting_id": 0, "attachment_ids": []}}""");
        await Finalize(Name);
        await AssertBackendModel("mediafile/3", """{"id": 3, "owner_id": "organization/1"}""");
    }

    /// <summary>Ours: deleted mediafiles, lists of speakers, projections and topics are not read, so they stay as they were.</summary>
    [Fact]
    public async Task M0054_deleted_models_are_left_alone()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "mediafile_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "mediafile/1", "fields": {"id": 1, "owner_id": "meeting/1", "is_public": true, "list_of_speakers_id": 1}}""",
            """{"type": "create", "fqid": "mediafile/2", "fields": {"id": 2, "owner_id": "meeting/1", "is_public": false, "attachment_ids": ["topic/1"]}}""",
            """{"type": "create", "fqid": "list_of_speakers/1", "fields": {"id": 1, "meeting_id": 1, "content_object_id": "mediafile/1"}}""",
            """{"type": "create", "fqid": "list_of_speakers/2", "fields": {"id": 2, "meeting_id": 1, "content_object_id": "motion/1"}}""",
            """{"type": "create", "fqid": "projection/1", "fields": {"id": 1, "meeting_id": 1, "content_object_id": "mediafile/2"}}""",
            """{"type": "create", "fqid": "topic/1", "fields": {"id": 1, "meeting_id": 1, "attachment_ids": [2]}}""");
        await Write("""{"type": "delete", "fqid": "mediafile/1", "fields": {}}""",
            """{"type": "delete", "fqid": "list_of_speakers/1", "fields": {}}""",
            """{"type": "delete", "fqid": "projection/1", "fields": {}}""",
            """{"type": "delete", "fqid": "topic/1", "fields": {}}""");
        await Finalize(Name);
        await AssertBackendModel("mediafile/1", """{"id": 1, "owner_id": "meeting/1", "is_public": true, "list_of_speakers_id": 1, "meta_deleted": true}""");
        await AssertBackendModelDoesNotExist("meeting_mediafile/1");
        await AssertBackendModel("list_of_speakers/1", """{"id": 1, "meeting_id": 1, "content_object_id": "mediafile/1", "meta_deleted": true}""");
        await AssertBackendModel("projection/1", """{"id": 1, "meeting_id": 1, "content_object_id": "mediafile/2", "meta_deleted": true}""");
        await AssertBackendModel("topic/1", """{"id": 1, "meeting_id": 1, "attachment_ids": [2], "meta_deleted": true}""");
        await AssertBackendModel("list_of_speakers/2", """{"id": 2, "meeting_id": 1, "content_object_id": "motion/1"}""");
        await AssertBackendModel("mediafile/2", """{"id": 2, "owner_id": "meeting/1", "meeting_mediafile_ids": [2]}""");
        await AssertBackendModel("meeting_mediafile/2", """{"id": 2, "meeting_id": 1, "mediafile_id": 2, "is_public": false, "attachment_ids": ["topic/1"]}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "mediafile_ids": [1, 2], "meeting_mediafile_ids": [2]}""");
    }

    /// <summary>
    /// Ours: without mediafiles the database path still updates every topic, motion and assignment (the null key of
    /// attachment_ids), leaving the models as they were; in memory nothing happens.
    /// </summary>
    [Fact]
    public async Task M0054_without_mediafiles()
    {
        await Write("""{"type": "create", "fqid": "topic/1", "fields": {"id": 1, "meeting_id": 1}}""",
            """{"type": "create", "fqid": "assignment/1", "fields": {"id": 1, "meeting_id": 1}}""");
        await Finalize(Name);
        var migration = await Scalar<int>("SELECT max(position) FROM positions");
        Assert.Equal(2, migration);
        Assert.Equal(2L, await Scalar<long>($"SELECT count(*) FROM events WHERE position = {migration}"));
        await AssertBackendModel("topic/1", """{"id": 1, "meeting_id": 1, "meta_position": 2}""");
        await AssertBackendModel("assignment/1", """{"id": 1, "meeting_id": 1, "meta_position": 2}""");

        var models = """{"topic/1": {"id": 1, "meeting_id": 1}, "assignment/1": {"id": 1, "meeting_id": 1}}""";
        AssertModels(await MigrateInMemory(Name, models), models);
    }

    /// <summary>
    /// Ours, in memory: an organization mediafile without any split field gives no update (upstream would send one
    /// without fields and fail with "No fields are given").
    /// </summary>
    [Fact]
    public async Task M0054_in_memory_an_organization_mediafile_without_split_fields_is_left_alone()
    {
        var models = """{"mediafile/2": {"id": 2, "owner_id": "organization/1", "title": "b"}}""";
        AssertModels(await MigrateInMemory(Name, models), models);
    }

    /// <summary>Ours: a mediafile without owner_id (upstream: KeyError / AttributeError) is treated as not owned by a meeting.</summary>
    [Fact]
    public async Task M0054_a_mediafile_without_owner_loses_its_split_fields()
    {
        await Write("""{"type": "create", "fqid": "mediafile/1", "fields": {"id": 1, "title": "a", "is_public": true, "inherited_access_group_ids": []}}""");
        await Finalize(Name);
        await AssertBackendModel("mediafile/1", """{"id": 1, "title": "a"}""");
        await AssertBackendModelDoesNotExist("meeting_mediafile/1");
    }

    /// <summary>Ours: an owner meeting/x whose x is no id (upstream: ValueError) fails naming the mediafile.</summary>
    [Fact]
    public async Task M0054_an_owner_without_meeting_id_fails()
    {
        await Write("""{"type": "create", "fqid": "mediafile/1", "fields": {"id": 1, "owner_id": "meeting/x", "is_public": true}}""");
        var e = await FinalizeFails(Name);
        Assert.Contains("mediafile/1 has the owner_id 'meeting/x'", e.Message, StringComparison.Ordinal);
    }

    private async Task<JsonNode?> DeletedFields(int position, string fqid) =>
        Json.Node(await Scalar<string>($"SELECT data::text FROM events WHERE position = {position} AND fqid = '{fqid}' AND type = 'deletefields'")
            ?? throw new Xunit.Sdk.XunitException($"no deletefields event for {fqid} at {position}"));

    /// <summary>The models the create events leave (null fields pruned, as the writer does), keyed by fqid in event order.</summary>
    private static string ModelsOf(string[] creates)
    {
        var models = new JsonObject();
        foreach (var create in creates)
        {
            var e = Json.Obj(create);
            var fields = new JsonObject();
            foreach (var (field, value) in e["fields"]!.AsObject())
            {
                if (value is not null)
                {
                    fields[field] = value.DeepClone();
                }
            }

            models[e["fqid"]!.GetValue<string>()] = fields;
        }

        return models.ToJsonString();
    }
}
