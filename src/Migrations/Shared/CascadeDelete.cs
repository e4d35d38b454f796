using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.Shared;

/// <summary>
/// Deletes models and, through a <see cref="DeletionSchema"/>, everything hanging off them, and removes the deleted
/// models from the relations of the models that stay: the port of the backend's <c>DeletionMixin</c>
/// (<c>delete_update_by_schema</c>, openslides_backend/migrations/mixins/deletion_mixin.py), used by 0059.
/// <para>
/// What it does, as upstream: starting from the given models, each round reads the models to be deleted of every
/// schema collection (get_many, the schema's cascade fields then its back-relation fields) and, per model in read
/// order, stages its back relations (foreign collection → foreign id → foreign field → the deleted ids, or fqids for a
/// <c>generic-</c> field) and the models its cascade fields name that are not deleted yet; the next round deletes
/// those, until a round finds nothing new. Then the events: first a delete for every model, collection by collection
/// in schema order and each collection's ids in Python set order (<see cref="PythonIntSet"/>: the sets grow as
/// upstream's do); then, collection by collection in the order the schema first names them as a foreign collection,
/// one update per staged model that is not deleted itself (in staging order), reading the foreign fields (get_many) and
/// setting each staged field to <c>list(set(stored) - set(staged))</c>, or deleting it when nothing is left.
/// </para>
/// <para>
/// Upstream's quirks that are kept, since they shape results: a model named by a cascade field is deleted even if it
/// does not exist or is deleted already, and a staged model is updated even if it does not exist (the writer then
/// refuses the position: ModelDoesNotExist); the stored value of a single-valued back field counts as a list of one, so
/// when it names another model than the deleted one it comes back as that one-element list; a back field that upstream
/// marks as holding ids while it holds fqids (or the other way round) loses nothing and is only reordered; the
/// remaining ids are stored in CPython's set order (ints, via <see cref="PythonIntSet"/>; the size of the subtracted set
/// counts as in CPython, whatever its values); <c>generic-</c> is stripped as a character set (see
/// <see cref="DeletionSchema"/>).
/// </para>
/// <para>
/// Deliberate differences. Remaining fqids (and any list that is not all ints) cannot follow CPython's order, which
/// depends on string hashes that differ per process: they are stored sorted, ints ascending, then strings in ordinal
/// order, then other values in their first order. A data-losing bug is fixed: upstream takes the id of every fqid in a
/// cascade field and deletes the model of the cascade's collection with that id, whatever collection the fqid names;
/// here an fqid of another collection deletes nothing (0059's cascade fields hold no fqids, so its results are
/// upstream's). Values upstream crashes on or misreads are skipped: a relation value that is not an int id, an fqid or a
/// list of them (a boolean, which Python takes for 0 or 1, a fraction, an object, null in a list), and a malformed fqid
/// (upstream: ValueError).
/// </para>
/// </summary>
internal sealed class CascadeDelete(IMigrationReader reader, DeletionSchema schema)
{
    /// <summary>
    /// Appends the delete and update events for deleting <paramref name="initialDeletions"/> (collection → ids, in that
    /// order; every collection must be in the schema) to <paramref name="events"/>.
    /// </summary>
    public async Task AddEventsAsync(
        IReadOnlyList<KeyValuePair<string, PythonIntSet>> initialDeletions, List<RequestEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(initialDeletions);
        ArgumentNullException.ThrowIfNull(events);

        // The foreign fields per foreign collection (repeats kept, as upstream lists them; they are read once).
        var updateSchema = new OrderedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var backRelation in schema.Collections.SelectMany(c => c.UpdatesModelsFrom))
        {
            if (!updateSchema.TryGetValue(backRelation.ForeignCollection, out var fields))
            {
                updateSchema.Add(backRelation.ForeignCollection, fields = []);
            }

            fields.Add(backRelation.ForeignField);
        }

        var staged = new Staging(updateSchema.Keys, schema.Collections.Select(c => c.Collection));
        await StageAsync(initialDeletions, staged, cancellationToken);

        foreach (var (collection, ids) in staged.Deleted)
        {
            foreach (var id in ids)
            {
                events.Add(new DeleteRequestEvent(DatastoreKeys.Fqid(collection, id)));
            }
        }

