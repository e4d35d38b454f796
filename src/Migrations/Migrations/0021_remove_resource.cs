using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;

namespace Migrations.M0021;

/// <summary>
/// Removes the collection <c>resource</c>: its events are dropped, and <c>organization/resource_ids</c> is taken out
/// of creates, updates and field deletions (an organization event left empty is dropped by the no-op filter).
/// </summary>
[TargetMigrationIndex(22)]
public sealed class Migration : EventMigration
{
    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        switch (@event.Collection)
        {
            case "resource":
                return [];
            case "organization":
                if (@event is ModelEvent model)
                {
                    model.Data.Remove("resource_ids");
                }
                else if (@event is DeleteFieldsEvent deleteFields)
                {
                    deleteFields.Fields.Remove("resource_ids");
                }

                return [@event];
            default:
                return null;
        }
    }
}
