using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Writing;

namespace Migrations.M0051;

/// <summary>
/// Removes <c>user/default_number</c> from every user that has the field, whatever its value (<c>""</c> too; in
/// memory also a null value, which counts as present there as in upstream's <c>in</c> test).
/// </summary>
[TargetMigrationIndex(52)]
public sealed class Migration : ModelMigration
{
    private const string Field = "default_number";

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var events = new List<RequestEvent>();
        await foreach (var (id, model) in Reader.StreamAllAsync("user", cancellationToken: cancellationToken))
        {
            if (model.ContainsKey(Field))
            {
                events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("user", id), new JsonObject { [Field] = null }));
            }
        }

        return events;
    }
}
