using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0044;

/// <summary>
/// Removes the template fields (<c>x_$_y</c> with the replacements listed in it and one structured field
/// <c>x_$&lt;replacement&gt;_y</c> per replacement) of twelve collections. Each template field has a strategy:
/// <list type="bullet">
/// <item><b>Rename</b>: every structured field becomes a plain field (<c>logo_$web_header_id</c> →
/// <c>logo_web_header_id</c>, or a name from a map, or one fixed name where the last replacement wins).</item>
/// <item><b>Merge</b>: the lists of all structured fields are concatenated into one list field.</item>
/// <item><b>MergeToJson</b>: the structured fields become one object, keyed by replacement.</item>
/// <item><b>MoveToMeetingUser</b>: a per-meeting user field moves to the <c>meeting_user</c> of that meeting and
/// user; <b>MoveToMeetingUserAndReplace</b> also turns the user ids of its value into meeting user ids.</item>
/// <item><b>ReplaceWithMeetingUsers</b>: a relation to users (<c>group/user_ids</c>, <c>speaker/user_id</c>, …)
/// becomes a relation to the meeting users of the model's meeting.</item>
/// </list>
/// Meeting users are created on first use, with ids from 1, so their ids follow upstream's iteration: collections in
/// the table's order, models in the reader's order (<see cref="Runtime.Reading.IMigrationReader.GetAllAsync"/>, not
/// the id-ordered stream), template fields in the table's order, replacements and user ids in list order; for
/// MoveToMeetingUserAndReplace the users of the value get theirs before the model's own user (Python evaluates the
/// right-hand side of <c>a[k][f] = v</c> first). Then every meeting and user involved gets <c>meeting_user_ids</c>
/// (set, in creation order). Per-meeting user fields of meetings that are not alive are dropped, as upstream.
/// <para>Kept from upstream: the motion entry names the field <c>amendment_paragraphs_$</c>, while the real field is
/// <c>amendment_paragraph_$</c>, so real amendment paragraphs pass untouched (0045 converts them); a structured field
/// whose replacement is not listed stays; falsy structured values (<c>""</c>, <c>0</c>, <c>[]</c>, …) are dropped with
/// their field; an empty user list still becomes an empty meeting user list; a relation to a user or meeting that
/// does not exist or is deleted (in the database) ends in the writer's "does not exist" error, as upstream's.</para>
/// <para>Where upstream would crash, this port does not (deliberate): a model without <c>meeting_id</c>
/// (KeyError) loses its user relation field without replacement; a user id or <c>meeting_id</c> that is not an
/// integer (upstream would create meeting users keyed by it, and fail on its fqid) is left out; a template field
/// whose value is not a list (TypeError for null or a number; a string would be iterated by character) counts as
/// having no replacements; a user model without an integer <c>id</c> field (KeyError) uses the id of its fqid; a
/// truthy structured value of a merged field that is no list is left out (Python would extend by its characters or
/// fail). A replacement is put into field names and fqids as text (a string as is, anything else as JSON, see
/// <see cref="JsonIds.Text"/>; Python would print <c>True</c> where this prints <c>true</c>).</para>
/// <para>The events are streamed as the one request upstream writes; until the last model is read, each model's
/// update and each meeting user are held as compact JSON, not as objects, and let go as they become events. Nothing
/// is read after the first event (<see cref="ReadsBeforeItYields"/>), so an import's models are changed in place.</para>
/// </summary>
[TargetMigrationIndex(45)]
public sealed class Migration : ModelMigration
{
    private const string CommitteeManagementField = "committee_$_management_level";

