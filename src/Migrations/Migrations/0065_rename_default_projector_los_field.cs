using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0065;

/// <summary>
/// Renames the default projector relation for the current list of speakers. Every live meeting gets
/// <c>default_projector_current_los_ids</c> set to the value of <c>default_projector_current_list_of_speakers_ids</c>,
/// which is removed. Every live projector with <c>used_as_default_projector_for_current_list_of_speakers_in_meeting_id</c>
/// loses that field and gets <c>used_as_default_projector_for_current_los_in_meeting_id</c> with the same meeting id
/// only if that meeting (a live one) lists the projector in its old field; otherwise the broken back relation is
/// just dropped. Every live projection of type <c>current_list_of_speakers</c> becomes <c>current_los</c>. Events
/// come in upstream's order: the meetings, the projectors, the projections, each in read order.
/// <para>Kept from upstream: every meeting is updated; a projector whose meeting is deleted or missing keeps no
/// relation.</para>
/// <para>Fixed (it loses data): upstream sets the new meeting field to the old one's value also when the old one is
/// missing (its database reader gives it as null), so a meeting that already has
/// <c>default_projector_current_los_ids</c> but not the old field loses it. Here a meeting without the old field
/// only has the old field removed (an event that changes nothing); its new field stays.</para>
/// <para>Deliberate differences. The projector field has 68 characters: upstream's database reader returns it under
/// the name cut to PostgreSQL's 63-character identifier limit, and upstream reads that name in the database and the
/// full name in memory (branching on the in-memory flag). This reader returns the full name on both paths, so the
/// port reads the full name always; the results are the same. For data upstream crashes on: in memory a meeting
/// without the old field is treated as in the database, as if the field were null (upstream: KeyError); a projector
/// naming a live meeting whose old field is missing, null or not a list is taken as not listed (upstream: TypeError
/// in the database, where the missing field comes back as null, and in memory for a null). A meeting id or list
/// entry that is not an integer number matches nothing (Python would also take 1.0 or true for 1, and fail on a
/// list).</para>
/// </summary>
[TargetMigrationIndex(66)]
public sealed class Migration : ModelMigration
{
    private const string OldMeetingField = "default_projector_current_list_of_speakers_ids";
    private const string NewMeetingField = "default_projector_current_los_ids";
    private const string OldProjectorField = "used_as_default_projector_for_current_list_of_speakers_in_meeting_id";
    private const string NewProjectorField = "used_as_default_projector_for_current_los_in_meeting_id";

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var notDeleted = new FilterOperator("meta_deleted", "!=", true);
        var projectors = await Reader.FilterAsync(
            "projector", new And(new FilterOperator(OldProjectorField, "!=", null), notDeleted), [OldProjectorField], cancellationToken);
        var projections = await Reader.FilterAsync(
            "projection", new And(new FilterOperator("type", "=", "current_list_of_speakers"), notDeleted), ["id"], cancellationToken);
        var meetings = await Reader.GetAllAsync("meeting", [OldMeetingField], cancellationToken);

        var events = new List<RequestEvent>();
        foreach (var (id, meeting) in meetings)
        {
            // Upstream sets the new field to the old one's value even when that is missing, which deletes a new field
            // the meeting already has; here the new field is written only from an old value.
            var fields = new JsonObject { [OldMeetingField] = null };
            if (meeting[OldMeetingField] is { } value && value.GetValueKind() != JsonValueKind.Null)
            {
                fields[NewMeetingField] = value.DeepClone();
            }

            events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("meeting", id), fields));
        }

        foreach (var (id, projector) in projectors)
        {
            var meetingId = projector[OldProjectorField];
            var fields = new JsonObject { [OldProjectorField] = null };
            if (JsonIds.TryInteger(meetingId, out var meetingKey) && meetings.TryGetValue(meetingKey, out var meeting)
                && meeting[OldMeetingField] is JsonArray projectorIds && projectorIds.Any(entry => JsonIds.TryInteger(entry, out var entryId) && entryId == id))
            {
                fields[NewProjectorField] = meetingId!.DeepClone();
            }

            events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("projector", id), fields));
        }

        foreach (var id in projections.Keys)
        {
            events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("projection", id), new JsonObject { ["type"] = "current_los" }));
        }

        return events;
    }

}
