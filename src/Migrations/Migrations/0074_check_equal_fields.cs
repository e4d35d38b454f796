using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0074;

/// <summary>
/// Checks that related models agree on their equal fields (models.yml's <c>equal_fields</c>, nearly always
/// <c>meeting_id</c>), for every relation of backend 4.2.30 that has some: <see cref="EqualFieldRelations"/>, 86
/// relations in the order the backend derives them from its model registry (collections in registry order, fields by
/// name, generic targets in the backend's order), user/meeting_id ignored. Per relation it reads, for each end, the live
/// models whose relation field is set (a filter: field not null and <c>meta_deleted</c> false), then the live models
/// the other end names that this read missed (get_many, ids ascending), each with the relation field and the equal
/// fields (a meeting's own <c>meeting_id</c> is its id). Every link found from either end is checked once, in CPython's
/// order of the set of (id, id) pairs (<see cref="PythonPairSet"/>): if one of the two models is missing (or deleted),
/// the other one's link goes, from a list by a list update that removes the id (or fqid), a single value by setting it
/// to null; if both exist and their equal fields differ, the error
/// <c>Detected different equal_fields: a/1/f: (…) and b/2/g: (…) for equal_fields ('meeting_id',)</c> is collected
/// (the two sides in Python's string order, the values as Python prints them). If there is any error the migration
/// fails with the backend's <see cref="MigrationException"/> listing them all, sorted, and writes nothing; otherwise
/// the clean-up events are its position. A link only one end records, between two existing models that agree, stays.
/// <para>
/// Database and memory: the same code on each reader's semantics, as upstream. In memory (an import) the filter sees
/// the models flagged <c>meta_deleted: false</c>, which every imported model is, while get_many also returns the
/// models an earlier model migration of the same run deleted, so there a link to such a model counts as a link to an
/// existing one (its equal fields are compared), as in upstream's in-memory run.
/// </para>
/// <para>
/// Kept from upstream: one event per broken link, so a model that lost two ids gets two updates, interleaved with
/// others in set order; the one relation whose two ends are the same field (motion/identical_motion_ids) removes a
/// missing motion twice from the same list (once per end); a falsy value (0, "", an empty list) is no link, and an
/// integer that names no model (0 or negative in a list) is removed like any other missing id; an fqid of a
/// collection the relation does not lead to is not followed; equal field values compare as Python compares them
/// (1 == 1.0 == true; null equals a missing field).
/// </para>
/// <para>
/// Deliberate difference, for data upstream cannot handle: a relation value that is no integer id, in a generic
/// relation no fqid (<c>collection/positive id</c>), or in a list relation no list, is reported as an error of the
/// same <see cref="MigrationException"/> (<c>Relation a/1/f holds '5', which is no id</c>) and nothing is written.
/// Upstream fails on most of these with a Python error (TypeError, ValueError, AttributeError), and on an id written
/// as a string its database path can even remove the link to a model that exists (its reader keys that model by the
/// int, the link looks it up by the string).
/// </para>
/// </summary>
[TargetMigrationIndex(75)]
public sealed class Migration : ModelMigration
{
    private const string MeetingId = "meeting_id";

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var errors = new HashSet<string>(StringComparer.Ordinal);
        var events = new List<RequestEvent>();
        foreach (var relation in EqualFieldRelations.Backend4230)
        {
            await CheckAsync(relation, errors, events, cancellationToken);
        }

        if (errors.Count > 0)
        {
            throw new MigrationException(errors);
        }

