using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Events;

/// <summary>
/// The apply rules of spec §2.3, written once: the writer, keyframes, the replay reader and the in-memory
/// migration all apply events through here. Each applied event stamps <c>meta_position</c> with the position
/// being written or migrated; a create also sets <c>meta_deleted=false</c>.
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

        if (@event is CreateEvent create)
        {
            if (model is not null)
            {
                throw new BadEventException($"Model {fqid} already exists");
            }

            var data = (JsonObject)create.Data.DeepClone();
            data[DatastoreKeys.MetaDeleted] = false;
            data[DatastoreKeys.MetaPosition] = position;
            return new ModelRecord(data, deleted: false);
        }

        if (model is null)
        {
            throw new BadEventException($"Model {fqid} does not exist");
        }

        switch (@event)
        {
            case UpdateEvent update:
                RequireNotDeleted(model, fqid);
                foreach (var (field, value) in update.Data)
                {
                    model.Data[field] = value?.DeepClone();
                }

                break;

            case DeleteFieldsEvent deleteFields:
                RequireNotDeleted(model, fqid);
                foreach (var field in deleteFields.Fields)
                {
                    model.Data.Remove(field);
                }

                break;

            case ListUpdateEvent listUpdate:
                RequireNotDeleted(model, fqid);
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
                RequireNotDeleted(model, fqid);
                model.Deleted = true;
                model.Data[DatastoreKeys.MetaDeleted] = true;
                break;

            case RestoreEvent:
                if (!model.Deleted)
                {
                    throw new BadEventException($"Model {fqid} is not deleted");
                }

                model.Deleted = false;
                model.Data[DatastoreKeys.MetaDeleted] = false;
                break;

            default:
                throw new BadCodingException($"Cannot apply an event of type {@event.GetType().Name}");
        }

        model.Data[DatastoreKeys.MetaPosition] = position;
        return model;
    }

    private static void RequireNotDeleted(ModelRecord model, string fqid)
    {
        if (model.Deleted)
        {
            throw new BadEventException($"Model {fqid} is deleted");
        }
    }
}
