using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;
using Migrations.Shared;

namespace Migrations.M0034;

/// <summary>
/// Drops what does not change anything, compared with the model as the new accessor has it: update fields whose
/// value is already there, list-update values already present (add) or absent (remove), and field deletions of
/// missing fields. An event left with nothing is dropped; creates, deletes and restores stay.
/// <para>
/// Upstream reads the model before looking at the event type, which fails on every restore (the model is deleted
/// then); this port reads it only for the three event types it changes, with the same results otherwise.
/// </para>
/// </summary>
[TargetMigrationIndex(35)]
public sealed class Migration : EventMigration
{
    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        switch (@event)
        {
            case UpdateEvent update:
            {
                var current = Current(update.Fqid);
                var changed = new JsonObject();
                foreach (var (field, value) in update.Data)
                {
                    if (!JsonNode.DeepEquals(value, current[field]))
                    {
                        changed[field] = value?.DeepClone();
                    }
                }

                if (changed.Count == 0)
                {
                    return [];
                }

                update.Data = changed;
                return [update];
            }

            case ListUpdateEvent list:
            {
                var current = Current(list.Fqid);
                var add = Filter(list.Add, current, keepPresent: false);
                var remove = Filter(list.Remove, current, keepPresent: true);
                if (add.Count == 0 && remove.Count == 0)
                {
                    return [];
                }

                // Like upstream, a map that ends up empty is left as it was.
                if (add.Count > 0)
                {
                    list.Add = add;
                }

                if (remove.Count > 0)
                {
                    list.Remove = remove;
                }

                return [list];
            }

            case DeleteFieldsEvent deleteFields:
            {
                var current = Current(deleteFields.Fqid);
                var existing = deleteFields.Fields.Where(current.ContainsKey).ToList();
                if (existing.Count == 0)
                {
                    return [];
                }

                deleteFields.Fields = existing;
                return [deleteFields];
            }

            default:
                return null;
        }
    }

    /// <summary>The model as the new accessor has it; an unknown one is empty.</summary>
    private JsonObject Current(string fqid) => NewAccessor.ModelExists(fqid) ? NewAccessor.GetModel(fqid) : [];

    private static JsonObject Filter(JsonObject changes, JsonObject current, bool keepPresent)
    {
        var result = new JsonObject();
        foreach (var (field, values) in changes)
        {
            var present = current[field] switch
            {
                null => [],
                JsonArray array => array,
                _ => throw new InvalidOperationException($"{field} is not a list, so it cannot take a list update"),
            };
            var kept = new JsonArray();
            var lookup = new DeepEqualsLookup(present);
            foreach (var value in values as JsonArray ?? [])
            {
                if (lookup.Contains(value) == keepPresent)
                {
                    kept.Add(value?.DeepClone());
                }
            }

            if (kept.Count > 0)
            {
                result[field] = kept;
            }
        }

        return result;
    }
}
