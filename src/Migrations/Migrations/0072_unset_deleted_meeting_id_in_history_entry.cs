using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0072;

/// <summary>
/// Takes the meeting away from history entries whose meeting is gone: every live history entry whose
/// <c>original_model_id</c> matches <c>assignment/%</c>, <c>motion/%</c> or <c>user/%</c> (upstream's <c>%=</c>, which
/// is ILIKE, so <c>MOTION/1</c> matches too) and whose <c>meeting_id</c> is not null loses
/// <c>meeting_id</c> unless that meeting is alive. The updates come in the reader's order of the entries (the
/// database's physical order, as upstream's). In memory (an import) nothing changes, as upstream returns None there
/// (its <c>%=</c> filter would not work in memory).
/// <para>Kept from upstream: an entry whose <c>meeting_id</c> is not null but names no live meeting by a positive
/// integer (<c>0</c>, <c>-1</c>, <c>"1"</c>, <c>1.0</c>, <c>true</c>, …) loses it. Upstream gets there too: it asks
/// only for truthy ids, and its database reader finds no row for <c>meeting/1.0</c> or <c>meeting/True</c> and keys
/// a row found for <c>"1"</c> by the int 1, which the string does not find. Here such values are not asked for at
/// all. The meetings are read only when an entry matches.</para>
/// </summary>
[TargetMigrationIndex(73)]
public sealed class Migration : ModelMigration
{
    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        if (Reader.IsInMemoryMigration)
        {
            return null;
        }

        var filter = new And(
            new Or(
                new FilterOperator("original_model_id", "%=", "assignment/%"),
                new FilterOperator("original_model_id", "%=", "motion/%"),
                new FilterOperator("original_model_id", "%=", "user/%")),
            new FilterOperator("meeting_id", "!=", null),
            new FilterOperator("meta_deleted", "!=", true));
        var entries = await Reader.FilterAsync("history_entry", filter, ["meeting_id"], cancellationToken);
        if (entries.Count == 0)
        {
            return [];
        }

        var meetingIds = new List<int>();
        var seen = new HashSet<int>();
        foreach (var entry in entries.Values)
        {
            if (MeetingOf(entry) is { } meetingId && seen.Add(meetingId))
            {
                meetingIds.Add(meetingId);
            }
        }

        var liveMeetings = meetingIds.Count == 0
            ? new Dictionary<int, JsonObject>()
            : (await Reader.GetManyAsync([new GetManyRequestPart("meeting", meetingIds, ["meta_deleted"])], cancellationToken))
                .GetValueOrDefault("meeting") ?? new Dictionary<int, JsonObject>();

        var events = new List<RequestEvent>();
        foreach (var (id, entry) in entries)
        {
            if (MeetingOf(entry) is not { } meetingId || !liveMeetings.ContainsKey(meetingId))
            {
                events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("history_entry", id), new JsonObject { ["meeting_id"] = null }));
            }
        }

        return events;
    }

    /// <summary>The entry's meeting if it is a positive integer id, else null.</summary>
    private static int? MeetingOf(JsonObject entry) =>
        JsonIds.TryInteger(entry["meeting_id"], out var meetingId) && meetingId > 0 ? meetingId : null;
}
