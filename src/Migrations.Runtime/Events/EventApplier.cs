using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Events;

/// <summary>
/// The apply rules of spec §2.3 over parsed models: the writer, the replay (<see cref="ModelReplay"/>) and the
/// in-memory migration's model phase apply events through here. The keyframes and the position views of event
/// migrations apply the same rules to stored bytes (<c>Keyframes/StoredModelApplier</c>, kept for speed); both take
/// the preconditions and their messages from <see cref="EventRules"/>. Each applied event stamps
/// <c>meta_position</c> with the position being written or migrated; a create also sets <c>meta_deleted=false</c>.
/// </summary>
internal static class EventApplier
{
    /// <summary>
    /// Applies <paramref name="event"/> to <paramref name="model"/> (null if the fqid has never been created) and
    /// returns the resulting model: a new record for a create, otherwise <paramref name="model"/> changed in place.
    /// The event is validated first. Violations give <see cref="BadEventException"/> with upstream's messages.
    /// Values are copied into the model, so the event stays usable afterwards.
    /// </summary>
    public static ModelRecord Apply(ModelRecord? model, DatastoreEvent @event, int position)
    {
        ArgumentNullException.ThrowIfNull(@event);
        @event.Validate();
        var fqid = @event.Fqid;
        EventRules.CheckState(@event, model?.Deleted);
        if (@event is CreateEvent create)
        {
            var data = (JsonObject)create.Data.DeepClone();
            data[DatastoreKeys.MetaDeleted] = false;
            data[DatastoreKeys.MetaPosition] = position;
            return new ModelRecord(data, deleted: false);
        }

        // Every other event needs the model (EventRules.CheckState refused a missing one).
        System.Diagnostics.Debug.Assert(model is not null, "checked by EventRules.CheckState");
        switch (@event)
        {
            case UpdateEvent update:
                foreach (var (field, value) in update.Data)
                {
                    model.Data[field] = value?.DeepClone();
                }

                break;

            case DeleteFieldsEvent deleteFields:
                foreach (var field in deleteFields.Fields)
                {
                    model.Data.Remove(field);
                }

                break;

            case ListUpdateEvent listUpdate:
                Dictionary<string, JsonArray> modified;
                try
                {
                    modified = ListUpdate.ComputeModifiedFields(fqid, model.Data, listUpdate.Add, listUpdate.Remove);
                }
                catch (InvalidFormatException e)
                {
                    throw new BadEventException(e.Message);
                }

                foreach (var (field, list) in modified)
                {
                    model.Data[field] = list;
                }

                break;

            case DeleteEvent:
                model.Deleted = true;
                model.Data[DatastoreKeys.MetaDeleted] = true;
                break;

            case RestoreEvent:
                model.Deleted = false;
                model.Data[DatastoreKeys.MetaDeleted] = false;
                break;

            default:
                throw new BadCodingException($"Cannot apply an event of type {@event.GetType().Name}");
        }

        model.Data[DatastoreKeys.MetaPosition] = position;
        return model;
    }
}
