using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Writing;

namespace Migrations.M0047;

/// <summary>
/// Sets <c>motion_state/set_workflow_timestamp</c> and <c>allow_motion_forwarding</c> to false on every live motion
/// state that lacks them; a field that is present keeps its value (in memory a null value counts as present and stays
/// null, as upstream's <c>not in</c> test has it).
/// </summary>
[TargetMigrationIndex(48)]
public sealed class Migration : ModelMigration
{
    private static readonly string[] Fields = ["set_workflow_timestamp", "allow_motion_forwarding"];

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var events = new List<RequestEvent>();
        await foreach (var (id, model) in Reader.StreamAllAsync("motion_state", cancellationToken: cancellationToken))
        {
            var update = new JsonObject();
            foreach (var field in Fields)
            {
                if (!model.ContainsKey(field))
                {
                    update[field] = false;
                }
            }

            if (update.Count > 0)
            {
                events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("motion_state", id), update));
            }
        }

        return events;
    }
}
