using System.Text.Json.Nodes;
using Migrations.Runtime.Events;

namespace Migrations.Runtime.Authoring.Premade;

/// <summary>
/// Renames a field of one collection in every event (spec §3.6): in create and update data, in deletefields
/// (the new name goes to the end) and in both maps of list updates. Events of other collections stay as they are.
/// </summary>
public abstract class RenameFieldMigration(string collection, string oldField, string newField) : EventMigration
{
    /// <summary>The collection whose field is renamed.</summary>
    protected string Collection { get; } = collection;

    /// <summary>The field's old name.</summary>
    protected string OldField { get; } = oldField;

    /// <summary>The field's new name.</summary>
    protected string NewField { get; } = newField;

    /// <inheritdoc/>
    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        if (@event.Collection != Collection)
        {
            return null;
        }

        switch (@event)
        {
            case ModelEvent model:
                Rename(model.Data);
                break;
            case DeleteFieldsEvent deleteFields when deleteFields.Fields.Remove(OldField):
                deleteFields.Fields.Add(NewField);
                break;
            case ListUpdateEvent list:
                Rename(list.Add);
                Rename(list.Remove);
                break;
        }

        return [@event];
    }

    /// <summary>
    /// Renames the field in one object: create or update data, or a list update's add or remove map. Override it to
    /// change the value as well (e.g. a single id that becomes a list).
    /// </summary>
    protected virtual void Rename(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Remove(OldField, out var value))
        {
            data[NewField] = value;
        }
    }
}
