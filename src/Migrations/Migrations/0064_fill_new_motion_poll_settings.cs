using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Writing;

namespace Migrations.M0064;

/// <summary>
/// Fills the two new motion poll projection settings on every live meeting:
/// <c>motion_poll_projection_name_order_first</c> becomes <c>last_name</c> and
/// <c>motion_poll_projection_max_columns</c> becomes 6, one update per meeting in read order. Kept from upstream:
/// the values are written unconditionally, so a meeting that already has either setting gets it overwritten, and an
/// update is written even where nothing changes. No meeting, no position. (Upstream's class comment describes
/// 0053's projector colours; it was copied and never adapted.)
/// </summary>
[TargetMigrationIndex(65)]
public sealed class Migration : ModelMigration
{
    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var meetings = await Reader.GetAllAsync("meeting", ["id"], cancellationToken);
        return [.. meetings.Keys.Select(id => new UpdateRequestEvent(DatastoreKeys.Fqid("meeting", id), new JsonObject
        {
            ["motion_poll_projection_name_order_first"] = "last_name",
            ["motion_poll_projection_max_columns"] = 6,
        }))];
    }
}
