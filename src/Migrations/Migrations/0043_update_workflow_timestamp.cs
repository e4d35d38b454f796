using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;

namespace Migrations.M0043;

/// <summary>
/// Renames <c>motion_state/set_created_timestamp</c> to <c>set_workflow_timestamp</c> and copies
/// <c>motion/created</c> into <c>motion/workflow_timestamp</c>, in creates, updates and field deletions (list
/// updates stay as they are, as upstream leaves them).
/// </summary>
[TargetMigrationIndex(44)]
public sealed class Migration : EventMigration
{
    private static readonly Dictionary<string, (string Old, string New, bool Rename)> Changes = new(StringComparer.Ordinal)
    {
        ["motion_state"] = ("set_created_timestamp", "set_workflow_timestamp", true),
        ["motion"] = ("created", "workflow_timestamp", false),
    };

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        if (!Changes.TryGetValue(@event.Collection, out var change))
        {
            return null;
        }

        switch (@event)
        {
            case ModelEvent model when model.Data.TryGetPropertyValue(change.Old, out var value):
                if (change.Rename)
                {
                    model.Data.Remove(change.Old);
                    model.Data[change.New] = value;
                }
                else
                {
                    model.Data[change.New] = value?.DeepClone();
                }

                break;
            case DeleteFieldsEvent deleteFields when deleteFields.Fields.Contains(change.Old):
                if (change.Rename)
                {
                    deleteFields.Fields.Remove(change.Old);
                }

                deleteFields.Fields.Add(change.New);
                break;
        }

        return [@event];
    }
}