        foreach (var (collection, fields) in updateSchema)
        {
            await UpdateCollectionAsync(collection, [.. fields.Distinct(StringComparer.Ordinal)], staged, events, cancellationToken);
        }
    }

    private async Task StageAsync(IReadOnlyList<KeyValuePair<string, PythonIntSet>> initialDeletions, Staging staged, CancellationToken cancellationToken)
    {
        IReadOnlyList<KeyValuePair<string, PythonIntSet>> round = initialDeletions;
        while (round.Count > 0)
        {
            foreach (var (collection, ids) in round)
            {
                staged.DeletedIn(collection).UnionWith(ids);
            }

            var next = new OrderedDictionary<string, PythonIntSet>(StringComparer.Ordinal);
            foreach (var rules in schema.Collections)
            {
                var ids = round.FirstOrDefault(p => p.Key == rules.Collection).Value;
                if (ids is not { Count: > 0 } || rules.FieldsToRead.Count == 0)
                {
                    continue;
                }

                var read = await reader.GetManyAsync([new GetManyRequestPart(rules.Collection, [.. ids], rules.FieldsToRead)], cancellationToken);
                if (!read.TryGetValue(rules.Collection, out var models))
                {
                    continue;
                }

                foreach (var (id, model) in models)
                {
                    StageBackRelations(rules, id, model, staged);
                    foreach (var cascade in rules.DeletesModelsFrom)
                    {
                        foreach (var field in cascade.OwnFields)
                        {
                            foreach (var foreignId in CascadeIds(model[field], cascade.ForeignCollection))
                            {
                                if (!staged.DeletedIn(cascade.ForeignCollection).Contains(foreignId))
                                {
                                    if (!next.TryGetValue(cascade.ForeignCollection, out var toDelete))
                                    {
                                        next.Add(cascade.ForeignCollection, toDelete = new PythonIntSet());
                                    }

                                    toDelete.Add(foreignId);
                                }
                            }
                        }
                    }
                }
            }

            round = [.. next];
        }
    }

    /// <summary>The ids a cascade field names: an id, a list of ids, an fqid or a list of fqids (of that collection only).</summary>
    private static IEnumerable<int> CascadeIds(JsonNode? value, string foreignCollection)
    {
        if (!PythonTruth.IsTruthy(value))
        {
            return [];
        }

        var ids = new List<int>();
        foreach (var entry in Entries(value))
        {
            if (JsonIds.TryInteger(entry, out var id) || (TryFqid(entry, out var collection, out id) && collection == foreignCollection))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static void StageBackRelations(DeletionSchema.CollectionRules rules, int id, JsonObject model, Staging staged)
    {
        foreach (var backRelation in rules.UpdatesModelsFrom)
        {
            var value = model[backRelation.OwnField];
            if (!PythonTruth.IsTruthy(value))
            {
                continue;
            }

            foreach (var entry in Entries(value))
            {
                int foreignId;
                if (TryFqid(entry, out var collection, out var fqidId))
                {
                    // A generic field may name models of other collections: those belong to another schema entry.
                    if (collection != backRelation.ForeignCollection)
                    {
                        continue;
                    }

                    foreignId = fqidId;
                }
                else if (!JsonIds.TryInteger(entry, out foreignId))
                {
                    continue;
                }

                JsonNode deleted = backRelation.ForeignFieldHoldsFqids ? JsonValue.Create(DatastoreKeys.Fqid(rules.Collection, id))! : JsonValue.Create(id);
                staged.Removals(backRelation.ForeignCollection, foreignId, backRelation.ForeignField).Add(deleted);
            }
        }
    }

    private async Task UpdateCollectionAsync(
        string collection, IReadOnlyList<string> fields, Staging staged, List<RequestEvent> events, CancellationToken cancellationToken)
    {
        var toUpdate = staged.UpdatesOf(collection);
        if (staged.Deleted.TryGetValue(collection, out var deleted) && deleted.Count > 0)
        {
            foreach (var id in toUpdate.Keys.Where(deleted.Contains).ToList())
            {
                toUpdate.Remove(id);
            }
        }

        if (toUpdate.Count == 0)
        {
            return;
        }

        var read = await reader.GetManyAsync([new GetManyRequestPart(collection, [.. toUpdate.Keys], fields)], cancellationToken);
        var instances = read.GetValueOrDefault(collection);
        foreach (var (id, removals) in toUpdate)
        {
            var instance = instances is not null && instances.TryGetValue(id, out var found) ? found : null;
            var update = new JsonObject();
            foreach (var (field, without) in removals)
            {
                // instance.get(field, []); a value that is no list counts as a list of one.
                IReadOnlyList<JsonNode?> stored = instance is not null && instance.TryGetPropertyValue(field, out var value) ? Entries(value) : [];
                update[field] = Subtract(stored, without);
            }

            events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid(collection, id), update));
        }
    }

    /// <summary>Upstream's <c>subtract_ids</c>: <c>list(set(stored) - set(without)) or None</c> (see the class comment for the order).</summary>
    internal static JsonArray? Subtract(IReadOnlyList<JsonNode?> stored, IReadOnlyList<JsonNode> without)
    {
        if (stored.Count == 0)
        {
            return null;
        }

        if (without.Count == 0)
        {
            return new JsonArray([.. stored.Select(v => v?.DeepClone())]);
        }

        List<int>? storedIds = [];
        foreach (var value in stored)
        {
            if (!JsonIds.TryInteger(value, out var id))
            {
                storedIds = null;
                break;
            }

            storedIds.Add(id);
        }

        if (storedIds is not null)
        {
            var remaining = new PythonIntSet(storedIds).Difference(WithoutSet(storedIds, without));
            return remaining.Count == 0 ? null : remaining.ToJsonArray();
        }

        var removed = new HashSet<string>(without.Select(Key), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ints = new List<int>();
        var strings = new List<string>();
        var others = new List<JsonNode?>();
        foreach (var value in stored)
        {
            var key = Key(value);
            if (removed.Contains(key) || !seen.Add(key))
            {
                continue;
            }

            if (JsonIds.TryInteger(value, out var id))
            {
                ints.Add(id);
            }
            else if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String)
            {
                strings.Add(text.GetValue<string>());
            }
            else
            {
                others.Add(value?.DeepClone());
            }
        }

        ints.Sort();
        strings.Sort(StringComparer.Ordinal);
        JsonNode?[] result = [.. ints.Select(i => (JsonNode?)i), .. strings.Select(s => (JsonNode?)s), .. others];
        return result.Length == 0 ? null : new JsonArray(result);
    }

    /// <summary>
    /// <c>set(without)</c> as far as an int set's difference can tell: its ints, and for each distinct other value an
    /// int that is in neither list, so that the size CPython's difference looks at is the same.
    /// </summary>
    private static PythonIntSet WithoutSet(List<int> storedIds, IReadOnlyList<JsonNode> without)
    {
        var set = new PythonIntSet();
        var otherKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in without)
        {
            if (JsonIds.TryInteger(value, out var id))
            {
                set.Add(id);
            }
            else
            {
                otherKeys.Add(Key(value));
            }
        }

        var stand = int.MinValue;
        for (var i = 0; i < otherKeys.Count; i++)
        {
            while (storedIds.Contains(stand) || set.Contains(stand))
            {
                stand++;
            }

            set.Add(stand);
        }

        return set;
    }

    /// <summary>A relation value as a list: a list's entries (not a copy of them), anything else as a list of one.</summary>
    private static IReadOnlyList<JsonNode?> Entries(JsonNode? value) => value is JsonArray list ? [.. list] : [value];

    /// <summary>A value as Python's set compares it, for the values a relation list holds: ints and strings apart.</summary>
    private static string Key(JsonNode? value) =>
        JsonIds.TryInteger(value, out var id) ? "i" + id.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : value is JsonValue text && text.GetValueKind() == JsonValueKind.String ? "s" + text.GetValue<string>()
        : "j" + (value?.ToJsonString() ?? "null");


    /// <summary>A well-formed fqid string, split.</summary>
    private static bool TryFqid(JsonNode? value, out string collection, out int id)
    {
        collection = "";
        id = 0;
        if (value is not JsonValue text || text.GetValueKind() != JsonValueKind.String || !DatastoreKeys.IsFqid(text.GetValue<string>()))
        {
            return false;
        }

        var fqid = text.GetValue<string>();
        collection = DatastoreKeys.CollectionOf(fqid);
        return int.TryParse(fqid.AsSpan(collection.Length + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id);
    }

    /// <summary>
    /// What a run has staged: the ids to delete per schema collection (upstream's <c>to_be_deleted</c>) and, per
    /// foreign collection, model and field, what to remove (upstream's <c>to_be_updated</c>), in staging order.
    /// </summary>
    private sealed class Staging
    {
        private readonly Dictionary<string, OrderedDictionary<int, OrderedDictionary<string, List<JsonNode>>>> _updates;

        public Staging(IEnumerable<string> updatedCollections, IEnumerable<string> deletedCollections)
        {
            _updates = updatedCollections.ToDictionary(c => c, _ => new OrderedDictionary<int, OrderedDictionary<string, List<JsonNode>>>(), StringComparer.Ordinal);
            Deleted = new OrderedDictionary<string, PythonIntSet>(StringComparer.Ordinal);
            foreach (var collection in deletedCollections)
            {
                Deleted.TryAdd(collection, new PythonIntSet());
            }
        }

        public OrderedDictionary<string, PythonIntSet> Deleted { get; }

        public PythonIntSet DeletedIn(string collection) =>
            Deleted.TryGetValue(collection, out var ids)
                ? ids
                : throw new InvalidOperationException($"{collection} has no entry in the deletion schema, so its models cannot be deleted.");

        public OrderedDictionary<int, OrderedDictionary<string, List<JsonNode>>> UpdatesOf(string collection) => _updates[collection];

        public List<JsonNode> Removals(string collection, int id, string field)
        {
            var byId = _updates[collection];
            if (!byId.TryGetValue(id, out var byField))
            {
                byId.Add(id, byField = new OrderedDictionary<string, List<JsonNode>>(StringComparer.Ordinal));
            }

            if (!byField.TryGetValue(field, out var removals))
            {
                byField.Add(field, removals = []);
            }

            return removals;
        }
    }
}
