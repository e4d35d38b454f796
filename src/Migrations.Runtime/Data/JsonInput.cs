using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Data;

/// <summary>
/// Reads JSON from a file the way upstream's Python reads it, and refuses what PostgreSQL cannot store, so that a
/// bad file fails with the place before anything is written:
/// <list type="bullet">
/// <item>a key that appears twice in one object keeps its last value, at the place of its first (a Python dict);
/// the caller is told through <see cref="JsonInputReport"/>, which says so once;</item>
/// <item>numbers are kept exactly as written (Python's ints are exact); a number PostgreSQL's <c>numeric</c> cannot
/// hold, or a fraction beyond a double (Python: <c>inf</c>), is refused;</item>
/// <item>invalid UTF-8, a lone surrogate escape and <c>\u0000</c> (jsonb cannot hold it) are refused.</item>
/// </list>
/// Places are given as a path of keys (<c>"motion"."1"."title"</c>) and the line and byte offset in the file.
/// </summary>
public static class JsonInput
{
    /// <summary>The deepest nesting accepted (upstream's data is a few levels deep; this bounds hostile input).</summary>
    public const int MaxDepth = 256;

    // PostgreSQL's numeric: up to 131072 digits before the decimal point and 16383 after it.
    private const int MaxIntegerDigits = 131072;
    private const int MaxFractionDigits = 16383;

    /// <summary>
    /// Parses one complete JSON value. <paramref name="path"/> names where the value sits (for messages),
    /// <paramref name="start"/> is where <paramref name="utf8"/> starts in the file.
    /// </summary>
    public static JsonNode? Parse(ReadOnlySpan<byte> utf8, string fileName, string path, TextPosition start, JsonInputReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var duplicates = Validate(utf8, fileName, path, start, report);
        var options = new JsonDocumentOptions { MaxDepth = MaxDepth };
        return duplicates ? JsonNode.Parse(LastValueWins(utf8), documentOptions: options) : JsonNode.Parse(utf8, documentOptions: options);
    }

    /// <summary>
    /// Parses JSON text as Python's <c>json.loads</c> builds it (text the datastore holds, e.g. a position's
    /// information): a key that appears twice keeps its last value, at the place of its first. Throws
    /// <see cref="JsonException"/> for text that is no JSON.
    /// </summary>
    public static JsonNode? ParseLastValueWins(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var options = new JsonDocumentOptions { MaxDepth = MaxDepth, AllowDuplicateProperties = false };
        try
        {
            return JsonNode.Parse(json, documentOptions: options);
        }
        catch (JsonException)
        {
            // Duplicate keys (or no JSON at all, which the second parse reports).
            return JsonNode.Parse(LastValueWins(Encoding.UTF8.GetBytes(json)), documentOptions: options with { AllowDuplicateProperties = true });
        }
    }

    /// <summary>
    /// Checks a property name or string token that a caller read itself (streamed top-level keys): valid UTF-8, no
    /// surrogate halves, no NUL. Returns the string.
    /// </summary>
    public static string CheckedString(ref Utf8JsonReader reader, string fileName, Func<string> where, ReadOnlySpan<byte> buffer, TextPosition start)
    {
        if (!IsValidText(ref reader, out var text))
        {
            throw Refused(fileName, where(), Problem(ref reader), PlaceOf(ref reader, buffer, start));
        }

        return text;
    }

