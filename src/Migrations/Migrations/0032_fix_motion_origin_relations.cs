using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;
using Migrations.Shared;

namespace Migrations.M0032;

/// <summary>
/// Repairs the relations around forwarded motions:
/// <list type="bullet">
/// <item>a created motion with an <c>origin_id</c> gets <c>origin_meeting_id</c> (its origin's meeting), and its meeting
/// lists it in <c>forwarded_motion_ids</c>;</item>
/// <item>a deleted motion is taken out of that list again and out of <c>all_origin_ids</c> /
/// <c>all_derived_motion_ids</c> of the motions it is related to;</item>
/// <item>an update's <c>all_derived_motion_ids</c> loses the motions that are deleted.</item>
/// </list>
/// </summary>
[TargetMigrationIndex(33)]
public sealed class Migration : EventMigration
{
    private static readonly string[] RelationFields = ["all_origin_ids", "all_derived_motion_ids"];

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        if (@event.Collection != "motion")
        {
            return null;
        }

        var id = @event.Id;
        switch (@event)
        {
            case CreateEvent create when create.Data.ContainsKey("origin_id"):
                var origin = NewAccessor.GetModel($"motion/{JsonIds.Text(create.Data["origin_id"])}");
                create.Data["origin_meeting_id"] = origin["meeting_id"]?.DeepClone();
                var meeting = create.Data["meeting_id"] ?? throw new InvalidOperationException($"{create.Fqid} has no meeting_id");
                return [create, ListUpdates.Adding($"meeting/{JsonIds.Text(meeting)}", "forwarded_motion_ids", id)];
            case DeleteEvent:
                var model = NewAccessor.GetModel(@event.Fqid);
                var events = new List<DatastoreEvent> { @event };
                if (model.TryGetPropertyValue("origin_meeting_id", out var originMeeting))
                {
                    events.Add(ListUpdates.Removing($"meeting/{JsonIds.Text(originMeeting)}", "forwarded_motion_ids", id));
                }

                for (var i = 0; i < RelationFields.Length; i++)
                {
                    if (model[RelationFields[i]] is JsonArray others)
                    {
                        foreach (var other in others)
                        {
                            events.Add(ListUpdates.Removing($"motion/{JsonIds.Text(other)}", RelationFields[1 - i], id));
                        }
                    }
                }

                return events;
            case UpdateEvent update when update.Data["all_derived_motion_ids"] is JsonArray derived:
                var kept = new JsonArray();
                foreach (var motion in derived)
                {
                    if (!NewAccessor.GetModelIgnoreDeleted($"motion/{JsonIds.Text(motion)}").Deleted)
                    {
                        kept.Add(motion?.DeepClone());
                    }
                }

                update.Data["all_derived_motion_ids"] = kept;
                return [update];
            default:
                return null;
        }
    }
}
