using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;
using Migrations.Shared;

namespace Migrations.M0035;

/// <summary>
/// Rewrites <c>motion/state_extension</c> and <c>motion/recommendation_extension</c> to reference motions by fqid
/// (<c>[motion:12]</c> and <c>[motion/12]</c> both become <c>[motion/12]</c>) and fills the relations
/// <c>&lt;prefix&gt;_extension_reference_ids</c> ↔ <c>referenced_in_motion_&lt;prefix&gt;_extension_ids</c> with
/// the referenced motions that exist after the position. Creates handle only the state extension, updates both, as
/// upstream does; a deleted motion is taken out of the relations of the motions it was related to.
/// </summary>
[TargetMigrationIndex(36)]
public sealed partial class Migration : EventMigration
{
    private static readonly string[] Prefixes = ["state", "recommendation"];
    private readonly List<DatastoreEvent> _listUpdates = [];

    [GeneratedRegex(@"\[motion[:/](?<id>[0-9]+)\]")]
    private static partial Regex MotionReference();

    protected override void PositionInit() => _listUpdates.Clear();

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        if (@event.Collection != "motion")
        {
            return null;
        }

        switch (@event)
        {
            case CreateEvent create:
                Rewrite("state", create);
                break;
            case UpdateEvent update:
                foreach (var prefix in Prefixes)
                {
                    Rewrite(prefix, update);
                }

                break;
            case DeleteEvent:
                var model = NewAccessor.GetModel(@event.Fqid);
                foreach (var prefix in Prefixes)
                {
                    foreach (var referenced in Values(model[$"{prefix}_extension_reference_ids"]))
                    {
                        if (WillExist(referenced) && referenced != @event.Fqid)
                        {
                            _listUpdates.Add(ListUpdates.Removing(referenced, $"referenced_in_motion_{prefix}_extension_ids", @event.Id));
                        }
                    }

                    foreach (var motion in Values(model[$"referenced_in_motion_{prefix}_extension_ids"]))
                    {
                        var fqid = $"motion/{motion}";
                        if (WillExist(fqid) && fqid != @event.Fqid)
                        {
                            _listUpdates.Add(ListUpdates.Removing(fqid, $"{prefix}_extension_reference_ids", @event.Fqid));
                        }
                    }
                }

                break;
        }

        return [@event];
    }

    protected override IReadOnlyList<DatastoreEvent>? GetAdditionalEvents() => [.. _listUpdates];

    private void Rewrite(string prefix, ModelEvent @event)
    {
        var field = $"{prefix}_extension";
        if (!@event.Data.TryGetPropertyValue(field, out var value))
        {
            return;
        }

        var text = value is JsonValue textValue && textValue.TryGetValue<string>(out var s)
            ? s
            : throw new InvalidOperationException($"{@event.Fqid}/{field} is not a string");
        var referenced = new List<string>();
        var rewritten = MotionReference().Replace(text, match =>
        {
            var fqid = $"motion/{match.Groups["id"].Value}";
            referenced.Add(fqid);
            return $"[{fqid}]";
        });
        var existing = referenced.Where(WillExist).ToList();
        @event.Data[field] = rewritten;
        @event.Data[$"{prefix}_extension_reference_ids"] = new JsonArray([.. existing.Select(f => (JsonNode)f)]);
        foreach (var fqid in existing)
        {
            _listUpdates.Add(ListUpdates.Adding(fqid, $"referenced_in_motion_{prefix}_extension_ids", @event.Id));
        }
    }

    /// <summary>The entries of a list as text (fqids as they are, ids as digits).</summary>
    private static IEnumerable<string> Values(JsonNode? list) =>
        list is JsonArray array
            ? array.Select(JsonIds.Text)
            : [];
}