    private static bool Validate(ReadOnlySpan<byte> utf8, string fileName, string path, TextPosition start, JsonInputReport report)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip });
        var keys = new List<HashSet<string>?>();
        var names = new List<string?>();
        var items = new List<int>();
        // The place of the next value: the key before it, or its index in a list (named only when a message needs it).
        string? pendingKey = null;
        var pendingIndex = -1;
        var duplicates = false;
        string Where(string? last = null)
        {
            var builder = new StringBuilder(path);
            foreach (var name in names)
            {
                if (name is not null)
                {
                    Append(builder, name);
                }
            }

            if (last is not null)
            {
                Append(builder, last);
            }

            return builder.Length == 0 ? "the top level" : builder.ToString();
        }

        try
        {
            while (reader.Read())
            {
                if (items.Count > 0 && keys[^1] is null && reader.TokenType is not (JsonTokenType.EndArray or JsonTokenType.Comment))
                {
                    // A value in a list: its place is its index.
                    pendingKey = null;
                    pendingIndex = items[^1]++;
                }

                // This token's place; only a key leaves one for the next.
                var (placeKey, placeIndex) = (pendingKey, pendingIndex);
                pendingKey = null;
                pendingIndex = -1;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        names.Add(PlaceName(placeKey, placeIndex));
                        keys.Add(reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null);
                        items.Add(0);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        names.RemoveAt(names.Count - 1);
                        keys.RemoveAt(keys.Count - 1);
                        items.RemoveAt(items.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        var key = CheckedString(ref reader, fileName, () => $"a key in {Where()}", utf8, start);
                        if (!keys[^1]!.Add(key))
                        {
                            duplicates = true;
                            report.Duplicate($"{Where(Quote(key))} (at {PlaceOf(ref reader, utf8, start)})");
                        }

                        pendingKey = key;
                        break;
                    case JsonTokenType.String:
                        if (!IsValidValue(ref reader))
                        {
                            throw Refused(fileName, Where(PlaceName(placeKey, placeIndex)), Problem(ref reader), PlaceOf(ref reader, utf8, start));
                        }

                        break;
                    case JsonTokenType.Number:
                        // The place is counted only for a refused number: counting lines per token is quadratic in a large value.
                        if (NumberProblem(reader.ValueSpan) is { } problem)
                        {
                            throw Refused(fileName, Where(PlaceName(placeKey, placeIndex)), problem, PlaceOf(ref reader, utf8, start));
                        }

                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var at = e.LineNumber is 0 or null
                ? $"line {start.Line}, byte {start.Byte + (e.BytePositionInLine ?? 0)}"
                : $"line {start.Line + e.LineNumber}, column {e.BytePositionInLine + 1}";
            throw new DataFileException($"{fileName}: malformed JSON in {Where()} at {at}: {Reason(e)}", e);
        }

        return duplicates;
    }

    /// <summary>The reader's message without its own position suffix (the caller names the place).</summary>
    public static string Reason(JsonException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var message = e.Message;
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return suffix < 0 ? message : message[..suffix];
    }

    private static string Quote(string key) => $"\"{key}\"";

    /// <summary>A value's place in messages: its quoted key, its index in a list, or null at the top.</summary>
    private static string? PlaceName(string? key, int index) => key is not null ? Quote(key) : index >= 0 ? $"[{index}]" : null;

    /// <summary>Where the reader's current token starts in the file (<paramref name="buffer"/> starts at <paramref name="start"/>).</summary>
    private static TextPosition PlaceOf(ref Utf8JsonReader reader, ReadOnlySpan<byte> buffer, TextPosition start) =>
        start.Advance(buffer[..(int)reader.TokenStartIndex]);

    private static DataFileException Refused(string fileName, string where, string problem, TextPosition place) =>
        new($"{fileName}: {where}: {problem} (at {place}).");

    // A segment is a quoted key or a list index ([3]).
    private static void Append(StringBuilder builder, string segment)
    {
        if (builder.Length > 0 && segment[0] != '[')
        {
            builder.Append('.');
        }

        builder.Append(segment);
    }

    /// <summary>
    /// <see cref="IsValidText"/> for a string value, without making the string where nothing can be wrong with it:
    /// valid UTF-8 without escapes holds neither a NUL nor a lone surrogate.
    /// </summary>
    private static bool IsValidValue(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return System.Text.Unicode.Utf8.IsValid(reader.ValueSpan);
        }

        return IsValidText(ref reader, out _);
    }

    private static bool IsValidText(ref Utf8JsonReader reader, out string text)
    {
        text = "";
        if (!System.Text.Unicode.Utf8.IsValid(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan))
        {
            return false;
        }

        try
        {
            text = reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate (\ud800): jsonb refuses it, and so does the reader.
            return false;
        }

        if (reader.ValueIsEscaped && text.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }

        return true;
    }

    private static string Problem(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        if (!System.Text.Unicode.Utf8.IsValid(raw))
        {
            return "invalid UTF-8";
        }

        return reader.ValueIsEscaped && Encoding.UTF8.GetString(raw).Contains("\\u0000", StringComparison.OrdinalIgnoreCase)
            ? "\\u0000 (a NUL character, which PostgreSQL cannot store)"
            : "an unpaired surrogate escape (not a Unicode character)";
    }

    /// <summary>Why PostgreSQL cannot store the number, or null when it can.</summary>
    private static string? NumberProblem(ReadOnlySpan<byte> number)
    {
        // -?digits(.digits)?([eE][+-]?digits)? — the reader has checked the grammar. Most numbers are short integers.
        if (number.Length <= MaxIntegerDigits && number.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0)
        {
            return null;
        }

        var text = Encoding.ASCII.GetString(number);
        var mantissaEnd = text.IndexOfAny(['e', 'E']);
        var mantissa = mantissaEnd < 0 ? text : text[..mantissaEnd];
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = (point < 0 ? mantissa : mantissa[..point]).TrimStart('-').TrimStart('0');
        if (mantissaEnd < 0 && point < 0)
        {
            return integerPart.Length > MaxIntegerDigits ? TooLarge() : null;
        }

        // A fraction: Python reads it as a double, and a double's infinity cannot be stored.
        if (double.IsInfinity(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)))
        {
            return TooLarge();
        }

        var fraction = point < 0 ? "" : mantissa[(point + 1)..].TrimEnd('0');
        var exponentText = mantissaEnd < 0 ? "0" : text[(mantissaEnd + 1)..];
        if (!long.TryParse(exponentText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent)
            || (fraction.Length > 0 || integerPart.Length > 0) && fraction.Length - exponent > MaxFractionDigits)
        {
            return $"the number {Shorten(text)} has more decimal places than PostgreSQL can store";
        }

        return null;

        string TooLarge() => $"the number {Shorten(text)} is too large to store";
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : $"{text[..20]}…({text.Length} characters)";

    /// <summary>Rewrites a document with duplicate keys: each key once, where it first stood, with its last value.</summary>
    private static byte[] LastValueWins(ReadOnlySpan<byte> utf8)
    {
        using var document = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Skip });
        var output = new System.Buffers.ArrayBufferWriter<byte>(utf8.Length);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { MaxDepth = MaxDepth, SkipValidation = true }))
        {
            Write(document.RootElement, writer);
        }

        return output.WrittenSpan.ToArray();
    }

    private static void Write(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var order = new List<string>();
                var last = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    if (!last.ContainsKey(property.Name))
                    {
                        order.Add(property.Name);
                    }

                    last[property.Name] = property.Value;
                }

                writer.WriteStartObject();
                foreach (var name in order)
                {
                    writer.WritePropertyName(name);
                    Write(last[name], writer);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(item, writer);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}

/// <summary>
/// Collects the duplicate keys met while reading one file and tells the operator once, with the first place and
/// the count (upstream keeps the last value silently).
/// </summary>
public sealed class JsonInputReport(string fileName, Action<string>? warn)
{
    private string? _first;

    /// <summary>How many duplicate keys were met.</summary>
    public int Duplicates { get; private set; }

    /// <summary>Records one duplicate key at <paramref name="place"/>.</summary>
    public void Duplicate(string place)
    {
        Duplicates++;
        _first ??= place;
    }

    /// <summary>Says once, if there were duplicates, what was done with them.</summary>
    public void Finish()
    {
        if (Duplicates > 0)
        {
            warn?.Invoke($"{fileName}: {Duplicates} duplicate key{(Duplicates == 1 ? "" : "s")} in the file; the last value of each is kept, as upstream does (the first: {_first}).");
            Duplicates = 0;
        }
    }
}
