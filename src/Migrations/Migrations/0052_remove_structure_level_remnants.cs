using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Writing;

namespace Migrations.M0052;

/// <summary>
/// Removes what is left of the old <c>meeting_user/structure_level</c> (0049 keeps it where it was set but falsy):
/// the field goes from every meeting user that has it, whatever its value (<c>""</c> too; in memory also a null
/// value, which counts as present there as in upstream's <c>in</c> test).
/// </summary>
[TargetMigrationIndex(53)]
public sealed class Migration : ModelMigration
{
    private const string Field = "structure_level";

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var events = new List<RequestEvent>();
        await foreach (var (id, model) in Reader.StreamAllAsync("meeting_user", cancellationToken: cancellationToken))
        {
            if (model.ContainsKey(Field))
            {
                events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("meeting_user", id), new JsonObject { [Field] = null }));
            }
        }

        return events;
    }
}
