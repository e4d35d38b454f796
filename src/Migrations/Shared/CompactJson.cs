using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Migrations.Shared;

/// <summary>
/// A JSON object kept as its compact UTF-8 text while a migration holds many of them (a parsed object takes about ten
/// times its text on the heap), parsed again when it is needed.
/// </summary>
internal static class CompactJson
{
    public static byte[] Of(JsonObject value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            value.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static JsonObject Parse(byte[] json) => JsonNode.Parse(json)!.AsObject();
}
