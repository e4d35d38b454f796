using System.Globalization;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.M0055;

/// <summary>
/// Sets <c>user/is_active</c> to true on every live user where it is missing or null (a false stays false). The
/// filter is upstream's: <c>is_active = None</c> and <c>meta_deleted != True</c>.
/// </summary>
[TargetMigrationIndex(56)]
public sealed class Migration : ModelMigration
{
    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var users = await Reader.FilterAsync(
            "user",
            new And(new FilterOperator("is_active", "=", null), new FilterOperator("meta_deleted", "!=", true)),
            cancellationToken: cancellationToken);
        return [.. users.Keys.Select(id => new UpdateRequestEvent(
            $"user/{id.ToString(CultureInfo.InvariantCulture)}", new JsonObject { ["is_active"] = true }))];
    }
}
