using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Migrations.Runtime.Reading;

/// <summary>
/// JSON values as upstream's Python sees them after <c>json.loads</c>: a number without fraction or exponent is an
/// <c>int</c> (exact, any size), any other number a <c>float</c>, <c>true</c>/<c>false</c> are <c>bool</c> (an
/// <c>int</c> subclass, so <c>True == 1</c>), a missing field and JSON null are <c>None</c>. The in-memory filter
/// compares with these rules, as upstream's in-memory reader evaluates filters as Python expressions.
/// </summary>
internal static class PythonValues
{
    /// <summary>Python's <c>a == b</c>.</summary>
    public static bool Equal(JsonNode? a, JsonNode? b)
    {
        var ka = Kind(a);
        var kb = Kind(b);
        if (ka == JsonValueKind.Null || kb == JsonValueKind.Null)
        {
            return ka == kb;
        }

        if (IsNumeric(ka) && IsNumeric(kb))
        {
            return CompareNumbers(a!, b!) == 0;
        }

        if (ka != kb)
        {
            return false;
        }

        switch (a)
        {
            case JsonArray la:
                var lb = (JsonArray)b!;
                if (la.Count != lb.Count)
                {
                    return false;
                }

                for (var i = 0; i < la.Count; i++)
                {
                    if (!Equal(la[i], lb[i]))
                    {
                        return false;
                    }
                }

                return true;
            case JsonObject oa:
                var ob = (JsonObject)b!;
                return oa.Count == ob.Count && oa.All(p => ob.TryGetPropertyValue(p.Key, out var other) && Equal(p.Value, other));
            default:
                return string.Equals(a!.GetValue<string>(), b!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Upstream's in-memory ordering test <c>is_comparable(a, b) and a OP b</c>: only when one value's Python type is
    /// the other's or a subclass of it (int and bool, float and float, str and str), otherwise false.
    /// </summary>
    public static bool OrderedCompare(JsonNode? field, JsonNode? value, string op)
    {
        var kf = PythonType(field);
        var kv = PythonType(value);
        var comparable = kf is not null && kv is not null && (kf == kv || (kf is "int" or "bool" && kv is "int" or "bool"));
        if (!comparable || kf is not ("int" or "bool" or "float" or "str"))
        {
            return false;
        }

        var order = kf == "str"
            ? string.CompareOrdinal(field!.GetValue<string>(), value!.GetValue<string>())
            : CompareNumbers(field!, value!);
        return op switch
        {
            "<" => order < 0,
            ">" => order > 0,
            "<=" => order <= 0,
            _ => order >= 0,
        };
    }

    private static string? PythonType(JsonNode? node) => Kind(node) switch
    {
        JsonValueKind.Number => IsInteger(node!) ? "int" : "float",
        JsonValueKind.True or JsonValueKind.False => "bool",
        JsonValueKind.String => "str",
        JsonValueKind.Array => "list",
        JsonValueKind.Object => "dict",
        _ => null,
    };

    private static JsonValueKind Kind(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    private static bool IsNumeric(JsonValueKind kind) => kind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False;

    private static bool IsInteger(JsonNode node)
    {
        var text = node.ToJsonString();
        return text.AsSpan().IndexOfAny(".eE") < 0;
    }

    // Exact comparison of two Python numbers (int, bool or float): ints as big integers, a float against an int by
    // its exact value, as CPython does.
    private static int CompareNumbers(JsonNode a, JsonNode b)
    {
        var (ia, fa) = Number(a);
        var (ib, fb) = Number(b);
        if (fa is null && fb is null)
        {
            return ia!.Value.CompareTo(ib!.Value);
        }

        if (fa is not null && fb is not null)
        {
            return fa.Value.CompareTo(fb.Value);
        }

        var (integer, real, sign) = fa is null ? (ia!.Value, fb!.Value, 1) : (ib!.Value, fa.Value, -1);
        if (double.IsNaN(real))
        {
            return 1; // never equal; ordering tests with NaN are all false in Python, and no filter gives one
        }

        if (double.IsInfinity(real))
        {
            return real > 0 ? -sign : sign;
        }

        var floor = Math.Floor(real);
        var c = integer.CompareTo(new BigInteger(floor));
        if (c == 0 && real != floor)
        {
            c = -1; // integer == floor(real) < real
        }

        return sign * c;
    }

    private static (BigInteger? Integer, double? Real) Number(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.True => (BigInteger.One, null),
        JsonValueKind.False => (BigInteger.Zero, null),
        _ when IsInteger(node) => (BigInteger.Parse(node.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), null),
        _ => (null, double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)),
    };
}
