using System.Text.Json.Nodes;
using Migrations.Shared;

namespace Migrations.Tests;

/// <summary>
/// <see cref="MotionTextHash"/> against upstream's own function. Every expected text and hash below was produced by
/// <c>eng/upstream-text-hashes.py</c> (the backend's <c>TextHashMixin.get_hash_for_motion</c> and
/// <c>get_text_from_html</c>) with beautifulsoup4 4.14.3 (the backend's pin, its source put on PYTHONPATH) and
/// simplejson 3.18.3 (Debian 12's python3-simplejson; the backend pins 3.20.2, whose output for string dicts is the
/// same) on Debian 12's CPython 3.11.2-6+deb12u6, whose html.parser is the one of the backend's CPython 3.10.18
/// (both predate CPython's 2025 rework of it). Debian 12's python3-bs4 4.11.2 gives the same on every row except
/// the two marked. None of the expected values was taken from this port.
/// </summary>
public class MotionTextHashTests
{
    // html, BeautifulSoup(html, "html.parser").get_text(), md5 of that text.
    public static TheoryData<string, string, string> Texts => new()
    {
        // Editor output, and upstream's example data (data/example-data.json, motions 1 and 4).
        { "<p>text1</p>",
            "text1", "cef7ccd89dacf1ced6f5ec91d759953f" },
        { "just text",
            "just text", "c9899bae24fd393cf47fb393326f9aa6" },
        { "<p></p>",
            "", "d41d8cd98f00b204e9800998ecf8427e" },
        { "<ul>\n<li>Lorem ipsum dolor sit amet, consectetuer adipiscing elit. Aenean commodo ligula eget dolor. Aenean massa. Cum sociis natoque</li>\n<li>penatibus et magnis dis parturient montes, nascetur ridiculus mus. Donec quam felis, ultricies nec, pellentesque eu, pretium quis, sem. Nulla consequat ma</li>\n<li>ssa quis enim. Donec pede justo, fringilla vel, aliquet nec, vulputate eget, arcu. In enim justo, rhoncus ut, imperdiet a, vene<br>\n<br>\nnatis vitae, justo. Null<br>\nam dictum felis eu pede mollis pretium. Integer tincidunt. Cras dapibus. Vivamus elementum semper nisi.Aenean vulputate eleifend tellus. Aenean leo ligula, porttitor eu, consequat vitae, eleifend ac, enim. Aliquam lorem ante, dapibu</li>\n<li>s in, viverra quis, feugiat a, tellus. Phasellus viverra nulla ut metus varius laoreet. Quisque rutrum. Aenean imperdiet. Etiam ultricies nisi vel augue. Curabitur ullamcorper ultricies nisi. Nam eget dui. Etiam rhoncus. Maecenas tempus, tellus eget condimentum rhoncus, sem quam semper libero, sit amet adipiscing sem neque sed ipsum. Nam quam nunc, blandit vel, luctus pulvinar, hendrerit id, lorem.Maecenas nec odio et ante tincidunt tempus. Donec vitae sapien ut libero venenatis faucibus. Nullam quis ante. Etiam sit amet orci eget eros faucibus tincidunt. Duis leo. Sed fringilla mauris sit amet nibh. Donec sodales sagittis magna. Sed consequat, leo eget bibendum sodales, augue velit cursus nunc, quis gravida magna mi a libero. Fusce vulputate eleifend sapien. Vestibulum purus quam, scelerisque ut, mollis sed, nonummy id, metus. Nullam accumsan lorem in dui. Cras ultricies mi eu turpis hendrerit fringilla. Vestibulum ante ipsum primis in faucibus orci luctus et ultrices posuere cubilia Curae; In ac dui quis mi consectetuer lacinia. Nam pretium turpis et arcu. Duis arcu tortor, suscipit eget, imperdiet nec, imperdiet iaculis, ipsum. Sed aliquam ultrices mauris. Integer ante arcu, accumsan a, consectetuer eget, posuere ut, mauris. Praesent adipiscing. Phasellus ullamcorper ipsum rutrum nunc. Nunc nonummy metus. Vestibulum volutpat pretium libero. Cras id dui. Aenean ut</li>\n</ul>",
            "\nLorem ipsum dolor sit amet, consectetuer adipiscing elit. Aenean commodo ligula eget dolor. Aenean massa. Cum sociis natoque\npenatibus et magnis dis parturient montes, nascetur ridiculus mus. Donec quam felis, ultricies nec, pellentesque eu, pretium quis, sem. Nulla consequat ma\nssa quis enim. Donec pede justo, fringilla vel, aliquet nec, vulputate eget, arcu. In enim justo, rhoncus ut, imperdiet a, vene\n\nnatis vitae, justo. Null\nam dictum felis eu pede mollis pretium. Integer tincidunt. Cras dapibus. Vivamus elementum semper nisi.Aenean vulputate eleifend tellus. Aenean leo ligula, porttitor eu, consequat vitae, eleifend ac, enim. Aliquam lorem ante, dapibu\ns in, viverra quis, feugiat a, tellus. Phasellus viverra nulla ut metus varius laoreet. Quisque rutrum. Aenean imperdiet. Etiam ultricies nisi vel augue. Curabitur ullamcorper ultricies nisi. Nam eget dui. Etiam rhoncus. Maecenas tempus, tellus eget condimentum rhoncus, sem quam semper libero, sit amet adipiscing sem neque sed ipsum. Nam quam nunc, blandit vel, luctus pulvinar, hendrerit id, lorem.Maecenas nec odio et ante tincidunt tempus. Donec vitae sapien ut libero venenatis faucibus. Nullam quis ante. Etiam sit amet orci eget eros faucibus tincidunt. Duis leo. Sed fringilla mauris sit amet nibh. Donec sodales sagittis magna. Sed consequat, leo eget bibendum sodales, augue velit cursus nunc, quis gravida magna mi a libero. Fusce vulputate eleifend sapien. Vestibulum purus quam, scelerisque ut, mollis sed, nonummy id, metus. Nullam accumsan lorem in dui. Cras ultricies mi eu turpis hendrerit fringilla. Vestibulum ante ipsum primis in faucibus orci luctus et ultrices posuere cubilia Curae; In ac dui quis mi consectetuer lacinia. Nam pretium turpis et arcu. Duis arcu tortor, suscipit eget, imperdiet nec, imperdiet iaculis, ipsum. Sed aliquam ultrices mauris. Integer ante arcu, accumsan a, consectetuer eget, posuere ut, mauris. Praesent adipiscing. Phasellus ullamcorper ipsum rutrum nunc. Nunc nonummy metus. Vestibulum volutpat pretium libero. Cras id dui. Aenean ut\n", "2d59f168675841ecc69e3040ae3eca7c" },
        { "<p>sdf sdfpdfkw wef</p>\n\n<p>wepkf&nbsp;</p>\n\n<p>we&uuml;pfk&nbsp;</p>\n\n<p>we&uuml;pfdfg</p>",
            "sdf sdfpdfkw wef\nwepkf\u00A0\nweüpfk\u00A0\nweüpfdfg", "af905e34b34d2b08b60c6af41153f078" },
        { "<p>l&ouml;mk</p>",
            "lömk", "0339e76557663e3a6f03b9e347409f97" },
        { "<p>Die Stadt soll <strong>weitere</strong> Radwege bauen &amp; pflegen; Überprüfung jährlich.</p>",
            "Die Stadt soll weitere Radwege bauen & pflegen; Überprüfung jährlich.", "e6458c69a6aba46db9c1f586785e816f" },
        { "<ol>\n<li><p>Erstens</p></li>\n<li><p>Zweitens <em>mit <u>Betonung</u></em></p></li>\n</ol>\n<p>&nbsp;</p>",
            "\nErstens\nZweitens mit Betonung\n\n\u00A0", "1997988d420691d0ab6c5f7127bc2b83" },
        { "<p>Die <strong>Stadt <em>soll</em></strong> <a href=\"https://example.org/?a=1&amp;b=2\" target=\"_blank\">bauen</a>.</p>",
            "Die Stadt soll bauen.", "abd928c8bdc140e62571822f44be9754" },
        { "<p style=\"text-align: center;\"><span style=\"color: #e03e2d;\">Rot</span> <span class=\"os-line-number line-number-1\" data-line-number=\"1\" contenteditable=\"false\">&nbsp;</span>Zeile</p>",
            "Rot \u00A0Zeile", "2a4ad863ff696d81302c56ea086652ac" },

        // Named references: with and without ';' (any HTML5 name), unknown ones (their ';' is dropped), '&' alone.
        { "<p>Fish &amp chips &lt;3 &copy 2024 &hellip; &nbsp;&nbsp;end &NotGreaterFullEqual; &fjlig; &AMP; &Amp;</p>",
            "Fish & chips <3 © 2024 … \u00A0\u00A0end ≧\u0338 fj & &Amp", "fa918a0f9f2028655d688e835c3c7531" },
        { "<p>&ampx &notin &notit; &amp;amp; &unknown; &a.b-c; &x</p>",
            "&ampx ∉ &notit &amp; &unknown &a.b-c &x", "ad93530f792bd0d3c851ed45a7ca6823" },

        // Numeric references: Windows-1252 for 0x80-0x9F, astral, beyond U+10FFFF, noncharacters, leading zeros.
        { "<p>&#8364; &#x20AC; &#X20ac; &#150; &#x96; &#128512; &#65&#66;C &#x110000; &#129; &#x9D; &#xFDD0; &#000065; &#99999999999999999999;</p>",
            "€ € € – – 😀 ABC � \u0081 \u009D \uFDD0 A �", "73497ad4f10d90c1fce9d16b898fcaae" },

        // Debian's bs4 4.11.2 gives U+0000 for &#0; and a lone surrogate for &#xD800; (md5 then fails): 4.14.3 gives U+FFFD.
        { "<p>NUL &#0; here</p>",
            "NUL � here", "80c84b222c698a5f1b4381cfd1e5d75a" },
        { "<p>surrogate &#xD800; here</p>",
            "surrogate � here", "37cff282676409a95427232204595160" },

        // A '&#' that is no reference ends html.parser's pass; in the closing pass all after it is text, tags too.
        { "<p>a &#; b <b>c</b> &#xyz; <i>d</i></p>",
            "a &#; b c &#xyz; <i>d</i></p>", "309f59082d52ba17d37ec402e68c8635" },
        { "<p>Tom &# Jerry</p><p>x</p>",
            "Tom &# Jerry</p><p>x</p>", "2e6b9300dd30a509fc0ebe833dc6c8d0" },

        // '&' and one letter as the last two characters: the '&' is lost.
        { "<p>AT&amp;T and AT&T</p><p>Q&A",
            "AT&T and AT&TQA", "c94929f78607156f50df952b06f9d852" },
        { "<p>Tom & Jerry &  more; 5 &lt 6 && 7 &= 8 &#x &#a;</p>",
            "Tom & Jerry &  more; 5 < 6 && 7 &= 8 &#x &#a;</p>", "83a3c404ab2bff518995ef29ce13b59a" },
        { "R&D",
            "RD", "cd3c9bb8acb671dbd1faba3deaa1e03e" },
        { "<p>&nbsp</p>&nbsp",
            "\u00A0&nbsp", "733b5de9073b84660d3c4e8e53a41f93" },

        // White space: a run of ASCII white space only becomes "\n" or " " unless pre/textarea is open; \v is no ASCII space; CR stays.
        { "<p>  a  \n  b  </p>\n\n  \t<p>c</p>   <p>d</p>\u000C<p>e</p>\u000B<p>f</p>",
            "  a  \n  b  \nc d e\u000Bf", "03a10e0780c1704ee560c0234dd883ca" },
        { "<p>Line one</p>\r\n<p>Line\r\ntwo</p>\r\n",
            "Line one\nLine\r\ntwo\n", "9d6609586207d096c77fe646d11bd2a7" },
        { "<p>a</p>\r<p>b</p>\r\n\r\n<p>&#32;&#32;</p><p>&#10;</p><p>&#13;&#10;x</p>",
            "a b\n \n\r\nx", "a99fb83abd691c7405f47a1ba1a308cc" },
        { "   ",
            " ", "7215ee9c7d9dc229d2921a40e899ec5f" },
        { "\n",
            "\n", "68b329da9893e34099c7d8ad5cb9c940" },
        { "&nbsp;",
            "\u00A0", "8df6fbcc43d31d99e5112eb009ed8a2d" },
        { "<pre>\n  code  \n\n</pre><pre>   </pre>\n<textarea>\n<b>x</b>   </textarea>",
            "\n  code  \n\n   \n\nx   ", "d2ff9289e0c8658a9df11eee95e74717" },

        // Tags: void elements, bs4 leaving a <br/> open after a <br>, self-closing tags, attributes, broken and unclosed tags.
        { "<p>one<br>two<br/>three<br />four</br>five<BR>six</p>",
            "onetwothreefourfivesix", "7a8119db30f88c46f45f75b4567e8126" },
        { "<br><br/><pre>x</br>  \n  </pre>",
            "x\n", "401b30e3b8b5d629635a5c613cdb7919" },
        { "<p/>x<div/>y<span/>z",
            "xyz", "d16fb36f0911f878998c136191af705e" },
        { "<P ALIGN=\"center\" title=\"a>b\">Text</P><img src=\"a.png\" alt=\"Bild\"><input value='1' disabled><a href=x>link</a>",
            "Textlink", "93602438aaf5abedbac47c3b1fe99c59" },
        { "<p>para<b>bold<i>italic",
            "parabolditalic", "bd9bd1404e4f9487a19d6a026056bdf3" },
        { "<p>text<span",
            "text<span", "702008d43eab28614e3c06af71c636e2" },
        { "<p>a <b class=\"x>b</b> c</p>",
            "a <b class=\"x>b c", "f15fa2b094d556869b3701615188f84e" },
        { "<p foo\"bar\">x</p><p =x>y</p><div<p>z</div<p>",
            "xyz", "d16fb36f0911f878998c136191af705e" },
        { "<p>1 < 2 and 3 > 2</p><p>a <3 b</p><p><<>></p><p>x </ y</p><p>a</>b</1>c<!foo>d<!>e</p>",
            "1 < 2 and 3 > 2a <3 b<<>>x abcde", "c9a55d4ce9260f1c70a19e2ede2efe9d" },
        { "<p>a</p  ><p>b</ p>c</p class=\"x\">d",
            "abcd", "e2fc714c4727ee9395f324cd2e7f331f" },
        { "<p>end with <",
            "end with <", "cf83db23585b847f4b3a1656e8771eeb" },

        // Comments, doctypes, processing instructions, CDATA (kept as text), MS Office conditionals; end of input inside them.
        { "<p>a<!-- comment -->b<!---->c<!-- multi\nline --> d<!-- x -- >e</p><!--[if gte mso 9]><xml>x</xml><![endif]-->",
            "abc de", "0025bebe9b6e25eb7c192d7f262e32a9" },
        { "<p>a<!-- never closed <b>x</b>",
            "a<!-- never closed <b>x", "9050fb4044b80381791a74cc2d444ece" },
        { "<!DOCTYPE html><?xml version=\"1.0\"?><html><head><title>T</title><meta charset=\"utf-8\"></head><body><p>x</p></body></html>",
            "Tx", "4393102620f7750d259e3f050f32ba0b" },
        { "<p>a<![CDATA[ raw <b>text</b> ]]>b<![CDATA[   ]]>c<![cdata[lower]]></p>",
            "a raw <b>text</b> b clower", "b730baf09755a96c5e6f63fd6b104061" },
        { "<p class=\"MsoNormal\"><![if !supportLists]><span>1.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span><![endif]>Text<o:p></o:p></p>",
            "1.\u00A0\u00A0 Text", "d79b9c410429c8e24d1a582f6851f8a4" },
        { "<p>x<![CDATA[unclosed",
            "x<![CDATA[unclosed", "887d018396058e8d84158b2cd11199c8" },

        // script/style (only ASCII-case end tags end them), template and ruby text left out.
        { "<p>a</p><script>var x = '<p>not</p>' && 1;</script><style>p { color: red; }</style><p>b</p>",
            "ab", "187ef4436122d1cc2f40dc2b92f0eba0" },
        { "<SCRIPT type='text/javascript'>if (a < b && c > d) {}</SCRIPT >after<script>x</script foo>still script</script>done",
            "afterdone", "b4bd112506d040932dd47fcec80596b4" },
        { "<p>before</p><script>alert(1)",
            "before", "2f44417567bc123bd7c60de8c2a2b444" },
        { "<script>a</ſcript>b</script>c<style/>d<script/>e",
            "cde", "a256e6b336afdc38c564789c399b516c" },
        { "<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> <template><p>hidden</p><![CDATA[cd]]></template>shown",
            "漢 cdshown", "f85ae632d758efa1dee98ec1950566c5" },
        { "<noscript><p>ns</p></noscript><xmp><b>x</b></xmp><iframe>if</iframe><title>t&amp;</title>",
            "nsxift&", "4fdde248eb5d2f14709fdb5c2e7f1f72" },

        // Tables (no foster parenting), non-ASCII and control characters.
        { "<table>\n<tr><td>a</td>\n<td>b</td></tr>\n</table>",
            "\na\nb\n", "7b345f3ed64c71d7306f0e8997fb1c10" },
        { "<table><tr><td>a</td></tr>b<tr><td>c</td></tr></table>",
            "abc", "900150983cd24fb0d6963f7d28e17f72" },
        { "<table><tbody><tr><th>Kopf</th></tr><tr><td>Zelle&nbsp;1</td></tr></tbody></table>",
            "KopfZelle\u00A01", "bb883cc73676b2a0264df6c750358b73" },
        { "<p>Überprüfung jährlich – „Grüße“ 😀 日本語 ñ \u2028 \u00A0 \u200B</p>",
            "Überprüfung jährlich – „Grüße“ 😀 日本語 ñ \u2028 \u00A0 \u200B", "442471e707e9fd59f252073753955c57" },
        { "<p>\0nul and \u007Fdel and \u0085nel</p>",
            "\0nul and \u007Fdel and \u0085nel", "f98a83e131a539eab7dd26a94d5255d8" },

        // More editor output and references; constructs cut off by the end of input; element names.
        { "<p>Die Stadt soll <del>keine</del><ins>mehr</ins> Radwege bauen.</p>\n<p><span class=\"line-number-5 os-line-number\" contenteditable=\"false\" data-line-number=\"5\">&nbsp;</span>Neue Zeile</p>",
            "Die Stadt soll keinemehr Radwege bauen.\n\u00A0Neue Zeile", "b55030c195f3bbc90dd71b6113076ada" },
        { "<p>&quot;Zitat&quot; &#39;einfach&#39; &apos;apos&apos; &laquo;Guillemets&raquo; &sect; 3 &ndash; &mdash; &euro;</p>",
            "\"Zitat\" 'einfach' 'apos' «Guillemets» § 3 – — €", "3e19ff1b1ff043d86143adb8fddc8ec8" },
        { "<p>a<![CDATA[]]>b</p><!DOCTYPE>x<!doctype html>y",
            "a bxy", "1ebb9c88d630ba6e465fe2bfa8fd5a8f" },
        { "<p>x<br>  </br>  y</p><p>a</p> <!-- c --> <p>b</p>",
            "x    ya  b", "c04ac65b9050c24e3c860feb919caf70" },
        { "<p>x</p ",
            "x</p ", "5d990e48f49344f14be8090e1444992d" },
        { "<p>a</p><!-- a --",
            "a<!-- a --", "130ab578f548d97ed11aa691ce048994" },
        { "<p>a</p><?php echo 1; ",
            "a<?php echo 1; ", "e59a4b9b3ea033b093ddc90c4e526c0c" },
        { "</script></style></pre>text</p>",
            "text", "1cb251ec0d568de6a929b520c4aed8d1" },
        { "<img src=\"x\" alt=\"a > b\">after<img alt='multi\nline' src=x>z",
            "afterz", "38416e7b1e153211ddaa670b0fa2afc1" },
        { "<straße>x</straße><o:p>word</o:p><W:Sdt>y</w:sdt>",
            "xwordy", "f603d06e2ad4cd41e035ea03d5591ab9" },
    };

