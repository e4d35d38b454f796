using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Migrations.Shared;

/// <summary>
/// CPython 3.10.18's <c>html.parser.HTMLParser</c> (with <c>convert_charrefs=False</c>) driving beautifulsoup4
/// 4.14.3's tree builder, reduced to what decides <c>get_text()</c>. The tokenizer keeps html.parser's structure
/// and regular expressions (Python's <c>\s</c> also matches U+001C–U+001F, hence <see cref="Ws"/>) and its two
/// passes: <c>feed</c> stops at an incomplete construct, <c>close</c> then handles it by the end-of-input rules.
/// </summary>
internal sealed partial class PythonHtmlText
{
    private const string Ws = @"[\s\x1c-\x1f]";
    private const string NotWsSlashGt = @"[^\s\x1c-\x1f/>]";
    private const string NotWsSlashEqGt = @"[^\s\x1c-\x1f/=>]";
    private const string AttrValue = @"(?:'[^']*'|""[^""]*""|(?!['""])[^>\s\x1c-\x1f]*)";
    private const string AttrLookbehind = @"(?<=['""\s\x1c-\x1f/])";
    private const string TagName = @"[a-zA-Z][^\t\n\r\f />\x00]*";
    private const string RootName = "[document]";

    // bs4's HTMLTreeBuilder.DEFAULT_EMPTY_ELEMENT_TAGS.
    private static readonly FrozenSet<string> VoidElements = new[]
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "menuitem", "meta", "param", "source",
        "track", "wbr", "basefont", "bgsound", "command", "frame", "image", "isindex", "nextid", "spacer",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly SearchValues<char> MarkupStart = SearchValues.Create("&<");

    // U+0080–U+009F as Windows-1252 reads them (the HTML numeric reference rule); \0 where it defines none.
    private const string Windows1252 =
        "\u20AC\0\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\0\u017D\0" +
        "\0\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\0\u017E\u0178";