        return events;
    }

    private async Task CheckAsync(EqualFieldRelation relation, HashSet<string> errors, List<RequestEvent> events, CancellationToken cancellationToken)
    {
        var first = relation.First;
        var second = relation.Second;
        var equal = relation.EqualFields;
        var values = new EqualValues();
        var models1 = await ReadSetAsync(first, equal, values, errors, cancellationToken);
        var models2 = await ReadSetAsync(second, equal, values, errors, cancellationToken);
        await AddNamedAsync(first, models1, second, models2, equal, values, errors, cancellationToken);
        await AddNamedAsync(second, models2, first, models1, equal, values, errors, cancellationToken);

        var matches = Links(first, models1, second.Collection, reverse: false)
            .Union(Links(second, models2, first.Collection, reverse: true));
        foreach (var (id1, id2) in matches)
        {
            var data1 = models1.TryGetValue(id1, out var model1) ? model1.Equal : null;
            var data2 = models2.TryGetValue(id2, out var model2) ? model2.Equal : null;
            if (data1 is null)
            {
                events.Add(Unlink(second, id2, first.Collection, id1));
            }
            else if (data2 is null)
            {
                events.Add(Unlink(first, id1, second.Collection, id2));
            }
            else if (!PythonEquality.Equal(data1, data2))
            {
                var one = $"{first.Collection}/{id1}/{first.Name}: {PythonRepr.Tuple(data1)}";
                var two = $"{second.Collection}/{id2}/{second.Name}: {PythonRepr.Tuple(data2)}";
                var pair = PythonStringComparer.Instance.Compare(one, two) <= 0 ? $"{one} and {two}" : $"{two} and {one}";
                errors.Add($"Detected different equal_fields: {pair} for equal_fields {PythonRepr.Tuple(equal)}");
            }
        }
    }

    /// <summary>
    /// Upstream's <c>get_initial_affected_models</c>: the live models whose relation field is set, each kept as what
    /// the check needs of it (<see cref="Linked"/>).
    /// </summary>
    private async Task<OrderedDictionary<int, Linked>> ReadSetAsync(
        ModelField field, IReadOnlyList<string> equal, EqualValues values, HashSet<string> errors, CancellationToken cancellationToken)
    {
        var filter = new And(new FilterOperator(field.Name, "!=", null), new FilterOperator(DatastoreKeys.MetaDeleted, "=", false));
        var models = new OrderedDictionary<int, Linked>();
        await foreach (var (id, model) in Reader.StreamFilterAsync(field.Collection, filter, LoadFields(field, equal), cancellationToken))
        {
            models[id] = Keep(field, id, model, equal, values, errors);
        }

        return models;
    }

    /// <summary>
    /// What the check keeps of a read model: the models its relation field names (upstream reads them from the model
    /// whenever it needs them; they do not change meanwhile, and an invalid one is reported once either way) and its
    /// equal field values (<see cref="EqualValues"/>), not the model: at scale a relation's two ends are millions of models.
    /// </summary>
    private static Linked Keep(ModelField field, int id, JsonObject model, IReadOnlyList<string> equal, EqualValues values, HashSet<string> errors)
    {
        var references = References(field, id, model, errors);
        // A single id (a vote's option_id: a large instance has millions) is shared by every model naming the same one.
        if (references.Count == 1 && !field.IsGeneric)
        {
            return new Linked(values.Single(references[0].Id), null, values.Of(field.Collection, id, model, equal));
        }

        var ids = references.Count == 0 ? [] : new int[references.Count];
        var collections = field.IsGeneric && references.Count > 0 ? new string[references.Count] : null;
        for (var i = 0; i < references.Count; i++)
        {
            ids[i] = references[i].Id;
            if (collections is not null)
            {
                collections[i] = values.Collection(references[i].Collection);
            }
        }

        return new Linked(ids, collections, values.Of(field.Collection, id, model, equal));
    }

    /// <summary>
    /// Upstream's <c>update_affected_models</c>: adds to <paramref name="models"/> the live models of its collection that
    /// the other end's models name and that are not there yet, read by get_many in ascending id order.
    /// </summary>
    private async Task AddNamedAsync(
        ModelField field,
        OrderedDictionary<int, Linked> models,
        ModelField other,
        OrderedDictionary<int, Linked> otherModels,
        IReadOnlyList<string> equal,
        EqualValues values,
        HashSet<string> errors,
        CancellationToken cancellationToken)
    {
        var missing = new SortedSet<int>();
        foreach (var (_, otherModel) in otherModels)
        {
            for (var i = 0; i < otherModel.Ids.Length; i++)
            {
                var id = otherModel.Ids[i];
                if ((otherModel.Collections is null || otherModel.Collections[i] == field.Collection) && !models.ContainsKey(id))
                {
                    missing.Add(id);
                }
            }
        }

        if (missing.Count == 0)
        {
            return;
        }

        var read = await Reader.GetManyAsync([new GetManyRequestPart(field.Collection, [.. missing], LoadFields(field, equal))], cancellationToken);
        foreach (var (id, model) in read.GetValueOrDefault(field.Collection) ?? [])
        {
            models[id] = Keep(field, id, model, equal, values, errors);
        }
    }

    /// <summary>The relation field and the equal fields (without <c>meeting_id</c> for a meeting, which is its own).</summary>
    private static List<string> LoadFields(ModelField field, IReadOnlyList<string> equal)
    {
        var fields = new List<string> { field.Name };
        foreach (var name in equal)
        {
            if (!(field.Collection == "meeting" && name == MeetingId) && !fields.Contains(name))
            {
                fields.Add(name);
            }
        }

        return fields;
    }

    /// <summary>
    /// Upstream's <c>find_matches_helper</c>: the links the models of one end record, as (id of the first end's
    /// model, id of the second end's model), into a set in the order they are found.
    /// </summary>
    private static PythonPairSet Links(ModelField field, OrderedDictionary<int, Linked> models, string otherCollection, bool reverse)
    {
        var links = new PythonPairSet();
        foreach (var (modelId, model) in models)
        {
            for (var i = 0; i < model.Ids.Length; i++)
            {
                var id = model.Ids[i];
                if (!field.IsGeneric || model.Collections![i] == otherCollection)
                {
                    links.Add(reverse ? (id, modelId) : (modelId, id));
                }
            }
        }

        return links;
    }

    /// <summary>
    /// The models the relation field of a model names, as (collection, id), in the field's order; nothing for a falsy
    /// value. A value that cannot name a model is reported in <paramref name="errors"/> and skipped.
    /// </summary>
    private static List<(string Collection, int Id)> References(ModelField field, int modelId, JsonObject model, HashSet<string> errors)
    {
        var references = new List<(string Collection, int Id)>();
        var value = model[field.Name];
        if (!PythonTruth.IsTruthy(value))
        {
            return references;
        }

        if (!field.IsListRelation)
        {
            Reference(field, modelId, value, references, errors);
        }
        else if (value is JsonArray entries)
        {
            foreach (var entry in entries)
            {
                Reference(field, modelId, entry, references, errors);
            }
        }
        else
        {
            errors.Add(Invalid(field, modelId, value, "list"));
        }

        return references;
    }

    private static void Reference(ModelField field, int modelId, JsonNode? value, List<(string Collection, int Id)> references, HashSet<string> errors)
    {
        if (!field.IsGeneric)
        {
            if (JsonIds.TryInteger(value, out var id))
            {
                references.Add((field.To[0].Collection, id));
            }
            else
            {
                errors.Add(Invalid(field, modelId, value, "id"));
            }

            return;
        }

        if (value is JsonValue text && text.GetValueKind() == JsonValueKind.String && text.GetValue<string>() is var fqid
            && DatastoreKeys.IsFqid(fqid)
            && int.TryParse(fqid.AsSpan(fqid.IndexOf('/', StringComparison.Ordinal) + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var fqidId))
        {
            references.Add((DatastoreKeys.CollectionOf(fqid), fqidId));
        }
        else
        {
            errors.Add(Invalid(field, modelId, value, "fqid"));
        }
    }

    private static string Invalid(ModelField field, int modelId, JsonNode? value, string expected) =>
        $"Relation {field.Collection}/{modelId}/{field.Name} holds {PythonRepr.Value(value)}, which is no {expected}";

    /// <summary>Upstream's <c>get_cleanup_event</c>: the model's field no longer names the other model.</summary>
    private static UpdateRequestEvent Unlink(ModelField field, int id, string otherCollection, int otherId)
    {
        var fqid = DatastoreKeys.Fqid(field.Collection, id);
        if (!field.IsListRelation)
        {
            return new UpdateRequestEvent(fqid, new JsonObject { [field.Name] = null });
        }

        JsonNode? value = field.IsGeneric ? DatastoreKeys.Fqid(otherCollection, otherId) : otherId;
        return new UpdateRequestEvent(fqid, null, removeFromLists: new JsonObject { [field.Name] = new JsonArray(value) });
    }
}

