using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Keyframes;

/// <summary>
/// The apply rules of spec §2.3 — the same checks, messages and results as <see cref="EventApplier"/> — worked
/// directly on a keyframe's compact JSON. The stored object is copied field by field as raw bytes; only the fields
/// the event sets or removes are written anew (a field set that exists keeps its place, a new one is appended, as a
/// dictionary update does). Applying an event therefore neither parses the model into objects nor serializes it,
/// which is what a keyframe pays per event and migration index. Only a list update parses the (few) list fields it
/// touches.
/// </summary>
internal static class StoredModelApplier
{
    private static readonly byte[] True = "true"u8.ToArray();
    private static readonly byte[] False = "false"u8.ToArray();

    /// <summary>
    /// Applies the event (validated first) to <paramref name="model"/> (null: it does not exist). With a
    /// <paramref name="memo"/>, an application equal to an earlier one of the same position returns its result.
    /// <paramref name="content"/> is the event's payload when the caller already has it (<see cref="Content"/>).
    /// </summary>
    public static StoredModel Apply(StoredModel? model, DatastoreEvent @event, int position, ApplyMemo? memo = null, byte[]? content = null)
    {
        ArgumentNullException.ThrowIfNull(@event);
        content ??= Content(@event);
        if (memo is not null && memo.TryGet(@event.Fqid, model, @event.Type, content, out var known))
        {
            return known;
        }

        @event.Validate();
        var result = Apply(model, @event, position, content);
        memo?.Add(@event.Fqid, model, @event.Type, content, result);
        return result;
    }

    private static StoredModel Apply(StoredModel? model, DatastoreEvent @event, int position, byte[] content)
    {
        var fqid = @event.Fqid;
        EventRules.CheckState(@event, model is null ? null : model.Deleted);
        if (@event is CreateEvent)
        {
            return Created(content, position);
        }

        var patch = new Patch();
        var deleted = model!.Deleted;
        switch (@event)
        {
            case UpdateEvent:
                var reader = new Utf8JsonReader(content);
                reader.Read();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var field = reader.GetString()!;
                    reader.Read();
                    var start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    patch.Set(field, content.AsMemory(start, (int)reader.BytesConsumed - start));
                }

                break;

            case DeleteFieldsEvent deleteFields:
                foreach (var field in deleteFields.Fields)
                {
                    patch.Remove(field);
                }

                break;

            case ListUpdateEvent listUpdate:
                Dictionary<string, JsonArray> modified;
                try
                {
                    var lists = ReadFields(model.Json, listUpdate.Add, listUpdate.Remove);
                    modified = ListUpdate.ComputeModifiedFields(fqid, lists, listUpdate.Add, listUpdate.Remove);
                }
                catch (InvalidFormatException e)
                {
                    throw new BadEventException(e.Message);
                }

                foreach (var (field, list) in modified)
                {
                    patch.Set(field, Serialize(list));
                }

                break;

            case DeleteEvent:
                deleted = true;
                patch.Set(DatastoreKeys.MetaDeleted, True);
                break;

            case RestoreEvent:
                deleted = false;
                patch.Set(DatastoreKeys.MetaDeleted, False);
                break;

            default:
                throw new BadCodingException($"Cannot apply an event of type {@event.GetType().Name}");
        }

