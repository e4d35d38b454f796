using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>
/// The event migrations that store a Python set of ints as a list (0002, 0012, 0013, 0019, 0029) store it in
/// CPython's set order, as upstream did. Histories with scattered large ids, whose set order is not ascending; the
/// expected lists are what upstream's migration code (backend 4.2.30 on datastore 832a781) stored when run by
/// python3.10 on the same events. The lists are compared exactly, since <c>AssertBackendModel</c> ignores list order.
/// </summary>
public class PythonSetOrderTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0029_organization_user_ids_are_listed_in_set_order()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "user/751", "fields": {"id": 751}}""",
            """{"type": "create", "fqid": "user/4515", "fields": {"id": 4515}}""",
            """{"type": "create", "fqid": "user/12", "fields": {"id": 12}}""",
            """{"type": "create", "fqid": "user/9000", "fields": {"id": 9000}}""",
            """{"type": "create", "fqid": "user/33", "fields": {"id": 33}}""");
        await Write("""{"type": "create", "fqid": "user/2048", "fields": {"id": 2048}}""",
            """{"type": "delete", "fqid": "user/12"}""",
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "user/1024", "fields": {"id": 1024}}""");
        await Finalize("0029_update_organization_user_ids");
        await AssertList("organization/1", "user_ids", "[33,4515,9000,751,2048,1,1024]");
    }

    [Fact]
    public async Task M0029_users_751_and_4515_are_listed_as_4515_751()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 1}}""");
        await Write("""{"type": "create", "fqid": "user/751", "fields": {"id": 751}}""",
            """{"type": "create", "fqid": "user/4515", "fields": {"id": 4515}}""");
        await Finalize("0029_update_organization_user_ids");
        await AssertList("organization/1", "user_ids", "[4515,751]");
    }

    [Fact]
    public async Task M0002_active_meeting_ids_are_listed_in_set_order()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "meeting/751", "fields": {"id": 751}}""",
            """{"type": "create", "fqid": "meeting/4515", "fields": {"id": 4515}}""",
            """{"type": "create", "fqid": "meeting/12", "fields": {"id": 12}}""",
            """{"type": "create", "fqid": "meeting/9000", "fields": {"id": 9000}}""",
            """{"type": "create", "fqid": "meeting/33", "fields": {"id": 33}}""");
        await Write("""{"type": "delete", "fqid": "meeting/751"}""",
            """{"type": "delete", "fqid": "meeting/12"}""");
        await Write("""{"type": "restore", "fqid": "meeting/12"}""",
            """{"type": "restore", "fqid": "meeting/751"}""",
            """{"type": "create", "fqid": "meeting/2048", "fields": {"id": 2048}}""",
            """{"type": "create", "fqid": "meeting/3", "fields": {"id": 3}}""");
        await Finalize("0002_archive_meetings");
        await AssertList("organization/1", "active_meeting_ids", "[33,4515,9000,2048,3,12,751]");
    }

    [Fact]
    public async Task M0013_archived_meeting_ids_are_listed_in_set_order()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "meeting/751", "fields": {"id": 751}}""",
            """{"type": "create", "fqid": "meeting/4515", "fields": {"id": 4515}}""",
            """{"type": "create", "fqid": "meeting/12", "fields": {"id": 12}}""",
            """{"type": "create", "fqid": "meeting/9000", "fields": {"id": 9000, "is_active_in_organization_id": 1}}""",
            """{"type": "create", "fqid": "meeting/33", "fields": {"id": 33}}""");
        await Write("""{"type": "update", "fqid": "meeting/751", "fields": {"is_active_in_organization_id": 1}}""",
            """{"type": "delete", "fqid": "meeting/12"}""");
        await Write("""{"type": "update", "fqid": "meeting/9000", "fields": {"is_active_in_organization_id": null}}""",
            """{"type": "restore", "fqid": "meeting/12"}""",
            """{"type": "create", "fqid": "meeting/2048", "fields": {"id": 2048}}""",
            """{"type": "update", "fqid": "meeting/751", "fields": {"is_active_in_organization_id": null}}""");
        await Finalize("0013_archived_meeting_ids");
        await AssertList("organization/1", "archived_meeting_ids", "[33,4515,2048,9000,12,751]");
    }

    [Fact]
    public async Task M0012_committee_lists_are_listed_in_set_order()
    {
        await Write("""{"type": "create", "fqid": "committee/4515", "fields": {"meeting_ids": [10]}}""",
            """{"type": "create", "fqid": "committee/751", "fields": {"meeting_ids": [20]}}""",
            """{"type": "create", "fqid": "committee/12", "fields": {"meeting_ids": [30]}}""",
            """{"type": "create", "fqid": "meeting/10", "fields": {"committee_id": 4515}}""",
            """{"type": "create", "fqid": "meeting/20", "fields": {"committee_id": 751}}""",
            """{"type": "create", "fqid": "meeting/30", "fields": {"committee_id": 12}}""");
        await Write("""{"type": "create", "fqid": "user/9000", "fields": {"group_$_ids": ["10"], "group_$10_ids": [1]}}""",
            """{"type": "create", "fqid": "user/33", "fields": {"group_$_ids": ["10", "20"], "group_$10_ids": [1], "group_$20_ids": [2]}}""",
            """{"type": "create", "fqid": "user/1000", "fields": {"group_$_ids": ["30", "10", "20"], "group_$10_ids": [1], "group_$20_ids": [2], "group_$30_ids": [3]}}""",
            """{"type": "create", "fqid": "user/5000", "fields": {"group_$_ids": ["30", "10", "20"], "group_$10_ids": [1], "group_$20_ids": [2], "group_$30_ids": [3]}}""",
            """{"type": "create", "fqid": "user/4096", "fields": {"committee_$_management_level": ["751", "4515", "12"], "committee_$751_management_level": "can_manage", "committee_$4515_management_level": "can_manage", "committee_$12_management_level": "can_manage"}}""");
        await Write("""{"type": "update", "fqid": "user/1000", "fields": {"group_$_ids": ["20"], "group_$10_ids": null, "group_$30_ids": null}}""",
            """{"type": "update", "fqid": "user/4096", "fields": {"committee_$_management_level": ["12"], "committee_$751_management_level": null, "committee_$4515_management_level": null}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"group_$_ids": ["10"], "group_$10_ids": [1]}}""");
        await Finalize("0012_committee_user_relation");
        await AssertList("user/5000", "committee_ids", "[4515,12,751]");
        await AssertList("user/1000", "committee_ids", "[751]");
        await AssertList("user/33", "committee_ids", "[4515,751]");
        await AssertList("user/4096", "committee_ids", "[12]");
        await AssertList("user/4096", "committee_$can_manage_management_level", "[12]");
        await AssertList("committee/4515", "user_ids", "[33,9000,5000,2]");
        await AssertList("committee/751", "user_ids", "[1000,33,5000]");
        await AssertList("committee/12", "user_ids", "[4096,5000]");
        await AssertList("committee/4515", "user_$can_manage_management_level", "[]");
    }

    [Fact]
    public async Task M0019_inherited_groups_and_group_bookkeeping_follow_set_order()
    {
        await Write("""{"type": "create", "fqid": "group/751", "fields": {"meeting_id": 1}}""",
            """{"type": "create", "fqid": "group/4515", "fields": {"meeting_id": 1}}""",
            """{"type": "create", "fqid": "group/12", "fields": {"meeting_id": 1}}""",
            """{"type": "create", "fqid": "group/9000", "fields": {"meeting_id": 1}}""",
            """{"type": "create", "fqid": "mediafile/1", "fields": {"meeting_id": 1, "access_group_ids": [751, 4515]}}""");
        await Write("""{"type": "create", "fqid": "mediafile/4515", "fields": {"meeting_id": 1, "access_group_ids": [12]}}""",
            """{"type": "create", "fqid": "mediafile/751", "fields": {"meeting_id": 1, "access_group_ids": [4515]}}""");
        await Write("""{"type": "update", "fqid": "mediafile/1", "fields": {}, "list_fields": {"add": {"access_group_ids": [12, 9000]}}}""");
        await Finalize("0019_calc_mediafile_is_public");
        await AssertList("mediafile/1", "inherited_access_group_ids", "[9000,4515,12,751]");
        await AssertList("mediafile/1", "access_group_ids", "[751,4515,12,9000]");
        await AssertList("group/751", "mediafile_inherited_access_group_ids", "null");
        await AssertList("group/4515", "mediafile_inherited_access_group_ids", "[1]");
        await AssertList("group/12", "mediafile_inherited_access_group_ids", "[751]");
        await AssertList("group/9000", "mediafile_inherited_access_group_ids", "[1]");
        await AssertList("mediafile/4515", "inherited_access_group_ids", "[12]");
        await AssertList("mediafile/751", "inherited_access_group_ids", "[4515]");
    }

    [Fact]
    public async Task M0029_in_memory_lists_the_created_users_in_set_order()
    {
        var models = await MigrateInMemory("0029_update_organization_user_ids", """
            {"user/751": {"id": 751}, "organization/1": {"id": 1}, "user/4515": {"id": 4515}, "user/12": {"id": 12}}
            """);
        Assert.Equal("[4515,12,751]", models["organization/1"]["user_ids"]?.ToJsonString());
    }

    /// <summary>The field's value exactly as stored, list order included ("null" when the model lacks it).</summary>
    private async Task AssertList(string fqid, string field, string expectedJson)
    {
        JsonObject model = await ReadBackendModel(fqid);
        Assert.True(expectedJson == (model[field]?.ToJsonString() ?? "null"), $"{fqid}/{field}: expected {expectedJson}, actual {model[field]?.ToJsonString() ?? "null"}");
    }
}