/// <summary>
/// What 0074 keeps of a read model: the ids its relation field names, in the field's order (with their collections for
/// a generic field), and its equal field values (upstream's <c>get_equal_data_tuple</c>).
/// </summary>
internal readonly record struct Linked(int[] Ids, string[]? Collections, IReadOnlyList<JsonNode?> Equal);

/// <summary>
/// The equal field values of one relation's models, each distinct tuple held once (nearly all are a
/// <c>meeting_id</c>, shared by every model of a meeting), detached from the read models so those can go; and the
/// collection names of generic references, held once.
/// </summary>
internal sealed class EqualValues
{
    private const string MeetingId = "meeting_id";
    private readonly Dictionary<string, JsonNode?[]> _tuples = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _collections = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int[]> _singles = [];
    private readonly StringBuilder _key = new();

    /// <summary>The model's equal field values (a meeting's own <c>meeting_id</c> is its id), as a shared tuple.</summary>
    public IReadOnlyList<JsonNode?> Of(string collection, int id, JsonObject model, IReadOnlyList<string> equal)
    {
        var values = new JsonNode?[equal.Count];
        _key.Clear();
        for (var i = 0; i < equal.Count; i++)
        {
            values[i] = collection == "meeting" && equal[i] == MeetingId ? JsonValue.Create(id) : model[equal[i]];
            _key.Append(values[i]?.ToJsonString() ?? "null").Append('\u0001');
        }

        var key = _key.ToString();
        if (!_tuples.TryGetValue(key, out var tuple))
        {
            _tuples[key] = tuple = [.. values.Select(v => v?.DeepClone())];
        }

        return tuple;
    }

