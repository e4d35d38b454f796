using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;

namespace Migrations.M0041;

/// <summary>
/// Gives <c>list_of_speakers.can_see</c> to every group whose created or updated permissions contain
/// <c>list_of_speakers.can_be_speaker</c> but neither <c>list_of_speakers.can_manage</c> nor <c>can_see</c>.
/// </summary>
[TargetMigrationIndex(42)]
public sealed class Migration : EventMigration
{
    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        if (@event.Collection != "group" || @event is not ModelEvent model || model.Data["permissions"] is not JsonArray permissions)
        {
            return null;
        }

        bool Has(string permission) => permissions.Any(p => p is JsonValue v && v.TryGetValue<string>(out var t) && t == permission);
        if (!Has("list_of_speakers.can_be_speaker") || Has("list_of_speakers.can_manage") || Has("list_of_speakers.can_see"))
        {
            return null;
        }

        permissions.Add((JsonNode)"list_of_speakers.can_see");
        return [model];
    }
}
