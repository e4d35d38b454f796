using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0071;

/// <summary>
/// Replaces the direct relation between motions and their supporting meeting users
/// (<c>motion/supporter_meeting_user_ids</c> ↔ <c>meeting_user/supported_motion_ids</c>) with the new connecting
/// collection <c>motion_supporter</c>. Every live motion whose <c>supporter_meeting_user_ids</c> passes upstream's
/// filter (<c>!= None</c>, <c>!= []</c>, <c>meta_deleted != True</c>) gets one <c>motion_supporter</c> per entry of
/// that list (<c>id</c>, <c>meeting_id</c>, <c>motion_id</c>, <c>meeting_user_id</c>), with ids counted from 1 over
/// the motions in the reader's order and, within a motion, in its list's order; the motion gets
/// <c>supporter_ids</c> (those ids) and loses <c>supporter_meeting_user_ids</c>; its meeting gets the ids added to
/// <c>motion_supporter_ids</c> (a list update). Then every live meeting user loses <c>supported_motion_ids</c> and, if
/// it supports anything, gets <c>motion_supporter_ids</c> (its supporters' ids in creation order). The events in
/// upstream's order: per motion its update, its meeting's list addition and its supporters' creations; then the
/// meeting users' updates in the order the reader gives them, streamed as the one request upstream writes (only
/// each meeting user's supporter ids are held; an error found in the motions fails the migration after the last one,
/// and nothing is written).
/// <para>Read order: the reader's, which is upstream's — the database's physical row order (for the first model
/// migration of a finalize the order of first creation), the import's order in memory — so the new ids are the ones
/// upstream gives, not ids by motion id.</para>
/// <para>Database and memory differ as upstream's two paths do, through the filter <c>!= []</c>: in the database
/// upstream's driver sends the empty list as the array literal <c>'{}'</c>, which differs from an empty list's text
/// <c>[]</c>, so a motion with an empty <c>supporter_meeting_user_ids</c> is read there and ends with <c>supporter_ids: []</c> (and
/// its meeting with at least <c>motion_supporter_ids: []</c>) — upstream's test expects exactly that (motion/202); in
/// memory the filter is Python's <c>!=</c>, so such a motion is not read and keeps its empty
/// <c>supporter_meeting_user_ids</c>. The runtime's two readers already compare this way; this class adds nothing.</para>
/// <para>Kept from upstream: the entries of <c>supporter_meeting_user_ids</c> become <c>meeting_user_id</c> as they
/// are (a duplicate gives two supporters, a null entry a supporter without <c>meeting_user_id</c>); an entry naming a
/// meeting user that is deleted or missing still gives a supporter, but no meeting user is updated for it; every live
/// meeting user is written, with or without the old field; a motion whose meeting is missing or deleted makes the
/// writer fail (nothing is written); the new ids do not look at existing <c>motion_supporter</c> models.</para>
/// <para>Where upstream crashes or writes a broken fqid (deliberate difference): a read motion whose
/// <c>meeting_id</c> is missing or null, or no positive integer, or whose <c>supporter_meeting_user_ids</c> is no
/// list (upstream: <c>meeting/None</c> in the database, a KeyError in memory; a TypeError, or one supporter per
/// character of a string), fails the migration with a <see cref="MigrationException"/> naming every such motion.
/// Meeting users are matched by value as Python's dict does for numbers (<c>5.0</c> is 5); only Python's
/// <c>True == 1</c> is not reproduced.</para>
/// </summary>
[TargetMigrationIndex(72)]
public sealed class Migration : ModelMigration
{
    private const string OldMotionField = "supporter_meeting_user_ids";
    private const string OldMeetingUserField = "supported_motion_ids";
    private const string NewMotionField = "supporter_ids";
    private const string NewListField = "motion_supporter_ids";
    private const string SupporterCollection = "motion_supporter";

    protected override bool StreamsOneRequest => true;

    protected override async IAsyncEnumerable<RequestEvent> StreamEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var motions = Reader.StreamFilterAsync(
            "motion",
            new And(
                new FilterOperator(OldMotionField, "!=", null),
                new FilterOperator(OldMotionField, "!=", new JsonArray()),
                new FilterOperator("meta_deleted", "!=", true)),
            ["meeting_id", OldMotionField],
            cancellationToken);

        var errors = new List<string>();
        var supportersOfMeetingUser = new Dictionary<long, List<int>>();
        var nextId = 1;
        await foreach (var (motionId, motion) in motions)
        {
            var motionFqid = DatastoreKeys.Fqid("motion", motionId);
            var meetingNode = motion["meeting_id"];
            var hasMeeting = JsonIds.TryInteger(meetingNode, out var meetingId) && meetingId > 0;
            if (!hasMeeting)
            {
                errors.Add(meetingNode is null
                    ? $"{motionFqid} has no meeting_id"
                    : $"{motionFqid} has meeting_id {meetingNode.ToJsonString()}, which is not an id");
            }

            if (motion[OldMotionField] is not JsonArray meetingUserIds)
            {
                errors.Add($"{motionFqid} has {OldMotionField} {motion[OldMotionField]?.ToJsonString() ?? "null"}, which is not a list");
                continue;
            }

            if (!hasMeeting)
            {
                continue;
            }

            var supporterIds = Enumerable.Range(nextId, meetingUserIds.Count).ToList();
            yield return new UpdateRequestEvent(motionFqid, new JsonObject
            {
                [NewMotionField] = JsonIds.Array(supporterIds),
                [OldMotionField] = null,
            });
            yield return new UpdateRequestEvent(
                DatastoreKeys.Fqid("meeting", meetingId), null, addToLists: new JsonObject { [NewListField] = JsonIds.Array(supporterIds) });
            foreach (var meetingUserId in meetingUserIds)
            {
                yield return new CreateRequestEvent(DatastoreKeys.Fqid(SupporterCollection, nextId), new JsonObject
                {
                    ["id"] = nextId,
                    ["meeting_id"] = meetingId,
                    ["motion_id"] = motionId,
                    ["meeting_user_id"] = meetingUserId?.DeepClone(),
                });
                if (IntegralNumber(meetingUserId) is { } key)
                {
                    if (!supportersOfMeetingUser.TryGetValue(key, out var ids))
                    {
                        supportersOfMeetingUser[key] = ids = [];
                    }

                    ids.Add(nextId);
                }

                nextId++;
            }
        }

        if (errors.Count > 0)
        {
            throw new MigrationException(errors);
        }

        await foreach (var (meetingUserId, _) in Reader.StreamAllAsync("meeting_user", ["id"], cancellationToken))
        {
            var fields = new JsonObject { [OldMeetingUserField] = null };
            if (supportersOfMeetingUser.TryGetValue(meetingUserId, out var ids))
            {
                fields[NewListField] = JsonIds.Array(ids);
            }

            yield return new UpdateRequestEvent(DatastoreKeys.Fqid("meeting_user", meetingUserId), fields);
        }
    }

    /// <summary>A JSON number with an integral value (<c>5</c> or <c>5.0</c>), as a Python dict key equal to the int; null otherwise.</summary>
    private static long? IntegralNumber(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number >= long.MinValue && number <= long.MaxValue
            ? (long)number
            : null;
}
