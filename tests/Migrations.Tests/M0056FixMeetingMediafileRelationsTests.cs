using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>0056_fix_meeting_mediafile_relations: upstream's case (tests/system/migrations/test_0056_fix_meeting_mediafile_relations.py) and ours.</summary>
public class M0056FixMeetingMediafileRelationsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0056_fix_meeting_mediafile_relations";

    private static readonly string[] UpstreamData =
    [
        """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "meeting_mediafile_ids": [1, 2], "group_ids": [1]}}""",
        """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "meeting_mediafile_ids": [3, 4, 6], "group_ids": [2, 3]}}""",
        """{"type": "create", "fqid": "mediafile/1", "fields": {"id": 1, "meeting_mediafile_ids": [1, 3]}}""",
        """{"type": "create", "fqid": "mediafile/2", "fields": {"id": 2, "meeting_mediafile_ids": [2]}}""",
        """{"type": "create", "fqid": "mediafile/5", "fields": {"id": 5, "child_ids": [6], "meeting_mediafile_ids": [4]}}""",
        """{"type": "create", "fqid": "mediafile/6", "fields": {"id": 6, "parent_id": 5, "meeting_mediafile_ids": [6]}}""",
        """{"type": "create", "fqid": "meeting_mediafile/1", "fields": {"id": 1, "mediafile_id": 1, "meeting_id": 1, "access_group_ids": [1], "inherited_access_group_ids": [1], "is_public": false}}""",
        """{"type": "create", "fqid": "meeting_mediafile/2", "fields": {"id": 2, "mediafile_id": 2, "meeting_id": 1, "access_group_ids": [1], "inherited_access_group_ids": [1], "is_public": false}}""",
        """{"type": "create", "fqid": "meeting_mediafile/3", "fields": {"id": 3, "mediafile_id": 1, "meeting_id": 2, "access_group_ids": [2, 3], "inherited_access_group_ids": [2, 3], "is_public": false}}""",
        """{"type": "create", "fqid": "meeting_mediafile/4", "fields": {"id": 4, "mediafile_id": 5, "meeting_id": 2, "access_group_ids": [3], "inherited_access_group_ids": [3], "is_public": false}}""",
        """{"type": "create", "fqid": "meeting_mediafile/5", "fields": {"id": 5, "mediafile_id": 2, "meeting_id": 2, "access_group_ids": [4], "inherited_access_group_ids": [], "is_public": false}}""",
        """{"type": "create", "fqid": "meeting_mediafile/6", "fields": {"id": 6, "mediafile_id": 6, "meeting_id": 2, "access_group_ids": [2], "inherited_access_group_ids": [], "is_public": false}}""",
        """{"type": "create", "fqid": "group/1", "fields": {"id": 1, "meeting_id": 1, "mediafile_access_group_ids": [1], "mediafile_inherited_access_group_ids": [1], "meeting_mediafile_access_group_ids": [2], "meeting_mediafile_inherited_access_group_ids": [2]}}""",
        """{"type": "create", "fqid": "group/2", "fields": {"id": 2, "meeting_id": 2, "meeting_mediafile_access_group_ids": [3, 6], "meeting_mediafile_inherited_access_group_ids": [3]}}""",
        """{"type": "create", "fqid": "group/3", "fields": {"id": 3, "meeting_id": 2, "mediafile_access_group_ids": [3, 4], "mediafile_inherited_access_group_ids": [3, 4]}}""",
        """{"type": "create", "fqid": "group/4", "fields": {"id": 4, "meeting_id": 2, "mediafile_id": 2, "mediafile_access_group_ids": [5], "mediafile_inherited_access_group_ids": [5]}}""",
    ];

    [Fact]
    public async Task M0056_migration()
    {
        await Write(UpstreamData);
        await Write("""{"type": "delete", "fqid": "meeting_mediafile/5", "fields": {}}""",
            """{"type": "delete", "fqid": "group/4", "fields": {}}""");
        await Finalize(Name);
        foreach (var (id, meetingId, accessGroups, inheritedAccessGroups) in new[]
        {
            (1, 1, "[1, 2]", "[1, 2]"),
            (2, 2, "[3, 6]", "[3]"),
            (3, 2, "[3, 4]", "[3, 4]"),
        })
        {
            await AssertBackendModel($"group/{id}", $$"""
                {"id": {{id}}, "meeting_id": {{meetingId}}, "meeting_mediafile_access_group_ids": {{accessGroups}}, "meeting_mediafile_inherited_access_group_ids": {{inheritedAccessGroups}}}
                """);
        }
    }

    /// <summary>Ours: the deleted group and the deleted meeting mediafile are not read, so group/4 keeps its old fields.</summary>
    [Fact]
    public async Task M0056_deleted_groups_keep_their_fields()
    {
        await Write(UpstreamData);
        await Write("""{"type": "delete", "fqid": "meeting_mediafile/5", "fields": {}}""",
            """{"type": "delete", "fqid": "group/4", "fields": {}}""");
        await Finalize(Name);
        await AssertBackendModel("group/4", """{"id": 4, "meeting_id": 2, "mediafile_id": 2, "mediafile_access_group_ids": [5], "mediafile_inherited_access_group_ids": [5], "meta_deleted": true, "meta_position": 2}""");
        await AssertBackendModel("meeting_mediafile/5", """{"id": 5, "mediafile_id": 2, "meeting_id": 2, "access_group_ids": [4], "inherited_access_group_ids": [], "is_public": false, "meta_deleted": true}""");
    }

    /// <summary>
    /// Ours: a live meeting mediafile naming a deleted or missing group (upstream: KeyError) adds nothing for it; a group
    /// no meeting mediafile names gets empty lists; a meeting mediafile without access fields (null keys in the
    /// database) adds nothing; every live group is written, changed or not.
    /// </summary>
    [Fact]
    public async Task M0056_unknown_groups_are_skipped_and_every_group_is_written()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"id": 1, "meeting_id": 1, "mediafile_access_group_ids": [9]}}""",
            """{"type": "create", "fqid": "group/2", "fields": {"id": 2, "meeting_id": 1}}""",
            """{"type": "create", "fqid": "group/4", "fields": {"id": 4, "meeting_id": 1}}""",
            """{"type": "create", "fqid": "meeting_mediafile/7", "fields": {"id": 7, "meeting_id": 1, "access_group_ids": [4, 1, 99], "inherited_access_group_ids": [4]}}""",
            """{"type": "create", "fqid": "meeting_mediafile/8", "fields": {"id": 8, "meeting_id": 1}}""");
        await Write("""{"type": "delete", "fqid": "group/4", "fields": {}}""");
        await Finalize(Name);
        await AssertBackendModel("group/1", """{"id": 1, "meeting_id": 1, "meeting_mediafile_access_group_ids": [7], "meeting_mediafile_inherited_access_group_ids": [], "meta_position": 3}""");
        await AssertBackendModel("group/2", """{"id": 2, "meeting_id": 1, "meeting_mediafile_access_group_ids": [], "meeting_mediafile_inherited_access_group_ids": [], "meta_position": 3}""");
        await AssertBackendModel("group/4", """{"id": 4, "meeting_id": 1, "meta_deleted": true, "meta_position": 2}""");
    }

    /// <summary>Ours: without groups there is nothing to write, so no position.</summary>
    [Fact]
    public async Task M0056_without_groups_nothing_is_written()
    {
        await Write("""{"type": "create", "fqid": "meeting_mediafile/1", "fields": {"id": 1, "meeting_id": 1, "access_group_ids": [1]}}""",
            """{"type": "create", "fqid": "group/1", "fields": {"id": 1, "meeting_id": 1}}""");
        await Write("""{"type": "delete", "fqid": "group/1", "fields": {}}""");
        await Finalize(Name);
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
    }

    /// <summary>Ours, in memory: upstream's live models give the same groups, the ids in meeting mediafile order; a repeated group id repeats the entry.</summary>
    [Fact]
    public async Task M0056_in_memory()
    {
        var models = Json.Obj(ModelsOf(UpstreamData));
        models.Remove("meeting_mediafile/5");
        models.Remove("group/4");
        models["meeting_mediafile/9"] = Json.Obj("""{"id": 9, "meeting_id": 1, "access_group_ids": [1, 1]}""");
        var result = await MigrateInMemory(Name, models.ToJsonString());

        var expected = (JsonObject)models.DeepClone();
        expected["group/1"] = Json.Obj("""{"id": 1, "meeting_id": 1, "meeting_mediafile_access_group_ids": [1, 2, 9, 9], "meeting_mediafile_inherited_access_group_ids": [1, 2]}""");
        expected["group/2"] = Json.Obj("""{"id": 2, "meeting_id": 2, "meeting_mediafile_access_group_ids": [3, 6], "meeting_mediafile_inherited_access_group_ids": [3]}""");
        expected["group/3"] = Json.Obj("""{"id": 3, "meeting_id": 2, "meeting_mediafile_access_group_ids": [3, 4], "meeting_mediafile_inherited_access_group_ids": [3, 4]}""");
        Assert.Equal(expected.Select(p => p.Key).Order(StringComparer.Ordinal), result.Keys.Order(StringComparer.Ordinal));
        foreach (var (fqid, model) in expected)
        {
            Json.AssertEqual(model, result[fqid]);
        }
    }

    /// <summary>The models the create events leave (the data has no null fields), keyed by fqid in event order.</summary>
    private static string ModelsOf(string[] creates)
    {
        var models = new JsonObject();
        foreach (var create in creates)
        {
            var e = Json.Obj(create);
            models[e["fqid"]!.GetValue<string>()] = e["fields"]!.DeepClone();
        }

        return models.ToJsonString();
    }
}
