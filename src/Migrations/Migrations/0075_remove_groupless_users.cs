using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0075;

/// <summary>
/// Deletes the meeting users that belong to no group, together with their personal notes and the speakers of theirs
/// that have not begun to speak (<c>begin_time</c> missing or null), and takes every deleted model out of the relations
/// of the models that stay. The meeting users are the live ones whose <c>group_ids</c> matches upstream's filter
/// <c>group_ids = None or group_ids = "[]"</c>. The back relations follow upstream's table (below): a meeting user
/// leaves its user's and meeting's <c>meeting_user_ids</c>, the delegations of other meeting users, its structure
/// levels' <c>meeting_user_ids</c>, and its speakers, supporters, editors, working group speakers, submitters,
/// candidates and chat messages lose <c>meeting_user_id</c>; a deleted speaker leaves the <c>speaker_ids</c> of its
/// list of speakers, structure level list of speakers, point of order category and meeting; a deleted personal note
/// leaves its meeting's and its content object's <c>personal_note_ids</c>. Only targets that exist (live, in the
/// database) and are not deleted themselves are written: one delete per deleted model, one update per other model (its
/// single-valued fields deleted, its lists reduced by a list update).
/// <para>
/// Database and memory, each as its upstream twin. (1) The filter: in the database <c>= "[]"</c> compares the field's
/// text, so an empty list matches (and the string <c>"[]"</c>); in memory it is Python's <c>==</c> of the value with
/// the string, so only a missing or null <c>group_ids</c> (or the string) matches and meeting users with <c>group_ids:
/// []</c> stay. (2) A personal note's content object is looked up by the id text split from the fqid: the database
/// parses it, so the motion loses the note; in memory upstream keys the result by the text and then looks for the int,
/// never finds it, and motions keep the ids of deleted notes. (3) In memory, as always there, deleted models stay in
/// the result, and a model deleted by an earlier migration of the same run still counts as existing (upstream's reader
/// returns it), so the writer refuses to change it (ModelDoesNotExist), as upstream's. The read order only orders the
/// ids inside one list update: meeting users as filtered, then the speakers, then the personal notes, both asked for in
/// CPython's set order (<see cref="PythonIntSet"/>, which memory keeps; the database returns them by id).
/// </para>
/// <para>
/// Kept from upstream: the user and the meeting stay linked through <c>user/meeting_ids</c> and
/// <c>meeting/user_ids</c>; a speaker that has begun stays and only loses <c>meeting_user_id</c>; a content object is
/// looked for among the models read for its batch, where its id was read as a motion's, so one of another collection
/// keeps the note's id unless that collection was read for another field (a meeting, through <c>meeting_id</c>); a
/// value listed twice is removed twice (the list update does not mind). Upstream's unused <c>time()</c> call has no
/// counterpart, and its exception for an unknown "special" relation cannot arise here (the one special relation is a
/// type of its own).
/// </para>
/// <para>
/// Deliberate differences. The events come in ascending fqid order (Python's string order) and a model's deleted fields
/// by name; upstream builds them from a set of fqid strings, whose order changes from run to run. A relation value
/// upstream crashes on fails with a <see cref="MigrationException"/> naming every such model and field: a list field
/// that is no list or holds something other than integer ids, a single field that is no integer id, a
/// <c>content_object_id</c> that is no fqid string (upstream: TypeError, IndexError, AttributeError, ValueError or
/// AssertionError). A false value (missing, null, 0, empty) is skipped, as upstream's truth test does, and an integer
/// that cannot be an id (below 1, beyond the id range) names no model.
/// </para>
/// </summary>
[TargetMigrationIndex(76)]
public sealed class Migration : ModelMigration
{
    private const string MeetingUser = "meeting_user";
    private const string Speaker = "speaker";
    private const string PersonalNote = "personal_note";

    /// <summary>Upstream's table for meeting users, in its order (the order of the mapped fields).</summary>
    private static readonly Relation[] MeetingUserRelations =
    [
        new("user_id", "user", "meeting_user_ids"),
        new("meeting_id", "meeting", "meeting_user_ids"),
        new("personal_note_ids", PersonalNote, "meeting_user_id", RelationKind.Cascade),
        new("speaker_ids", Speaker, "meeting_user_id"),
        new("motion_supporter_ids", "motion_supporter", "meeting_user_id"),
        new("motion_editor_ids", "motion_editor", "meeting_user_id"),
        new("motion_working_group_speaker_ids", "motion_working_group_speaker", "meeting_user_id"),
        new("motion_submitter_ids", "motion_submitter", "meeting_user_id"),
        new("assignment_candidate_ids", "assignment_candidate", "meeting_user_id"),
        new("vote_delegated_to_id", MeetingUser, "vote_delegations_from_ids"),
        new("vote_delegations_from_ids", MeetingUser, "vote_delegated_to_id"),
        new("chat_message_ids", "chat_message", "meeting_user_id"),
        new("structure_level_ids", "structure_level", "meeting_user_ids"),
    ];

