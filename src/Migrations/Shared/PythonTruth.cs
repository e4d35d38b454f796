using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Migrations.Shared;

/// <summary>
/// Python's truth test on a JSON value, as upstream's migrations apply it (<c>if model.get("field"):</c>): false for a
/// missing field, null, false, zero, the empty string, the empty list and the empty object; true for anything else.
/// </summary>
internal static class PythonTruth
{
    public static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject obj => obj.Count > 0,
        _ => node.GetValueKind() switch
        {
            JsonValueKind.False or JsonValueKind.Null or JsonValueKind.Undefined => false,
            JsonValueKind.String => node.GetValue<string>().Length > 0,
            JsonValueKind.Number => !double.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n != 0,
            _ => true,
        },
    };
}