    /// <summary>The one-id list <c>[id]</c>, held once (never written to).</summary>
    public int[] Single(int id)
    {
        if (!_singles.TryGetValue(id, out var held))
        {
            _singles[id] = held = [id];
        }

        return held;
    }

    /// <summary>The collection name, held once.</summary>
    public string Collection(string name)
    {
        if (!_collections.TryGetValue(name, out var held))
        {
            _collections[name] = held = name;
        }

        return held;
    }
}

/// <summary>
/// A set of pairs of ints that enumerates in the order CPython's <c>set</c> of 2-tuples of ints would (3.8 to 3.13:
/// the tuple hash is xxHash-based over the ints' hashes, an int hashing to itself except -1 to -2), with what 0074
/// needs of it: adding and <c>a.union(b)</c>, nothing is ever removed. The table follows
/// <see cref="PythonIntSet"/>'s model of <c>Objects/setobject.c</c> (8 slots to begin with, runs of ten neighbouring
/// slots then <c>i = i * 5 + 1 + (perturb >>= 5)</c>, growth at three fifths to the smallest power of two above four
/// times the elements, twice above 50000; a union copies the first set and merges the second as CPython does).
/// </summary>
internal sealed class PythonPairSet : IEnumerable<(int First, int Second)>
{
    private const int MinSize = 8;
    private const ulong LinearProbes = 9;
    private const int PerturbShift = 5;
    private const ulong Prime1 = 11400714785074694791UL;
    private const ulong Prime2 = 14029467366897019727UL;
    private const ulong Prime5 = 2870177450012600261UL;

    // No hashes are stored (CPython keeps them): recomputing one costs a few multiplications, storing them doubles
    // the table, which for a relation of a million links is tens of megabytes.
    private (int First, int Second)[] _keys = new (int, int)[MinSize];
    private bool[] _active = new bool[MinSize];
    private int _mask = MinSize - 1;

    /// <summary>Active slots; with nothing removed CPython's <c>fill</c> and <c>used</c> are both this.</summary>
    private int _count;

    /// <summary>The number of pairs: <c>len(s)</c>.</summary>
    public int Count => _count;

    /// <summary><c>s.add(item)</c>; true if the pair was not yet in the set.</summary>
    public bool Add((int First, int Second) item) => AddEntry(item, Hash(item));

    /// <summary><c>self.union(other)</c>: a copy of this set (CPython's set_copy), then <paramref name="other"/> merged in.</summary>
    public PythonPairSet Union(PythonPairSet other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var result = new PythonPairSet();
        result.Merge(this);
        if (!ReferenceEquals(other, this))
        {
            result.Merge(other);
        }

        return result;
    }

