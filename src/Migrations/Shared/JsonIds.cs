using System.Globalization;
using System.Text.Json;
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

    /// <summary>
    /// An id read from event data: a JSON number written as an integer that fits an <c>int</c> (not a boolean, a
    /// fraction, a string or null), as upstream's lookups among int ids find it.
    /// </summary>
    public static bool TryInteger(JsonNode? node, out int id)
    {
        id = 0;
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && int.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out id);
    }

    /// <summary><see cref="TryInteger"/> as a nullable value.</summary>
    public static int? Integer(JsonNode? node) => TryInteger(node, out var id) ? id : null;

    /// <summary>A JSON list of the ids, in the given order.</summary>
    public static JsonArray Array(IEnumerable<int> ids) => new([.. ids.Select(id => (JsonNode)id)]);
}
