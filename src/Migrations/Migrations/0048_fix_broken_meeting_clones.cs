using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0048;

/// <summary>
/// Repairs meetings that an old meeting clone left both active and archived: such a meeting loses
/// <c>is_archived_in_organization_id</c> and counts as active. Then <c>organization/1</c> gets
/// <c>active_meeting_ids</c> and <c>archived_meeting_ids</c> rebuilt from every meeting read: archived are those with
/// a truthy <c>is_archived_in_organization_id</c> and no truthy <c>is_active_in_organization_id</c>, active all others
/// (a meeting with neither field counts as active), each list in read order.
/// <para>Kept from upstream: the organization update is written even when no meeting changes (and with two empty
/// lists when there is no meeting); a missing or deleted <c>organization/1</c> makes the writer fail, as upstream's.
/// In the database deleted meetings are not read; in memory every meeting of the import is (upstream's memory reader
/// keeps deleted models too).</para>
/// </summary>
[TargetMigrationIndex(49)]
public sealed class Migration : ModelMigration
{
    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var events = new List<RequestEvent>();
        var active = new List<int>();
        var archived = new List<int>();
        await foreach (var (id, meeting) in Reader.StreamAllAsync("meeting", cancellationToken: cancellationToken))
        {
            if (!PythonTruth.IsTruthy(meeting["is_archived_in_organization_id"]))
            {
                active.Add(id);
            }
            else if (PythonTruth.IsTruthy(meeting["is_active_in_organization_id"]))
            {
                events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("meeting", id), new JsonObject { ["is_archived_in_organization_id"] = null }));
                active.Add(id);
            }
            else
            {
                archived.Add(id);
            }
        }

        events.Add(new UpdateRequestEvent("organization/1", new JsonObject
        {
            ["active_meeting_ids"] = JsonIds.Array(active),
            ["archived_meeting_ids"] = JsonIds.Array(archived),
        }));
        return events;
    }
}
