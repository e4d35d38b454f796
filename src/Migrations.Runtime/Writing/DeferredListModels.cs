using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Events;

namespace Migrations.Runtime.Writing;

/// <summary>
/// List additions of a streamed model migration without copying the lists (the history transfer adds one id at a time
/// to a meeting's <c>relevant_history_entry_ids</c> and a user's <c>history_position_ids</c>, thousands of times): a
/// model that gets an addition of integers holds its integer lists compact here (the ids in order, their largest, and a
/// set of them only when an id comes that is not larger), so each addition costs its values, not the list's length.
/// The model then stays here across chunks and is neither read nor written again until the last chunk, which writes
/// every model held here: each row is written once per stream, not once per chunk (rewriting a row in every chunk
/// leaves a chain of versions inside the one transaction that every later lookup of it walks). Past
/// <see cref="BudgetBytes"/> the models held here are written with the chunk and the holding starts anew. Any other
/// event for a model here takes it back to the ordinary path first. The result is the ordinary path's: a
/// value is appended when the list did not hold it before the event (so twice if one addition names it twice), and
/// every field of an addition counts as modified. A model read only as the fields a chunk adds to
/// (partial records, see <see cref="DatastoreWriter"/>) is held as such and written as a patch of
/// those fields; before any other event, or an addition to a field it was not read with, the writer completes it from
/// its row (<see cref="Complete"/>). A model whose lists have grown long (<see cref="KeptIds"/>) stays here after its
/// row is written, as its lists' counts and largest ids without the ids themselves (when the collection writes rows as
/// patches): its next row appends the ids added since to the stored lists, so a list of millions of ids (the acting
/// user's <c>history_position_ids</c> in a long history) is neither read back nor held again. An addition such a
/// model cannot decide without the stored ids (an id not above the largest stored) completes it from its row first.
/// </summary>
/// <param name="keepWritten">True if the rows are written as patches (<see cref="Row.Patch"/>), so that models with
/// long lists can stay here after their rows are written.</param>
internal sealed class DeferredListModels(bool keepWritten = false)
{
    /// <summary>
    /// The memory the models held here may take before they are written (settable for tests), as
    /// <see cref="Deferred.Size"/> estimates it: what the objects of a held model take on the heap, not only its ids.
    /// Each release costs time: every model held is written as a patch of its row, and read again (in part) when a
    /// later chunk adds to it. At 1M positions the history transfer holds about 40,000 models; with 32 MB it
    /// released 12 times and 0069 took 211-223 s; with 64 MB it took 184 s at a peak of 133 MB (99 MB with 32 MB).
    /// (64 MB once peaked near 300 MB at 3.07M positions, before the large object heap stopped growing with the
    /// stream, f446c5f.)
    /// </summary>
    internal static long BudgetBytes { get; set; } = 64L << 20;

    /// <summary>
    /// The number of ids from which a model's lists are kept here as counts and largest ids after its row is written
    /// (settable for tests): re-reading a shorter list costs less than keeping it.
    /// </summary>
    internal static int KeptIds { get; set; } = 1024;

    /// <summary>A row to write: the fields (jsonb's binary form), whether they patch the stored row, and the ids to
    /// append to stored lists (jsonb's binary form of an object of lists, or null).</summary>
    internal readonly record struct Row(string Fqid, byte[] Jsonb, bool Patch, byte[]? Append);

    private readonly Dictionary<string, Deferred> _models = new(StringComparer.Ordinal);

    // The models changed since the last chunk ended, and the sum of the sizes counted for the others: the budget is
    // checked without walking every model held at the end of every chunk.
    private readonly HashSet<Deferred> _changed = [];
    private long _countedBytes;

    public int Count => _models.Count;

    public bool Contains(string fqid) => _models.ContainsKey(fqid);

    /// <summary>
    /// Puts a model held here back into <paramref name="models"/> (with its lists as JSON) if it is here; a partly read
    /// one is added to <paramref name="partial"/>.
    /// </summary>
    public void TakeBack(string fqid, Dictionary<string, ModelRecord> models, ISet<string>? partial = null)
    {
        if (_models.Remove(fqid, out var deferred))
        {
            Forget(deferred);
            models[fqid] = Returned(fqid, deferred, partial);
        }
    }

