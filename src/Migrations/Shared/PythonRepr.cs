using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Migrations.Shared;

/// <summary>
/// Python's <c>repr</c> of values read from JSON, as upstream's f-strings print them into the migrations' messages
/// (0074's and 0081's errors, 0081's progress lines).
/// </summary>
internal static class PythonRepr
{
    /// <summary>A tuple: <c>(1,)</c>, <c>(1, None)</c>.</summary>
    public static string Tuple(IReadOnlyList<JsonNode?> values) => TupleText([.. values.Select(Value)]);

    /// <summary>A tuple of strings: <c>('meeting_id',)</c>.</summary>
    public static string Tuple(IReadOnlyList<string> values) => TupleText([.. values.Select(Str)]);

    /// <summary>None, True, False, an int, a float, a str, a list or a dict.</summary>
    public static string Value(JsonNode? node) => node switch
    {
        null => "None",
        JsonArray array => "[" + string.Join(", ", array.Select(Value)) + "]",
        JsonObject obj => "{" + string.Join(", ", obj.Select(p => Str(p.Key) + ": " + Value(p.Value))) + "}",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => Str(node.GetValue<string>()),
            JsonValueKind.True => "True",
            JsonValueKind.False => "False",
            JsonValueKind.Number => Number(node.ToJsonString()),
            _ => "None",
        },
    };

    /// <summary>A JSON number written as an integer (no fraction, no exponent): Python's <c>json</c> makes it an int.</summary>
    public static bool IsIntegerText(string text)
    {
        var start = text.StartsWith('-') ? 1 : 0;
        return text.Length > start && text.AsSpan(start).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>A str: in single quotes unless it holds a single quote and no double one; escapes as Python's.</summary>
    public static string Str(string text)
    {
        var quote = text.Contains('\'', StringComparison.Ordinal) && !text.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var builder = new StringBuilder(text.Length + 2).Append(quote);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == quote || c == '\\')
            {
                builder.Append('\\').Append(c);
                continue;
            }

            switch (c)
            {
                case '\t':
                    builder.Append("\\t");
                    continue;
                case '\n':
                    builder.Append("\\n");
                    continue;
                case '\r':
                    builder.Append("\\r");
                    continue;
            }

            if (c < ' ' || c == '\x7f')
            {
                builder.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                continue;
            }

            if (c < '\x7f')
            {
                builder.Append(c);
                continue;
            }

            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var codePoint = pair ? char.ConvertToUtf32(c, text[i + 1]) : c;
            if (IsPrintable(codePoint))
            {
                builder.Append(c);
                if (pair)
                {
                    builder.Append(text[i + 1]);
                }
            }
            else if (codePoint <= 0xff)
            {
                builder.Append("\\x").Append(codePoint.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (codePoint <= 0xffff)
            {
                builder.Append("\\u").Append(codePoint.ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append("\\U").Append(codePoint.ToString("x8", CultureInfo.InvariantCulture));
            }

            if (pair)
            {
                i++;
            }
        }

        return builder.Append(quote).ToString();
    }

    private static string TupleText(List<string> items) => "(" + string.Join(", ", items) + (items.Count == 1 ? ",)" : ")");

    /// <summary>Python's <c>str.isprintable</c> for one code point above U+007E.</summary>
    private static bool IsPrintable(int codePoint)
    {
        if (codePoint is >= 0xd800 and <= 0xdfff)
        {
            return false; // a lone surrogate
        }

        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    private static string Number(string text)
    {
        if (IsIntegerText(text))
        {
            return BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        return Float(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    /// <summary>Python's <c>repr(float)</c>: the shortest round-trip digits, positional for exponents -4 to 15.</summary>
    public static string Float(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var sign = double.IsNegative(value) ? "-" : "";
        if (value == 0)
        {
            return sign + "0.0";
        }

        // "R" gives the shortest digits that round-trip, as Python's repr, positional ("123.45") or not ("1.5E-05").
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOfAny(['E', 'e']);
        var exponent = e < 0 ? 0 : int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? text : text[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var point = (dot < 0 ? mantissa.Length : dot) + exponent;
        var leading = digits.Length - digits.TrimStart('0').Length;
        digits = digits.TrimStart('0').TrimEnd('0');
        point -= leading;

        // Python's decpt: the value is 0.<digits> times ten to the point.
        if (point <= -4 || point > 16)
        {
            var exp = point - 1;
            var body = digits.Length > 1 ? digits[..1] + "." + digits[1..] : digits;
            return sign + body + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }

        if (point <= 0)
        {
            return sign + "0." + new string('0', -point) + digits;
        }

        return point >= digits.Length
            ? sign + digits + new string('0', point - digits.Length) + ".0"
            : sign + digits[..point] + "." + digits[point..];
    }
}