    // A motion with amendment paragraphs (and a falsy text), the JSON that upstream hashes, its md5.
    public static TheoryData<string, string, string> Paragraphs => new()
    {
        { """{"amendment_paragraphs": {"0": "<p>text</p>"}}""",
            """{"0": "text"}""", "23e690b5da380b7ac6860919492029c0" },
        { """{"amendment_paragraphs": {"0": "<div>text</div>"}}""",
            """{"0": "text"}""", "23e690b5da380b7ac6860919492029c0" },
        { """{"amendment_paragraphs": {"1": "<p>\u00c4</p>", "0": "<p>\"quoted\" \\ back/slash</p>", "10": "<p>\ud83d\ude00 tab\t</p>", "2": ""}}""",
            """{"0": "\"quoted\" \\ back/slash", "1": "\u00c4", "10": "\ud83d\ude00 tab\t", "2": ""}""", "6a0d35c4ae3347e48a92e01a7fa0368e" },
        { """{"amendment_paragraphs": {"\ue000": "a", "\ud83d\ude00": "b", "z": "c", "Z": "d", "\u00e9": "<p>&eacute;</p>"}}""",
            """{"Z": "d", "z": "c", "\u00e9": "\u00e9", "\ue000": "a", "\ud83d\ude00": "b"}""", "31b4af5a1199a6bd9483aeac97790ef5" },
        { """{"amendment_paragraphs": {"3": "<p>\u0001\u001f\u007f\u2028\b\f\r\n</p>", "4": null}}""",
            """{"3": "\u0001\u001f\u007f\u2028\b\f\r\n", "4": ""}""", "8c40ca523aa202a366f524938ca56138" },
        { """{"amendment_paragraphs": {"0": "<p>a</p>\r\n<p>b</p>", "5": "<script>x</script>"}}""",
            """{"0": "a\nb", "5": ""}""", "e67e3ff843c5976b78aec6b1b510612c" },
        { """{"text": "", "amendment_paragraphs": {"0": "<p>from paragraphs</p>"}}""",
            """{"0": "from paragraphs"}""", "97dbd674fdb0e23d16daba513948f563" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_and_hash_of_an_html_text_are_upstreams(string html, string text, string hash)
    {
        Assert.Equal(text, MotionTextHash.TextFromHtml(html));
        Assert.Equal(hash, MotionTextHash.ForMotion(new JsonObject { ["text"] = html }));
    }

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Hash_of_amendment_paragraphs_is_that_of_upstreams_sorted_ascii_json(string motionJson, string json, string hash)
    {
        var motion = Json.Obj(motionJson);
        var texts = motion["amendment_paragraphs"]!.AsObject()
            .Select(p => KeyValuePair.Create(p.Key, p.Value is null ? "" : MotionTextHash.TextFromHtml(p.Value.GetValue<string>())));
        Assert.Equal(json, MotionTextHash.SortedJsonObject(texts));
        Assert.Equal(hash, MotionTextHash.ForMotion(motion));
    }

    [Fact]
    public void A_truthy_text_wins_over_the_paragraphs()
    {
        // From the reference script: md5 of "text wins".
        Assert.Equal("a6db28764cf89ef642d3a74d1868167e", MotionTextHash.ForMotion(Json.Obj(
            """{"text": "<p>text wins</p>", "amendment_paragraphs": {"0": "<p>ignored</p>"}}""")));
    }

    [Fact]
    public void A_falsy_text_falls_back_to_the_paragraphs_and_falsy_paragraphs_hash_as_empty_texts()
    {
        // Upstream: {"text": 0, ...} hashes {"0": "x"}; falsy paragraph values are "" without being parsed.
        Assert.Equal("620d246905799be4ff843d85e8467dd0", MotionTextHash.ForMotion(Json.Obj(
            """{"text": 0, "amendment_paragraphs": {"0": "x"}}""")));
        Assert.Equal("60005432da4e6e2f26b23f90743e7796", MotionTextHash.ForMotion(Json.Obj(
            """{"amendment_paragraphs": {"0": 0, "1": false, "2": [], "3": {}}}""")));
        Assert.Equal("""{"0": "", "1": "", "2": "", "3": ""}""", MotionTextHash.SortedJsonObject(
            [KeyValuePair.Create("3", ""), KeyValuePair.Create("0", ""), KeyValuePair.Create("2", ""), KeyValuePair.Create("1", "")]));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"text": null, "amendment_paragraphs": {}}""")]
    [InlineData("""{"text": "", "amendment_paragraphs": null}""")]
    [InlineData("""{"text": false}""")]
    [InlineData("""{"text": [], "amendment_paragraphs": []}""")]
    [InlineData("""{"title": "no text", "lead_motion_id": 1}""")]
    public void A_motion_without_truthy_text_or_paragraphs_has_no_hash(string motionJson)
    {
        Assert.Null(MotionTextHash.ForMotion(Json.Obj(motionJson)));
    }

    [Theory]
    // ParserRejectedMarkup (html.parser's AssertionError): an unknown marked-section keyword, no name after "<![".
    [InlineData("""{"text": "<p><![foo[x]]></p>"}""", "unknown status keyword 'foo'")]
    [InlineData("""{"text": "<p><![ CDATA[x]]></p>"}""", "expected a name token")]
    [InlineData("""{"amendment_paragraphs": {"0": "<![foo[x]]>"}}""", "unknown status keyword 'foo'")]
    // TypeError (BeautifulSoup refuses markup that is no string) and AttributeError (.items() of no dict).
    [InlineData("""{"text": 5}""", "text is Number, not a string")]
    [InlineData("""{"text": true, "amendment_paragraphs": {"0": "x"}}""", "text is True, not a string")]
    [InlineData("""{"amendment_paragraphs": {"0": 5}}""", "is Number, not a string")]
    [InlineData("""{"amendment_paragraphs": "abc"}""", "amendment_paragraphs is String, not an object")]
    [InlineData("""{"amendment_paragraphs": ["a"]}""", "amendment_paragraphs is Array, not an object")]
    public void Where_upstream_raises_the_hash_fails(string motionJson, string message)
    {
        var error = Assert.Throws<FormatException>(() => MotionTextHash.ForMotion(Json.Obj(motionJson)));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_marked_section_cut_off_by_the_end_of_input_is_text_not_an_error()
    {
        // "<![foo" with nothing after the name is incomplete (not rejected): the closing pass makes it text.
        Assert.Equal("a<![foo", MotionTextHash.TextFromHtml("a<![foo"));
        Assert.Equal("a<![", MotionTextHash.TextFromHtml("a<!["));
    }

    [Fact]
    public void Md5_is_of_the_utf8_text_and_refuses_a_lone_surrogate_as_python_does()
    {
        Assert.Equal("d41d8cd98f00b204e9800998ecf8427e", MotionTextHash.Md5Hex(""));
        Assert.Equal("098f6bcd4621d373cade4e832627b4f6", MotionTextHash.Md5Hex("test"));
        Assert.Equal("c03410a5204b21cd8229ff754688d743", MotionTextHash.Md5Hex("\u00fc"));
        Assert.Equal("2a02eac39d716a70ecf37579185927b6", MotionTextHash.Md5Hex("\U0001F600"));
        Assert.Throws<FormatException>(() => MotionTextHash.Md5Hex("a\uD800b"));
    }

    [Fact]
    public void Json_escapes_a_lone_surrogate_and_sorts_by_code_point()
    {
        // simplejson.dumps({"0": "\ud800"}) == '{"0": "\\ud800"}'; U+E000 sorts before U+1F600 (UTF-16 order would not).
        Assert.Equal("""{"0": "\ud800"}""", MotionTextHash.SortedJsonObject([KeyValuePair.Create("0", "\uD800")]));
        Assert.Equal("""{"\ue000": "", "\ud83d\ude00": ""}""", MotionTextHash.SortedJsonObject(
            [KeyValuePair.Create("\U0001F600", ""), KeyValuePair.Create("\uE000", "")]));
        Assert.Equal("{}", MotionTextHash.SortedJsonObject([]));
    }
}