    private static ModelRecord Returned(string fqid, Deferred deferred, ISet<string>? partial)
    {
        if (deferred.HasStoredIds)
        {
            throw new Errors.BadCodingException($"{fqid} holds only the ids added since its row was written; it must be completed first");
        }

        if (deferred.Partial)
        {
            if (partial is null)
            {
                throw new Errors.BadCodingException($"{fqid} was read in part, but the chunk writes whole rows");
            }

            partial.Add(fqid);
        }

        return deferred.ToRecord();
    }

    /// <summary>
    /// Applies <paramref name="update"/> here if it only adds integers to lists of a live model whose lists of those
    /// fields hold integers only; returns the modified fields, or null (then the model is in
    /// <paramref name="models"/> for the ordinary path).
    /// </summary>
    public IReadOnlyList<string>? TryAppend(UpdateRequestEvent update, Dictionary<string, ModelRecord> models, HashSet<string>? partial = null)
    {
        var fqid = update.Fqid;
        _models.TryGetValue(fqid, out var deferred);
        if (!IsAddition(update) || (deferred is not null && !deferred.Accepts(update)))
        {
            TakeBack(fqid, models, partial as ISet<string>);
            return null;
        }

        if (deferred is null)
        {
            if (!models.TryGetValue(fqid, out var record) || record.Deleted
                || !update.AddToLists.All(p => record.Data[p.Key] is null || (record.Data[p.Key] is JsonArray list && list.All(e => Integer(e) is not null))))
            {
                return null;
            }

            _models[fqid] = deferred = new Deferred(record.Data) { Partial = partial?.Contains(fqid) == true };
            _changed.Add(deferred);
            foreach (var (field, _) in update.AddToLists)
            {
                deferred.Compact(field);
            }
        }

        _changed.Add(deferred);
        var fields = new List<string>(update.AddToLists.Count);
        foreach (var (field, values) in update.AddToLists)
        {
            var list = deferred.Compact(field);
            // Against the list as it was before the event: a value named twice in one addition is appended twice.
            var appended = new List<int>();
            foreach (var value in (JsonArray)values!)
            {
                var id = Integer(value)!.Value;
                if (!list.Contains(id))
                {
                    appended.Add(id);
                }
            }

            foreach (var id in appended)
            {
                list.Add(id);
            }

            fields.Add(field);
        }

        return fields;
    }

    /// <summary>
    /// The end of a chunk. The models held here are taken out of <paramref name="models"/> and stay, unless this is the
    /// <paramref name="last"/> chunk or they take more than <see cref="BudgetBytes"/>. Then, for a stream of one chunk
    /// (<paramref name="first"/> and last) they go back into <paramref name="models"/>, a model keeping its place, so
    /// the rows come in the order of one request; otherwise they are to be written from here with the chunk
    /// (<see cref="Rows"/>, true is returned), without turning their lists into JSON nodes.
    /// </summary>
    public bool EndChunk(Dictionary<string, ModelRecord> models, ISet<string>? partial, bool first, bool last)
    {
        Recount();
        var release = last || _countedBytes > BudgetBytes;
        if (release && first && last)
        {
            foreach (var (fqid, deferred) in _models.ToList())
            {
                _models.Remove(fqid);
                Forget(deferred);
                models[fqid] = Returned(fqid, deferred, partial);
            }

            return false;
        }

        foreach (var (fqid, deferred) in _models)
        {
            models.Remove(fqid);
            if (!release && deferred.Freeze())
            {
                _changed.Add(deferred);
            }
        }

        Recount();
        return release && _models.Count > 0;
    }

