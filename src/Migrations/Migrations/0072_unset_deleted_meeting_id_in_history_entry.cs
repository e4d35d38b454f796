using System.Runtime.CompilerServices;
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
/// a row found for <c>"1"</c> by the int 1, which the string does not find.</para>
/// <para>Memory stays bounded on a datastore with millions of history entries: upstream reads every matching entry,
/// then the live meetings among theirs with get_many; here the live meetings are read first (every live meeting: the
/// same answer for each entry's meeting) and the entries are streamed in the filter's order
/// (<see cref="IMigrationReader.StreamFilterAsync"/>), each update going to the writer as it is found. The events
/// and their order are upstream's.</para>
/// </summary>
[TargetMigrationIndex(73)]
public sealed class Migration : ModelMigration
{
    protected override async IAsyncEnumerable<RequestEvent> StreamEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (Reader.IsInMemoryMigration)
        {
            yield break;
        }

        var liveMeetings = (await Reader.GetAllAsync("meeting", ["id"], cancellationToken)).Keys.ToHashSet();
        var filter = new And(
            new Or(
                new FilterOperator("original_model_id", "%=", "assignment/%"),
                new FilterOperator("original_model_id", "%=", "motion/%"),
                new FilterOperator("original_model_id", "%=", "user/%")),
            new FilterOperator("meeting_id", "!=", null),
            new FilterOperator("meta_deleted", "!=", true));
        await foreach (var (id, entry) in Reader.StreamFilterAsync("history_entry", filter, ["meeting_id"], cancellationToken))
        {
            if (MeetingOf(entry) is not { } meetingId || !liveMeetings.Contains(meetingId))
            {
                yield return new UpdateRequestEvent(DatastoreKeys.Fqid("history_entry", id), new JsonObject { ["meeting_id"] = null });
            }
        }
    }

    /// <summary>The entry's meeting if it is a positive integer id, else null.</summary>
    private static int? MeetingOf(JsonObject entry) =>
        JsonIds.TryInteger(entry["meeting_id"], out var meetingId) && meetingId > 0 ? meetingId : null;
}