        patch.Set(DatastoreKeys.MetaPosition, Position(position));
        return new StoredModel(patch.ApplyTo(model.Json), deleted);
    }

    /// <summary>The model a create with payload <paramref name="content"/> makes at <paramref name="position"/> (not validated here).</summary>
    public static StoredModel Created(byte[] content, int position)
    {
        var patch = new Patch();
        patch.Set(DatastoreKeys.MetaDeleted, False);
        patch.Set(DatastoreKeys.MetaPosition, Position(position));
        return new StoredModel(patch.ApplyTo(content), deleted: false);
    }

    private static byte[] Position(int position) => Encoding.ASCII.GetBytes(position.ToString(CultureInfo.InvariantCulture));

    /// <summary>The event's payload as stored (what makes two events of a type and fqid equal).</summary>
    public static byte[] Content(DatastoreEvent @event) => Payload(@event).ToArray();

    /// <summary>True if the event's payload is still <paramref name="content"/> (taken by <see cref="Content"/>).</summary>
    public static bool HasContent(DatastoreEvent @event, byte[] content) => Payload(@event).SequenceEqual(content);

    /// <summary>The event's payload in this thread's scratch buffer (valid until the next use of it); none for delete and restore.</summary>
    private static ReadOnlySpan<byte> Payload(DatastoreEvent @event)
    {
        if (@event.Type is EventType.Delete or EventType.Restore)
        {
            return [];
        }

        var (buffer, writer) = Scratch();
        @event.WriteData(writer);
        writer.Flush();
        return buffer.WrittenSpan;
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _scratchBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _scratchWriter;

    /// <summary>A cleared buffer and a writer on it, reused by this thread (no allocation per event).</summary>
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer) Scratch()
    {
        var buffer = _scratchBuffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        if (_scratchWriter is null)
        {
            _scratchWriter = new Utf8JsonWriter(buffer, HeldJson.WriterOptions);
        }
        else
        {
            _scratchWriter.Reset(buffer);
        }

        return (buffer, _scratchWriter);
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _output;

    /// <summary>A cleared output buffer reused by this thread.</summary>
    private static ArrayBufferWriter<byte> Output()
    {
        var output = _output ??= new ArrayBufferWriter<byte>(4096);
        output.ResetWrittenCount();
        return output;
    }

    private static byte[] Serialize(JsonNode node)
    {
        var (buffer, writer) = Scratch();
        node.WriteTo(writer);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The model's values of the fields named in <paramref name="add"/> or <paramref name="remove"/>, parsed.</summary>
    private static JsonObject ReadFields(byte[] json, JsonObject add, JsonObject remove)
    {
        var fields = new JsonObject();
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var wanted = false;
            string? name = null;
            foreach (var (field, _) in add)
            {
                if (reader.ValueTextEquals(field))
                {
                    (wanted, name) = (true, field);
                    break;
                }
            }

            if (!wanted)
            {
                foreach (var (field, _) in remove)
                {
                    if (reader.ValueTextEquals(field))
                    {
                        (wanted, name) = (true, field);
                        break;
                    }
                }
            }

            reader.Read();
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            if (wanted)
            {
                fields[name!] = JsonNode.Parse(json.AsSpan(start, (int)reader.BytesConsumed - start));
            }
        }

        return fields;
    }

    /// <summary>Fields to set (raw JSON values) and fields to remove, applied to an object's bytes in one pass.</summary>
    private sealed class Patch
    {
        private readonly List<(string Field, ReadOnlyMemory<byte> Value)> _sets = [];
        private List<string>? _removes;

        public void Set(string field, ReadOnlyMemory<byte> value)
        {
            // A later value for the same field wins, in the place of the first (a dictionary update).
            for (var i = 0; i < _sets.Count; i++)
            {
                if (_sets[i].Field == field)
                {
                    _sets[i] = (field, value);
                    return;
                }
            }

            _sets.Add((field, value));
        }

        public void Remove(string field) => (_removes ??= []).Add(field);

        public byte[] ApplyTo(ReadOnlySpan<byte> json)
        {
            var output = Output();
            output.Write("{"u8);
            var first = true;
            Span<bool> seen = _sets.Count <= 64 ? stackalloc bool[_sets.Count] : new bool[_sets.Count];
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new BadCodingException("A stored model is not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var propertyStart = (int)reader.TokenStartIndex;
                // A field removed and set again moves to the end, as a dictionary's remove and insert does.
                var removed = IsRemoved(ref reader);
                var set = removed ? -1 : FindSet(ref reader);
                reader.Read();
                reader.Skip();
                if (removed)
                {
                    continue;
                }

                Separator(output, ref first);
                if (set >= 0)
                {
                    seen[set] = true;
                    WriteField(output, _sets[set].Field, _sets[set].Value);
                }
                else
                {
                    output.Write(json[propertyStart..(int)reader.BytesConsumed]);
                }
            }

            for (var i = 0; i < _sets.Count; i++)
            {
                if (!seen[i])
                {
                    Separator(output, ref first);
                    WriteField(output, _sets[i].Field, _sets[i].Value);
                }
            }

            output.Write("}"u8);
            return output.WrittenSpan.ToArray();
        }

        private int FindSet(ref Utf8JsonReader reader)
        {
            for (var i = 0; i < _sets.Count; i++)
            {
                if (reader.ValueTextEquals(_sets[i].Field))
                {
                    return i;
                }
            }

            return -1;
        }

        private bool IsRemoved(ref Utf8JsonReader reader)
        {
            if (_removes is null)
            {
                return false;
            }

            foreach (var field in _removes)
            {
                if (reader.ValueTextEquals(field))
                {
                    return true;
                }
            }

            return false;
        }

        private static void Separator(ArrayBufferWriter<byte> output, ref bool first)
        {
            if (!first)
            {
                output.Write(","u8);
            }

            first = false;
        }

        private static void WriteField(ArrayBufferWriter<byte> output, string field, ReadOnlyMemory<byte> value)
        {
            output.Write("\""u8);
            output.Write(JsonEncodedText.Encode(field, HeldJson.Encoder).EncodedUtf8Bytes);
            output.Write("\":"u8);
            output.Write(value.Span);
        }
    }
}