    // Upstream's table, in its order (the order decides the ids of the created meeting users).
    private static readonly IReadOnlyList<TemplateCollection> TemplateFields =
    [
        new("user",
        [
            new(CommitteeManagementField, Strategy.Rename, Name: "committee_management_ids"),
            new("poll_voted_$_ids", Strategy.Merge),
            new("option_$_ids", Strategy.Merge),
            new("vote_$_ids", Strategy.Merge),
            new("vote_delegated_vote_$_ids", Strategy.Merge, Name: "delegated_vote_ids"),
            new("comment_$", Strategy.MoveToMeetingUser),
            new("number_$", Strategy.MoveToMeetingUser),
            new("structure_level_$", Strategy.MoveToMeetingUser),
            new("about_me_$", Strategy.MoveToMeetingUser),
            new("vote_weight_$", Strategy.MoveToMeetingUser),
            new("group_$_ids", Strategy.MoveToMeetingUser),
            new("speaker_$_ids", Strategy.MoveToMeetingUser),
            new("personal_note_$_ids", Strategy.MoveToMeetingUser),
            new("supported_motion_$_ids", Strategy.MoveToMeetingUser),
            new("submitted_motion_$_ids", Strategy.MoveToMeetingUser, Name: "motion_submitter_ids"),
            new("assignment_candidate_$_ids", Strategy.MoveToMeetingUser),
            new("vote_delegated_$_to_id", Strategy.MoveToMeetingUserAndReplace),
            new("vote_delegations_$_from_ids", Strategy.MoveToMeetingUserAndReplace),
            new("chat_message_$_ids", Strategy.MoveToMeetingUser),
        ]),
        new("committee",
        [
            new("user_$_management_level", Strategy.Rename, Name: "manager_ids"),
        ]),
        new("meeting",
        [
            new("logo_$_id", Strategy.Rename),
            new("font_$_id", Strategy.Rename),
            new("default_projector_$_ids", Strategy.Rename, Names: new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["default_projector_$agenda_all_items_ids"] = "default_projector_agenda_item_list_ids",
                ["default_projector_$topics_ids"] = "default_projector_topic_ids",
                ["default_projector_$projector_countdowns_ids"] = "default_projector_countdown_ids",
                ["default_projector_$projector_message_ids"] = "default_projector_message_ids",
            }),
        ]),
        new("group",
        [
            new("user_ids", Strategy.ReplaceWithMeetingUsers),
        ]),
        new("motion",
        [
            // Upstream's misspelling (the field is amendment_paragraph_$), kept: 0045 converts the real field.
            new("amendment_paragraphs_$", Strategy.MergeToJson, Name: "amendment_paragraphs"),
            new("supporter_ids", Strategy.ReplaceWithMeetingUsers, Name: "supporter_meeting_user_ids"),
        ]),
        new("mediafile",
        [
            new("used_as_logo_$_in_meeting_id", Strategy.Rename),
            new("used_as_font_$_in_meeting_id", Strategy.Rename),
        ]),
        new("projector",
        [
            new("used_as_default_$_in_meeting_id", Strategy.Rename, Names: new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["used_as_default_$agenda_all_items_in_meeting_id"] = "used_as_default_projector_for_agenda_item_list_in_meeting_id",
                ["used_as_default_$topics_in_meeting_id"] = "used_as_default_projector_for_topic_in_meeting_id",
                ["used_as_default_$list_of_speakers_in_meeting_id"] = "used_as_default_projector_for_list_of_speakers_in_meeting_id",
                ["used_as_default_$current_list_of_speakers_in_meeting_id"] = "used_as_default_projector_for_current_list_of_speakers_in_meeting_id",
                ["used_as_default_$motion_in_meeting_id"] = "used_as_default_projector_for_motion_in_meeting_id",
                ["used_as_default_$amendment_in_meeting_id"] = "used_as_default_projector_for_amendment_in_meeting_id",
                ["used_as_default_$motion_block_in_meeting_id"] = "used_as_default_projector_for_motion_block_in_meeting_id",
                ["used_as_default_$assignment_in_meeting_id"] = "used_as_default_projector_for_assignment_in_meeting_id",
                ["used_as_default_$mediafile_in_meeting_id"] = "used_as_default_projector_for_mediafile_in_meeting_id",
                ["used_as_default_$projector_message_in_meeting_id"] = "used_as_default_projector_for_message_in_meeting_id",
                ["used_as_default_$projector_countdowns_in_meeting_id"] = "used_as_default_projector_for_countdown_in_meeting_id",
                ["used_as_default_$assignment_poll_in_meeting_id"] = "used_as_default_projector_for_assignment_poll_in_meeting_id",
                ["used_as_default_$motion_poll_in_meeting_id"] = "used_as_default_projector_for_motion_poll_in_meeting_id",
                ["used_as_default_$poll_in_meeting_id"] = "used_as_default_projector_for_poll_in_meeting_id",
            }),
        ]),
        new("personal_note", [new("user_id", Strategy.ReplaceWithMeetingUsers)]),
        new("speaker", [new("user_id", Strategy.ReplaceWithMeetingUsers)]),
        new("motion_submitter", [new("user_id", Strategy.ReplaceWithMeetingUsers)]),
        new("assignment_candidate", [new("user_id", Strategy.ReplaceWithMeetingUsers)]),
        new("chat_message", [new("user_id", Strategy.ReplaceWithMeetingUsers)]),
    ];

    private enum Strategy
    {
        Rename,
        Merge,
        MergeToJson,
        MoveToMeetingUser,
        ReplaceWithMeetingUsers,
        MoveToMeetingUserAndReplace,
    }

    protected override bool StreamsOneRequest => true;

    // Everything is read before the first event: an import's models are changed in place (0044 changes nearly all).
    protected override bool ReadsBeforeItYields => true;

    // Every update and meeting user is held until the end (the creations come first): as compact JSON, not objects.
    protected override async IAsyncEnumerable<RequestEvent> StreamEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var run = new Run(Reader.IsAliveAsync, cancellationToken);
        var updates = new List<(string Fqid, byte[] Fields)>();
        foreach (var (collection, rules) in TemplateFields)
        {
            await foreach (var (id, model) in Reader.StreamAllAsync(collection, cancellationToken: cancellationToken))
            {
                var update = new JsonObject();
                foreach (var rule in rules)
                {
                    if (model.ContainsKey(rule.Field))
                    {
                        // Per-meeting user fields are replaced by meeting ids; the committee management level is not.
                        var byMeeting = collection == "user" && rule.Field != CommitteeManagementField;
                        await run.ApplyAsync(model, id, rule, byMeeting, update);
                    }
                }

                if (update.Count > 0)
                {
                    updates.Add((DatastoreKeys.Fqid(collection, id), CompactJson.Of(update)));
                }

                run.MeetingUsers.Seal();
            }
        }

        foreach (var meetingUser in run.MeetingUsers.Created)
        {
            yield return new CreateRequestEvent(DatastoreKeys.Fqid("meeting_user", meetingUser.Id), meetingUser.TakeFields());
        }

        foreach (var (collection, byParent) in new[] { ("meeting", run.MeetingUsers.ByMeeting), ("user", run.MeetingUsers.ByUser) })
        {
            foreach (var (parentId, meetingUserIds) in byParent)
            {
                yield return new UpdateRequestEvent(DatastoreKeys.Fqid(collection, parentId), new JsonObject { ["meeting_user_ids"] = JsonIds.Array(meetingUserIds) });
            }
        }

        for (var i = 0; i < updates.Count; i++)
        {
            // Each held update is let go once it is an event.
            var (fqid, fields) = updates[i];
            updates[i] = default;
            yield return new UpdateRequestEvent(fqid, CompactJson.Parse(fields));
        }
    }


    /// <summary>The key a Python dict key becomes in JSON: a string as is, anything else as its JSON text.</summary>
    private static string JsonKey(JsonNode? replacement) =>
        replacement is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : replacement?.ToJsonString() ?? "null";

    /// <summary>One collection of the table and its template fields.</summary>
    private sealed record TemplateCollection(string Collection, IReadOnlyList<Rule> Rules);

    /// <summary>
    /// A template field and its strategy. The new name is <see cref="Name"/> if given, else from <see cref="Names"/>
    /// (unmapped structured fields lose their <c>$</c>), else the strategy's default.
    /// </summary>
    private sealed record Rule(string Field, Strategy Strategy, string? Name = null, IReadOnlyDictionary<string, string>? Names = null)
    {
        public string NewName(string field)
        {
            if (Name is not null)
            {
                return Name;
            }

            if (Names is not null)
            {
                return Names.TryGetValue(field, out var mapped) ? mapped : field.Replace("$", "", StringComparison.Ordinal);
            }

            return Strategy switch
            {
                Strategy.Rename => field.Replace("$", "", StringComparison.Ordinal),
                Strategy.ReplaceWithMeetingUsers => "meeting_" + field,
                _ => field.Replace("_$", "", StringComparison.Ordinal),
            };
        }
    }

    /// <summary>
    /// A created meeting user: its fields as an object while they are being moved to it, as compact JSON once
    /// <see cref="Seal"/>ed (and parsed again if a later model moves a field to it).
    /// </summary>
    private sealed class MeetingUser(int id, JsonObject fields)
    {
        private JsonObject? _fields = fields;
        private byte[]? _sealed;

        public int Id { get; } = id;

        public JsonObject Fields
        {
            get
            {
                if (_fields is null)
                {
                    _fields = CompactJson.Parse(_sealed!);
                    _sealed = null;
                }

                return _fields;
            }
        }

        /// <summary>The fields for the create event, let go here (the reading is over).</summary>
        public JsonObject TakeFields()
        {
            var fields = _fields ?? CompactJson.Parse(_sealed!);
            _fields = null;
            _sealed = null;
            return fields;
        }

        /// <summary>True if it was open.</summary>
        public bool Seal()
        {
            if (_fields is null)
            {
                return false;
            }

            _sealed = CompactJson.Of(_fields);
            _fields = null;
            return true;
        }
    }

    /// <summary>The meeting users created so far, keyed by (meeting, user), and their ids per meeting and per user.</summary>
    private sealed class MeetingUsers
    {
        private readonly Dictionary<(int Meeting, int User), MeetingUser> _byKey = [];

        // The meeting users whose fields may have changed since the last Seal.
        private readonly List<MeetingUser> _open = [];

        /// <summary>The created meeting users, in creation order (id = position + 1).</summary>
        public List<MeetingUser> Created { get; } = [];

        public OrderedDictionary<int, List<int>> ByMeeting { get; } = new();

        public OrderedDictionary<int, List<int>> ByUser { get; } = new();

        /// <summary>The meeting user of <paramref name="userId"/> in <paramref name="meetingId"/>, created if new.</summary>
        public MeetingUser Get(int meetingId, int userId)
        {
            if (!_byKey.TryGetValue((meetingId, userId), out var meetingUser))
            {
                var id = Created.Count + 1;
                Append(ByUser, userId, id);
                Append(ByMeeting, meetingId, id);
                meetingUser = new MeetingUser(id, new JsonObject { ["id"] = id, ["user_id"] = userId, ["meeting_id"] = meetingId });
                _byKey[(meetingId, userId)] = meetingUser;
                Created.Add(meetingUser);
                _open.Add(meetingUser);
            }

            return meetingUser;
        }

        /// <summary>The fields of <see cref="Get"/>'s meeting user, to move a field to (open until the next <see cref="Seal"/>).</summary>
        public JsonObject FieldsOf(int meetingId, int userId)
        {
            var meetingUser = Get(meetingId, userId);
            if (!_open.Contains(meetingUser))
            {
                _open.Add(meetingUser);
            }

            return meetingUser.Fields;
        }

        /// <summary>Keeps the fields of every open meeting user as compact JSON.</summary>
        public void Seal()
        {
            foreach (var meetingUser in _open)
            {
                meetingUser.Seal();
            }

            _open.Clear();
        }

        /// <summary>
        /// The meeting user ids for a user id or a list of them (in order, duplicates kept); null for a value that is
        /// no id. Entries that are no integer ids are left out.
        /// </summary>
        public JsonNode? Ids(int meetingId, JsonNode? userIds)
        {
            if (userIds is JsonArray list)
            {
                var ids = new JsonArray();
                foreach (var entry in list)
                {
                    if (JsonIds.Integer(entry) is { } userId)
                    {
                        ids.Add((JsonNode)Get(meetingId, userId).Id);
                    }
                }

                return ids;
            }

            return JsonIds.Integer(userIds) is { } single ? (JsonNode)Get(meetingId, single).Id : null;
        }

        private static void Append(OrderedDictionary<int, List<int>> byParent, int parentId, int id)
        {
            if (!byParent.TryGetValue(parentId, out var ids))
            {
                ids = [];
                byParent.Add(parentId, ids);
            }

            ids.Add(id);
        }
    }

    /// <summary>One run's state: the meeting users and the liveness of the meetings asked about.</summary>
    private sealed class Run(Func<string, CancellationToken, Task<bool>> isAlive, CancellationToken cancellationToken)
    {
        // Nothing is written while the migration reads, so a meeting's liveness is asked once (upstream asks per field).
        private readonly Dictionary<string, bool> _alive = new(StringComparer.Ordinal);

        public MeetingUsers MeetingUsers { get; } = new();

        /// <summary>Applies <paramref name="rule"/> to <paramref name="model"/>, writing the changed fields into <paramref name="update"/>.</summary>
        public async Task ApplyAsync(JsonObject model, int id, Rule rule, bool byMeeting, JsonObject update)
        {
            var field = rule.Field;
            update[field] = null;
            var newField = rule.NewName(field);
            if (rule.Strategy == Strategy.ReplaceWithMeetingUsers)
            {
                // Upstream indexes model["meeting_id"] (KeyError without one): here the relation is only removed.
                if (JsonIds.Integer(model["meeting_id"]) is { } modelMeetingId && MeetingUsers.Ids(modelMeetingId, model[field]) is { } replaced)
                {
                    update[newField] = replaced;
                }

                return;
            }

            if (model[field] is not JsonArray replacements)
            {
                return;
            }

            var merged = new JsonArray();
            var paragraphs = new JsonObject();
            foreach (var replacement in replacements)
            {
                var text = JsonIds.Text(replacement);
                var structuredField = field.Replace("$", "$" + text, StringComparison.Ordinal);
                update[structuredField] = null;
                if (byMeeting && !await IsAliveAsync("meeting/" + text))
                {
                    continue;
                }

                var value = model[structuredField];
                if (!PythonTruth.IsTruthy(value))
                {
                    continue;
                }

                switch (rule.Strategy)
                {
                    case Strategy.Rename:
                        update[rule.NewName(structuredField)] = value!.DeepClone();
                        break;
                    case Strategy.Merge:
                        // Python's list.extend; a value that is no list is left out (deliberate, see the class comment).
                        if (value is JsonArray values)
                        {
                            foreach (var entry in values)
                            {
                                merged.Add(entry?.DeepClone());
                            }
                        }

                        break;
                    case Strategy.MergeToJson:
                        // dict(pairs): a repeated key keeps its first place and takes the last value.
                        paragraphs[JsonKey(replacement)] = value!.DeepClone();
                        break;
                    default:
                        // The replacement names a live meeting here, so it is that meeting's id.
                        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var meetingId))
                        {
                            continue;
                        }

                        var moved = rule.Strategy == Strategy.MoveToMeetingUser ? value!.DeepClone() : MeetingUsers.Ids(meetingId, value);
                        var userId = JsonIds.Integer(model["id"]) ?? id;
                        var meetingUser = MeetingUsers.FieldsOf(meetingId, userId);
                        if (moved is not null)
                        {
                            meetingUser[newField] = moved;
                        }

                        break;
                }
            }

            if (merged.Count > 0)
            {
                update[newField] = merged;
            }
            else if (paragraphs.Count > 0)
            {
                update[newField] = paragraphs;
            }
        }

        private async Task<bool> IsAliveAsync(string fqid)
        {
            if (!_alive.TryGetValue(fqid, out var alive))
            {
                alive = await isAlive(fqid, cancellationToken);
                _alive[fqid] = alive;
            }

            return alive;
        }
    }
}
