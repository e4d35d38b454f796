using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;

namespace Migrations.Shared;

/// <summary>
/// The OpenSlides backend's motion text hash (4.2.30, <c>TextHashMixin.get_hash_for_motion</c> with
/// <c>shared/html.py</c>'s <c>get_text_from_html</c>), which <c>0050_add_identical_motions</c> stores as
/// <c>motion/text_hash</c> and the backend compares when motions are created later, so it must be upstream's to the
/// bit. A truthy <c>text</c> is turned into plain text as BeautifulSoup's <c>"html.parser"</c> builder and
/// <c>get_text()</c> do; otherwise truthy <c>amendment_paragraphs</c> become <c>{key: text of the paragraph}</c>
/// written as <c>simplejson.dumps(..., sort_keys=True)</c> writes it; otherwise there is no hash. The hash is the
/// lowercase hex MD5 of the UTF-8 text.
/// <para>
/// The HTML step is a port of what upstream runs: CPython 3.10.18's <c>html.parser</c> tokenizer (the version before
/// CPython's 2025 HTML5 rework), fed the whole text and then closed, with <c>convert_charrefs=False</c>, and the
/// part of beautifulsoup4 4.14.3 (the backend's pin) that decides the text: a string is one run of data between two
/// markup events; a run of ASCII white space only becomes <c>"\n"</c> (if it holds one) or <c>" "</c> unless a
/// <c>pre</c> or <c>textarea</c> is open; strings inside <c>script</c>, <c>style</c>, <c>template</c>, <c>rt</c> and
/// <c>rp</c>, comments, doctypes, declarations and processing instructions are left out, CDATA sections are kept;
/// named references use the HTML5 names with or without <c>;</c> (an unknown one stays as <c>&amp;name</c>, its
/// <c>;</c> dropped), numeric ones follow the HTML rules (U+FFFD for 0, surrogates and beyond U+10FFFF, Windows-1252
/// for 0x80–0x9F). No HTML5 library is used: they normalise CR LF, foster-parent table text, drop a <c>pre</c>'s
/// first newline, read <c>textarea</c> as text, decode references and treat CDATA and the end of input by the HTML5
/// rules, all unlike <c>html.parser</c>, so their text differs on ordinary motion texts.
/// </para>
/// <para>
/// Where upstream raises, this throws <see cref="FormatException"/>: markup that <c>html.parser</c> rejects (a
/// <c>&lt;![</c> not followed by a name, or by a name that is no marked-section keyword), a text or paragraph that is
/// truthy but no string, and paragraphs that are truthy but no object. Known differences at the far edges: tag names
/// are lowercased without Python's final-sigma rule; a lone surrogate (which JSON parsing does not let through)
/// fails only in <see cref="Md5Hex"/>, where bs4 would also fail on one in short markup without <c>&lt;</c>.
/// </para>
/// </summary>
public static class MotionTextHash
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The motion's <c>text_hash</c>, or null where upstream gives none (no truthy text or paragraphs).</summary>
    public static string? ForMotion(JsonObject motion)
    {
        ArgumentNullException.ThrowIfNull(motion);
        var text = motion["text"];
        if (PythonTruth.IsTruthy(text))
        {
            return Md5Hex(TextFromHtml(Markup(text, "text")));
        }

        var paragraphs = motion["amendment_paragraphs"];
        if (!PythonTruth.IsTruthy(paragraphs))
        {
            return null;
        }

        if (paragraphs is not JsonObject byKey)
        {
            throw new FormatException($"amendment_paragraphs is {paragraphs!.GetValueKind()}, not an object");
        }

        var texts = new List<KeyValuePair<string, string>>(byKey.Count);
        foreach (var (key, html) in byKey)
        {
            texts.Add(new(key, PythonTruth.IsTruthy(html) ? TextFromHtml(Markup(html, $"amendment_paragraphs[\"{key}\"]")) : ""));
        }

        return Md5Hex(SortedJsonObject(texts));
    }

    /// <summary><c>BeautifulSoup(html, "html.parser").get_text()</c>, or "" for "" (see the class comment).</summary>
    public static string TextFromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return html.Length == 0 ? "" : PythonHtmlText.Extract(html);
    }

    /// <summary>
    /// <c>simplejson.dumps(dict, sort_keys=True)</c> of string keys and values: keys in code-point order (Python's),
    /// <c>", "</c> and <c>": "</c> between, every character outside space..<c>~</c> escaped as simplejson's
    /// <c>ensure_ascii</c> does (<c>\n</c>-style where one exists, else <c>\u</c> with four lowercase hex digits per
    /// UTF-16 unit, so a character above U+FFFF becomes its surrogate pair).
    /// </summary>
    public static string SortedJsonObject(IEnumerable<KeyValuePair<string, string>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sorted = entries.ToList();
        sorted.Sort((a, b) => PythonStringComparer.Instance.Compare(a.Key, b.Key));
        var json = new StringBuilder("{");
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i > 0)
            {
                json.Append(", ");
            }

            AppendJsonString(json, sorted[i].Key);
            json.Append(": ");
            AppendJsonString(json, sorted[i].Value);
        }

        return json.Append('}').ToString();
    }

    /// <summary><c>md5(text.encode()).hexdigest()</c>; a lone surrogate fails as Python's strict UTF-8 encoding does.</summary>
    [SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "Upstream's stored hash is MD5; it identifies texts, it protects nothing.")]
    public static string Md5Hex(string text)
    {
        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException e)
        {
            throw new FormatException("the text holds a lone surrogate, which UTF-8 cannot encode", e);
        }

        return Convert.ToHexStringLower(MD5.HashData(bytes));
    }

    private static string Markup(JsonNode? value, string field) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>()
            : throw new FormatException($"{field} is {value?.GetValueKind().ToString() ?? "null"}, not a string");

    private static void AppendJsonString(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    json.Append("\\\"");
                    break;
                case '\\':
                    json.Append("\\\\");
                    break;
                case '\b':
                    json.Append("\\b");
                    break;
                case '\f':
                    json.Append("\\f");
                    break;
                case '\n':
                    json.Append("\\n");
                    break;
                case '\r':
                    json.Append("\\r");
                    break;
                case '\t':
                    json.Append("\\t");
                    break;
                case < ' ' or > '~':
                    json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    json.Append(c);
                    break;
            }
        }

        json.Append('"');
    }
}
