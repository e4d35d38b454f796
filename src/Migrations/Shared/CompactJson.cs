using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Migrations.Shared;

/// <summary>
/// A JSON object kept as its compact UTF-8 text while a migration holds many of them (a parsed object takes about ten
/// times its text on the heap), parsed again when it is needed. Escaped only where JSON requires it, as the runtime
/// holds its bytes: the default encoder writes each non-ASCII or HTML character as six bytes.
/// </summary>
internal static class CompactJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Of(JsonObject value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            value.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static JsonObject Parse(byte[] json) => JsonNode.Parse(json)!.AsObject();
}
