using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;

namespace Migrations.M0031;

/// <summary>
/// Removes the permission <c>user.can_see_extra_data</c> from groups: from the <c>permissions</c> of creates and
/// updates (its first occurrence, as upstream does) and from both maps of list updates.
/// </summary>
[TargetMigrationIndex(32)]
public sealed class Migration : EventMigration
{
    private const string Permission = "user.can_see_extra_data";

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        if (@event.Collection != "group")
        {
            return null;
        }

        switch (@event)
        {
            case ModelEvent model:
                return RemoveFirst(model.Data) ? [model] : null;
            case ListUpdateEvent list:
                RemoveFirst(list.Add);
                RemoveFirst(list.Remove);
                return [list];
            default:
                return null;
        }
    }

    private static bool RemoveFirst(JsonObject data)
    {
        if (data["permissions"] is not JsonArray permissions)
        {
            return false;
        }

        for (var i = 0; i < permissions.Count; i++)
        {
            if (permissions[i] is JsonValue value && value.TryGetValue<string>(out var text) && text == Permission)
            {
                permissions.RemoveAt(i);
                return true;
            }
        }

        return false;
    }
}
