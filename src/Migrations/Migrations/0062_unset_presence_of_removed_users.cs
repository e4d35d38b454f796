using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.M0062;

/// <summary>
/// Takes users out of the presence lists of meetings they have left: for every live meeting user whose
/// <c>group_ids</c> is empty, its user leaves the meeting's <c>present_user_ids</c> and the meeting leaves the user's
/// <c>is_present_in_meeting_ids</c>. The meeting users come from upstream's filter, <c>group_ids = "[]"</c> (the
/// string) and <c>meta_deleted != True</c>, with its two meanings: in the database it compares the field's text, so
/// it matches an empty list (and the string <c>"[]"</c>); in memory it is Python's <c>==</c> of a list with a string,
/// which never holds, so an import is left as it is (only a <c>group_ids</c> that is the string <c>"[]"</c> matches
/// there). Meetings and users are keyed in the order their first meeting user is read; the meetings' updates come
/// first, then the users'.
/// <para>Kept from upstream: every meeting and user involved is written, changed or not, and a missing list becomes
/// <c>[]</c>; the meetings are written only if at least one of them is read (upstream's <c>if meetings</c>), but then
/// all of them, so a meeting that does not exist or is deleted (in the database) ends in the writer's "does not
/// exist" error, as does such a user (always).</para>
/// <para>Deliberate differences, for data upstream crashes on: a matched meeting user without a positive integer
/// <c>user_id</c> still counts for its meeting but gives no user update, and likewise without one as
/// <c>meeting_id</c> no meeting update (upstream: its get_many request refuses such an id, e.g. the None of the
/// database's null key, and in memory a missing one is a KeyError); a presence list that is no list (in memory a
/// null one: upstream's TypeError) counts as empty. Ids compare as integers (<c>5.0</c> is 5).</para>
/// </summary>
[TargetMigrationIndex(63)]
public sealed class Migration : ModelMigration
{
    private const string MeetingField = "present_user_ids";
    private const string UserField = "is_present_in_meeting_ids";

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var usersPerMeeting = new OrderedDictionary<int, List<long>>();
        var meetingsPerUser = new OrderedDictionary<int, List<long>>();
        var meetingUsers = await Reader.FilterAsync(
            "meeting_user",
            new And(new FilterOperator("group_ids", "=", "[]"), new FilterOperator("meta_deleted", "!=", true)),
            ["user_id", "meeting_id"],
            cancellationToken);
        foreach (var meetingUser in meetingUsers.Values)
        {
            var userId = Integer(meetingUser["user_id"]);
            var meetingId = Integer(meetingUser["meeting_id"]);
            Register(meetingsPerUser, userId, meetingId);
            Register(usersPerMeeting, meetingId, userId);
        }

        var parts = new List<GetManyRequestPart>();
        if (usersPerMeeting.Count > 0)
        {
            parts.Add(new GetManyRequestPart("meeting", [.. usersPerMeeting.Keys], [MeetingField]));
        }

        if (meetingsPerUser.Count > 0)
        {
            parts.Add(new GetManyRequestPart("user", [.. meetingsPerUser.Keys], [UserField]));
        }

        var read = parts.Count > 0
            ? await Reader.GetManyAsync(parts, cancellationToken)
            : new Dictionary<string, Dictionary<int, JsonObject>>(StringComparer.Ordinal);
        var meetings = read.GetValueOrDefault("meeting") ?? new Dictionary<int, JsonObject>();
        var users = read.GetValueOrDefault("user") ?? new Dictionary<int, JsonObject>();

        var events = new List<RequestEvent>();
        if (meetings.Count > 0)
        {
            foreach (var (meetingId, userIds) in usersPerMeeting)
            {
                events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("meeting", meetingId), new JsonObject
                {
                    [MeetingField] = Without(meetings.GetValueOrDefault(meetingId)?[MeetingField], userIds),
                }));
            }
        }

        foreach (var (userId, meetingIds) in meetingsPerUser)
        {
            events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("user", userId), new JsonObject
            {
                [UserField] = Without(users.GetValueOrDefault(userId)?[UserField], meetingIds),
            }));
        }

        return events;
    }

    /// <summary>Upstream's <c>defaultdict(list)</c>: the key gets its entry even when there is no value to add.</summary>
    private static void Register(OrderedDictionary<int, List<long>> lists, long? key, long? value)
    {
        // Only a key that can be an id (upstream's get_many request refuses others).
        if (key is not { } k || k < 1 || k > int.MaxValue)
        {
            return;
        }

        if (!lists.TryGetValue((int)k, out var values))
        {
            lists.Add((int)k, values = []);
        }

        if (value is { } v)
        {
            values.Add(v);
        }
    }

    /// <summary>The list without the given ids, in its order (upstream's <c>[id_ for id_ in list if id_ not in ids]</c>).</summary>
    private static JsonArray Without(JsonNode? list, List<long> ids) =>
        list is JsonArray entries
            ? new JsonArray([.. entries.Where(entry => Integer(entry) is not { } id || !ids.Contains(id)).Select(entry => entry?.DeepClone())])
            : [];

    /// <summary>An integral JSON number as Python compares it with ids (<c>5.0 == 5</c>); null for anything else.</summary>
    private static long? Integer(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number >= long.MinValue && number <= long.MaxValue
            ? (long)number
            : null;
}
