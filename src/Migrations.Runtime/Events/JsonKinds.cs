using System.Text.Json;
using System.Text.Json.Nodes;

namespace Migrations.Runtime.Events;

/// <summary>Small helpers for JSON values: names of kinds for messages, and upstream's value equality.</summary>
internal static class JsonKinds
{
    /// <summary>The JSON kind of a node, for messages: object, array, string, number, boolean or null.</summary>
    public static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Null => "null",
            var other => other.ToString().ToLowerInvariant(),
        },
    };

    /// <summary>
    /// Equality of two JSON values as Python compares the decoded values: numbers by value (1 == 1.0), strings
    /// ordinally, containers structurally.
    /// </summary>
    public static bool ValueEquals(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null)
        {
            return IsNull(a) && IsNull(b);
        }

        if (a is JsonValue va && b is JsonValue vb)
        {
            var ka = va.GetValueKind();
            var kb = vb.GetValueKind();
            if (ka == JsonValueKind.Number && kb == JsonValueKind.Number)
            {
                return NumberEquals(va, vb);
            }

            if (ka != kb)
            {
                return false;
            }

            return ka switch
            {
                JsonValueKind.String => string.Equals(va.GetValue<string>(), vb.GetValue<string>(), StringComparison.Ordinal),
                _ => true, // true/true, false/false, null/null
            };
        }

        return JsonNode.DeepEquals(a, b);
    }

    /// <summary>True for a missing node and for JSON null.</summary>
    public static bool IsNull(JsonNode? node) => node is null || node.GetValueKind() == JsonValueKind.Null;

    /// <summary>Reads a JSON number written as an integer (no fraction, no exponent).</summary>
    public static bool TryGetInteger(JsonNode? node, out long number)
    {
        number = 0;
        return node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && long.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out number);
    }

    /// <summary>Reads a JSON number as a decimal when it fits, otherwise as a double.</summary>
    public static bool TryGetNumber(JsonNode? node, out decimal number)
    {
        number = 0;
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        var text = value.ToJsonString();
        if (decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out number))
        {
            return true;
        }

        if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            && double.IsFinite(d) && Math.Abs(d) < 7.9e28)
        {
            number = (decimal)d;
            return true;
        }

        return false;
    }

    private static bool NumberEquals(JsonValue a, JsonValue b)
    {
        if (TryGetNumber(a, out var da) && TryGetNumber(b, out var db))
        {
            return da == db;
        }

        return string.Equals(a.ToJsonString(), b.ToJsonString(), StringComparison.Ordinal);
    }
}
