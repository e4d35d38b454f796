using System.Globalization;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.M0058;

/// <summary>
/// Sets <c>meeting/motion_poll_default_method</c> to <c>YNA</c> on every live meeting where it is missing or null.
/// The filter is upstream's: <c>motion_poll_default_method = None</c> and <c>meta_deleted != True</c>.
/// </summary>
[TargetMigrationIndex(59)]
public sealed class Migration : ModelMigration
{
    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var meetings = await Reader.FilterAsync(
            "meeting",
            new And(new FilterOperator("motion_poll_default_method", "=", null), new FilterOperator("meta_deleted", "!=", true)),
            cancellationToken: cancellationToken);
        return [.. meetings.Keys.Select(id => new UpdateRequestEvent(
            $"meeting/{id.ToString(CultureInfo.InvariantCulture)}", new JsonObject { ["motion_poll_default_method"] = "YNA" }))];
    }
}
