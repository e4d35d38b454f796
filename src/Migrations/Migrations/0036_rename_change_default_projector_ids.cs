using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;

namespace Migrations.M0036;

/// <summary>
/// Turns the meeting's default projectors into lists: <c>default_projector_$_id</c> becomes
/// <c>default_projector_$_ids</c> (same replacements), each <c>default_projector_$&lt;name&gt;_id</c> becomes
/// <c>default_projector_$&lt;name&gt;_ids</c> holding the former id as a one-element list; field deletions are renamed
/// alike (the new names go to the end).
/// </summary>
[TargetMigrationIndex(37)]
public sealed class Migration : EventMigration
{
    private const string Prefix = "default_projector_$";

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        if (@event.Collection != "meeting")
        {
            return null;
        }

        switch (@event)
        {
            case ModelEvent model:
                Rename(model.Data);
                break;
            case DeleteFieldsEvent deleteFields:
                foreach (var field in deleteFields.Fields.ToList())
                {
                    if (IsProjectorField(field))
                    {
                        deleteFields.Fields.Remove(field);
                        deleteFields.Fields.Add(field + "s");
                    }
                }

                break;
            case ListUpdateEvent list:
                Rename(list.Add);
                Rename(list.Remove);
                break;
        }

        return [@event];
    }

    private static bool IsProjectorField(string field) => field.StartsWith(Prefix, StringComparison.Ordinal) && field.EndsWith("_id", StringComparison.Ordinal);

    private static void Rename(JsonObject data)
    {
        foreach (var field in data.Select(p => p.Key).ToList())
        {
            if (!IsProjectorField(field))
            {
                continue;
            }

            data.Remove(field, out var value);
            data[field + "s"] = field == Prefix + "_id" ? value : new JsonArray(value);
        }
    }
}
