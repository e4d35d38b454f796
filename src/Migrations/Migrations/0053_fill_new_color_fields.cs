using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

using Migrations.Shared;

namespace Migrations.M0053;

/// <summary>
/// Fills the new projector fields <c>chyron_background_color_2</c> and <c>chyron_font_color_2</c> on every live
/// projector. The font colour is copied from <c>chyron_font_color</c> (a projector without one gets nothing). The
/// background colour is the darkened <c>chyron_background_color</c>, except where that is missing or equal to the
/// organization theme's <c>primary_500</c>: there it is the theme's default, which is the theme's <c>headbar</c>, else
/// the darkened <c>primary_500</c>, else <c>#134768</c>. Darkening is the client's headbar rule in integer arithmetic:
/// each channel c becomes <c>int((c - c²//255) * 0.25 + c²//255)</c>, written as two lowercase hex digits (a negative
/// channel, which a "-" in the colour gives, as Python writes it: <c>-3</c>).
/// Upstream quirks kept: the theme is the first model in read order with <c>theme_for_organization_id = 1</c>, with
/// no condition on <c>meta_deleted</c>, so a deleted theme still counts; the theme's default is darkened even when
/// no projector needs it; a colour is read as Python's <c>int(chunk, 16)</c> reads its three two-character chunks
/// after leading <c>#</c>s (surrounding whitespace and a sign allowed, anything after the sixth character ignored,
/// a shorter last chunk accepted, Unicode decimal digits too), and a non-string colour as its JSON text. Where
/// upstream raised ValueError on a colour that is not one, the migration fails with a message naming the model, the
/// field and the value. Deliberate differences, at the edges only: whitespace is what .NET calls white space (Python
/// also counts U+001C–U+001F), and a non-string is read as its JSON text, which is Python's <c>str</c> for integers
/// but not for a float written with an exponent.
/// </summary>
[TargetMigrationIndex(54)]
public sealed class Migration : ModelMigration
{
    private const string FallbackColor = "#134768";

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var themes = await Reader.FilterAsync(
            "theme", new FilterOperator("theme_for_organization_id", "=", 1), ["headbar", "primary_500"], cancellationToken);
        var (themeId, theme) = themes.Count == 0 ? (0, new JsonObject()) : (themes.First().Key, themes.First().Value);
        var primary = theme["primary_500"];
        var themeFqid = $"theme/{themeId.ToString(CultureInfo.InvariantCulture)}";
        JsonNode defaultColor = PythonTruth.IsTruthy(theme["headbar"])
            ? theme["headbar"]!.DeepClone()
            : JsonValue.Create(PythonTruth.IsTruthy(primary) ? Darken(PythonText(primary), themeFqid, "primary_500") : FallbackColor)!;

        var events = new List<RequestEvent>();
        var projectors = await Reader.GetAllAsync("projector", ["chyron_background_color", "chyron_font_color"], cancellationToken);
        foreach (var (id, projector) in projectors)
        {
            var fqid = $"projector/{id.ToString(CultureInfo.InvariantCulture)}";
            var background = projector["chyron_background_color"];
            JsonNode background2 = background is null || PythonEquals(background, primary)
                ? defaultColor.DeepClone()
                : JsonValue.Create(Darken(PythonText(background), fqid, "chyron_background_color"))!;
            events.Add(new UpdateRequestEvent(fqid, new JsonObject
            {
                ["chyron_background_color_2"] = background2,
                ["chyron_font_color_2"] = projector["chyron_font_color"]?.DeepClone(),
            }));
        }

        return events;
    }

    /// <summary>The client's headbar darkening, on a colour as upstream parses it.</summary>
    private static string Darken(string color, string fqid, string field)
    {
        var runes = color.EnumerateRunes().SkipWhile(r => r.Value == '#').ToArray();
        var result = new StringBuilder("#");
        for (var start = 0; start < 6; start += 2)
        {
            var chunk = runes.Skip(start).Take(2).ToArray();
            var channel = ParseHex(chunk)
                ?? throw new InvalidOperationException(
                    $"{fqid}/{field} is not a colour: '{color}' (cannot read '{string.Concat(chunk.Select(r => r.ToString()))}' as a hex number)");
            var darker = channel * channel / 255;
            // As upstream: a float product, truncated toward zero by int().
            var value = (long)((channel - darker) * 0.25 + darker);
            result.Append(value < 0 ? "-" + (-value).ToString("x", CultureInfo.InvariantCulture) : value.ToString("x2", CultureInfo.InvariantCulture));
        }

        return result.ToString();
    }

    /// <summary>Python's <c>int(text, 16)</c> for a chunk of at most two characters; null where it raises ValueError.</summary>
    private static long? ParseHex(Rune[] chunk)
    {
        var digits = chunk.SkipWhile(Rune.IsWhiteSpace).Reverse().SkipWhile(Rune.IsWhiteSpace).Reverse().ToList();
        var sign = 1;
        if (digits.Count > 0 && (digits[0].Value == '+' || digits[0].Value == '-'))
        {
            sign = digits[0].Value == '-' ? -1 : 1;
            digits.RemoveAt(0);
        }

        if (digits.Count == 0)
        {
            return null;
        }

        long value = 0;
        foreach (var digit in digits)
        {
            int d;
            var lower = digit.Value | 0x20;
            if (digit.IsAscii && lower >= 'a' && lower <= 'f')
            {
                d = lower - 'a' + 10;
            }
            else if (Rune.GetUnicodeCategory(digit) == UnicodeCategory.DecimalDigitNumber)
            {
                d = (int)Rune.GetNumericValue(digit);
            }
            else
            {
                return null;
            }

            value = value * 16 + d;
        }

        return sign * value;
    }

    /// <summary>Upstream's <c>str(value)</c> before parsing: a string as it is, anything else as its JSON text.</summary>
    private static string PythonText(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value?.ToJsonString() ?? "None";

    /// <summary>Python's <c>a == b</c> on two decoded JSON values (null is None).</summary>
    private static bool PythonEquals(JsonNode? a, JsonNode? b) =>
        a is null || b is null ? a is null && b is null : JsonNode.DeepEquals(a, b);
}
