using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.M0067;

/// <summary>
/// Renames <c>user/guest</c> to <c>user/external</c>: every live user whose <c>guest</c> is set and not null loses
/// it and gets <c>external</c> with the same value (false too), overwriting an <c>external</c> it already had.
/// The filter is upstream's: <c>guest != None</c> and <c>meta_deleted != True</c>. In memory a <c>guest</c> of null
/// is left as it is, as upstream's filter leaves it. No such user, no position.
/// </summary>
[TargetMigrationIndex(68)]
public sealed class Migration : ModelMigration
{
    private const string OldField = "guest";
    private const string NewField = "external";

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var users = await Reader.FilterAsync(
            "user",
            new And(new FilterOperator(OldField, "!=", null), new FilterOperator("meta_deleted", "!=", true)),
            [OldField],
            cancellationToken);
        return [.. users.Select(pair => new UpdateRequestEvent(DatastoreKeys.Fqid("user", pair.Key), new JsonObject
        {
            [OldField] = null,
            [NewField] = pair.Value[OldField]?.DeepClone(),
        }))];
    }
}
