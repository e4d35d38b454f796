using Migrations.Runtime.Events;

namespace Migrations.Runtime.Authoring.Premade;

/// <summary>
/// Removes fields of some collections from every event (spec §3.6): from create and update data, deletefields lists
/// and both maps of list updates. Events left empty are dropped by the no-op filter.
/// </summary>
public abstract class RemoveFieldsMigration(IReadOnlyDictionary<string, IReadOnlyList<string>> collectionFields) : EventMigration
{
    /// <summary>Per collection, the fields to remove.</summary>
    protected IReadOnlyDictionary<string, IReadOnlyList<string>> CollectionFields { get; } = collectionFields;

    /// <inheritdoc/>
    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        if (!CollectionFields.TryGetValue(@event.Collection, out var fields))
        {
            return null;
        }

        foreach (var field in fields)
        {
            switch (@event)
            {
                case ModelEvent model:
                    model.Data.Remove(field);
                    break;
                case DeleteFieldsEvent deleteFields:
                    deleteFields.Fields.Remove(field);
                    break;
                case ListUpdateEvent list:
                    list.Add.Remove(field);
                    list.Remove.Remove(field);
                    break;
            }
        }

        return [@event];
    }
}
