namespace Migrations.Tests;

/// <summary>
/// 0080_remove_empty_strings_from_unique_fields: upstream's cases
/// (tests/system/migrations/test_0080_remove_empty_strings_from_unique_fields.py, one per field and one for all) and ours.
/// </summary>
public class M0080RemoveEmptyStringsFromUniqueFieldsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0080_remove_empty_strings_from_unique_fields";

    [Fact]
    public async Task M0080_committee()
    {
        await Write("""{"type": "create", "fqid": "committee/1", "fields": {"external_id": "a"}}""",
            """{"type": "create", "fqid": "committee/2", "fields": {"external_id": ""}}""",
            """{"type": "create", "fqid": "committee/3", "fields": {}}""",
            """{"type": "create", "fqid": "committee/4", "fields": {"external_id": ""}}""",
            """{"type": "create", "fqid": "committee/5", "fields": {"external_id": "e"}}""");
        await Write("""{"type": "delete", "fqid": "committee/4"}""");
        await Finalize("0080_remove_empty_strings_from_unique_fields");
        await AssertBackendModel("committee/1", """{"external_id": "a"}""");
        await AssertBackendModel("committee/2", """{}""");
        await AssertBackendModel("committee/3", """{}""");
        await AssertBackendModel("committee/4", """{"external_id": "", "meta_deleted": true}""");
        await AssertBackendModel("committee/5", """{"external_id": "e"}""");
    }

    [Fact]
    public async Task M0080_group()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"external_id": "a"}}""",
            """{"type": "create", "fqid": "group/2", "fields": {"external_id": ""}}""",
            """{"type": "create", "fqid": "group/3", "fields": {}}""",
            """{"type": "create", "fqid": "group/4", "fields": {"external_id": ""}}""",
            """{"type": "create", "fqid": "group/5", "fields": {"external_id": "e"}}""");
        await Write("""{"type": "delete", "fqid": "group/4"}""");
        await Finalize("0080_remove_empty_strings_from_unique_fields");
        await AssertBackendModel("group/1", """{"external_id": "a"}""");
        await AssertBackendModel("group/2", """{}""");
        await AssertBackendModel("group/3", """{}""");
        await AssertBackendModel("group/4", """{"external_id": "", "meta_deleted": true}""");
        await AssertBackendModel("group/5", """{"external_id": "e"}""");
    }

    [Fact]
    public async Task M0080_meeting()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"external_id": "a"}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"external_id": ""}}""",
            """{"type": "create", "fqid": "meeting/3", "fields": {}}""",
            """{"type": "create", "fqid": "meeting/4", "fields": {"external_id": ""}}""",
            """{"type": "create", "fqid": "meeting/5", "fields": {"external_id": "e"}}""");
        await Write("""{"type": "delete", "fqid": "meeting/4"}""");
        await Finalize("0080_remove_empty_strings_from_unique_fields");
        await AssertBackendModel("meeting/1", """{"external_id": "a"}""");
        await AssertBackendModel("meeting/2", """{}""");
        await AssertBackendModel("meeting/3", """{}""");
        await AssertBackendModel("meeting/4", """{"external_id": "", "meta_deleted": true}""");
        await AssertBackendModel("meeting/5", """{"external_id": "e"}""");
    }

    [Fact]
    public async Task M0080_mediafile()
    {
        await Write("""{"type": "create", "fqid": "mediafile/1", "fields": {"title": "a"}}""",
            """{"type": "create", "fqid": "mediafile/2", "fields": {"title": ""}}""",
            """{"type": "create", "fqid": "mediafile/3", "fields": {}}""",
            """{"type": "create", "fqid": "mediafile/4", "fields": {"title": ""}}""",
            """{"type": "create", "fqid": "mediafile/5", "fields": {"title": "e"}}""");
        await Write("""{"type": "delete", "fqid": "mediafile/4"}""");
        await Finalize("0080_remove_empty_strings_from_unique_fields");
        await AssertBackendModel("mediafile/1", """{"title": "a"}""");
        await AssertBackendModel("mediafile/2", """{}""");
        await AssertBackendModel("mediafile/3", """{}""");
        await AssertBackendModel("mediafile/4", """{"title": "", "meta_deleted": true}""");
        await AssertBackendModel("mediafile/5", """{"title": "e"}""");
    }

    [Fact]
    public async Task M0080_motion()
    {
        await Write("""{"type": "create", "fqid": "motion/1", "fields": {"number": "a"}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"number": ""}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {}}""",
            """{"type": "create", "fqid": "motion/4", "fields": {"number": ""}}""",
            """{"type": "create", "fqid": "motion/5", "fields": {"number": "e"}}""");
        await Write("""{"type": "delete", "fqid": "motion/4"}""");
        await Finalize("0080_remove_empty_strings_from_unique_fields");
        await AssertBackendModel("motion/1", """{"number": "a"}""");
        await AssertBackendModel("motion/2", """{}""");
        await AssertBackendModel("motion/3", """{}""");
        await AssertBackendModel("motion/4", """{"number": "", "meta_deleted": true}""");
        await AssertBackendModel("motion/5", """{"number": "e"}""");
    }

    [Fact]
    public async Task M0080_option()
    {
        await Write("""{"type": "create", "fqid": "option/1", "fields": {"text": "a"}}""",
            """{"type": "create", "fqid": "option/2", "fields": {"text": ""}}""",
            """{"type": "create", "fqid": "option/3", "fields": {}}""",
            """{"type": "create", "fqid": "option/4", "fields": {"text": ""}}""",
            """{"type": "create", "fqid": "option/5", "fields": {"text": "e"}}""");
        await Write("""{"type": "delete", "fqid": "option/4"}""");
        await Finalize("0080_remove_empty_strings_from_unique_fields");
        await AssertBackendModel("option/1", """{"text": "a"}""");
        await AssertBackendModel("option/2", """{}""");
        await AssertBackendModel("option/3", """{}""");
        await AssertBackendModel("option/4", """{"text": "", "meta_deleted": true}""");
        await AssertBackendModel("option/5", """{"text": "e"}""");
    }

    [Fact]
    public async Task M0080_user()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"member_number": "a"}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"member_number": ""}}""",
            """{"type": "create", "fqid": "user/3", "fields": {}}""",
            """{"type": "create", "fqid": "user/4", "fields": {"member_number": ""}}""",
            """{"type": "create", "fqid": "user/5", "fields": {"member_number": "e"}}""");
        await Write("""{"type": "delete", "fqid": "user/4"}""");
        await Finalize("0080_remove_empty_strings_from_unique_fields");
        await AssertBackendModel("user/1", """{"member_number": "a"}""");
        await AssertBackendModel("user/2", """{}""");
        await AssertBackendModel("user/3", """{}""");
        await AssertBackendModel("user/4", """{"member_number": "", "meta_deleted": true}""");
        await AssertBackendModel("user/5", """{"member_number": "e"}""");
    }

    [Fact]
    public async Task M0080_multi()
    {
        await Write("""{"type": "create", "fqid": "committee/1", "fields": {"external_id": "a"}}""",
            """{"type": "create", "fqid": "committee/2", "fields": {"external_id": ""}}""",
            """{"type": "create", "fqid": "committee/3", "fields": {}}""",
            """{"type": "create", "fqid": "committee/4", "fields": {"external_id": ""}}""",
            """{"type": "create", "fqid": "committee/5", "fields": {"external_id": "e"}}""",
            """{"type": "create", "fqid": "group/1", "fields": {"external_id": "a"}}""",
            """{"type": "create", "fqid": "group/2", "fields": {"external_id": ""}}""",
            """{"type": "create", "fqid": "group/3", "fields": {}}""",
            """{"type": "create", "fqid": "group/4", "fields": {"external_id": ""}}""",
            """{"type": "create", "fqid": "group/5", "fields": {"external_id": "e"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"external_id": "a"}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"external_id": ""}}""",
            """{"type": "create", "fqid": "meeting/3", "fields": {}}""",
            """{"type": "create", "fqid": "meeting/4", "fields": {"external_id": ""}}""",
            """{"type": "create", "fqid": "meeting/5", "fields": {"external_id": "e"}}""",
            """{"type": "create", "fqid": "mediafile/1", "fields": {"title": "a"}}""",
            """{"type": "create", "fqid": "mediafile/2", "fields": {"title": ""}}""",
            """{"type": "create", "fqid": "mediafile/3", "fields": {}}""",
            """{"type": "create", "fqid": "mediafile/4", "fields": {"title": ""}}""",
            """{"type": "create", "fqid": "mediafile/5", "fields": {"title": "e"}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"number": "a"}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"number": ""}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {}}""",
            """{"type": "create", "fqid": "motion/4", "fields": {"number": ""}}""",
            """{"type": "create", "fqid": "motion/5", "fields": {"number": "e"}}""",
            """{"type": "create", "fqid": "option/1", "fields": {"text": "a"}}""",
            """{"type": "create", "fqid": "option/2", "fields": {"text": ""}}""",
            """{"type": "create", "fqid": "option/3", "fields": {}}""",
            """{"type": "create", "fqid": "option/4", "fields": {"text": ""}}""",
            """{"type": "create", "fqid": "option/5", "fields": {"text": "e"}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"member_number": "a"}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"member_number": ""}}""",
            """{"type": "create", "fqid": "user/3", "fields": {}}""",
            """{"type": "create", "fqid": "user/4", "fields": {"member_number": ""}}""",
            """{"type": "create", "fqid": "user/5", "fields": {"member_number": "e"}}""");
        await Write("""{"type": "delete", "fqid": "committee/4"}""",
            """{"type": "delete", "fqid": "group/4"}""",
            """{"type": "delete", "fqid": "meeting/4"}""",
            """{"type": "delete", "fqid": "mediafile/4"}""",
            """{"type": "delete", "fqid": "motion/4"}""",
            """{"type": "delete", "fqid": "option/4"}""",
            """{"type": "delete", "fqid": "user/4"}""");
        await Finalize("0080_remove_empty_strings_from_unique_fields");
        await AssertBackendModel("committee/1", """{"external_id": "a"}""");
        await AssertBackendModel("committee/2", """{}""");
        await AssertBackendModel("committee/3", """{}""");
        await AssertBackendModel("committee/4", """{"external_id": "", "meta_deleted": true}""");
        await AssertBackendModel("committee/5", """{"external_id": "e"}""");
        await AssertBackendModel("group/1", """{"external_id": "a"}""");
        await AssertBackendModel("group/2", """{}""");
        await AssertBackendModel("group/3", """{}""");
        await AssertBackendModel("group/4", """{"external_id": "", "meta_deleted": true}""");
        await AssertBackendModel("group/5", """{"external_id": "e"}""");
        await AssertBackendModel("meeting/1", """{"external_id": "a"}""");
        await AssertBackendModel("meeting/2", """{}""");
        await AssertBackendModel("meeting/3", """{}""");
        await AssertBackendModel("meeting/4", """{"external_id": "", "meta_deleted": true}""");
        await AssertBackendModel("meeting/5", """{"external_id": "e"}""");
        await AssertBackendModel("mediafile/1", """{"title": "a"}""");
        await AssertBackendModel("mediafile/2", """{}""");
        await AssertBackendModel("mediafile/3", """{}""");
        await AssertBackendModel("mediafile/4", """{"title": "", "meta_deleted": true}""");
        await AssertBackendModel("mediafile/5", """{"title": "e"}""");
        await AssertBackendModel("motion/1", """{"number": "a"}""");
        await AssertBackendModel("motion/2", """{}""");
        await AssertBackendModel("motion/3", """{}""");
        await AssertBackendModel("motion/4", """{"number": "", "meta_deleted": true}""");
        await AssertBackendModel("motion/5", """{"number": "e"}""");
        await AssertBackendModel("option/1", """{"text": "a"}""");
        await AssertBackendModel("option/2", """{}""");
        await AssertBackendModel("option/3", """{}""");
        await AssertBackendModel("option/4", """{"text": "", "meta_deleted": true}""");
        await AssertBackendModel("option/5", """{"text": "e"}""");
        await AssertBackendModel("user/1", """{"member_number": "a"}""");
        await AssertBackendModel("user/2", """{}""");
        await AssertBackendModel("user/3", """{}""");
        await AssertBackendModel("user/4", """{"member_number": "", "meta_deleted": true}""");
        await AssertBackendModel("user/5", """{"member_number": "e"}""");
    }


    /// <summary>Ours: upstream's data for all fields gives one field deletion per live empty value, by field in upstream's order.</summary>
    [Fact]
    public async Task M0080_events_of_upstreams_multi_data()
    {
        await Write(Creates(UpstreamMultiData));
        await Write("""{"type": "delete", "fqid": "committee/4"}""",
            """{"type": "delete", "fqid": "group/4"}""",
            """{"type": "delete", "fqid": "meeting/4"}""",
            """{"type": "delete", "fqid": "mediafile/4"}""",
            """{"type": "delete", "fqid": "motion/4"}""",
            """{"type": "delete", "fqid": "option/4"}""",
            """{"type": "delete", "fqid": "user/4"}""");
        await Finalize(Name);
        await AssertMigrationEvents(
            ("deletefields", "committee/2", """["external_id"]"""),
            ("deletefields", "group/2", """["external_id"]"""),
            ("deletefields", "meeting/2", """["external_id"]"""),
            ("deletefields", "mediafile/2", """["title"]"""),
            ("deletefields", "motion/2", """["number"]"""),
            ("deletefields", "option/2", """["text"]"""),
            ("deletefields", "user/2", """["member_number"]"""));
    }

    /// <summary>Ours, in memory: upstream's data for all fields, all live as in an import, so x/4 loses its empty value too.</summary>
    [Fact]
    public async Task M0080_in_memory_upstreams_multi_data()
    {
        var migrated = await MigrateInMemory(Name, UpstreamMultiData);
        AssertModels(migrated, """
            {
                "committee/1": {"external_id": "a"}, "committee/2": {}, "committee/3": {}, "committee/4": {}, "committee/5": {"external_id": "e"},
                "group/1": {"external_id": "a"}, "group/2": {}, "group/3": {}, "group/4": {}, "group/5": {"external_id": "e"},
                "meeting/1": {"external_id": "a"}, "meeting/2": {}, "meeting/3": {}, "meeting/4": {}, "meeting/5": {"external_id": "e"},
                "mediafile/1": {"title": "a"}, "mediafile/2": {}, "mediafile/3": {}, "mediafile/4": {}, "mediafile/5": {"title": "e"},
                "motion/1": {"number": "a"}, "motion/2": {}, "motion/3": {}, "motion/4": {}, "motion/5": {"number": "e"},
                "option/1": {"text": "a"}, "option/2": {}, "option/3": {}, "option/4": {}, "option/5": {"text": "e"},
                "user/1": {"member_number": "a"}, "user/2": {}, "user/3": {}, "user/4": {}, "user/5": {"member_number": "e"}
            }
            """);
    }

    /// <summary>
    /// Ours: only the JSON string <c>""</c> matches, on both paths: a blank, null, zero, false, an empty list or
    /// object, and the string <c>"\"\""</c> stay, as does an empty string in another field or in a field of this list
    /// on another collection; nothing is written.
    /// </summary>
    [Fact]
    public async Task M0080_only_the_empty_string_of_the_listed_fields_matches()
    {
        var models = """
            {
                "committee/1": {"id": 1, "external_id": " "},
                "committee/2": {"id": 2, "external_id": null, "name": ""},
                "group/1": {"id": 1, "external_id": 0},
                "meeting/1": {"id": 1, "external_id": false},
                "mediafile/1": {"id": 1, "title": []},
                "motion/1": {"id": 1, "number": {}},
                "option/1": {"id": 1, "text": "\"\""},
                "user/1": {"id": 1, "member_number": "0", "external_id": ""},
                "topic/1": {"id": 1, "number": "", "external_id": "", "title": ""}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("committee/2", """{"id": 2, "name": ""}""");
        await AssertBackendModel("topic/1", """{"id": 1, "number": "", "external_id": "", "title": ""}""");

        AssertModels(await MigrateInMemory(Name, models), models);
    }

    private const string UpstreamMultiData = """
        {
            "committee/1": {"external_id": "a"}, "committee/2": {"external_id": ""}, "committee/3": {}, "committee/4": {"external_id": ""}, "committee/5": {"external_id": "e"},
            "group/1": {"external_id": "a"}, "group/2": {"external_id": ""}, "group/3": {}, "group/4": {"external_id": ""}, "group/5": {"external_id": "e"},
            "meeting/1": {"external_id": "a"}, "meeting/2": {"external_id": ""}, "meeting/3": {}, "meeting/4": {"external_id": ""}, "meeting/5": {"external_id": "e"},
            "mediafile/1": {"title": "a"}, "mediafile/2": {"title": ""}, "mediafile/3": {}, "mediafile/4": {"title": ""}, "mediafile/5": {"title": "e"},
            "motion/1": {"number": "a"}, "motion/2": {"number": ""}, "motion/3": {}, "motion/4": {"number": ""}, "motion/5": {"number": "e"},
            "option/1": {"text": "a"}, "option/2": {"text": ""}, "option/3": {}, "option/4": {"text": ""}, "option/5": {"text": "e"},
            "user/1": {"member_number": "a"}, "user/2": {"member_number": ""}, "user/3": {}, "user/4": {"member_number": ""}, "user/5": {"member_number": "e"}
        }
        """;
}