    /// <summary>
    /// The rows of the models held here, one at a time, each let go once it is yielded (a model with long lists is
    /// kept as their counts and largest ids if <paramref name="keepLong"/> and the rows are patches; one kept so with
    /// nothing added since has no row).
    /// </summary>
    public IEnumerable<Row> Rows(bool keepLong)
    {
        foreach (var fqid in _models.Keys.ToList())
        {
            var deferred = _models[fqid];
            Forget(deferred);
            if (deferred.Changed)
            {
                // A model kept after a write is a partial one (Written), so its row is a patch.
                yield return new Row(fqid, deferred.ToJsonb(), deferred.Partial, deferred.AppendJsonb());
            }

            if (keepLong && keepWritten && deferred.IdCount >= KeptIds)
            {
                deferred.Written();
                _changed.Add(deferred);
            }
            else
            {
                _models.Remove(fqid);
            }
        }
    }

    /// <summary>
    /// The partly read models kept here that <paramref name="eventsOnModel"/> cannot be applied to as they are: an
    /// event other than an addition, or an addition to a field they were not read with; also the models kept as their
    /// lists' largest ids that get an id these cannot decide (not above the largest stored).
    /// </summary>
    public IEnumerable<string> IncompleteFor(IEnumerable<IGrouping<string, RequestEvent>> eventsOnModel) =>
        eventsOnModel.Where(g => _models.TryGetValue(g.Key, out var d) && d.Partial
            && !g.All(e => e is UpdateRequestEvent u && IsAddition(u) && u.AddToLists.All(p => d.Lists.TryGetValue(p.Key, out var list)
                ? ((JsonArray)p.Value!).All(v => list.Decides(Integer(v)!.Value))
                : d.Has(p.Key))))
            .Select(g => g.Key);

    /// <summary>Completes a partly read model kept here with its stored row (the kept lists stay as they are here).</summary>
    public void Complete(string fqid, ModelRecord stored)
    {
        var deferred = _models[fqid];
        var data = stored.Data;
        foreach (var (field, list) in deferred.Lists)
        {
            if (list.StoredCount > 0)
            {
                list.Restore(data[field] is JsonArray ids && ids.All(e => Integer(e) is not null)
                    ? [.. ids.Select(e => Integer(e)!.Value)]
                    : throw new Errors.BadCodingException($"{fqid}/{field} was written as a list of integers, but its row holds {data[field]?.ToJsonString() ?? "nothing"}"));
            }

            data.Remove(field);
        }

        foreach (var (field, value) in deferred.Data.ToList())
        {
            deferred.Data.Remove(field);
            data[field] = value;
        }

        Forget(deferred);
        _models[fqid] = deferred = new Deferred(data) { Partial = false, Lists = deferred.Lists };
        _changed.Add(deferred);
    }

    /// <summary>Brings the counted size of the changed models up to date.</summary>
    private void Recount()
    {
        foreach (var deferred in _changed)
        {
            var size = deferred.Size;
            _countedBytes += size - deferred.Counted;
            deferred.Counted = size;
        }

        _changed.Clear();
    }

    /// <summary>A model leaves: its counted size goes with it.</summary>
    private void Forget(Deferred deferred)
    {
        _changed.Remove(deferred);
        _countedBytes -= deferred.Counted;
        deferred.Counted = 0;
    }

    /// <summary>True for an update that only adds integers to lists.</summary>
    public static bool IsAddition(UpdateRequestEvent update) =>
        update.Fields.Count == 0 && update.RemoveFromLists.Count == 0 && update.AddToLists.Count > 0
        && update.AddToLists.All(p => p.Value is JsonArray values && values.All(v => Integer(v) is not null));

