using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0078;

/// <summary>
/// Removes dangling ids from two relation lists: from <c>group/meeting_user_ids</c> the ids of meeting users that
/// are not read (missing or deleted), and from <c>meeting/present_user_ids</c> the ids of users that are not read.
/// As upstream, the existing meeting users and users are read first (<c>get_all(…, ["id"])</c>), then the groups
/// and the meetings with their list; each model with something to remove gets one list update (remove), groups
/// first, then meetings, each in read order. The removed ids are listed as upstream lists them:
/// <c>list(set(ids).difference(existing))</c>, in CPython's set order (<see cref="PythonIntSet"/>), which is not
/// always the list's order. A missing, null or otherwise falsy list counts as empty (upstream's <c>or []</c>).
/// No dangling id, no position.
/// <para>Database and memory, as upstream: in the database deleted models are not read, so a deleted group or
/// meeting keeps its list, and an id of a deleted meeting user or user is removed; in memory (an import) every model
/// in the map is read and counts as existing (one that an earlier migration of the same run deleted too, since the
/// map keeps it), and an id of a model outside the import (e.g. a user that is not part of it) is removed.</para>
/// <para>Deliberate differences, for data upstream crashes on or orders by hash: an entry that is a string (never an
/// existing id) is removed as upstream removes it, but listed after the integer ids in the order of its first
/// occurrence (upstream: in the set's hash order of strings, which changes from run to run); an entry that is
/// neither a 32-bit integer nor a string, or a list value that is truthy but no list, fails the migration with a
/// <see cref="MigrationException"/> naming the model and field (upstream: a TypeError, or the writer's refusal of
/// the list update; only a boolean, a larger integer, and a whole-number float that names an existing model, got
/// through there).</para>
/// </summary>
[TargetMigrationIndex(79)]
public sealed class Migration : ModelMigration
{
    /// <summary>Upstream's table, in its order: collection, its list field, the collection the list points to.</summary>
    private static readonly (string Collection, string Field, string Target)[] Lists =
    [
        ("group", "meeting_user_ids", "meeting_user"),
        ("meeting", "present_user_ids", "user"),
    ];

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        // The existing ids and the lists are streamed (get_all's rows in its order), not held as models.
        var existing = new Dictionary<string, PythonIntSet>(StringComparer.Ordinal);
        foreach (var (collection, _, target) in Lists)
        {
            var ids = new List<int>();
            await foreach (var (id, _) in Reader.StreamAllAsync(target, ["id"], cancellationToken))
            {
                ids.Add(id);
            }

            existing[collection] = new PythonIntSet(ids);
        }

        var events = new List<RequestEvent>();
        var errors = new List<string>();
        foreach (var (collection, field, _) in Lists)
        {
            await foreach (var (id, model) in Reader.StreamAllAsync(collection, [field], cancellationToken))
            {
                var fqid = DatastoreKeys.Fqid(collection, id);
                var removed = Dangling(fqid, field, model[field], existing[collection], errors);
                if (removed.Count > 0)
                {
                    events.Add(new UpdateRequestEvent(fqid, new JsonObject(), removeFromLists: new JsonObject { [field] = removed }));
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new MigrationException(errors);
        }

        return events;
    }

    /// <summary>
    /// The entries of <paramref name="value"/> that name no existing model: the integer ids in CPython's order of
    /// <c>set(ids).difference(existing)</c>, then the strings in first-occurrence order. Problems go to
    /// <paramref name="errors"/> (and give an empty result).
    /// </summary>
    private static JsonArray Dangling(string fqid, string field, JsonNode? value, PythonIntSet existing, List<string> errors)
    {
        if (!PythonTruth.IsTruthy(value))
        {
            return [];
        }

        if (value is not JsonArray entries)
        {
            errors.Add($"{fqid}/{field} is not a list: {value!.ToJsonString()}");
            return [];
        }

        var ids = new PythonIntSet();
        var strings = new List<string>();
        var valid = true;
        foreach (var entry in entries)
        {
            if (JsonIds.TryInteger(entry, out var id))
            {
                ids.Add(id);
            }
            else if (entry is JsonValue text && text.GetValueKind() == JsonValueKind.String)
            {
                var s = text.GetValue<string>();
                if (!strings.Contains(s, StringComparer.Ordinal))
                {
                    strings.Add(s);
                }
            }
            else
            {
                errors.Add($"{fqid}/{field} has an entry that is neither an id nor a string: {entry?.ToJsonString() ?? "null"}");
                valid = false;
            }
        }

        if (!valid)
        {
            return [];
        }

        var removed = ids.Difference(existing).ToJsonArray();
        foreach (var s in strings)
        {
            removed.Add((JsonNode?)s);
        }

        return removed;
    }
}
