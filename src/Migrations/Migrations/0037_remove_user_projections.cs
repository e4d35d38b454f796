using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keys;
using Migrations.Shared;

namespace Migrations.M0037;

/// <summary>
/// Removes projections of users: a projection whose content object is a user is dropped with all its events, the
/// users lose their <c>projection_$…</c> fields, and the projection lists of meetings (<c>all_projection_ids</c>) and
/// projectors (current, preview, history; updates only) keep only projections that exist. Projection creates are
/// migrated before every other event so the lists can be filtered against them.
/// </summary>
[TargetMigrationIndex(38)]
public sealed class Migration : EventMigration
{
    private static readonly string[] ProjectorLists = ["current_projection_ids", "preview_projection_ids", "history_projection_ids"];

    protected override IEnumerable<DatastoreEvent> OrderEvents(IReadOnlyList<DatastoreEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return events.Where(e => e.Type == EventType.Create && e.Collection == "projection")
            .Concat(events.Where(e => e.Type == EventType.Create && e.Collection != "projection"))
            .Concat(events.Where(e => e.Type != EventType.Create));
    }

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        switch (@event.Collection)
        {
            case "user":
                if (@event is ModelEvent user)
                {
                    foreach (var field in user.Data.Select(p => p.Key).Where(IsProjectionField).ToList())
                    {
                        user.Data.Remove(field);
                    }
                }
                else if (@event is DeleteFieldsEvent deleteFields)
                {
                    deleteFields.Fields = [.. deleteFields.Fields.Where(f => !IsProjectionField(f))];
                }

                break;
            case "meeting":
                if (@event is ModelEvent meeting && meeting.Data["all_projection_ids"] is JsonArray all)
                {
                    meeting.Data["all_projection_ids"] = Existing(all);
                }

                break;
            case "projector":
                if (@event is UpdateEvent projector)
                {
                    foreach (var field in ProjectorLists)
                    {
                        if (projector.Data[field] is JsonArray ids)
                        {
                            projector.Data[field] = Existing(ids);
                        }
                    }
                }

                break;
            case "projection":
                var data = @event is CreateEvent create ? create.Data : OldAccessor.GetModelIgnoreDeleted(@event.Fqid).Model;
                if (data["content_object_id"] is JsonValue content && content.TryGetValue<string>(out var contentFqid)
                    && contentFqid.Length > 0 && DatastoreKeys.CollectionOf(contentFqid) == "user")
                {
                    return [];
                }

                break;
        }

        return [@event];
    }

    private static bool IsProjectionField(string field) => field.StartsWith("projection_$", StringComparison.Ordinal);

    private JsonArray Existing(JsonArray ids) =>
        new([.. ids.Where(id => NewAccessor.ModelExists($"projection/{JsonIds.Text(id)}")).Select(id => id?.DeepClone())]);
}