    /// <summary>A JSON number written as an integer that fits an int (as the ordinary path stores it unchanged).</summary>
    private static int? Integer(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        // An int a migration put in is written as it is; a parsed number only if its text is the int's.
        if (!value.TryGetValue<JsonElement>(out _) && value.TryGetValue<int>(out var direct))
        {
            return direct;
        }

        var text = value.ToJsonString();
        return int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var id)
            && id.ToString(System.Globalization.CultureInfo.InvariantCulture) == text
                ? id : null;
    }

    private sealed class IntList
    {
        private HashSet<int>? _set;
        private int _max = int.MinValue;
        private int _storedMax = int.MinValue;

        /// <summary>The ids held: all of them, or once the list was written and let go (<see cref="StoredCount"/>
        /// above 0), the ones added since.</summary>
        public List<int> Ids { get; private set; } = [];

        /// <summary>The ids written to the row and no longer held here (they come before <see cref="Ids"/>).</summary>
        public int StoredCount { get; private set; }

        /// <summary>True once the list keeps a set of its ids (an id came that was not larger than all before).</summary>
        public bool HasSet => _set is not null;

        /// <summary>True if <see cref="Contains"/> can tell without the stored ids: the id is above the largest of them.</summary>
        public bool Decides(int id) => StoredCount == 0 || id > _storedMax;

        /// <summary>True if the list holds the id: an id above the largest is new (the common case, ids that grow).</summary>
        public bool Contains(int id)
        {
            if (id > _max)
            {
                return false;
            }

            if (!Decides(id))
            {
                throw new Errors.BadCodingException($"The id {id} is not above the largest written ({_storedMax}); the list must be completed first");
            }

            if (_set is null && Ids.Count <= 16)
            {
                return Ids.Contains(id);
            }

            _set ??= [.. Ids];
            return _set.Contains(id);
        }

        public void Add(int id)
        {
            Ids.Add(id);
            _set?.Add(id);
            _max = Math.Max(_max, id);
        }

        /// <summary>The ids held are written: only their count and largest stay.</summary>
        public void Written()
        {
            StoredCount += Ids.Count;
            _storedMax = _max;
            Ids = [];
            _set = null;
        }

        /// <summary>The stored ids read back from the row go in front of the ones added since.</summary>
        public void Restore(List<int> stored)
        {
            if (stored.Count != StoredCount)
            {
                throw new Errors.BadCodingException($"{StoredCount} ids were written, but the row holds {stored.Count}");
            }

            stored.AddRange(Ids);
            Ids = stored;
            StoredCount = 0;
            _storedMax = int.MinValue;
            _set = null;
        }
    }

    private sealed class Deferred(JsonObject data)
    {
        private JsonObject? _data = data;
        private byte[]? _frozen;
        private string[]? _frozenFields;

        /// <summary>The model's fields without its compact lists (only the fields read, if <see cref="Partial"/>).</summary>
        public JsonObject Data
        {
            get
            {
                if (_data is null)
                {
                    _data = JsonNode.Parse(_frozen!)!.AsObject();
                    (_frozen, _frozenFields) = (null, null);
                }

                return _data;
            }
        }

        /// <summary>
        /// About the heap the model takes here (64-bit): its entry, fqid and objects (512 bytes), each compact list
        /// (128 bytes and 8 a id, for the unused capacity of its array; 24 more a id once it has a set), and the
        /// fields (as JSON bytes and their names, or 1 KB while they are nodes).
        /// </summary>
        public long Size =>
            512 + Lists.Values.Sum(l => 128 + (long)l.Ids.Count * (l.HasSet ? 32 : 8))
                + (_frozen is null ? 1024 : 24 + _frozen.Length + _frozenFields!.Sum(f => 32 + (long)f.Length * 2));

        /// <summary>The size last counted for the model in the budget.</summary>
        public long Counted { get; set; }

        /// <summary>True if the model has the field (outside its compact lists), without thawing it.</summary>
        public bool Has(string field) => _frozenFields is null ? _data!.ContainsKey(field) : Array.IndexOf(_frozenFields, field) >= 0;

        /// <summary>
        /// Keeps the fields as JSON bytes while the model waits across chunks: one array instead of a tree of nodes
        /// for the collector to trace, hundreds of times per run.
        /// </summary>
        public bool Freeze()
        {
            if (_data is not null)
            {
                _frozenFields = [.. _data.Select(p => p.Key)];
                _frozen = JsonSerializerBytes(_data);
                _data = null;
                return true;
            }

            return false;
        }

        private static byte[] JsonSerializerBytes(JsonObject data)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                data.WriteTo(writer);
            }

            return buffer.WrittenSpan.ToArray();
        }

        /// <summary>True if only some fields were read: the row is written as a patch.</summary>
        public bool Partial { get; set; }

        /// <summary>True if some list's ids were written and let go (<see cref="IntList.StoredCount"/>).</summary>
        public bool HasStoredIds => Lists.Values.Any(l => l.StoredCount > 0);

        /// <summary>The ids of the lists, written or held.</summary>
        public long IdCount => Lists.Values.Sum(l => (long)l.StoredCount + l.Ids.Count);

        /// <summary>False for a model kept after its row was written that got nothing since (it needs no row).</summary>
        public bool Changed => !HasStoredIds || Lists.Values.Any(l => l.Ids.Count > 0) || (_frozenFields?.Length ?? _data!.Count) > 0;

        /// <summary>
        /// The row is written: the model stays as its lists' counts and largest ids, without fields (its next row is a
        /// patch of what comes after).
        /// </summary>
        public void Written()
        {
            foreach (var list in Lists.Values)
            {
                list.Written();
            }

            (_data, _frozen, _frozenFields) = (new JsonObject(), null, null);
            Partial = true;
        }

        /// <summary>
        /// The ids to append to the stored lists (those written before), jsonb's binary form of an object of lists;
        /// null if no list was written before.
        /// </summary>
        public byte[]? AppendJsonb()
        {
            return HasStoredIds ? JsonbObject(writer => WriteLists(writer, stored: true)) : null;
        }

        /// <summary>The lists written before (<paramref name="stored"/>: their ids added since) or the others (whole).</summary>
        private void WriteLists(Utf8JsonWriter writer, bool stored)
        {
            foreach (var (field, list) in Lists)
            {
                if (list.StoredCount > 0 == stored)
                {
                    WriteIds(writer, field, list.Ids);
                }
            }
        }

        /// <summary>An object in jsonb's binary form: the version byte 1, then the JSON text of the members written.</summary>
        private static byte[] JsonbObject(Action<Utf8JsonWriter> writeMembers)
        {
            var buffer = new ArrayBufferWriter<byte>();
            buffer.Write((ReadOnlySpan<byte>)[1]);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writeMembers(writer);
                writer.WriteEndObject();
            }

            return buffer.WrittenSpan.ToArray();
        }

        private static void WriteIds(Utf8JsonWriter writer, string field, List<int> ids)
        {
            writer.WriteStartArray(field);
            foreach (var id in ids)
            {
                writer.WriteNumberValue(id);
            }

            writer.WriteEndArray();
        }

        public Dictionary<string, IntList> Lists { get; init; } = new(StringComparer.Ordinal);

        /// <summary>True if the addition's fields are compact lists here or fields the model lacks.</summary>
        public bool Accepts(UpdateRequestEvent update) => update.AddToLists.All(p => Lists.ContainsKey(p.Key) || !Has(p.Key) || Data[p.Key] is null);

        /// <summary>The field as a compact list (made from the model's list of integers, or empty).</summary>
        public IntList Compact(string field)
        {
            if (!Lists.TryGetValue(field, out var list))
            {
                Lists[field] = list = new IntList();
                if (Data[field] is JsonArray json)
                {
                    foreach (var element in json)
                    {
                        list.Add(Integer(element)!.Value);
                    }
                }

                Data.Remove(field);
            }

            return list;
        }

        public ModelRecord ToRecord()
        {
            foreach (var (field, list) in Lists)
            {
                Data[field] = new JsonArray([.. list.Ids.Select(id => (JsonNode)id)]);
            }

            return new ModelRecord(Data, deleted: false);
        }

        /// <summary>The row's data in jsonb's binary form: the version byte 1, then the JSON text (the lists written
        /// before left out).</summary>
        public byte[] ToJsonb() => JsonbObject(writer =>
        {
            JsonbText.WriteMembers(writer, Data);
            // A list written before gets its new ids appended to the stored ones (AppendJsonb).
            WriteLists(writer, stored: false);
        });
    }
}
