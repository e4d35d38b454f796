using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Writing;

namespace Migrations.M0061;

/// <summary>
/// Gives every action worker read <c>user_id</c> −1, the id that calls over the internal route use. Kept from
/// upstream: an existing <c>user_id</c> is overwritten; in the database deleted workers are not read, in memory every
/// worker of the import is. Deliberate difference: the ids are the fqids' ids, which upstream reads from the
/// <c>id</c> fields (the same for well-formed data).
/// </summary>
[TargetMigrationIndex(62)]
public sealed class Migration : ModelMigration
{
    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var workers = await Reader.GetAllAsync("action_worker", ["id"], cancellationToken);
        return [.. workers.Keys.Select(id => new UpdateRequestEvent(DatastoreKeys.Fqid("action_worker", id), new JsonObject { ["user_id"] = -1 }))];
    }
}