    private static readonly Relation[] SpeakerRelations =
    [
        new("list_of_speakers_id", "list_of_speakers", "speaker_ids"),
        new("structure_level_list_of_speakers_id", "structure_level_list_of_speakers", "speaker_ids"),
        new("point_of_order_category_id", "point_of_order_category", "speaker_ids"),
        new("meeting_id", "meeting", "speaker_ids"),
    ];

    private static readonly Relation[] PersonalNoteRelations =
    [
        // Generic, but upstream reads only motions for it (its id text is asked for as a motion).
        new("content_object_id", "motion", "personal_note_ids", RelationKind.ContentObject),
        new("meeting_id", "meeting", "personal_note_ids"),
    ];

    /// <summary>The speaker fields upstream reads to decide which speakers go (only <c>begin_time</c> counts).</summary>
    private static readonly string[] SpeakerFields =
    [
        "meeting_id", "list_of_speakers_id", "structure_level_list_of_speakers_id", "speech_state", "begin_time",
        "end_time", "pause_time", "point_of_order", "unpause_time", "id",
    ];

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var filter = new And(
            new Or(new FilterOperator("group_ids", "=", null), new FilterOperator("group_ids", "=", "[]")),
            new FilterOperator("meta_deleted", "!=", true));
        var meetingUsers = await Reader.FilterAsync(MeetingUser, filter, [.. MeetingUserRelations.Select(r => r.Field)], cancellationToken);
        return await new Deletion(Reader).RunAsync(meetingUsers, cancellationToken);
    }

    private static Relation[] RelationsOf(string collection) => collection switch
    {
        MeetingUser => MeetingUserRelations,
        Speaker => SpeakerRelations,
        PersonalNote => PersonalNoteRelations,
        _ => throw new InvalidOperationException($"No relations of {collection} are known."),
    };

    /// <summary>How a deleted model's relation is cleaned on its target.</summary>
    private enum RelationKind
    {
        /// <summary>The target loses the deleted id from its list, or its single-valued field.</summary>
        BackReference,

        /// <summary>The target is deleted too.</summary>
        Cascade,

        /// <summary>The value is an fqid (a personal note's content object); the target loses the id from its list.</summary>
        ContentObject,
    }

    /// <summary>A relation field of a deleted model and the field of the target that points back.</summary>
    private sealed record Relation(string Field, string ToCollection, string ToField, RelationKind Kind = RelationKind.BackReference)
    {
        public bool IsList => Field.EndsWith("_ids", StringComparison.Ordinal);

        public bool TargetIsList => ToField.EndsWith("_ids", StringComparison.Ordinal);
    }

    /// <summary>
    /// One model that a relation value names: an id of the relation's collection, or, for a content object, of
    /// <see cref="Collection"/>.
    /// </summary>
    private readonly record struct Link(Relation Relation, int Id, string? Collection);

    /// <summary>A model to be deleted with the links of its relation fields, in field order then value order.</summary>
    private sealed record DeletedModel(int Id, List<Link> Links);

    /// <summary>The state of one run: what is deleted, what is to be deleted next, and the changes staged for the others.</summary>
    private sealed class Deletion(IMigrationReader reader)
    {
        private readonly HashSet<string> _deleted = new(StringComparer.Ordinal);
        private readonly OrderedDictionary<string, PythonIntSet> _next = new(StringComparer.Ordinal);
        private readonly OrderedDictionary<string, OrderedDictionary<string, List<int>>> _listRemovals = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SortedSet<string>> _emptiedFields = new(StringComparer.Ordinal);

        /// <summary>The ids, per collection, of the models read for the batch being cleaned (upstream's existence check).</summary>
        private Dictionary<string, HashSet<int>> _existing = new(StringComparer.Ordinal);

        public async Task<IReadOnlyList<RequestEvent>> RunAsync(Dictionary<int, JsonObject> meetingUsers, CancellationToken cancellationToken)
        {
            var users = Parse(MeetingUser, meetingUsers);
            var speakers = await SpeakersToDeleteAsync(users, cancellationToken);
            _next.Add(Speaker, speakers);
            foreach (var user in users)
            {
                _deleted.Add(DatastoreKeys.Fqid(MeetingUser, user.Id));
            }

            foreach (var id in speakers)
            {
                _deleted.Add(DatastoreKeys.Fqid(Speaker, id));
            }

            await CleanAsync(users, cancellationToken);

            // Then the speakers, then the personal notes the meeting users cascaded to (upstream's loop over its dict).
            while (_next.Count > 0)
            {
                var (collection, ids) = _next.GetAt(0);
                _next.RemoveAt(0);
                if (ids.Count == 0)
                {
                    continue;
                }

                var read = await reader.GetManyAsync(
                    [new GetManyRequestPart(collection, [.. ids], [.. RelationsOf(collection).Select(r => r.Field)])], cancellationToken);
                await CleanAsync(Parse(collection, read.GetValueOrDefault(collection) ?? []), cancellationToken);
            }

            return Events();
        }

        /// <summary>Upstream's <c>calculate_speakers_to_delete</c>: the meeting users' speakers without <c>begin_time</c>.</summary>
        private async Task<PythonIntSet> SpeakersToDeleteAsync(List<DeletedModel> users, CancellationToken cancellationToken)
        {
            var ids = users.SelectMany(u => u.Links).Where(l => l.Relation.Field == "speaker_ids").Select(l => l.Id).ToList();
            if (ids.Count == 0)
            {
                return new PythonIntSet();
            }

            var speakers = (await reader.GetManyAsync([new GetManyRequestPart(Speaker, ids, SpeakerFields)], cancellationToken))
                .GetValueOrDefault(Speaker) ?? [];
            return new PythonIntSet(speakers.Where(p => p.Value["begin_time"] is null).Select(p => p.Key));
        }

        /// <summary>Upstream's <c>migrate_collection</c>: reads which targets exist, then stages the change of each.</summary>
        private async Task CleanAsync(List<DeletedModel> models, CancellationToken cancellationToken)
        {
            await LoadTargetsAsync(models, cancellationToken);
            foreach (var model in models)
            {
                foreach (var link in model.Links)
                {
                    Stage(model.Id, link);
                }
            }
        }

        /// <summary>
        /// Upstream's <c>load_data</c>: one read of every named model, per target collection of the relations. A
        /// content object's id is asked for as a motion; in memory upstream keys that result by the id's text, which
        /// its existence check (by int) never finds, so there it is not asked for at all.
        /// </summary>
        private async Task LoadTargetsAsync(List<DeletedModel> models, CancellationToken cancellationToken)
        {
            var wanted = new OrderedDictionary<string, HashSet<int>>(StringComparer.Ordinal);
            foreach (var link in models.SelectMany(m => m.Links))
            {
                if (link.Collection is not null && reader.IsInMemoryMigration)
                {
                    continue;
                }

                if (!wanted.TryGetValue(link.Relation.ToCollection, out var ids))
                {
                    wanted.Add(link.Relation.ToCollection, ids = []);
                }

                ids.Add(link.Id);
            }

            var read = wanted.Count == 0
                ? []
                : await reader.GetManyAsync([.. wanted.Select(p => new GetManyRequestPart(p.Key, [.. p.Value], ["id"]))], cancellationToken);
            _existing = read.ToDictionary(p => p.Key, p => p.Value.Keys.ToHashSet(), StringComparer.Ordinal);
        }

        private bool Exists(string collection, int id) => _existing.TryGetValue(collection, out var ids) && ids.Contains(id);

        /// <summary>Upstream's <c>handle_id</c> for one link of the deleted model <paramref name="baseId"/>.</summary>
        private void Stage(int baseId, Link link)
        {
            var relation = link.Relation;
            if (relation.Kind == RelationKind.ContentObject)
            {
                var contentObject = DatastoreKeys.Fqid(link.Collection!, link.Id);
                if (!_deleted.Contains(contentObject) && Exists(link.Collection!, link.Id))
                {
                    RemoveFromList(contentObject, relation.ToField, baseId);
                }

                return;
            }

            var target = DatastoreKeys.Fqid(relation.ToCollection, link.Id);
            if (_deleted.Contains(target) || !Exists(relation.ToCollection, link.Id))
            {
                return;
            }

            if (relation.Kind == RelationKind.Cascade)
            {
                if (!_next.TryGetValue(relation.ToCollection, out var ids))
                {
                    _next.Add(relation.ToCollection, ids = new PythonIntSet());
                }

                ids.Add(link.Id);
                _deleted.Add(target);
            }
            else if (relation.TargetIsList)
            {
                RemoveFromList(target, relation.ToField, baseId);
            }
            else
            {
                if (!_emptiedFields.TryGetValue(target, out var fields))
                {
                    _emptiedFields[target] = fields = new SortedSet<string>(StringComparer.Ordinal);
                }

                fields.Add(relation.ToField);
            }
        }

        private void RemoveFromList(string fqid, string field, int id)
        {
            if (!_listRemovals.TryGetValue(fqid, out var lists))
            {
                _listRemovals.Add(fqid, lists = new OrderedDictionary<string, List<int>>(StringComparer.Ordinal));
            }

            if (!lists.TryGetValue(field, out var ids))
            {
                lists.Add(field, ids = []);
            }

            ids.Add(id);
        }

        /// <summary>A delete for every deleted model, an update for every other one touched, in fqid order.</summary>
        private List<RequestEvent> Events()
        {
            var fqids = new HashSet<string>(_deleted, StringComparer.Ordinal);
            fqids.UnionWith(_emptiedFields.Keys);
            fqids.UnionWith(_listRemovals.Keys);
            var order = fqids.ToList();
            order.Sort(PythonStringComparer.Instance);

            var events = new List<RequestEvent>(order.Count);
            foreach (var fqid in order)
            {
                if (_deleted.Contains(fqid))
                {
                    events.Add(new DeleteRequestEvent(fqid));
                    continue;
                }

                var fields = new JsonObject();
                if (_emptiedFields.TryGetValue(fqid, out var emptied))
                {
                    foreach (var field in emptied)
                    {
                        fields[field] = null;
                    }
                }

                JsonObject? removals = null;
                if (_listRemovals.TryGetValue(fqid, out var lists))
                {
                    removals = new JsonObject();
                    foreach (var (field, ids) in lists)
                    {
                        removals[field] = JsonIds.Array(ids);
                    }
                }

                events.Add(new UpdateRequestEvent(fqid, fields, removeFromLists: removals));
            }

            return events;
        }
    }

    /// <summary>
    /// The links of each model's relation fields (upstream's truth test skips false values); a value upstream would
    /// crash on fails the migration, with all such values of the batch.
    /// </summary>
    private static List<DeletedModel> Parse(string collection, Dictionary<int, JsonObject> models)
    {
        var relations = RelationsOf(collection);
        var errors = new List<string>();
        var result = new List<DeletedModel>(models.Count);
        foreach (var (id, model) in models)
        {
            var fqid = DatastoreKeys.Fqid(collection, id);
            var links = new List<Link>();
            foreach (var relation in relations)
            {
                var value = model[relation.Field];
                if (!PythonTruth.IsTruthy(value))
                {
                    continue;
                }

                if (relation.Kind == RelationKind.ContentObject)
                {
                    if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String && DatastoreKeys.IsFqid(text.GetValue<string>()))
                    {
                        var contentObject = text.GetValue<string>();
                        var idText = contentObject.AsSpan(contentObject.IndexOf('/', StringComparison.Ordinal) + 1);
                        if (int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var targetId))
                        {
                            links.Add(new Link(relation, targetId, DatastoreKeys.CollectionOf(contentObject)));
                        }
                    }
                    else
                    {
                        errors.Add($"{fqid}: {relation.Field} must be an fqid, not {value!.ToJsonString()}");
                    }
                }
                else if (relation.IsList)
                {
                    if (value is JsonArray entries && entries.All(IsIntegerNumber))
                    {
                        links.AddRange(entries.Select(AsId).OfType<int>().Select(targetId => new Link(relation, targetId, null)));
                    }
                    else
                    {
                        errors.Add($"{fqid}: {relation.Field} must be a list of ids, not {value!.ToJsonString()}");
                    }
                }
                else if (IsIntegerNumber(value))
                {
                    if (AsId(value) is { } targetId)
                    {
                        links.Add(new Link(relation, targetId, null));
                    }
                }
                else
                {
                    errors.Add($"{fqid}: {relation.Field} must be an id, not {value!.ToJsonString()}");
                }
            }

            result.Add(new DeletedModel(id, links));
        }

        return errors.Count > 0 ? throw new MigrationException(errors) : result;
    }

    /// <summary>A JSON number without fraction or exponent: a Python int after <c>json.loads</c> (not a bool).</summary>
    private static bool IsIntegerNumber(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.ToJsonString().AsSpan().IndexOfAny(".eE") < 0;

    /// <summary>The integer as an id, or null if no model can have it (below 1 or beyond the id range).</summary>
    private static int? AsId(JsonNode? node) => JsonIds.TryInteger(node, out var id) && id >= 1 ? id : null;
}
