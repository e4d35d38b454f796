using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Writing;

namespace Migrations.M0046;

/// <summary>
/// Removes <c>topic/tag_ids</c> from every live topic that has the field, whatever its value (an empty list too; in
/// memory also a null value, which counts as present there as in upstream's <c>in</c> test).
/// </summary>
[TargetMigrationIndex(47)]
public sealed class Migration : ModelMigration
{
    private const string Field = "tag_ids";

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var events = new List<RequestEvent>();
        await foreach (var (id, model) in Reader.StreamAllAsync("topic", cancellationToken: cancellationToken))
        {
            if (model.ContainsKey(Field))
            {
                events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("topic", id), new JsonObject { [Field] = null }));
            }
        }

        return events;
    }
}
