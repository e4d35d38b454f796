using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Migrations.Runtime.Events;

/// <summary>
/// Parses JSON into nodes that cost about the size of their text. <see cref="JsonNode.Parse(ReadOnlySpan{byte}, JsonNodeOptions?, JsonDocumentOptions)"/>
/// keeps the document's buffers rented from the array pool, sized for the worst case (about twelve bytes of
/// metadata per byte of JSON, rounded up to a power of two) and never returned; parsing through a reader gives
/// exact-sized buffers instead. Models are parsed one by one, millions of times: the difference is the memory of a
/// run (a 13 MB export: 2 GB before).
/// </summary>
public static class JsonBytes
{
    /// <summary>Parses one JSON value from UTF-8.</summary>
    public static JsonNode? Parse(ReadOnlySpan<byte> utf8, int maxDepth = 0)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Skip });
        return JsonNode.Parse(ref reader);
    }

    /// <summary>Parses one JSON value from text.</summary>
    public static JsonNode? Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = Encoding.UTF8.GetBytes(json);
        return Parse(bytes);
    }
}
