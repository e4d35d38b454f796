using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keyframes;

namespace Migrations.Runtime.Writing;

/// <summary>
/// The models of a streamed model migration that keep growing by list additions (a meeting's
/// <c>relevant_history_entry_ids</c>, a user's <c>history_position_ids</c>): once such a list holds
/// <see cref="Threshold"/> ids the model stays here, its integer lists compact (the ids in order and a bitmap of
/// them), and the additions of later chunks are applied here instead of reading and rewriting the model's row in every
/// chunk, which would cost the list's length per chunk. The rows are written once, when the stream ends (or when an
/// event other than an addition of integers comes for the model: it is then handed back to the ordinary path).
/// The result is the one the ordinary path gives: a value is appended when the list did not hold it before the
/// event (so twice if one addition names it twice), and every field of an addition counts as modified.
/// </summary>
internal sealed class DeferredListModels
{
    /// <summary>The length of an integer list from which its model is kept here.</summary>
    public const int Threshold = 1000;

    private readonly Dictionary<string, Deferred> _models = new(StringComparer.Ordinal);

    public int Count => _models.Count;

    public bool Contains(string fqid) => _models.ContainsKey(fqid);

    /// <summary>
    /// True if every event of the chunk on <paramref name="fqid"/> can be applied here; otherwise the model is taken
    /// out and returned (with its lists as JSON again) for the ordinary path.
    /// </summary>
    public ModelRecord? TakeUnlessAppendable(string fqid, IEnumerable<RequestEvent> eventsOnModel)
    {
        var deferred = _models[fqid];
        if (eventsOnModel.All(e => e is UpdateRequestEvent update && IsAppendable(update, deferred)))
        {
            return null;
        }

        _models.Remove(fqid);
        return deferred.ToRecord();
    }

    /// <summary>Applies an addition the model accepts (see <see cref="TakeUnlessAppendable"/>); returns the modified fields.</summary>
    public IReadOnlyList<string> Append(UpdateRequestEvent update)
    {
        var deferred = _models[update.Fqid];
        var fields = new List<string>(update.AddToLists.Count);
        foreach (var (field, values) in update.AddToLists)
        {
            if (!deferred.Lists.TryGetValue(field, out var list))
            {
                deferred.Lists[field] = list = new IntList();
            }

            // Against the list as it was before the event: a value named twice in one addition is appended twice.
            var before = list.Members;
            var appended = new List<int>();
            foreach (var value in (JsonArray)values!)
            {
                var id = Integer(value)!.Value;
                if (!before.Contains(id))
                {
                    appended.Add(id);
                }
            }

            foreach (var id in appended)
            {
                list.Ids.Add(id);
                list.Members.Add(id);
            }

            fields.Add(field);
        }

        return fields;
    }

    /// <summary>
    /// Takes over <paramref name="record"/> if the event just applied to it left one of its added lists at
    /// <see cref="Threshold"/> or more integers; true if so (its row is then written by <see cref="Rows"/>).
    /// </summary>
    public bool TryKeep(string fqid, ModelRecord record, IEnumerable<string> addedFields)
    {
        if (record.Deleted || _models.ContainsKey(fqid))
        {
            return false;
        }

        var fields = addedFields.Where(f => record.Data[f] is JsonArray list && list.Count >= Threshold && list.All(e => Integer(e) is not null)).ToList();
        if (fields.Count == 0)
        {
            return false;
        }

        var data = (JsonObject)record.Data.DeepClone();
        var deferred = new Deferred(data);
        foreach (var field in fields)
        {
            var list = new IntList();
            foreach (var element in (JsonArray)data[field]!)
            {
                var id = Integer(element)!.Value;
                list.Ids.Add(id);
                list.Members.Add(id);
            }

            data.Remove(field);
            deferred.Lists[field] = list;
        }

        _models[fqid] = deferred;
        return true;
    }

    /// <summary>The rows of the models kept here (fqid, data as JSON, not deleted); the set is emptied.</summary>
    public IEnumerable<(string Fqid, string Data)> Rows()
    {
        foreach (var (fqid, deferred) in _models)
        {
            yield return (fqid, deferred.ToJson());
        }

        _models.Clear();
    }

    private static bool IsAppendable(UpdateRequestEvent update, Deferred deferred) =>
        update.Fields.Count == 0 && update.RemoveFromLists.Count == 0 && update.AddToLists.Count > 0
        && update.AddToLists.All(p => (deferred.Lists.ContainsKey(p.Key) || !deferred.Data.ContainsKey(p.Key))
            && p.Value is JsonArray values && values.All(v => Integer(v) is not null));

    /// <summary>A JSON number written as an integer that fits an int (as the ordinary path stores it unchanged).</summary>
    private static int? Integer(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
        && int.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var id)
        && id.ToString(System.Globalization.CultureInfo.InvariantCulture) == value.ToJsonString()
            ? id : null;

    private sealed class IntList
    {
        public List<int> Ids { get; } = [];

        public IdSet Members { get; } = new();
    }

    private sealed class Deferred(JsonObject data)
    {
        /// <summary>The model's fields without its compact lists.</summary>
        public JsonObject Data { get; } = data;

        public Dictionary<string, IntList> Lists { get; } = new(StringComparer.Ordinal);

        public ModelRecord ToRecord()
        {
            foreach (var (field, list) in Lists)
            {
                Data[field] = new JsonArray([.. list.Ids.Select(id => (JsonNode)id)]);
            }

            return new ModelRecord(Data, deleted: false);
        }

        public string ToJson()
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                foreach (var (field, value) in Data)
                {
                    writer.WritePropertyName(field);
                    if (value is null)
                    {
                        writer.WriteNullValue();
                    }
                    else
                    {
                        value.WriteTo(writer);
                    }
                }

                foreach (var (field, list) in Lists)
                {
                    writer.WriteStartArray(field);
                    foreach (var id in list.Ids)
                    {
                        writer.WriteNumberValue(id);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
    }
}
