using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.M0074;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Migrations.Shared;

namespace Migrations.Tests;

/// <summary>
/// 0074_check_equal_fields: upstream's cases (tests/system/migrations/test_0074_check_equal_fields.py) and ours.
/// Upstream's test generates its data from the backend's model registry (<c>get_base_data</c>: one model per
/// collection, every relation with equal fields linked, then some models "broken" by pointing their equal fields at a
/// second meeting, workflow or owner, and some relation sides removed) and parametrizes its failure test with 14 cases
/// computed from that data; <see cref="UpstreamData"/> is the port of that generator over <see cref="ModelRelations"/>,
/// pinned to what upstream's generator gives (run in Python over the same relation table, with the equal field names
/// of a collection taken in sorted order where upstream takes a set's hash order: only the key order inside the
/// generated models differs then). Ours add one case per relation with equal fields (86, see
/// <see cref="M0074_the_relations_are_upstreams_in_its_order"/>) for agreeing ends, differing ends and links to a
/// deleted model; the in-memory path; the order of the events; missing fields, odd values and Python's equality; and
/// the set, repr and equality helpers. Expected values of ours come from running upstream's migration code (Python,
/// with a reader of the database's and of the in-memory semantics) on the same data.
/// </summary>
public class M0074CheckEqualFieldsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0074_check_equal_fields";

    // ------------------------------------------------------------------------------------------------------------------
    // upstream's tests

    [Fact]
    public Task M0074_so_called_migration_success() => BaseTest([], incomplete: false, front: true);

    /// <summary>Upstream's parametrized test: the break fqids comma-joined, whether a relation side is removed, and which.</summary>
    [Theory]
    [MemberData(nameof(UpstreamFailureCases))]
    public Task M0074_so_called_migration_failure(string breakFqids, bool incomplete, bool front) =>
        BaseTest(breakFqids.Split(','), incomplete, front);

    [Fact]
    public async Task M0074_so_called_migration_failure_meeting_16()
    {
        var (data, _) = UpstreamData.GetBaseData([]);
        const string fqid = "projection/100";
        data[fqid] = new JsonObject { ["id"] = 100 };
        UpstreamData.FillField(data[fqid], "projection", "meeting_id", 100, data);
        UpstreamData.FillField(data[fqid], "projection", "content_object_id", 100, data, useOtherModel: true);
        var other = data[fqid]["content_object_id"]!.GetValue<string>();
        var (otherCollection, otherId) = UpstreamData.Split(other);
        UpstreamData.FillField(data[other], otherCollection, "meeting_id", otherId, data, useOtherModel: true);
        await Write(Creates(ToJson(data)));
        var error = await FinalizeFails(Name);
        Assert.IsType<MigrationException>(error);
        Assert.Contains("Migration exception:\n* Detected different equal_fields: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("projection/100/content_object_id: (16,)", error.Message, StringComparison.Ordinal);
        Assert.Contains("/projection_ids: (17,)", error.Message, StringComparison.Ordinal);
        // Ours: the whole message (the other model is the second projector countdown, in meeting 17).
        Assert.Equal(
            "Migration exception:\n* Detected different equal_fields: projection/100/content_object_id: (16,) and projector_countdown/41/projection_ids: (17,) for equal_fields ('meeting_id',)",
            error.Message);
    }

    [Fact]
    public async Task M0074_so_called_migration_failure_everything_deleted()
    {
        var (data, _) = UpstreamData.GetBaseData([]);
        const string fqid = "projection/100";
        data[fqid] = new JsonObject { ["id"] = 100 };
        UpstreamData.FillField(data[fqid], "projection", "meeting_id", 100, data);
        UpstreamData.FillField(data[fqid], "projection", "content_object_id", 100, data, useOtherModel: true);
        await Write(Creates(ToJson(data)));
        await Write([.. data.Keys.Select(f => $$"""{"type": "delete", "fqid": "{{f}}"}""")]);
        await Finalize(Name);
        foreach (var (modelFqid, model) in data)
        {
            var expected = (JsonObject)model.DeepClone();
            expected["meta_deleted"] = true;
            await AssertBackendModel(modelFqid, expected.ToJsonString());
        }
    }

    [Fact]
    public async Task M0074_so_called_migration_failure_delete_only_group()
    {
        var (data, _) = UpstreamData.GetBaseData([]);
        await Write(Creates(ToJson(data)));
        var fqid = UpstreamData.FqidOf("group");
        var changed = ReducedGroupIds(data, fqid);
        await Write($$"""{"type": "delete", "fqid": "{{fqid}}"}""");
        await Finalize(Name);
        var skip = new HashSet<string>(StringComparer.Ordinal) { "group/10" };
        foreach (var (modelFqid, changes) in changed)
        {
            skip.Add(modelFqid);
            await AssertBackendModel(modelFqid, Merged(data[modelFqid], changes).ToJsonString());
        }

        foreach (var (modelFqid, model) in data.Where(p => !skip.Contains(p.Key)))
        {
            await AssertBackendModel(modelFqid, model.ToJsonString());
        }

        // Ours: the events, one per broken link, relation by relation.
        await AssertMigrationEvents(
            ("listfields", "meeting_mediafile/17", """{"add": {}, "remove": {"access_group_ids": [10]}}"""),
            ("listfields", "meeting_user/18", """{"add": {}, "remove": {"group_ids": [10]}}"""),
            ("listfields", "poll/35", """{"add": {}, "remove": {"entitled_group_ids": [10]}}"""),
            ("listfields", "motion_comment_section/24", """{"add": {}, "remove": {"read_group_ids": [10]}}"""),
            ("listfields", "motion_comment_section/24", """{"add": {}, "remove": {"write_group_ids": [10]}}"""),
            ("listfields", "chat_group/6", """{"add": {}, "remove": {"read_group_ids": [10]}}"""),
            ("listfields", "chat_group/6", """{"add": {}, "remove": {"write_group_ids": [10]}}"""));
    }

    [Fact]
    public async Task M0074_so_called_migration_failure_delete_only_projector()
    {
        var (data, _) = UpstreamData.GetBaseData([]);
        await Write(Creates(ToJson(data)));
        var fqid = UpstreamData.FqidOf("projector");
        var changed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (field, projectorField) in new[]
        {
            ("current_projector_id", "current_projection_ids"),
            ("preview_projector_id", "preview_projection_ids"),
            ("history_projector_id", "history_projection_ids"),
        })
        {
            foreach (var id in data[fqid][projectorField]!.AsArray())
            {
                var projection = $"projection/{id!.GetValue<int>()}";
                if (!changed.TryGetValue(projection, out var fields))
                {
                    changed[projection] = fields = new HashSet<string>(StringComparer.Ordinal);
                }

                fields.Add(field);
            }
        }

        await Write($$"""{"type": "delete", "fqid": "{{fqid}}"}""");
        await Finalize(Name);
        var skip = new HashSet<string>(StringComparer.Ordinal) { fqid };
        foreach (var (modelFqid, fields) in changed)
        {
            skip.Add(modelFqid);
            var expected = (JsonObject)data[modelFqid].DeepClone();
            foreach (var field in fields)
            {
                expected.Remove(field);
            }

            await AssertBackendModel(modelFqid, expected.ToJsonString());
        }

        foreach (var (modelFqid, model) in data.Where(p => !skip.Contains(p.Key)))
        {
            await AssertBackendModel(modelFqid, model.ToJsonString());
        }

        // Ours: the events.
        await AssertMigrationEvents(
            ("deletefields", "projection/38", """["current_projector_id"]"""),
            ("deletefields", "projection/38", """["history_projector_id"]"""),
            ("deletefields", "projection/38", """["preview_projector_id"]"""));
    }

    /// <summary>Upstream's <c>base_test_fn</c>.</summary>
    private async Task BaseTest(IReadOnlyList<string> breakFqids, bool incomplete, bool front)
    {
        var (data, expectedErrors) = UpstreamData.GetBaseData(breakFqids);
        if (incomplete)
        {
            UpstreamData.RemoveOneRelationSide(data, front);
        }

        await Write(Creates(ToJson(data)));
        if (expectedErrors.Count > 0)
        {
            var error = await FinalizeFails(Name);
            Assert.IsType<MigrationException>(error);
            var lines = expectedErrors
                .Select(e => $"Detected different equal_fields: {string.Join(" and ", new[] { e.First, e.Second }.Order(StringComparer.Ordinal))} for equal_fields {StringTuple(e.EqualFields)}")
                .Order(StringComparer.Ordinal);
            Assert.Equal("Migration exception:\n* " + string.Join("\n* ", lines), error.Message);
        }
        else
        {
            await Finalize(Name);
            foreach (var (fqid, model) in data)
            {
                await AssertBackendModel(fqid, model.ToJsonString());
            }
        }
    }

    public static TheoryData<string, bool, bool> UpstreamFailureCases()
    {
        var cases = new TheoryData<string, bool, bool>();
        foreach (var (fqids, incomplete, front) in UpstreamData.SummarizedTestCases.Value)
        {
            cases.Add(string.Join(",", fqids), incomplete, front);
        }

        return cases;
    }

    /// <summary>
    /// Upstream's <c>get_reduced_group_ids</c> and <c>merge_reduced_group_ids</c>: per model that lists the group, its
    /// group fields without the group's id.
    /// </summary>
    private static Dictionary<string, JsonObject> ReducedGroupIds(OrderedDictionary<string, JsonObject> data, string groupFqid)
    {
        var groupId = UpstreamData.Split(groupFqid).Id;
        var changed = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (collection, field, groupField) in new[]
        {
            ("meeting_user", "group_ids", "meeting_user_ids"),
            ("meeting_mediafile", "access_group_ids", "meeting_mediafile_access_group_ids"),
            ("poll", "entitled_group_ids", "poll_ids"),
            ("motion_comment_section", "read_group_ids", "read_comment_section_ids"),
            ("motion_comment_section", "write_group_ids", "write_comment_section_ids"),
            ("chat_group", "read_group_ids", "read_chat_group_ids"),
            ("chat_group", "write_group_ids", "write_chat_group_ids"),
        })
        {
            foreach (var id in data[groupFqid][groupField]!.AsArray())
            {
                var fqid = $"{collection}/{id!.GetValue<int>()}";
                if (!changed.TryGetValue(fqid, out var changes))
                {
                    changed[fqid] = changes = new JsonObject();
                }

                changes[field] = new JsonArray([.. data[fqid][field]!.AsArray().Where(g => g!.GetValue<int>() != groupId).Select(g => g!.DeepClone())]);
            }
        }

        return changed;
    }

    private static JsonObject Merged(JsonObject model, JsonObject changes)
    {
        var merged = (JsonObject)model.DeepClone();
        foreach (var (field, value) in changes)
        {
            merged[field] = value?.DeepClone();
        }

        return merged;
    }

    private static string ToJson(OrderedDictionary<string, JsonObject> data) =>
        new JsonObject(data.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value.DeepClone()))).ToJsonString();

    /// <summary>Python's repr of a tuple of names: <c>('meeting_id',)</c>.</summary>
    private static string StringTuple(IReadOnlyList<string> names) =>
        "(" + string.Join(", ", names.Select(n => $"'{n}'")) + (names.Count == 1 ? ",)" : ")");

    /// <summary>Python's repr of a tuple of the ids, fqids and Nones this data holds.</summary>
    private static string ReprTuple(IReadOnlyList<JsonNode?> values) =>
        "(" + string.Join(", ", values.Select(v => v is null ? "None" : v.GetValueKind() == JsonValueKind.String ? $"'{v.GetValue<string>()}'" : v.ToJsonString()))
            + (values.Count == 1 ? ",)" : ")");

    // ------------------------------------------------------------------------------------------------------------------
    // ours: the relations, upstream's parametrization and data

    /// <summary>
    /// The 86 relations with equal fields that upstream's <c>get_relations</c> derives from the 4.2.30 model registry,
    /// in its order, each as "main end, other end, equal fields" (computed in Python over the relation table with
    /// upstream's code): per collection in registry order, per field by name, per target in the backend's order.
    /// </summary>
    [Fact]
    public void M0074_the_relations_are_upstreams_in_its_order()
    {
        string[] expected =
        [
            "meeting_user/assignment_candidate_ids assignment_candidate/meeting_user_id meeting_id",
            "meeting_user/chat_message_ids chat_message/meeting_user_id meeting_id",
            "meeting_user/motion_editor_ids motion_editor/meeting_user_id meeting_id",
            "meeting_user/motion_submitter_ids motion_submitter/meeting_user_id meeting_id",
            "meeting_user/motion_supporter_ids motion_supporter/meeting_user_id meeting_id",
            "meeting_user/motion_working_group_speaker_ids motion_working_group_speaker/meeting_user_id meeting_id",
            "meeting_user/structure_level_ids structure_level/meeting_user_ids meeting_id",
            "meeting_user/vote_delegated_to_id meeting_user/vote_delegations_from_ids meeting_id",
            "group/meeting_mediafile_access_group_ids meeting_mediafile/access_group_ids meeting_id",
            "group/meeting_user_ids meeting_user/group_ids meeting_id",
            "group/poll_ids poll/entitled_group_ids meeting_id",
            "group/read_comment_section_ids motion_comment_section/read_group_ids meeting_id",
            "group/write_comment_section_ids motion_comment_section/write_group_ids meeting_id",
            "personal_note/meeting_user_id meeting_user/personal_note_ids meeting_id",
            "agenda_item/parent_id agenda_item/child_ids meeting_id",
            "agenda_item/projection_ids projection/content_object_id meeting_id",
            "agenda_item/tag_ids tag/tagged_ids meeting_id",
            "list_of_speakers/content_object_id meeting_mediafile/list_of_speakers_id meeting_id",
            "list_of_speakers/projection_ids projection/content_object_id meeting_id",
            "structure_level_list_of_speakers/list_of_speakers_id list_of_speakers/structure_level_list_of_speakers_ids meeting_id",
            "structure_level_list_of_speakers/structure_level_id structure_level/structure_level_list_of_speakers_ids meeting_id",
            "speaker/list_of_speakers_id list_of_speakers/speaker_ids meeting_id",
            "speaker/meeting_user_id meeting_user/speaker_ids meeting_id",
            "speaker/point_of_order_category_id point_of_order_category/speaker_ids meeting_id",
            "speaker/structure_level_list_of_speakers_id structure_level_list_of_speakers/speaker_ids meeting_id",
            "topic/agenda_item_id agenda_item/content_object_id meeting_id",
            "topic/attachment_meeting_mediafile_ids meeting_mediafile/attachment_ids meeting_id",
            "topic/list_of_speakers_id list_of_speakers/content_object_id meeting_id",
            "topic/poll_ids poll/content_object_id meeting_id",
            "topic/projection_ids projection/content_object_id meeting_id",
            "motion/agenda_item_id agenda_item/content_object_id meeting_id",
            "motion/attachment_meeting_mediafile_ids meeting_mediafile/attachment_ids meeting_id",
            "motion/block_id motion_block/motion_ids meeting_id",
            "motion/category_id motion_category/motion_ids meeting_id",
            "motion/identical_motion_ids motion/identical_motion_ids meeting_id",
            "motion/lead_motion_id motion/amendment_ids meeting_id",
            "motion/list_of_speakers_id list_of_speakers/content_object_id meeting_id",
            "motion/option_ids option/content_object_id meeting_id",
            "motion/personal_note_ids personal_note/content_object_id meeting_id",
            "motion/poll_ids poll/content_object_id meeting_id",
            "motion/projection_ids projection/content_object_id meeting_id",
            "motion/recommendation_id motion_state/motion_recommendation_ids meeting_id",
            "motion/referenced_in_motion_recommendation_extension_ids motion/recommendation_extension_reference_ids meeting_id",
            "motion/referenced_in_motion_state_extension_ids motion/state_extension_reference_ids meeting_id",
            "motion/sort_parent_id motion/sort_child_ids meeting_id",
            "motion/state_id motion_state/motion_ids meeting_id",
            "motion/tag_ids tag/tagged_ids meeting_id",
            "motion_submitter/motion_id motion/submitter_ids meeting_id",
            "motion_supporter/motion_id motion/supporter_ids meeting_id",
            "motion_editor/motion_id motion/editor_ids meeting_id",
            "motion_working_group_speaker/motion_id motion/working_group_speaker_ids meeting_id",
            "motion_comment/motion_id motion/comment_ids meeting_id",
            "motion_comment/section_id motion_comment_section/comment_ids meeting_id",
            "motion_category/parent_id motion_category/child_ids meeting_id",
            "motion_block/agenda_item_id agenda_item/content_object_id meeting_id",
            "motion_block/list_of_speakers_id list_of_speakers/content_object_id meeting_id",
            "motion_block/projection_ids projection/content_object_id meeting_id",
            "motion_change_recommendation/motion_id motion/change_recommendation_ids meeting_id",
            "motion_state/first_state_of_workflow_id motion_workflow/first_state_id meeting_id",
            "motion_state/next_state_ids motion_state/previous_state_ids meeting_id,workflow_id",
            "motion_state/submitter_withdraw_state_id motion_state/submitter_withdraw_back_ids meeting_id,workflow_id",
            "motion_state/workflow_id motion_workflow/state_ids meeting_id",
            "poll/projection_ids projection/content_object_id meeting_id",
            "option/poll_id poll/option_ids meeting_id",
            "option/used_as_global_option_in_poll_id poll/global_option_id meeting_id",
            "vote/option_id option/vote_ids meeting_id",
            "assignment/agenda_item_id agenda_item/content_object_id meeting_id",
            "assignment/attachment_meeting_mediafile_ids meeting_mediafile/attachment_ids meeting_id",
            "assignment/list_of_speakers_id list_of_speakers/content_object_id meeting_id",
            "assignment/poll_ids poll/content_object_id meeting_id",
            "assignment/projection_ids projection/content_object_id meeting_id",
            "assignment/tag_ids tag/tagged_ids meeting_id",
            "assignment_candidate/assignment_id assignment/candidate_ids meeting_id",
            "poll_candidate_list/option_id option/content_object_id meeting_id",
            "poll_candidate/poll_candidate_list_id poll_candidate_list/poll_candidate_ids meeting_id",
            "mediafile/parent_id mediafile/child_ids owner_id",
            "projection/content_object_id meeting_mediafile/projection_ids meeting_id",
            "projection/content_object_id meeting/projection_ids meeting_id",
            "projection/current_projector_id projector/current_projection_ids meeting_id",
            "projection/history_projector_id projector/history_projection_ids meeting_id",
            "projection/preview_projector_id projector/preview_projection_ids meeting_id",
            "projector_message/projection_ids projection/content_object_id meeting_id",
            "projector_countdown/projection_ids projection/content_object_id meeting_id",
            "chat_group/chat_message_ids chat_message/chat_group_id meeting_id",
            "chat_group/read_group_ids group/read_chat_group_ids meeting_id",
            "chat_group/write_group_ids group/write_chat_group_ids meeting_id",
        ];
        Assert.Equal(86, EqualFieldRelations.Backend4230.Count);
        Assert.Equal(expected, EqualFieldRelations.Backend4230.Select(r => $"{Key(r)} {string.Join(",", r.EqualFields)}"));
        // The one equal field that is itself an end of such a relation (the data of the relation cases rely on it).
        Assert.Equal(
            ["motion_state/workflow_id"],
            EqualFieldRelations.Backend4230
                .SelectMany(r => r.EqualFields.SelectMany(e => new[] { $"{r.First.Collection}/{e}", $"{r.Second.Collection}/{e}" }))
                .Distinct(StringComparer.Ordinal)
                .Where(end => EqualFieldRelations.Backend4230.Any(r => end == $"{r.First.Collection}/{r.First.Name}" || end == $"{r.Second.Collection}/{r.Second.Name}")));
    }

    /// <summary>
    /// Upstream's parametrization computes 14 cases (test_cases: 66 models of the base data, summarized so that no
    /// two models of a case are related); pinned with the number of errors each expects.
    /// </summary>
    [Fact]
    public void M0074_upstreams_parametrization_has_its_14_cases()
    {
        (string Fqids, bool Incomplete, bool Front, int Errors)[] expected =
        [
            ("organization/1,assignment/4,chat_message/7,group/10,motion/19,point_of_order_category/34,poll_candidate_list/37,projector_countdown/40,structure_level/43,vote/49", false, true, 46),
            ("agenda_item/3,chat_group/6,mediafile/15,meeting_user/18,motion_category/21,motion_comment_section/24,poll_candidate/36,projector/39,list_of_speakers/15,list_of_speakers/18,poll/37", true, false, 31),
            ("assignment_candidate/5,list_of_speakers/14,motion_comment/23,motion_state/26,poll/35,projector_message/41,agenda_item/6,list_of_speakers/17,mediafile/16", true, true, 23),
            ("meeting_mediafile/17,motion_block/20,motion_workflow/29,structure_level_list_of_speakers/44,meeting_user/19,option/32", true, true, 18),
            ("motion_change_recommendation/22,motion_editor/25,motion_supporter/28,option/31,agenda_item/5,list_of_speakers/16", false, true, 11),
            ("motion_submitter/27,motion_working_group_speaker/30,personal_note/33,speaker/42,tag/45,motion_category/22,projection/45,projection/48", true, false, 16),
            ("projection/38,projection/40,projection/41,motion_state/27,projection/47", true, true, 10),
            ("topic/47", true, true, 5),
            ("user/48", false, false, 0),
            ("agenda_item/4", true, false, 2),
            ("projection/39,projection/42,projection/43,projection/44,projection/46", false, true, 5),
            ("motion/20", true, false, 5),
            ("poll/36", false, true, 1),
            ("option/33", false, false, 0),
        ];
        var actual = UpstreamData.SummarizedTestCases.Value;
        Assert.Equal(14, actual.Count);
        Assert.Equal(
            expected,
            actual.Select(c => (string.Join(",", c.Fqids), c.Incomplete, c.Front, UpstreamData.GetBaseData(c.Fqids).Errors.Count)));
        Assert.Equal(66, UpstreamData.TestCases.Value.Count);
    }

    /// <summary>The port of <c>get_base_data()</c> gives upstream's 75 models, in upstream's order.</summary>
    [Fact]
    public void M0074_the_base_data_is_upstreams()
    {
        var expected = Json.Obj(BaseDataJson);
        var (actual, errors) = UpstreamData.GetBaseData([]);
        Assert.Empty(errors);
        Assert.Equal(expected.Select(p => p.Key), actual.Keys);
        foreach (var (fqid, model) in expected)
        {
            Json.AssertEqual(model, actual[fqid]);
        }
    }

    public static TheoryData<string> EqualFieldRelationKeys()
    {
        var keys = new TheoryData<string>();
        foreach (var relation in EqualFieldRelations.Backend4230)
        {
            keys.Add(Key(relation));
        }

        return keys;
    }

    /// <summary>Ours, per relation: two linked models that agree on the equal fields are left as they are, and nothing is written.</summary>
    [Theory]
    [MemberData(nameof(EqualFieldRelationKeys))]
    public async Task M0074_a_relation_whose_ends_agree_is_left_as_it_is(string relation)
    {
        var (models, _) = RelationData(RelationOf(relation), withEqualFields: true, differ: false);
        var position = await Write(Creates(models.ToJsonString()));
        await Finalize(Name);
        Assert.Equal(position, await Scalar<int>("SELECT max(position) FROM positions"));
        foreach (var (fqid, model) in models)
        {
            await AssertBackendModel(fqid, model!.ToJsonString());
        }
    }

    /// <summary>Ours, per relation: two linked models whose equal fields differ fail the migration with upstream's message.</summary>
    [Theory]
    [MemberData(nameof(EqualFieldRelationKeys))]
    public async Task M0074_a_relation_whose_ends_differ_fails(string relation)
    {
        var (models, expected) = RelationData(RelationOf(relation), withEqualFields: true, differ: true);
        await Write(Creates(models.ToJsonString()));
        var error = await FinalizeFails(Name);
        Assert.IsType<MigrationException>(error);
        Assert.Equal(expected, error.Message);
    }

    /// <summary>
    /// Ours, per relation: when one of two linked models is deleted, the other one's link goes (a list update for a list,
    /// the field deleted for a single value), whichever end it is. The relation whose two ends are the same field
    /// (motion/identical_motion_ids) removes the id twice, once per end, as upstream.
    /// </summary>
    [Theory]
    [MemberData(nameof(EqualFieldRelationKeys))]
    public async Task M0074_a_link_to_a_deleted_model_is_removed(string relation)
    {
        var equalFieldRelation = RelationOf(relation);
        await AssertLinkToDeletedModelRemoved(equalFieldRelation, deleteFirst: false);
        await ClearDatastore();
        await AssertLinkToDeletedModelRemoved(equalFieldRelation, deleteFirst: true);
    }

    private async Task AssertLinkToDeletedModelRemoved(EqualFieldRelation relation, bool deleteFirst)
    {
        var (models, _) = RelationData(relation, withEqualFields: false, differ: false);
        await Write(Creates(models.ToJsonString()));
        var (kept, keptId, goneCollection, goneId) = deleteFirst
            ? (relation.Second, IdB, relation.First.Collection, IdA)
            : (relation.First, IdA, relation.Second.Collection, IdB);
        var keptFqid = $"{kept.Collection}/{keptId}";
        var goneFqid = $"{goneCollection}/{goneId}";
        await Write($$"""{"type": "delete", "fqid": "{{goneFqid}}"}""");
        await Finalize(Name);

        var expected = (JsonObject)models[keptFqid]!.DeepClone();
        (string Type, string Fqid, string Data) removal;
        if (kept.IsListRelation)
        {
            var removed = kept.IsGeneric ? $"\"{goneFqid}\"" : goneId.ToString(CultureInfo.InvariantCulture);
            removal = ("listfields", keptFqid, $$$"""{"add": {}, "remove": {"{{{kept.Name}}}": [{{{removed}}}]}}""");
            expected[kept.Name] = new JsonArray();
        }
        else
        {
            removal = ("deletefields", keptFqid, $$"""["{{kept.Name}}"]""");
            expected.Remove(kept.Name);
        }

        var sameField = relation.First.Collection == relation.Second.Collection && relation.First.Name == relation.Second.Name;
        await AssertMigrationEvents([.. Enumerable.Repeat(removal, sameField ? 2 : 1)]);
        await AssertBackendModel(keptFqid, expected.ToJsonString());
    }

    private const int IdA = 11;
    private const int IdB = 12;

    private static string Key(EqualFieldRelation relation) =>
        $"{relation.First.Collection}/{relation.First.Name} {relation.Second.Collection}/{relation.Second.Name}";

    private static EqualFieldRelation RelationOf(string key) => EqualFieldRelations.Backend4230.Single(r => Key(r) == key);

    /// <summary>
    /// Two models linked by the relation, the first end's <c>a/11</c> and the second end's <c>b/12</c>, with (if asked)
    /// the equal fields: meeting 7 (or the meeting itself when one end is a meeting), workflow 31 (which then exists and
    /// lists its states) and owner <c>meeting/7</c>. <paramref name="differ"/> changes the last equal field on one side
    /// (to meeting 8, workflow 32, owner <c>organization/1</c>); the message upstream gives for that is returned.
    /// </summary>
    private static (JsonObject Models, string? Error) RelationData(EqualFieldRelation relation, bool withEqualFields, bool differ)
    {
        var (first, second) = (relation.First, relation.Second);
        var a = new JsonObject { ["id"] = IdA, [first.Name] = Link(first, second.Collection, IdB) };
        var b = new JsonObject { ["id"] = IdB, [second.Name] = Link(second, first.Collection, IdA) };
        var models = new JsonObject { [$"{first.Collection}/{IdA}"] = a, [$"{second.Collection}/{IdB}"] = b };
        if (!withEqualFields)
        {
            return (models, null);
        }

        var meeting = first.Collection == "meeting" ? IdA : second.Collection == "meeting" ? IdB : 7;
        var varied = relation.EqualFields[^1];
        var variedOnFirst = second.Collection == "meeting" && varied == "meeting_id";
        foreach (var field in relation.EqualFields)
        {
            SetEqualField(models, first.Collection, a, IdA, field, meeting, differ && variedOnFirst && field == varied);
            SetEqualField(models, second.Collection, b, IdB, field, meeting, differ && !variedOnFirst && field == varied);
        }

        if (!differ)
        {
            return (models, null);
        }

        string Side(string collection, int id, string field, JsonObject model) =>
            $"{collection}/{id}/{field}: {ReprTuple([.. relation.EqualFields.Select(e => collection == "meeting" && e == "meeting_id" ? JsonValue.Create(id) : model[e])])}";
        var sides = new[] { Side(first.Collection, IdA, first.Name, a), Side(second.Collection, IdB, second.Name, b) }.Order(StringComparer.Ordinal);
        return (models, $"Migration exception:\n* Detected different equal_fields: {string.Join(" and ", sides)} for equal_fields {StringTuple(relation.EqualFields)}");
    }

    private static JsonNode Link(ModelField field, string otherCollection, int otherId)
    {
        JsonNode value = field.IsGeneric ? JsonValue.Create($"{otherCollection}/{otherId}")! : JsonValue.Create(otherId);
        if (field.IsListRelation)
        {
            return new JsonArray(value);
        }

        return value;
    }

    private static void SetEqualField(JsonObject models, string collection, JsonObject model, int id, string field, int meeting, bool vary)
    {
        switch (field)
        {
            case "meeting_id" when collection == "meeting":
                Assert.False(vary);
                return; // a meeting's meeting_id is its id
            case "meeting_id":
                model[field] = vary ? 8 : meeting;
                return;
            case "workflow_id":
                Assert.Equal("motion_state", collection);
                var workflowId = vary ? 32 : 31;
                model[field] = workflowId;
                var workflowFqid = $"motion_workflow/{workflowId}";
                if (models[workflowFqid] is not JsonObject workflow)
                {
                    models[workflowFqid] = workflow = new JsonObject { ["id"] = workflowId, ["state_ids"] = new JsonArray(), ["meeting_id"] = meeting };
                }

                workflow["state_ids"]!.AsArray().Add((JsonNode)id);
                return;
            case "owner_id":
                model[field] = vary ? "organization/1" : "meeting/7";
                return;
            default:
                throw new InvalidOperationException($"No data for the equal field {collection}/{field}");
        }
    }

    // ------------------------------------------------------------------------------------------------------------------
    // ours: events, odd data, the in-memory path

    /// <summary>
    /// Ours: every broken link is one event, in CPython's order of the set of (group, meeting user) pairs, so the two
    /// models' removals interleave as upstream's do.
    /// </summary>
    [Fact]
    public async Task M0074_links_to_missing_models_are_removed_one_event_each_in_upstreams_order()
    {
        await Write(Creates("""
            {
                "group/6": {"id": 6, "meeting_user_ids": [1, 2, 3], "meeting_id": 1},
                "meeting_user/1": {"id": 1, "group_ids": [6, 9, 5], "meeting_id": 1}
            }
            """));
        await Finalize(Name);
        await AssertMigrationEvents(
            ("listfields", "group/6", """{"add": {}, "remove": {"meeting_user_ids": [2]}}"""),
            ("listfields", "meeting_user/1", """{"add": {}, "remove": {"group_ids": [9]}}"""),
            ("listfields", "group/6", """{"add": {}, "remove": {"meeting_user_ids": [3]}}"""),
            ("listfields", "meeting_user/1", """{"add": {}, "remove": {"group_ids": [5]}}"""));
        await AssertBackendModel("group/6", """{"id": 6, "meeting_user_ids": [1], "meeting_id": 1}""");
        await AssertBackendModel("meeting_user/1", """{"id": 1, "group_ids": [6], "meeting_id": 1}""");
    }

    /// <summary>Ours: the same in memory.</summary>
    [Fact]
    public async Task M0074_in_memory_links_to_missing_models_are_removed()
    {
        var models = await MigrateInMemory(Name, """
            {
                "group/6": {"id": 6, "meeting_user_ids": [1, 2, 3], "meeting_id": 1},
                "meeting_user/1": {"id": 1, "group_ids": [6, 9, 5], "meeting_id": 1}
            }
            """);
        AssertModels(models, """
            {
                "group/6": {"id": 6, "meeting_user_ids": [1], "meeting_id": 1},
                "meeting_user/1": {"id": 1, "group_ids": [6], "meeting_id": 1}
            }
            """);
    }

    /// <summary>
    /// Ours: motion/identical_motion_ids is both ends of its relation, so a missing motion is removed twice from the same
    /// list (kept from upstream); a generic single link to a missing model is deleted, and one to a collection the
    /// relation does not lead to is left alone; a generic list loses the fqid.
    /// </summary>
    [Fact]
    public async Task M0074_identical_motions_and_generic_links()
    {
        await Write(Creates("""
            {
                "motion/1": {"id": 1, "identical_motion_ids": [2, 3], "meeting_id": 1},
                "motion/3": {"id": 3, "identical_motion_ids": [1], "meeting_id": 1},
                "projection/1": {"id": 1, "content_object_id": "topic/5", "meeting_id": 1},
                "projection/2": {"id": 2, "content_object_id": "foo/3", "meeting_id": 1},
                "tag/1": {"id": 1, "tagged_ids": ["motion/5", "agenda_item/2"], "meeting_id": 1},
                "agenda_item/2": {"id": 2, "tag_ids": [1], "meeting_id": 1}
            }
            """));
        await Finalize(Name);
        await AssertMigrationEvents(
            ("deletefields", "projection/1", """["content_object_id"]"""),
            ("listfields", "motion/1", """{"add": {}, "remove": {"identical_motion_ids": [2]}}"""),
            ("listfields", "motion/1", """{"add": {}, "remove": {"identical_motion_ids": [2]}}"""),
            ("listfields", "tag/1", """{"add": {}, "remove": {"tagged_ids": ["motion/5"]}}"""));
        await AssertBackendModel("motion/1", """{"id": 1, "identical_motion_ids": [3], "meeting_id": 1}""");
        await AssertBackendModel("motion/3", """{"id": 3, "identical_motion_ids": [1], "meeting_id": 1}""");
        await AssertBackendModel("projection/1", """{"id": 1, "meeting_id": 1}""");
        await AssertBackendModel("projection/2", """{"id": 2, "content_object_id": "foo/3", "meeting_id": 1}""");
        await AssertBackendModel("tag/1", """{"id": 1, "tagged_ids": ["agenda_item/2"], "meeting_id": 1}""");
    }

    /// <summary>
    /// Ours: an integer that names no model, 0 and negative ones too, is removed from a list like any missing id (in
    /// set order: 0, 4, -3), and a negative single link is deleted; 0 as a single value is no link (see
    /// <see cref="M0074_values_compare_as_in_python"/>).
    /// </summary>
    [Fact]
    public async Task M0074_integers_that_name_no_model_are_removed()
    {
        await Write(Creates("""
            {
                "meeting_user/1": {"id": 1, "group_ids": [0, -3, 4], "meeting_id": 1},
                "speaker/1": {"id": 1, "list_of_speakers_id": -2, "meeting_id": 1}
            }
            """));
        await Finalize(Name);
        await AssertMigrationEvents(
            ("listfields", "meeting_user/1", """{"add": {}, "remove": {"group_ids": [0]}}"""),
            ("listfields", "meeting_user/1", """{"add": {}, "remove": {"group_ids": [4]}}"""),
            ("listfields", "meeting_user/1", """{"add": {}, "remove": {"group_ids": [-3]}}"""),
            ("deletefields", "speaker/1", """["list_of_speakers_id"]"""));
        await AssertBackendModel("meeting_user/1", """{"id": 1, "group_ids": [], "meeting_id": 1}""");
        await AssertBackendModel("speaker/1", """{"id": 1, "meeting_id": 1}""");
    }

    /// <summary>
    /// Ours: every differing relation is reported, sorted; a missing equal field is None against a set one, and a
    /// meeting's meeting_id is its id. Nothing is written (FinalizeFails checks that).
    /// </summary>
    [Fact]
    public async Task M0074_every_difference_is_reported_in_one_message()
    {
        await Write(Creates("""
            {
                "motion/1": {"id": 1, "meeting_id": 1, "category_id": 4, "block_id": 5},
                "motion_category/4": {"id": 4, "meeting_id": 2, "motion_ids": [1]},
                "motion_block/5": {"id": 5, "meeting_id": 3, "motion_ids": [1]},
                "tag/1": {"id": 1, "tagged_ids": ["agenda_item/2"]},
                "agenda_item/2": {"id": 2, "tag_ids": [1], "meeting_id": 1},
                "projection/1": {"id": 1, "content_object_id": "meeting/2", "meeting_id": 3},
                "meeting/2": {"id": 2, "projection_ids": [1]},
                "group/3": {"id": 3, "meeting_id": 1}
            }
            """));
        var error = await FinalizeFails(Name);
        Assert.IsType<MigrationException>(error);
        Assert.Equal(
            "Migration exception:\n"
                + "* Detected different equal_fields: agenda_item/2/tag_ids: (1,) and tag/1/tagged_ids: (None,) for equal_fields ('meeting_id',)\n"
                + "* Detected different equal_fields: meeting/2/projection_ids: (2,) and projection/1/content_object_id: (3,) for equal_fields ('meeting_id',)\n"
                + "* Detected different equal_fields: motion/1/block_id: (1,) and motion_block/5/motion_ids: (3,) for equal_fields ('meeting_id',)\n"
                + "* Detected different equal_fields: motion/1/category_id: (1,) and motion_category/4/motion_ids: (2,) for equal_fields ('meeting_id',)",
            error.Message);
    }

    /// <summary>Ours: the same failure in memory, as the backend's exception under the engine's.</summary>
    [Fact]
    public async Task M0074_in_memory_differences_fail()
    {
        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => MigrateInMemory(Name, """
            {
                "motion/1": {"id": 1, "meeting_id": 1, "category_id": 4, "block_id": 5},
                "motion_category/4": {"id": 4, "meeting_id": 2, "motion_ids": [1]},
                "motion_block/5": {"id": 5, "meeting_id": 3, "motion_ids": [1]}
            }
            """));
        var error = Assert.IsType<MigrationException>(failure.InnerException);
        Assert.Equal(
            "Migration exception:\n"
                + "* Detected different equal_fields: motion/1/block_id: (1,) and motion_block/5/motion_ids: (3,) for equal_fields ('meeting_id',)\n"
                + "* Detected different equal_fields: motion/1/category_id: (1,) and motion_category/4/motion_ids: (2,) for equal_fields ('meeting_id',)",
            error.Message);
    }

    /// <summary>
    /// Ours: values compare as Python compares them (1, 1.0 and true are equal; the string "1" is not, and is printed
    /// quoted); fields missing on both ends are equal (None); a falsy link (0, an empty list) is no link; a link only
    /// one end records between existing models that agree stays; the owner of mediafiles is an fqid.
    /// </summary>
    [Fact]
    public async Task M0074_values_compare_as_in_python()
    {
        var models = """
            {
                "tag/1": {"id": 1, "tagged_ids": ["agenda_item/2", "agenda_item/3"], "meeting_id": 1},
                "agenda_item/2": {"id": 2, "tag_ids": [1], "meeting_id": 1.0},
                "agenda_item/3": {"id": 3, "tag_ids": [1], "meeting_id": true},
                "tag/4": {"id": 4, "tagged_ids": ["agenda_item/5"]},
                "agenda_item/5": {"id": 5, "tag_ids": [4]},
                "speaker/1": {"id": 1, "meeting_user_id": 0, "list_of_speakers_id": 0, "meeting_id": 1},
                "list_of_speakers/1": {"id": 1, "speaker_ids": [], "meeting_id": 2},
                "speaker/2": {"id": 2, "list_of_speakers_id": 2, "meeting_id": 1},
                "list_of_speakers/2": {"id": 2, "meeting_id": 1}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        foreach (var (fqid, model) in Json.Obj(models))
        {
            await AssertBackendModel(fqid, model!.ToJsonString());
        }

        await ClearDatastore();
        await Write(Creates("""
            {
                "tag/1": {"id": 1, "tagged_ids": ["agenda_item/2"], "meeting_id": 1},
                "agenda_item/2": {"id": 2, "tag_ids": [1], "meeting_id": "1"},
                "mediafile/1": {"id": 1, "child_ids": [2], "owner_id": "meeting/1"},
                "mediafile/2": {"id": 2, "parent_id": 1, "owner_id": "organization/1"},
                "speaker/2": {"id": 2, "list_of_speakers_id": 2, "meeting_id": 1},
                "list_of_speakers/2": {"id": 2, "meeting_id": 2}
            }
            """));
        var error = await FinalizeFails(Name);
        Assert.Equal(
            "Migration exception:\n"
                + "* Detected different equal_fields: agenda_item/2/tag_ids: ('1',) and tag/1/tagged_ids: (1,) for equal_fields ('meeting_id',)\n"
                + "* Detected different equal_fields: list_of_speakers/2/speaker_ids: (2,) and speaker/2/list_of_speakers_id: (1,) for equal_fields ('meeting_id',)\n"
                + "* Detected different equal_fields: mediafile/1/child_ids: ('meeting/1',) and mediafile/2/parent_id: ('organization/1',) for equal_fields ('owner_id',)",
            error.Message);
    }

    /// <summary>
    /// Ours, a deliberate difference: a relation value that is no id, no fqid, or no list where a list belongs is
    /// reported in the migration's error (upstream fails with a Python error, or its reader refuses the id); the rest
    /// of the check goes on, and nothing is written.
    /// </summary>
    [Fact]
    public async Task M0074_relation_values_that_name_no_model_are_reported()
    {
        await Write(Creates("""
            {
                "speaker/1": {"id": 1, "list_of_speakers_id": "1", "meeting_id": 1},
                "list_of_speakers/1": {"id": 1, "speaker_ids": [1], "meeting_id": 1},
                "meeting_user/1": {"id": 1, "group_ids": 5, "meeting_id": 1},
                "tag/1": {"id": 1, "tagged_ids": ["motion/x", 5, "motion/0"], "meeting_id": 1},
                "motion/2": {"id": 2, "category_id": 4, "meeting_id": 1},
                "motion_category/4": {"id": 4, "motion_ids": [2], "meeting_id": 2}
            }
            """));
        var error = await FinalizeFails(Name);
        Assert.IsType<MigrationException>(error);
        Assert.Equal(
            "Migration exception:\n"
                + "* Detected different equal_fields: motion/2/category_id: (1,) and motion_category/4/motion_ids: (2,) for equal_fields ('meeting_id',)\n"
                + "* Relation meeting_user/1/group_ids holds 5, which is no list\n"
                + "* Relation speaker/1/list_of_speakers_id holds '1', which is no id\n"
                + "* Relation tag/1/tagged_ids holds 'motion/0', which is no fqid\n"
                + "* Relation tag/1/tagged_ids holds 'motion/x', which is no fqid\n"
                + "* Relation tag/1/tagged_ids holds 5, which is no fqid",
            error.Message);
    }

    /// <summary>Ours: upstream's base data passes in memory too, unchanged.</summary>
    [Fact]
    public async Task M0074_in_memory_upstreams_base_data_is_kept()
    {
        var (data, _) = UpstreamData.GetBaseData([]);
        var json = ToJson(data);
        AssertModels(await MigrateInMemory(Name, json), json);
    }

    /// <summary>
    /// Ours: upstream's delete_only_group in memory, where the group is missing from the import: the same links go
    /// (an import has no deleted models; a model an earlier migration of the same run deleted would count as present
    /// there, as upstream's in-memory get_many returns it).
    /// </summary>
    [Fact]
    public async Task M0074_in_memory_links_to_a_missing_group_are_removed()
    {
        var (data, _) = UpstreamData.GetBaseData([]);
        var changed = ReducedGroupIds(data, "group/10");
        data.Remove("group/10");
        var migrated = await MigrateInMemory(Name, ToJson(data));
        var expected = new OrderedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (fqid, model) in data)
        {
            expected[fqid] = changed.TryGetValue(fqid, out var changes) ? Merged(model, changes) : model;
        }

        AssertModels(migrated, ToJson(expected));
    }

    // ------------------------------------------------------------------------------------------------------------------
    // ours: the helpers

    /// <summary>CPython's hash of (1, 2) (3.8 and later), as the unsigned value the set uses.</summary>
    [Fact]
    public void M0074_pair_hash_is_cpythons() =>
        Assert.Equal(14896688948223909699UL, PythonPairSet.Hash((1, 2)));

    /// <summary>Orders printed by CPython 3.11 (<c>list(s)</c>) for sets built by adding the pairs in order, and unions.</summary>
    [Fact]
    public void M0074_pair_set_enumerates_in_cpythons_order()
    {
        Assert.Equal(Pairs("1,2; 2,1; 3,4; 19,20; 20,19"), Set(Pairs("1,2; 3,4; 2,1; 19,20; 20,19")));
        Assert.Equal(Pairs("2,-1; 2,-2; 0,0; -2,2; -1,2"), Set(Pairs("-1,2; -2,2; 2,-1; 2,-2; 0,0")));
        Assert.Equal(
            Pairs("3,100; 100,3; 8,9; 7,7; 1,5; 5,1"),
            Set(Pairs("5,1; 1,5; 7,7; 100,3")).Union(Set(Pairs("3,100; 1,5; 8,9"))));

        List<(int First, int Second)> grow = [.. Enumerable.Range(0, 60).Select(i => ((i * 37 % 101) + 1, (i * 53 % 97) + 1))];
        List<(int First, int Second)> other = [.. Enumerable.Range(0, 40).Select(i => ((i * 41 % 89) + 1, (i * 29 % 83) + 1))];
        Assert.Equal(Pairs(GrowOrder), Set(grow));
        Assert.Equal(Pairs(GrowUnionOrder), Set(grow).Union(Set(other)));
        Assert.Equal(Pairs(EmptyUnionOrder), new PythonPairSet().Union(Set(other)));
        var set = Set(grow);
        Assert.Equal(60, set.Count);
        Assert.False(set.Add(grow[7]));
        Assert.Contains(grow[59], set);
        Assert.DoesNotContain((First: 1000, Second: 1000), set);
    }

    private const string GrowOrder =
        "80,50; 101,39; 91,74; 21,28; 41,55; 50,58; 40,93; 31,90; 71,47; 70,85; 61,82; 11,63; 13,5; 3,40; 53,59; 84,13; 43,94; 33,32; 4,2; 24,29; "
        + "23,67; 14,64; 63,24; 54,21; 74,48; 44,56; 64,83; 95,37; 94,75; 85,72; 6,41; 75,10; 34,91; 27,30; 26,68; 77,49; 7,3; 16,6; 57,22; 48,19; "
        + "47,57; 87,14; 78,11; 98,38; 97,76; 68,46; 67,84; 17,65; 10,4; 1,1; 38,54; 58,81; 37,92; 51,20; 60,23; 88,73; 90,15; 30,31; 81,12; 20,66";

    private const string GrowUnionOrder =
        "46,24; 47,62; 91,74; 41,55; 50,58; 6,33; 14,13; 87,53; 71,47; 88,8; 60,74; 34,50; 89,46; 3,40; 84,13; 43,94; 4,2; 23,67; 14,64; 28,63; "
        + "74,48; 69,9; 44,56; 40,37; 95,37; 6,41; 75,10; 41,75; 34,91; 27,30; 53,49; 61,29; 16,6; 7,3; 62,67; 47,57; 74,41; 98,38; 68,46; 12,20; "
        + "5,78; 58,81; 37,92; 51,20; 60,23; 88,73; 13,58; 90,15; 42,30; 54,4; 76,34; 20,66; 80,50; 101,39; 67,16; 21,28; 40,93; 31,90; 68,54; 70,85; "
        + "61,82; 11,63; 27,25; 13,5; 35,5; 81,66; 53,59; 7,71; 48,17; 33,32; 24,29; 19,45; 63,24; 54,21; 20,83; 64,83; 94,75; 85,72; 26,68; 77,49; "
        + "57,22; 48,19; 82,21; 87,14; 78,11; 97,76; 83,59; 67,84; 17,65; 10,4; 1,1; 21,38; 38,54; 33,12; 55,42; 75,79; 26,70; 30,31; 81,12";

    private const string EmptyUnionOrder =
        "46,24; 47,62; 67,16; 6,33; 14,13; 87,53; 68,54; 88,8; 60,74; 27,25; 35,5; 89,46; 81,66; 7,71; 48,17; 19,45; 28,63; 69,9; 20,83; 40,37; "
        + "41,75; 53,49; 61,29; 62,67; 82,21; 74,41; 83,59; 12,20; 1,1; 21,38; 5,78; 13,58; 33,12; 55,42; 75,79; 42,30; 26,70; 34,50; 54,4; 76,34";

    private static List<(int First, int Second)> Pairs(string text) =>
        [.. text.Split("; ").Select(p => p.Split(',')).Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture)))];

    private static PythonPairSet Set(IEnumerable<(int First, int Second)> pairs)
    {
        var set = new PythonPairSet();
        foreach (var pair in pairs)
        {
            set.Add(pair);
        }

        return set;
    }

    /// <summary>Python's <c>repr(json.loads(text))</c>, printed by CPython 3.11.</summary>
    [Theory]
    [InlineData("null", "None")]
    [InlineData("true", "True")]
    [InlineData("false", "False")]
    [InlineData("5", "5")]
    [InlineData("-0", "0")]
    [InlineData("12345678901234567890", "12345678901234567890")]
    [InlineData("1.5", "1.5")]
    [InlineData("1e16", "1e+16")]
    [InlineData("1E15", "1000000000000000.0")]
    [InlineData("1.5e-5", "1.5e-05")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("0.00001", "1e-05")]
    [InlineData("123.0", "123.0")]
    [InlineData("-0.0", "-0.0")]
    [InlineData("-2.5e-7", "-2.5e-07")]
    [InlineData("1e2", "100.0")]
    [InlineData("3.14159", "3.14159")]
    [InlineData("\"a\"", "'a'")]
    [InlineData("\"it's\"", "\"it's\"")]
    [InlineData("\"say \\\"hi\\\"\"", "'say \"hi\"'")]
    [InlineData("\"both ' \\\"\"", "'both \\' \"'")]
    [InlineData("\"\\n\\t\\\\\"", "'\\n\\t\\\\'")]
    [InlineData("\"\\u0001\\u007f\"", "'\\x01\\x7f'")]
    [InlineData("\"\\u00e9\\u00a0\"", "'\u00e9\\xa0'")]
    [InlineData("\"\\u200b\"", "'\\u200b'")]
    [InlineData("\"\\ud83d\\ude00\"", "'\U0001F600'")]
    [InlineData("[1, \"x\", null]", "[1, 'x', None]")]
    [InlineData("{\"a\": [1], \"b\": {\"c\": false}}", "{'a': [1], 'b': {'c': False}}")]
    [InlineData("[]", "[]")]
    [InlineData("{}", "{}")]
    public void M0074_repr_is_pythons(string json, string expected) =>
        Assert.Equal(expected, PythonRepr.Value(Json.Node(json)));

    [Fact]
    public void M0074_tuples_print_as_in_python()
    {
        IReadOnlyList<JsonNode?> one = [JsonValue.Create(16)];
        IReadOnlyList<JsonNode?> two = [JsonValue.Create(1), null];
        IReadOnlyList<string> name = ["meeting_id"];
        IReadOnlyList<string> names = ["meeting_id", "workflow_id"];
        Assert.Equal("(16,)", PythonRepr.Tuple(one));
        Assert.Equal("(1, None)", PythonRepr.Tuple(two));
        Assert.Equal("('meeting_id',)", PythonRepr.Tuple(name));
        Assert.Equal("('meeting_id', 'workflow_id')", PythonRepr.Tuple(names));
    }

    /// <summary>Python's <c>==</c> on <c>json.loads</c> values.</summary>
    [Theory]
    [InlineData("1", "1", true)]
    [InlineData("1", "1.0", true)]
    [InlineData("1", "true", true)]
    [InlineData("0", "false", true)]
    [InlineData("true", "1.0", true)]
    [InlineData("1", "2", false)]
    [InlineData("1", "\"1\"", false)]
    [InlineData("null", "null", true)]
    [InlineData("null", "0", false)]
    [InlineData("9007199254740993", "9007199254740992.0", false)]
    [InlineData("9007199254740992", "9007199254740992.0", true)]
    [InlineData("0.1", "0.10", true)]
    [InlineData("1.5", "1", false)]
    [InlineData("\"a\"", "\"a\"", true)]
    [InlineData("[1, \"a\"]", "[1.0, \"a\"]", true)]
    [InlineData("[1]", "[1, 2]", false)]
    [InlineData("{\"a\": 1, \"b\": 2}", "{\"b\": 2, \"a\": 1.0}", true)]
    [InlineData("{\"a\": 1}", "{\"a\": 2}", false)]
    [InlineData("[]", "{}", false)]
    public void M0074_equality_is_pythons(string a, string b, bool equal)
    {
        Assert.Equal(equal, PythonEquality.Equal(Json.Node(a), Json.Node(b)));
        Assert.Equal(equal, PythonEquality.Equal(Json.Node(b), Json.Node(a)));
    }

    // ------------------------------------------------------------------------------------------------------------------
    // the port of upstream's data generator

    /// <summary>An error upstream's test expects: the two sides' texts and the merged equal fields.</summary>
    private sealed record ExpectedError(string First, string Second, IReadOnlyList<string> EqualFields);

    /// <summary>
    /// Upstream's generator (get_base_data, get_relation_side_data, fill_field, get_expected_error_for_single,
    /// remove_one_relation_side, remove_val_from_single, test_cases, test_cases_summarized) over
    /// <see cref="ModelRelations"/>: collections in the registry's order, their fields sorted by name as the backend's
    /// <c>get_fields()</c> gives them, models and lists in Python's insertion order. Upstream fills a collection's equal
    /// fields from a set (hash order); here in sorted order.
    /// </summary>
    private static class UpstreamData
    {
        private static readonly ModelRelations Models = ModelRelations.Backend4230;

        /// <summary>collection_to_id's order: organization, then the other collections by name.</summary>
        private static readonly List<string> IdOrder =
            ["organization", .. Models.Collections.Where(c => c != "organization").Order(StringComparer.Ordinal)];

        private static readonly Dictionary<string, int> CollectionToId =
            IdOrder.Select((collection, index) => (collection, index + 1)).ToDictionary(p => p.collection, p => p.Item2, StringComparer.Ordinal);

        /// <summary>Upstream's <c>test_cases</c>.</summary>
        public static readonly Lazy<List<(string Fqid, bool Incomplete, bool Front)>> TestCases = new(ComputeTestCases);

        /// <summary>Upstream's <c>test_cases_summarized</c>: the parametrization of the failure test.</summary>
        public static readonly Lazy<List<(List<string> Fqids, bool Incomplete, bool Front)>> SummarizedTestCases = new(Summarize);

        public static string FqidOf(string collection) => $"{collection}/{CollectionToId[collection]}";

        public static (string Collection, int Id) Split(string fqid)
        {
            var slash = fqid.IndexOf('/', StringComparison.Ordinal);
            return (fqid[..slash], int.Parse(fqid[(slash + 1)..], CultureInfo.InvariantCulture));
        }

        /// <summary>Upstream's <c>get_base_data(break_eq_fields_for_fqids)</c>: the models and the errors the migration must report.</summary>
        public static (OrderedDictionary<string, JsonObject> Data, List<ExpectedError> Errors) GetBaseData(IReadOnlyList<string> breakFqids)
        {
            var data = new OrderedDictionary<string, JsonObject>(StringComparer.Ordinal);
            foreach (var collection in IdOrder)
            {
                data[FqidOf(collection)] = new JsonObject { ["id"] = CollectionToId[collection] };
            }

            var collectionToEqualFields = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            var finished = new HashSet<((string, string), (string, string))>();
            foreach (var collection in Models.Collections)
            {
                var id = CollectionToId[collection];
                var fqid = FqidOf(collection);
                foreach (var field in SortedFields(collection))
                {
                    var equalFields = EqualFieldsOf(field);
                    if ((!field.IsRelation || equalFields.Count == 0) && !(collection == "meeting" && field.Name == "admin_group_id"))
                    {
                        continue;
                    }

                    foreach (var target in field.IsGeneric ? field.To : field.To.Take(1))
                    {
                        var backField = Models.Field(target.Collection, target.Field)!;
                        var front = (collection, field.Name);
                        var back = (target.Collection, backField.Name);
                        if (!finished.Add(Compare(front, back) <= 0 ? (front, back) : (back, front)))
                        {
                            continue;
                        }

                        var backSide = RelationSide(target.Collection, backField, fqid, id, data, "");
                        var fullEqualFields = EqualFieldsOf(field);
                        fullEqualFields.UnionWith(backField.EqualFields);
                        AddEqualFields(collectionToEqualFields, collection, fullEqualFields);
                        AddEqualFields(collectionToEqualFields, target.Collection, fullEqualFields);
                        var frontSide = RelationSide(collection, field, backSide.Fqid, backSide.Id, data, target.Collection);
                        object backValue = backSide.IsGeneric ? frontSide.Fqid : frontSide.Id;
                        WriteValue(data[frontSide.Fqid], field.Name, frontSide.IsList, frontSide.Value);
                        WriteValue(data[backSide.Fqid], backField.Name, backSide.IsList, backValue);
                    }
                }
            }

            // Fill the equal fields of every generated model (and what the datastore check needs).
            var created = data.Keys.Order(StringComparer.Ordinal).ToList();
            while (created.Count > 0)
            {
                var fqid = created[^1];
                created.RemoveAt(created.Count - 1);
                var model = data[fqid];
                var (collection, id) = Split(fqid);
                if (collectionToEqualFields.TryGetValue(collection, out var equalFields))
                {
                    foreach (var equalField in equalFields)
                    {
                        created.AddRange(FillField(model, collection, equalField, id, data, breakFqids.Contains(fqid)));
                    }
                }

                switch (collection)
                {
                    case "meeting_mediafile":
                        FillField(model, collection, "mediafile_id", id, data);
                        if (PythonTruth.IsTruthy(model["access_group_ids"]))
                        {
                            model["is_public"] = false;
                            model["inherited_access_group_ids"] = model["access_group_ids"]!.DeepClone();
                        }
                        else
                        {
                            model["is_public"] = true;
                            model["inherited_access_group_ids"] = new JsonArray();
                        }

                        break;
                    case "group":
                        if (PythonTruth.IsTruthy(model["meeting_mediafile_access_group_ids"]))
                        {
                            model["meeting_mediafile_inherited_access_group_ids"] = model["meeting_mediafile_access_group_ids"]!.DeepClone();
                        }

                        break;
                }
            }

            // The errors the broken models give.
            var combinations = new Dictionary<(string, string), Dictionary<string, string>>();
            foreach (var (first, second) in finished)
            {
                BackFieldsOf(combinations, first)[second.Item1] = second.Item2;
                BackFieldsOf(combinations, second)[first.Item1] = first.Item2;
            }

            var errors = new List<ExpectedError>();
            foreach (var fqid in breakFqids)
            {
                var model = data[fqid];
                var (collection, id) = Split(fqid);
                foreach (var (field, value) in model.ToList())
                {
                    if (!combinations.TryGetValue((collection, field), out var backFields) || backFields.Count == 0)
                    {
                        continue;
                    }

                    var fieldDefinition = Models.Field(collection, field)!;
                    List<JsonNode?> values = value is JsonArray list ? [.. list] : [value];
                    foreach (var single in values)
                    {
                        if (ExpectedErrorFor(collection, id, field, fieldDefinition, model, single!, backFields, data) is { } error)
                        {
                            errors.Add(error);
                        }
                    }
                }
            }

            return (data, errors);
        }

        /// <summary>Upstream's <c>fill_field</c>: links the model's single relation field to the default (or the second) target model.</summary>
        public static List<string> FillField(JsonObject model, string collection, string field, int id, OrderedDictionary<string, JsonObject> data, bool useOtherModel = false)
        {
            var created = new List<string>();
            if (model.ContainsKey(field) || Models.Field(collection, field) is not { } definition)
            {
                return created;
            }

            Assert.True(definition.IsRelation && !definition.IsListRelation, $"{collection}/{field} is no single relation");
            var target = definition.To[0];
            var targetField = Models.Field(target.Collection, target.Field)!;
            Assert.True(targetField.IsListRelation, $"{target.Collection}/{target.Field} is not list relation");
            int targetId;
            string targetFqid;
            if (useOtherModel)
            {
                targetId = CollectionToId[target.Collection] + 1;
                targetFqid = $"{target.Collection}/{targetId}";
                if (!data.ContainsKey(targetFqid))
                {
                    data[targetFqid] = new JsonObject { ["id"] = targetId };
                    created.Add(targetFqid);
                }
            }
            else
            {
                targetFqid = FqidOf(target.Collection);
                targetId = CollectionToId[target.Collection];
            }

            var targetModel = data[targetFqid];
            object targetValue = targetField.IsGeneric ? $"{collection}/{id}" : id;
            if (!targetModel.ContainsKey(target.Field))
            {
                targetModel[target.Field] = new JsonArray(Node(targetValue));
            }
            else if (!ListContains(targetModel[target.Field], targetValue))
            {
                targetModel[target.Field]!.AsArray().Add(Node(targetValue));
            }

            model[field] = definition.IsGeneric ? targetFqid : targetId;
            return created;
        }

        /// <summary>Upstream's <c>remove_one_relation_side</c>: one side of the relations with equal fields removed (see there for the details).</summary>
        public static void RemoveOneRelationSide(OrderedDictionary<string, JsonObject> data, bool front)
        {
            foreach (var (fqid, model) in data)
            {
                var (collection, id) = Split(fqid);
                foreach (var field in model.Select(p => p.Key).ToList())
                {
                    var value = model[field]!;
                    var definition = Models.Field(collection, field)!;
                    if (definition.EqualFields.Count == 0 || IsAnEqualFieldThere(collection, model, field))
                    {
                        continue;
                    }

                    if (value is JsonArray list)
                    {
                        foreach (var single in list.ToList())
                        {
                            RemoveValueFromSingle(fqid, id, field, definition, model, single!, data, front, fromList: true);
                        }
                    }
                    else
                    {
                        RemoveValueFromSingle(fqid, id, field, definition, model, value, data, front, fromList: false);
                    }
                }
            }
        }

        private static void RemoveValueFromSingle(
            string fqid, int id, string field, ModelField definition, JsonObject model, JsonNode value, OrderedDictionary<string, JsonObject> data, bool front, bool fromList)
        {
            string backCollection;
            string backField;
            string backFqid;
            if (value.GetValueKind() == JsonValueKind.Number)
            {
                (backCollection, backField) = (definition.To[0].Collection, definition.To[0].Field);
                backFqid = $"{backCollection}/{value.GetValue<int>()}";
            }
            else
            {
                backFqid = value.GetValue<string>();
                backCollection = Split(backFqid).Collection;
                backField = definition.To.First(t => t.Collection == backCollection).Field;
            }

            var backDefinition = Models.Field(backCollection, backField)!;
            var backModel = data[backFqid];
            if (IsAnEqualFieldThere(backCollection, backModel, backField))
            {
                return;
            }

            var backValue = backModel[backField];
            if (!PythonTruth.IsTruthy(backValue))
            {
                return;
            }

            if (front)
            {
                if (fromList)
                {
                    // Upstream keeps the entries equal to the value (==, not !=): kept as it is.
                    model[field] = new JsonArray([.. model[field]!.AsArray().Where(v => JsonNode.DeepEquals(v, value)).Select(v => v!.DeepClone())]);
                }
                else
                {
                    model.Remove(field);
                }
            }
            else if (backDefinition.IsListRelation)
            {
                object toDelete = backDefinition.IsGeneric ? fqid : id;
                if (ListContains(backValue, toDelete))
                {
                    backModel[backField] = new JsonArray([.. backModel[backField]!.AsArray().Where(v => !Same(v, toDelete)).Select(v => v!.DeepClone())]);
                }
            }
            else
            {
                backModel.Remove(backField);
            }
        }

        /// <summary>Whether <paramref name="field"/> is an equal field of a relation field the model has.</summary>
        private static bool IsAnEqualFieldThere(string collection, JsonObject model, string field) =>
            model.Select(p => p.Key).ToList().Any(f => Models.Field(collection, f)!.EqualFields.Contains(field));

        private static ExpectedError? ExpectedErrorFor(
            string collection, int id, string field, ModelField definition, JsonObject model, JsonNode value, Dictionary<string, string> backFields,
            OrderedDictionary<string, JsonObject> data)
        {
            string backCollection;
            string backField;
            int backId;
            if (value.GetValueKind() == JsonValueKind.String)
            {
                (backCollection, backId) = Split(value.GetValue<string>());
                backField = backFields[backCollection];
            }
            else
            {
                backId = value.GetValue<int>();
                (backCollection, backField) = backFields.Single();
            }

            var backDefinition = Models.Field(backCollection, backField)!;
            var backModel = data[$"{backCollection}/{backId}"];
            var merged = EqualFieldsOf(definition);
            merged.UnionWith(backDefinition.EqualFields);
            if (collection == "user" || backCollection == "user")
            {
                merged.Remove("meeting_id");
            }

            if (merged.Count == 0)
            {
                return null;
            }

            var sorted = merged.Order(StringComparer.Ordinal).ToList();
            string Side(string c, int i, string f, JsonObject m) =>
                $"{c}/{i}/{f}: {ReprTuple([.. sorted.Select(e => c == "meeting" && e == "meeting_id" ? JsonValue.Create(i) : m[e])])}";
            return new ExpectedError(Side(collection, id, field, model), Side(backCollection, backId, backField, backModel), sorted);
        }

        private static (bool IsList, bool IsGeneric, int Id, string Fqid, object Value) RelationSide(
            string collection, ModelField field, string backFqid, int backId, OrderedDictionary<string, JsonObject> data, string checkBackCollection)
        {
            var id = CollectionToId[collection];
            var fqid = FqidOf(collection);
            object value = field.IsGeneric ? backFqid : backId;
            if (field.IsListRelation)
            {
                if (collection == checkBackCollection && id == backId)
                {
                    id++;
                    fqid = $"{collection}/{id}";
                    AddModel(data, fqid, id);
                }
            }
            else if (!data[fqid].ContainsKey(field.Name) && !(collection == checkBackCollection && id == backId))
            {
                data[fqid][field.Name] = Node(value);
            }
            else
            {
                while ((collection == checkBackCollection && id == backId) || (data[fqid].ContainsKey(field.Name) && !Same(data[fqid][field.Name], value)))
                {
                    id++;
                    fqid = $"{collection}/{id}";
                    AddModel(data, fqid, id);
                }
            }

            return (field.IsListRelation, field.IsGeneric, id, fqid, value);
        }

        private static void AddModel(OrderedDictionary<string, JsonObject> data, string fqid, int id)
        {
            if (!data.ContainsKey(fqid))
            {
                data[fqid] = new JsonObject { ["id"] = id };
            }
        }

        private static void WriteValue(JsonObject model, string field, bool isList, object value)
        {
            if (!isList)
            {
                model[field] = Node(value);
            }
            else if (!model.ContainsKey(field))
            {
                model[field] = new JsonArray(Node(value));
            }
            else if (!ListContains(model[field], value))
            {
                model[field]!.AsArray().Add(Node(value));
            }
        }

        private static List<(string Fqid, bool Incomplete, bool Front)> ComputeTestCases()
        {
            var cases = new List<(string Fqid, bool Incomplete, bool Front)>();
            var index = 0;
            foreach (var (fqid, model) in GetBaseData([]).Data)
            {
                var i = index++;
                if ((model.Count > 1 || !model.ContainsKey("id")) && fqid != "meeting/16")
                {
                    var incomplete = i % 3 != 0 && GetBaseData([fqid]).Errors.Count > 0;
                    cases.Add((fqid, incomplete, i % 3 != 2));
                }
            }

            return cases;
        }

        private static List<(List<string> Fqids, bool Incomplete, bool Front)> Summarize()
        {
            var cases = TestCases.Value;
            var summarized = new List<(List<string> Fqids, bool Incomplete, bool Front)> { (new List<string> { cases[0].Fqid }, cases[0].Incomplete, cases[0].Front) };
            foreach (var (fqid, incomplete, front) in cases.Skip(1))
            {
                var fields = Models.Fields(Split(fqid).Collection);
                var place = summarized.FindIndex(c => c.Incomplete == incomplete && c.Front == front
                    && !fields.Any(f => c.Fqids.Any(target => f.To.Any(t => t.Collection == Split(target).Collection))));
                if (place >= 0)
                {
                    summarized[place].Fqids.Add(fqid);
                }
                else
                {
                    summarized.Add((new List<string> { fqid }, incomplete, front));
                }
            }

            return summarized;
        }

        private static IEnumerable<ModelField> SortedFields(string collection) =>
            Models.Fields(collection).OrderBy(f => f.Name, StringComparer.Ordinal);

        private static SortedSet<string> EqualFieldsOf(ModelField field) => new(field.EqualFields, StringComparer.Ordinal);

        private static void AddEqualFields(Dictionary<string, SortedSet<string>> byCollection, string collection, IEnumerable<string> fields)
        {
            if (!byCollection.TryGetValue(collection, out var set))
            {
                byCollection[collection] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.UnionWith(fields);
        }

        private static Dictionary<string, string> BackFieldsOf(Dictionary<(string, string), Dictionary<string, string>> combinations, (string, string) end)
        {
            if (!combinations.TryGetValue(end, out var backFields))
            {
                combinations[end] = backFields = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            return backFields;
        }

        private static int Compare((string Collection, string Field) a, (string Collection, string Field) b)
        {
            var byCollection = string.CompareOrdinal(a.Collection, b.Collection);
            return byCollection != 0 ? byCollection : string.CompareOrdinal(a.Field, b.Field);
        }

        private static JsonNode Node(object value) => value switch
        {
            string text => JsonValue.Create(text)!,
            int number => JsonValue.Create(number),
            _ => throw new ArgumentException($"not a relation value: {value}", nameof(value)),
        };

        private static bool Same(JsonNode? node, object value) => JsonNode.DeepEquals(node, Node(value));

        private static bool ListContains(JsonNode? list, object value) => list is JsonArray entries && entries.Any(e => Same(e, value));
    }

    /// <summary>What upstream's <c>get_base_data()</c> gives (printed by upstream's generator over the same table).</summary>
    private const string BaseDataJson = """
        {
            "organization/1": {"id": 1, "mediafile_ids": [16, 15]},
            "action_worker/2": {"id": 2},
            "agenda_item/3": {"id": 3, "tag_ids": [45], "parent_id": 4, "content_object_id": "motion/19", "projection_ids": [38], "meeting_id": 16},
            "assignment/4": {"id": 4, "tag_ids": [45], "agenda_item_id": 5, "list_of_speakers_id": 16, "poll_ids": [37], "attachment_meeting_mediafile_ids": [17], "candidate_ids": [5], "projection_ids": [44], "meeting_id": 16},
            "assignment_candidate/5": {"id": 5, "meeting_user_id": 18, "assignment_id": 4, "meeting_id": 16},
            "chat_group/6": {"id": 6, "read_group_ids": [10], "write_group_ids": [10], "chat_message_ids": [7], "meeting_id": 16},
            "chat_message/7": {"id": 7, "meeting_user_id": 18, "chat_group_id": 6, "meeting_id": 16},
            "committee/8": {"id": 8},
            "gender/9": {"id": 9},
            "group/10": {"id": 10, "meeting_user_ids": [18], "admin_group_for_meeting_id": 16, "meeting_mediafile_access_group_ids": [17], "poll_ids": [35], "read_chat_group_ids": [6], "read_comment_section_ids": [24], "write_chat_group_ids": [6], "write_comment_section_ids": [24], "meeting_id": 16, "meeting_mediafile_inherited_access_group_ids": [17]},
            "history_entry/11": {"id": 11},
            "history_position/12": {"id": 12},
            "import_preview/13": {"id": 13},
            "list_of_speakers/14": {"id": 14, "content_object_id": "motion/19", "projection_ids": [39], "speaker_ids": [42], "structure_level_list_of_speakers_ids": [44], "meeting_id": 16},
            "mediafile/15": {"id": 15, "parent_id": 16, "meeting_mediafile_ids": [17], "owner_id": "organization/1"},
            "meeting/16": {"id": 16, "admin_group_id": 10, "projection_ids": [48], "vote_ids": [49], "topic_ids": [47], "tag_ids": [45], "structure_level_list_of_speakers_ids": [44], "structure_level_ids": [43], "speaker_ids": [42], "projector_message_ids": [41], "projector_countdown_ids": [40], "projector_ids": [39], "all_projection_ids": [48, 47, 46, 45, 44, 43, 42, 41, 40, 39, 38], "poll_candidate_list_ids": [37], "poll_candidate_ids": [36], "poll_ids": [37, 36, 35], "point_of_order_category_ids": [34], "personal_note_ids": [33], "option_ids": [33, 32, 31], "motion_working_group_speaker_ids": [30], "motion_workflow_ids": [29], "motion_supporter_ids": [28], "motion_submitter_ids": [27], "motion_state_ids": [27, 26], "motion_editor_ids": [25], "motion_comment_section_ids": [24], "motion_comment_ids": [23], "motion_change_recommendation_ids": [22], "motion_category_ids": [22, 21], "motion_block_ids": [20], "motion_ids": [20, 19], "meeting_user_ids": [19, 18], "meeting_mediafile_ids": [17], "list_of_speakers_ids": [18, 17, 16, 15, 14], "group_ids": [10], "chat_message_ids": [7], "chat_group_ids": [6], "assignment_candidate_ids": [5], "assignment_ids": [4], "agenda_item_ids": [6, 5, 4, 3]},
            "meeting_mediafile/17": {"id": 17, "access_group_ids": [10], "list_of_speakers_id": 18, "attachment_ids": ["topic/47", "motion/19", "assignment/4"], "projection_ids": [47], "meeting_id": 16, "mediafile_id": 15, "is_public": false, "inherited_access_group_ids": [10]},
            "meeting_user/18": {"id": 18, "assignment_candidate_ids": [5], "chat_message_ids": [7], "group_ids": [10], "motion_editor_ids": [25], "motion_submitter_ids": [27], "motion_supporter_ids": [28], "motion_working_group_speaker_ids": [30], "personal_note_ids": [33], "speaker_ids": [42], "structure_level_ids": [43], "vote_delegations_from_ids": [19], "meeting_id": 16},
            "motion/19": {"id": 19, "personal_note_ids": [33], "tag_ids": [45], "agenda_item_id": 3, "list_of_speakers_id": 14, "lead_motion_id": 20, "attachment_meeting_mediafile_ids": [17], "block_id": 20, "category_id": 21, "change_recommendation_ids": [22], "comment_ids": [23], "editor_ids": [25], "identical_motion_ids": [20], "option_ids": [31], "poll_ids": [36], "projection_ids": [41], "referenced_in_motion_recommendation_extension_ids": [20], "recommendation_id": 26, "state_extension_reference_ids": ["motion/20"], "sort_parent_id": 20, "state_id": 26, "submitter_ids": [27], "supporter_ids": [28], "working_group_speaker_ids": [30], "meeting_id": 16},
            "motion_block/20": {"id": 20, "agenda_item_id": 4, "list_of_speakers_id": 15, "motion_ids": [19], "projection_ids": [42], "meeting_id": 16},
            "motion_category/21": {"id": 21, "motion_ids": [19], "parent_id": 22, "meeting_id": 16},
            "motion_change_recommendation/22": {"id": 22, "motion_id": 19, "meeting_id": 16},
            "motion_comment/23": {"id": 23, "motion_id": 19, "section_id": 24, "meeting_id": 16},
            "motion_comment_section/24": {"id": 24, "read_group_ids": [10], "write_group_ids": [10], "comment_ids": [23], "meeting_id": 16},
            "motion_editor/25": {"id": 25, "meeting_user_id": 18, "motion_id": 19, "meeting_id": 16},
            "motion_state/26": {"id": 26, "motion_recommendation_ids": [19], "motion_ids": [19], "first_state_of_workflow_id": 29, "previous_state_ids": [27], "submitter_withdraw_state_id": 27, "workflow_id": 29, "meeting_id": 16},
            "motion_submitter/27": {"id": 27, "meeting_user_id": 18, "motion_id": 19, "meeting_id": 16},
            "motion_supporter/28": {"id": 28, "meeting_user_id": 18, "motion_id": 19, "meeting_id": 16},
            "motion_workflow/29": {"id": 29, "first_state_id": 26, "state_ids": [26, 27], "meeting_id": 16},
            "motion_working_group_speaker/30": {"id": 30, "meeting_user_id": 18, "motion_id": 19, "meeting_id": 16},
            "option/31": {"id": 31, "content_object_id": "motion/19", "used_as_global_option_in_poll_id": 35, "poll_id": 35, "vote_ids": [49], "meeting_id": 16},
            "organization_tag/32": {"id": 32},
            "personal_note/33": {"id": 33, "meeting_user_id": 18, "content_object_id": "motion/19", "meeting_id": 16},
            "point_of_order_category/34": {"id": 34, "speaker_ids": [42], "meeting_id": 16},
            "poll/35": {"id": 35, "entitled_group_ids": [10], "content_object_id": "topic/47", "global_option_id": 31, "option_ids": [31], "projection_ids": [43], "meeting_id": 16},
            "poll_candidate/36": {"id": 36, "poll_candidate_list_id": 37, "meeting_id": 16},
            "poll_candidate_list/37": {"id": 37, "option_id": 32, "poll_candidate_ids": [36], "meeting_id": 16},
            "projection/38": {"id": 38, "content_object_id": "agenda_item/3", "current_projector_id": 39, "history_projector_id": 39, "preview_projector_id": 39, "meeting_id": 16},
            "projector/39": {"id": 39, "current_projection_ids": [38], "history_projection_ids": [38], "preview_projection_ids": [38], "meeting_id": 16},
            "projector_countdown/40": {"id": 40, "projection_ids": [45], "meeting_id": 16},
            "projector_message/41": {"id": 41, "projection_ids": [46], "meeting_id": 16},
            "speaker/42": {"id": 42, "meeting_user_id": 18, "list_of_speakers_id": 14, "structure_level_list_of_speakers_id": 44, "point_of_order_category_id": 34, "meeting_id": 16},
            "structure_level/43": {"id": 43, "meeting_user_ids": [18], "structure_level_list_of_speakers_ids": [44], "meeting_id": 16},
            "structure_level_list_of_speakers/44": {"id": 44, "structure_level_id": 43, "list_of_speakers_id": 14, "speaker_ids": [42], "meeting_id": 16},
            "tag/45": {"id": 45, "tagged_ids": ["agenda_item/3", "assignment/4", "motion/19"], "meeting_id": 16},
            "theme/46": {"id": 46},
            "topic/47": {"id": 47, "agenda_item_id": 6, "list_of_speakers_id": 17, "attachment_meeting_mediafile_ids": [17], "poll_ids": [35], "projection_ids": [40], "meeting_id": 16},
            "user/48": {"id": 48, "option_ids": [33]},
            "vote/49": {"id": 49, "option_id": 31, "meeting_id": 16},
            "meeting_user/19": {"id": 19, "vote_delegated_to_id": 18, "meeting_id": 16},
            "agenda_item/4": {"id": 4, "child_ids": [3], "content_object_id": "motion_block/20", "meeting_id": 16},
            "agenda_item/5": {"id": 5, "content_object_id": "assignment/4", "meeting_id": 16},
            "agenda_item/6": {"id": 6, "content_object_id": "topic/47", "meeting_id": 16},
            "list_of_speakers/15": {"id": 15, "content_object_id": "motion_block/20", "meeting_id": 16},
            "list_of_speakers/16": {"id": 16, "content_object_id": "assignment/4", "meeting_id": 16},
            "list_of_speakers/17": {"id": 17, "content_object_id": "topic/47", "meeting_id": 16},
            "list_of_speakers/18": {"id": 18, "content_object_id": "meeting_mediafile/17", "meeting_id": 16},
            "projection/39": {"id": 39, "content_object_id": "list_of_speakers/14", "meeting_id": 16},
            "projection/40": {"id": 40, "content_object_id": "topic/47", "meeting_id": 16},
            "motion/20": {"id": 20, "amendment_ids": [19], "identical_motion_ids": [19], "recommendation_extension_reference_ids": ["motion/19"], "referenced_in_motion_state_extension_ids": [19], "sort_child_ids": [19], "meeting_id": 16},
            "poll/36": {"id": 36, "content_object_id": "motion/19", "meeting_id": 16},
            "projection/41": {"id": 41, "content_object_id": "motion/19", "meeting_id": 16},
            "motion_category/22": {"id": 22, "child_ids": [21], "meeting_id": 16},
            "projection/42": {"id": 42, "content_object_id": "motion_block/20", "meeting_id": 16},
            "motion_state/27": {"id": 27, "next_state_ids": [26], "submitter_withdraw_back_ids": [26], "meeting_id": 16, "workflow_id": 29},
            "poll/37": {"id": 37, "content_object_id": "assignment/4", "meeting_id": 16},
            "projection/43": {"id": 43, "content_object_id": "poll/35", "meeting_id": 16},
            "option/32": {"id": 32, "content_object_id": "poll_candidate_list/37", "meeting_id": 16},
            "option/33": {"id": 33, "content_object_id": "user/48", "meeting_id": 16},
            "projection/44": {"id": 44, "content_object_id": "assignment/4", "meeting_id": 16},
            "mediafile/16": {"id": 16, "child_ids": [15], "owner_id": "organization/1"},
            "projection/45": {"id": 45, "content_object_id": "projector_countdown/40", "meeting_id": 16},
            "projection/46": {"id": 46, "content_object_id": "projector_message/41", "meeting_id": 16},
            "projection/47": {"id": 47, "content_object_id": "meeting_mediafile/17", "meeting_id": 16},
            "projection/48": {"id": 48, "content_object_id": "meeting/16", "meeting_id": 16}
        }
        """;
}