    private readonly StringBuilder _text = new();
    private readonly StringBuilder _data = new();
    private readonly List<string> _tags = [RootName];
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);
    private readonly List<int> _preserving = [];
    private readonly List<int> _containers = [];
    private readonly List<string> _closedVoids = [];
    private bool _hasData;
    private string _raw;
    private string? _cdataElement;

    private PythonHtmlText(string html) => _raw = html;

    private enum StringKind
    {
        Text,
        CData,
        Other,
    }

    public static string Extract(string html)
    {
        var parser = new PythonHtmlText(html);
        parser.GoAhead(end: false);
        parser.GoAhead(end: true);
        parser.EndData(StringKind.Text);
        return parser._text.ToString();
    }

    // ---- html.parser: HTMLParser.goahead and the parse_* methods it calls ----

    private void GoAhead(bool end)
    {
        var raw = _raw;
        var i = 0;
        var n = raw.Length;
        while (i < n)
        {
            int j;
            if (_cdataElement is null)
            {
                j = raw.AsSpan(i).IndexOfAny(MarkupStart);
                j = j < 0 ? n : i + j;
            }
            else
            {
                var close = (_cdataElement == "script" ? ScriptEnd() : StyleEnd()).Match(raw, i);
                if (!close.Success)
                {
                    break;
                }

                j = close.Index;
            }

            if (i < j)
            {
                HandleData(raw.AsSpan(i, j - i));
            }

            i = j;
            if (i == n)
            {
                break;
            }

            if (raw[i] == '<')
            {
                int k;
                if (i + 1 < n && char.IsAsciiLetter(raw[i + 1]))
                {
                    k = ParseStartTag(i);
                }
                else if (At(raw, i, "</"))
                {
                    k = ParseEndTag(i);
                }
                else if (At(raw, i, "<!--"))
                {
                    k = ParseComment(i);
                }
                else if (At(raw, i, "<?"))
                {
                    k = ParsePi(i);
                }
                else if (At(raw, i, "<!"))
                {
                    k = ParseHtmlDeclaration(i);
                }
                else if (i + 1 < n)
                {
                    HandleData("<");
                    k = i + 1;
                }
                else
                {
                    break;
                }

                if (k < 0)
                {
                    if (!end)
                    {
                        break;
                    }

                    // End of input inside a construct: up to the next '>' (or '<') it is text.
                    k = raw.IndexOf('>', i + 1);
                    if (k < 0)
                    {
                        k = raw.IndexOf('<', i + 1);
                        if (k < 0)
                        {
                            k = i + 1;
                        }
                    }
                    else
                    {
                        k++;
                    }

                    HandleData(raw.AsSpan(i, k - i));
                }

                i = k;
            }
            else if (At(raw, i, "&#"))
            {
                var reference = CharRef().Match(raw, i);
                if (reference.Success)
                {
                    HandleData(NumericReference(reference.ValueSpan[2..^1]));
                    var k = reference.Index + reference.Length;
                    i = raw[k - 1] == ';' ? k : k - 1;
                    continue;
                }

                // Not a reference: "&#" is text if a ';' follows somewhere; either way this pass ends here, so in
                // the closing pass everything after is text, tags included.
                if (raw.IndexOf(';', i) >= 0)
                {
                    HandleData("&#");
                    i += 2;
                }

                break;
            }
            else
            {
                var reference = EntityRef().Match(raw, i);
                if (reference.Success)
                {
                    HandleData(NamedReference(reference.Groups[1].Value));
                    var k = reference.Index + reference.Length;
                    i = raw[k - 1] == ';' ? k : k - 1;
                    continue;
                }

                if (Incomplete().IsMatch(raw.AsSpan(i)))
                {
                    // "&x" as the last two characters loses its '&' in the closing pass; the rest becomes text.
                    if (end && n - i == 2)
                    {
                        i++;
                    }

                    break;
                }

                if (i + 1 < n)
                {
                    HandleData("&");
                    i++;
                }
                else
                {
                    break;
                }
            }
        }

        if (end && i < n && _cdataElement is null)
        {
            HandleData(raw.AsSpan(i));
            i = n;
        }

        _raw = raw[i..];
    }

    private int ParseStartTag(int i)
    {
        var raw = _raw;
        var endPos = CheckForWholeStartTag(i);
        if (endPos < 0)
        {
            return endPos;
        }

        var name = TagFind().Match(raw, i + 1);
        var k = name.Index + name.Length;
        var tag = PythonLower(name.Groups[1].Value);
        while (k < endPos)
        {
            var attribute = AttrFind().Match(raw, k);
            if (!attribute.Success)
            {
                break;
            }

            k = attribute.Index + attribute.Length;
        }

        var rest = k < endPos ? PythonStrip(raw.AsSpan(k, endPos - k)) : ReadOnlySpan<char>.Empty;
        if (rest is not (">" or "/>"))
        {
            // Junk inside the tag: the whole tag is text.
            HandleData(raw.AsSpan(i, endPos - i));
            return endPos;
        }

        if (rest is "/>")
        {
            HandleStartEndTag(tag);
        }
        else
        {
            HandleStartTag(tag, handleEmptyElement: true);
            if (tag is "script" or "style")
            {
                _cdataElement = tag;
            }
        }

        return endPos;
    }

    private int CheckForWholeStartTag(int i)
    {
        var raw = _raw;
        var located = LocateStartTagEnd().Match(raw, i);
        var j = located.Index + located.Length;
        if (j >= raw.Length)
        {
            return -1;
        }

        var next = raw[j];
        if (next == '>')
        {
            return j + 1;
        }

        if (next == '/')
        {
            return At(raw, j, "/>") ? j + 2 : -1;
        }

        if (next == '=' || char.IsAsciiLetter(next))
        {
            return -1;
        }

        return j > i ? j : i + 1;
    }

    private int ParseEndTag(int i)
    {
        var raw = _raw;
        var gt = raw.IndexOf('>', i + 1);
        if (gt < 0)
        {
            return -1;
        }

        var gtPos = gt + 1;
        var match = EndTagFind().Match(raw, i);
        if (!match.Success)
        {
            if (_cdataElement is not null)
            {
                HandleData(raw.AsSpan(i, gtPos - i));
                return gtPos;
            }

            var name = TagFind().Match(raw, i + 2);
            if (!name.Success)
            {
                return At(raw, i, "</>") ? i + 3 : ParseBogusComment(i);
            }

            // Anything between the name and the next '>' is ignored.
            gt = raw.IndexOf('>', name.Index + name.Length);
            HandleEndTag(PythonLower(name.Groups[1].Value), checkAlreadyClosed: true);
            return gt + 1;
        }

        var element = PythonLower(match.Groups[1].Value);
        if (_cdataElement is not null && element != _cdataElement)
        {
            HandleData(raw.AsSpan(i, gtPos - i));
            return gtPos;
        }

        HandleEndTag(element, checkAlreadyClosed: true);
        _cdataElement = null;
        return gtPos;
    }

    private int ParseComment(int i)
    {
        var close = CommentClose().Match(_raw, i + 4);
        if (!close.Success)
        {
            return -1;
        }

        HandleSpecial(_raw.AsSpan(i + 4, close.Index - (i + 4)), StringKind.Other);
        return close.Index + close.Length;
    }

    private int ParseBogusComment(int i)
    {
        var gt = _raw.IndexOf('>', i + 2);
        if (gt < 0)
        {
            return -1;
        }

        HandleSpecial(_raw.AsSpan(i + 2, gt - (i + 2)), StringKind.Other);
        return gt + 1;
    }

    private int ParsePi(int i)
    {
        var gt = _raw.IndexOf('>', i + 2);
        if (gt < 0)
        {
            return -1;
        }

        HandleSpecial(_raw.AsSpan(i + 2, gt - (i + 2)), StringKind.Other);
        return gt + 1;
    }

    private int ParseHtmlDeclaration(int i)
    {
        var raw = _raw;
        if (At(raw, i, "<!["))
        {
            return ParseMarkedSection(i);
        }

        if (AtIgnoringAsciiCase(raw, i, "<!doctype"))
        {
            var gt = raw.IndexOf('>', i + 9);
            if (gt < 0)
            {
                return -1;
            }

            HandleSpecial(raw.AsSpan(i + 2, gt - (i + 2)), StringKind.Other);
            return gt + 1;
        }

        return ParseBogusComment(i);
    }

    // _markupbase.ParserBase.parse_marked_section with _scan_name; its AssertionErrors reject the markup.
    private int ParseMarkedSection(int i)
    {
        var raw = _raw;
        var start = i + 3;
        if (start == raw.Length)
        {
            return -1;
        }

        var declName = DeclName().Match(raw, start);
        if (!declName.Success)
        {
            throw Rejected($"expected a name token at '{raw.AsSpan(i, Math.Min(20, raw.Length - i))}'");
        }

        if (declName.Index + declName.Length == raw.Length)
        {
            return -1;
        }

        var keyword = PythonStrip(declName.ValueSpan).ToString().ToLowerInvariant();
        Match close;
        if (keyword is "temp" or "cdata" or "ignore" or "include" or "rcdata")
        {
            close = MarkedSectionClose().Match(raw, start);
        }
        else if (keyword is "if" or "else" or "endif")
        {
            close = MsMarkedSectionClose().Match(raw, start);
        }
        else
        {
            throw Rejected($"unknown status keyword '{keyword}' in marked section");
        }

        if (!close.Success)
        {
            return -1;
        }

        var data = raw.AsSpan(start, close.Index - start);
        if (data.Length >= 6 && AtIgnoringAsciiCase(data, 0, "cdata") && data[5] == '[')
        {
            HandleSpecial(data[6..], StringKind.CData);
        }
        else
        {
            HandleSpecial(data, StringKind.Other);
        }

        return close.Index + close.Length;
    }

    private static FormatException Rejected(string reason) => new($"html.parser rejects the markup: {reason}");

    // ---- bs4: BeautifulSoupHTMLParser's handlers and the BeautifulSoup tree they build ----

    private void HandleStartTag(string name, bool handleEmptyElement)
    {
        EndData(StringKind.Text);
        PushTag(name);
        if (handleEmptyElement && VoidElements.Contains(name))
        {
            // A void element is closed at once; a later explicit end tag for it is then ignored.
            EndData(StringKind.Text);
            PopToTag(name);
            _closedVoids.Add(name);
        }
    }

    private void HandleStartEndTag(string name)
    {
        HandleStartTag(name, handleEmptyElement: false);
        HandleEndTag(name, checkAlreadyClosed: true);
    }

    private void HandleEndTag(string name, bool checkAlreadyClosed)
    {
        if (checkAlreadyClosed && _closedVoids.Remove(name))
        {
            return; // bs4 drops it without ending the current string
        }

        EndData(StringKind.Text);
        PopToTag(name);
    }

    private void HandleSpecial(ReadOnlySpan<char> data, StringKind kind)
    {
        EndData(StringKind.Text);
        HandleData(data);
        EndData(kind);
    }

    private void HandleData(ReadOnlySpan<char> data)
    {
        _data.Append(data);
        _hasData = true;
    }

    // bs4's BeautifulSoup.endData: the run of data so far becomes one string of the given kind.
    private void EndData(StringKind kind)
    {
        if (!_hasData)
        {
            return;
        }

        _hasData = false;
        if (kind == StringKind.CData || (kind == StringKind.Text && _containers.Count == 0))
        {
            if (_preserving.Count == 0 && IsAsciiWhiteSpaceOnly(_data, out var newline))
            {
                _text.Append(newline ? '\n' : ' ');
            }
            else
            {
                _text.Append(_data);
            }
        }

        _data.Clear();
    }

    // Only bs4's ASCII_SPACES (" \n\t\f\r"; an empty run counts too), and whether a newline is among them.
    private static bool IsAsciiWhiteSpaceOnly(StringBuilder data, out bool newline)
    {
        newline = false;
        foreach (var chunk in data.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (c is not (' ' or '\n' or '\t' or '\f' or '\r'))
                {
                    return false;
                }

                newline |= c == '\n';
            }
        }

        return true;
    }

    private void PushTag(string name)
    {
        _tags.Add(name);
        _open[name] = _open.GetValueOrDefault(name) + 1;
        if (name is "pre" or "textarea")
        {
            _preserving.Add(_tags.Count - 1);
        }

        if (name is "rt" or "rp" or "style" or "script" or "template")
        {
            _containers.Add(_tags.Count - 1);
        }
    }

    private void PopTag()
    {
        var index = _tags.Count - 1;
        var name = _tags[index];
        _tags.RemoveAt(index);
        _open[name]--;
        if (_preserving.Count > 0 && _preserving[^1] == index)
        {
            _preserving.RemoveAt(_preserving.Count - 1);
        }

        if (_containers.Count > 0 && _containers[^1] == index)
        {
            _containers.RemoveAt(_containers.Count - 1);
        }
    }

    // Pops up to and including the innermost open tag of that name; nothing if none is open.
    private void PopToTag(string name)
    {
        while (_tags.Count > 1 && _open.GetValueOrDefault(name) > 0)
        {
            var top = _tags[^1];
            PopTag();
            if (top == name)
            {
                break;
            }
        }
    }

    // ---- references ----

    private static string NamedReference(string name) =>
        HtmlEntities.ByName.TryGetValue(name, out var text) ? text : "&" + name;

    // bs4 4.14.3's UnicodeDammit.numeric_character_reference.
    private static string NumericReference(ReadOnlySpan<char> digits)
    {
        var hex = digits[0] is 'x' or 'X';
        var value = 0L;
        foreach (var c in hex ? digits[1..] : digits)
        {
            value = (value * (hex ? 16 : 10)) + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
            if (value > 0x10FFFF)
            {
                return "\uFFFD";
            }
        }

        if (value == 0 || value is >= 0xD800 and <= 0xDFFF)
        {
            return "\uFFFD";
        }

        if (value is >= 0x80 and <= 0x9F && Windows1252[(int)value - 0x80] != '\0')
        {
            return Windows1252[(int)value - 0x80].ToString();
        }

        return char.ConvertFromUtf32((int)value);
    }

    // ---- Python string helpers ----

    private static bool At(string s, int index, string prefix) => s.AsSpan(index).StartsWith(prefix, StringComparison.Ordinal);

    // Python's s[i:i+len(p)].lower() == p for an ASCII p: no other character lowers to the letters used here.
    private static bool AtIgnoringAsciiCase(ReadOnlySpan<char> s, int index, string prefix)
    {
        if (s.Length - index < prefix.Length)
        {
            return false;
        }

        for (var k = 0; k < prefix.Length; k++)
        {
            var c = s[index + k];
            if ((char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) != prefix[k])
            {
                return false;
            }
        }

        return true;
    }

    // str.lower(): U+0130 lowers to "i\u0307" in Python; everything else maps one to one (final sigma aside).
    private static string PythonLower(string name)
    {
        if (Ascii.IsValid(name))
        {
            return name.ToLowerInvariant();
        }

        var lower = new StringBuilder(name.Length);
        for (var k = 0; k < name.Length; k++)
        {
            var c = name[k];
            if (c == '\u0130')
            {
                lower.Append("i\u0307");
            }
            else if (char.IsHighSurrogate(c) && k + 1 < name.Length && char.IsLowSurrogate(name[k + 1]))
            {
                lower.Append(Rune.ToLowerInvariant(new Rune(c, name[k + 1])).ToString());
                k++;
            }
            else
            {
                lower.Append(char.ToLowerInvariant(c));
            }
        }

        return lower.ToString();
    }

    // str.strip(): Python's white space is .NET's plus U+001C–U+001F.
    private static ReadOnlySpan<char> PythonStrip(ReadOnlySpan<char> s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsPythonSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsPythonSpace(s[end - 1]))
        {
            end--;
        }

        return s[start..end];
    }

    private static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';

    // ---- html.parser's and _markupbase's regular expressions, \s widened to Python's ----

    [GeneratedRegex(@"\G&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")]
    private static partial Regex EntityRef();

    [GeneratedRegex(@"\G&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")]
    private static partial Regex CharRef();

    [GeneratedRegex(@"^&[a-zA-Z#]")]
    private static partial Regex Incomplete();

    [GeneratedRegex("--" + Ws + "*>")]
    private static partial Regex CommentClose();

    [GeneratedRegex(@"\G(" + TagName + ")(?:" + Ws + "|/(?!>))*")]
    private static partial Regex TagFind();

    [GeneratedRegex(@"\G(" + AttrLookbehind + NotWsSlashGt + NotWsSlashEqGt + "*)(" + Ws + "*=+" + Ws + "*" + AttrValue + ")?(?:" + Ws + "|/(?!>))*")]
    private static partial Regex AttrFind();

    [GeneratedRegex(@"\G<" + TagName + "(?:[\\s\\x1c-\\x1f/]*(?:" + AttrLookbehind + NotWsSlashGt + NotWsSlashEqGt + "*(?:" + Ws + "*=+" + Ws + "*" + AttrValue + Ws + "*)?(?:" + Ws + "|/(?!>))*)*)?" + Ws + "*")]
    private static partial Regex LocateStartTagEnd();

    [GeneratedRegex(@"\G</" + Ws + "*([a-zA-Z][-.a-zA-Z0-9:_]*)" + Ws + "*>")]
    private static partial Regex EndTagFind();

    [GeneratedRegex(@"\G[a-zA-Z][-_.a-zA-Z0-9]*" + Ws + "*")]
    private static partial Regex DeclName();

    [GeneratedRegex(@"\]" + Ws + @"*\]" + Ws + "*>")]
    private static partial Regex MarkedSectionClose();

    [GeneratedRegex(@"\]" + Ws + "*>")]
    private static partial Regex MsMarkedSectionClose();

    // html.parser searches case-insensitively (so also "ſ", "ı", "İ"), then compares the lowered name exactly: only
    // ASCII case variants end the element, the others stay its text.
    [GeneratedRegex("</" + Ws + "*[sS][cC][rR][iI][pP][tT]" + Ws + "*>")]
    private static partial Regex ScriptEnd();

    [GeneratedRegex("</" + Ws + "*[sS][tT][yY][lL][eE]" + Ws + "*>")]
    private static partial Regex StyleEnd();
}
