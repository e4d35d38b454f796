using System.Text.Json.Nodes;

namespace Migrations.Shared;

/// <summary>Ids in event data: as text inside an fqid, and as JSON lists.</summary>
public static class JsonIds
{
    /// <summary>
    /// An id (or fqid) as upstream's f-strings put it into an fqid: a string as it is, any other value as JSON, a
    /// missing value as <c>None</c>.
    /// </summary>
    public static string Text(JsonNode? id) =>
        id is JsonValue value && value.TryGetValue<string>(out var text) ? text : id?.ToJsonString() ?? "None";

    /// <summary>A JSON list of the ids, in the given order.</summary>
    public static JsonArray Array(IEnumerable<int> ids) => new([.. ids.Select(id => (JsonNode)id)]);
}
