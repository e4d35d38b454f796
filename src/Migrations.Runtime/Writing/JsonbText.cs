using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Writing;

/// <summary>
/// Values in jsonb's binary COPY form (the version byte 1, then the JSON text), written into one buffer that is
/// reused for the next value: a COPY of many rows serialises each payload once, without a string or an array per
/// row. A value returned is valid until the next call.
/// </summary>
internal sealed class JsonbText
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer;

    public JsonbText() => _writer = new Utf8JsonWriter(_buffer);

    /// <summary>An event's payload, as stored in <c>events.data</c>.</summary>
    public ReadOnlyMemory<byte> Of(DatastoreEvent dbEvent)
    {
        Start();
        dbEvent.WriteData(_writer);
        return End();
    }

    /// <summary>
    /// A model's data; with <paramref name="position"/> its <c>meta_position</c> set to it, as
    /// <c>data || jsonb_build_object('meta_position', position)</c> would (jsonb keeps the last of a repeated key).
    /// </summary>
    public ReadOnlyMemory<byte> Of(JsonObject data, int? position = null)
    {
        Start();
        _writer.WriteStartObject();
        WriteMembers(_writer, data);
        if (position is { } stamped)
        {
            _writer.WriteNumber(DatastoreKeys.MetaPosition, stamped);
        }

        _writer.WriteEndObject();
        return End();
    }

    /// <summary>The members of <paramref name="data"/> into an object <paramref name="writer"/> has open.</summary>
    public static void WriteMembers(Utf8JsonWriter writer, JsonObject data)
    {
        foreach (var (field, value) in data)
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
    }

    private void Start()
    {
        _buffer.ResetWrittenCount();
        _buffer.Write((ReadOnlySpan<byte>)[1]);
        _writer.Reset(_buffer);
    }

    private ReadOnlyMemory<byte> End()
    {
        _writer.Flush();
        return _buffer.WrittenMemory;
    }
}
