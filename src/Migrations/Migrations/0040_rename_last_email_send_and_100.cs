using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;

namespace Migrations.M0040;

/// <summary>
/// Renames <c>user/last_email_send</c> to <c>last_email_sent</c> and the meeting's
/// <c>…poll_default_100_percent_base</c> fields to <c>…poll_default_onehundred_percent_base</c>, in every event
/// (field deletions: the new name goes to the end).
/// </summary>
[TargetMigrationIndex(41)]
public sealed class Migration : EventMigration
{
    private static readonly Dictionary<string, (string Old, string New)[]> Renames = new(StringComparer.Ordinal)
    {
        ["user"] = [("last_email_send", "last_email_sent")],
        ["meeting"] =
        [
            ("motion_poll_default_100_percent_base", "motion_poll_default_onehundred_percent_base"),
            ("assignment_poll_default_100_percent_base", "assignment_poll_default_onehundred_percent_base"),
            ("poll_default_100_percent_base", "poll_default_onehundred_percent_base"),
        ],
    };

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        if (!Renames.TryGetValue(@event.Collection, out var renames))
        {
            return null;
        }

        switch (@event)
        {
            case ModelEvent model:
                Rename(model.Data, renames);
                break;
            case DeleteFieldsEvent deleteFields:
                foreach (var (oldField, newField) in renames)
                {
                    if (deleteFields.Fields.Remove(oldField))
                    {
                        deleteFields.Fields.Add(newField);
                    }
                }

                break;
            case ListUpdateEvent list:
                Rename(list.Add, renames);
                Rename(list.Remove, renames);
                break;
        }

        return [@event];
    }

    private static void Rename(JsonObject data, (string Old, string New)[] renames)
    {
        foreach (var (oldField, newField) in renames)
        {
            if (data.Remove(oldField, out var value))
            {
                data[newField] = value;
            }
        }
    }
}