    /// <summary>The pairs in CPython's iteration order (table slot order).</summary>
    public IEnumerator<(int First, int Second)> GetEnumerator()
    {
        var keys = _keys;
        var active = _active;
        var count = _count;
        for (var slot = 0; slot < active.Length; slot++)
        {
            if (active[slot])
            {
                yield return keys[slot];
                if (count != _count)
                {
                    throw new InvalidOperationException("The set changed during enumeration");
                }
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>CPython's <c>hash((a, b))</c> for two ints, as the unsigned value the set table uses.</summary>
    internal static ulong Hash((int First, int Second) item)
    {
        unchecked
        {
            var acc = Lane(Lane(Prime5, item.First), item.Second);
            acc += 2UL ^ (Prime5 ^ 3527539UL);
            return acc == ulong.MaxValue ? 1546275796UL : acc;
        }
    }

    /// <summary>One round of CPython's tuplehash over an int element.</summary>
    private static ulong Lane(ulong acc, int value)
    {
        unchecked
        {
            var lane = (ulong)(value == -1 ? -2L : value);
            acc += lane * Prime2;
            acc = (acc << 31) | (acc >> 33);
            return acc * Prime1;
        }
    }

    private static ulong NextRun(ulong i, ulong perturb, ulong mask) => unchecked((i * 5) + 1 + perturb) & mask;

    /// <summary>set_add_entry without dummies: the first empty slot of the probe path, then maybe growth.</summary>
    private bool AddEntry((int First, int Second) item, ulong hash)
    {
        var mask = (ulong)_mask;
        var perturb = hash;
        var i = hash & mask;
        ulong empty;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var slot = i;
            var found = false;
            while (true)
            {
                if (!_active[slot])
                {
                    found = true;
                    break;
                }

                if (_keys[slot] == item)
                {
                    return false;
                }

                if (probes == 0)
                {
                    break;
                }

                probes--;
                slot++;
            }

            if (found)
            {
                empty = slot;
                break;
            }

            perturb >>= PerturbShift;
            i = NextRun(i, perturb, mask);
        }

        _keys[empty] = item;
        _active[empty] = true;
        _count++;
        if ((long)_count * 5 >= (long)_mask * 3)
        {
            Resize(_count > 50000 ? (long)_count * 2 : (long)_count * 4);
        }

        return true;
    }

    /// <summary>set_insert_clean: into a table that lacks the pair, at the first empty slot of its path.</summary>
    private static void InsertClean((int First, int Second)[] keys, bool[] active, ulong mask, (int First, int Second) item)
    {
        var hash = Hash(item);
        var perturb = hash;
        var i = hash & mask;
        while (true)
        {
            if (!active[i])
            {
                Place(i);
                return;
            }

            if (i + LinearProbes <= mask)
            {
                for (var slot = i + 1; slot <= i + LinearProbes; slot++)
                {
                    if (!active[slot])
                    {
                        Place(slot);
                        return;
                    }
                }
            }

            perturb >>= PerturbShift;
            i = NextRun(i, perturb, mask);
        }

        void Place(ulong slot)
        {
            keys[slot] = item;
            active[slot] = true;
        }
    }

    /// <summary>set_table_resize: the smallest power of two (at least 8) above <paramref name="minUsed"/>, pairs re-inserted in slot order.</summary>
    private void Resize(long minUsed)
    {
        long size = MinSize;
        while (size <= minUsed)
        {
            size <<= 1;
        }

        if (size == MinSize && _mask == MinSize - 1)
        {
            return; // the small table without dummies: CPython leaves it as it is
        }

        var keys = new (int First, int Second)[size];
        var active = new bool[size];
        var mask = (ulong)(size - 1);
        for (var slot = 0; slot < _active.Length; slot++)
        {
            if (_active[slot])
            {
                InsertClean(keys, active, mask, _keys[slot]);
            }
        }

        _keys = keys;
        _active = active;
        _mask = (int)(size - 1);
    }

    /// <summary>
    /// set_merge: one resize up front if the other's pairs would fill the table past three fifths; into an empty table
    /// of the other's size the slots are copied as they are, into another empty table the pairs are inserted clean in
    /// the other's order, otherwise added one by one in that order.
    /// </summary>
    private void Merge(PythonPairSet other)
    {
        if (ReferenceEquals(other, this) || other._count == 0)
        {
            return;
        }

        if ((long)(_count + other._count) * 5 >= (long)_mask * 3)
        {
            Resize(((long)_count + other._count) * 2);
        }

        if (_count == 0 && _mask == other._mask)
        {
            _keys = ((int First, int Second)[])other._keys.Clone();
            _active = (bool[])other._active.Clone();
            _count = other._count;
            return;
        }

        if (_count == 0)
        {
            _count = other._count;
            for (var slot = 0; slot < other._active.Length; slot++)
            {
                if (other._active[slot])
                {
                    InsertClean(_keys, _active, (ulong)_mask, other._keys[slot]);
                }
            }

            return;
        }

        for (var slot = 0; slot < other._active.Length; slot++)
        {
            if (other._active[slot])
            {
                AddEntry(other._keys[slot], Hash(other._keys[slot]));
            }
        }
    }
}

/// <summary>Python's <c>==</c> on values read from JSON (as <c>json.loads</c> makes them), for 0074's equal field tuples.</summary>
internal static class PythonEquality
{
    /// <summary>Two tuples: the same length and equal element by element.</summary>
    public static bool Equal(IReadOnlyList<JsonNode?> a, IReadOnlyList<JsonNode?> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!Equal(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A missing value and JSON null are <c>None</c>; <c>true</c>/<c>false</c> equal 1/0; an integer equals a float
    /// exactly when the float is that integer; strings compare ordinally; lists element by element; objects by keys.
    /// </summary>
    public static bool Equal(JsonNode? a, JsonNode? b)
    {
        var ka = Kind(a);
        var kb = Kind(b);
        if (ka == JsonValueKind.Null || kb == JsonValueKind.Null)
        {
            return ka == kb;
        }

        if (IsNumeric(ka) && IsNumeric(kb))
        {
            return NumbersEqual(a!, ka, b!, kb);
        }

        if (ka != kb)
        {
            return false;
        }

        switch (a)
        {
            case JsonArray la:
                var lb = (JsonArray)b!;
                if (la.Count != lb.Count)
                {
                    return false;
                }

                for (var i = 0; i < la.Count; i++)
                {
                    if (!Equal(la[i], lb[i]))
                    {
                        return false;
                    }
                }

                return true;
            case JsonObject oa:
                var ob = (JsonObject)b!;
                return oa.Count == ob.Count && oa.All(p => ob.TryGetPropertyValue(p.Key, out var other) && Equal(p.Value, other));
            default:
                return string.Equals(a!.GetValue<string>(), b!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    private static JsonValueKind Kind(JsonNode? node) => node switch
    {
        null => JsonValueKind.Null,
        JsonArray => JsonValueKind.Array,
        JsonObject => JsonValueKind.Object,
        _ => node.GetValueKind(),
    };

    private static bool IsNumeric(JsonValueKind kind) => kind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False;

    private static bool NumbersEqual(JsonNode a, JsonValueKind ka, JsonNode b, JsonValueKind kb)
    {
        var ia = Integer(a, ka);
        var ib = Integer(b, kb);
        if (ia is { } x && ib is { } y)
        {
            return x == y;
        }

        var fa = ia is null ? Float(a) : (double?)null;
        var fb = ib is null ? Float(b) : (double?)null;
        if (fa is { } p && fb is { } q)
        {
            return p == q;
        }

        // An int and a float: equal only if the float is finite, integral and exactly the int.
        var (integer, real) = ia is { } i ? (i, fb!.Value) : (ib!.Value, fa!.Value);
        return double.IsFinite(real) && Math.Floor(real) == real && new BigInteger(real) == integer;
    }

    /// <summary>The value as a Python int (a bool, or a number written without fraction or exponent), else null.</summary>
    private static BigInteger? Integer(JsonNode node, JsonValueKind kind)
    {
        if (kind == JsonValueKind.True)
        {
            return BigInteger.One;
        }

        if (kind == JsonValueKind.False)
        {
            return BigInteger.Zero;
        }

        var text = node.ToJsonString();
        return PythonRepr.IsIntegerText(text) ? BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null;
    }

    private static double Float(JsonNode node) => double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
