using System.Text;
using Migrations.Runtime.Data;
using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Tests.Data;

/// <summary>JSON read as upstream's Python reads it, refusing what PostgreSQL cannot store, with the place.</summary>
public class JsonInputTests
{
    private static (string Json, List<string> Warnings) Read(string json)
    {
        var warnings = new List<string>();
        var report = new JsonInputReport("f.json", warnings.Add);
        var node = JsonInput.Parse(Encoding.UTF8.GetBytes(json), "f.json", "", TextPosition.Start, report);
        report.Finish();
        return (node?.ToJsonString() ?? "null", warnings);
    }

    private static string Refused(byte[] json) =>
        Assert.Throws<DataFileException>(() => JsonInput.Parse(json, "f.json", "\"m\"", new TextPosition(100, 5), new JsonInputReport("f.json", null))).Message;

    [Theory]
    // Python's dict: the last value wins, at the place of the first key.
    [InlineData("""{"a": 1, "b": 2, "a": 3}""", """{"a":3,"b":2}""")]
    [InlineData("""{"x": {"a": [1], "a": {"b": 1, "b": 2}}, "x": {"c": 1}}""", """{"x":{"c":1}}""")]
    [InlineData("""[{"a": 1, "a": 2}, {"a": 3}]""", """[{"a":2},{"a":3}]""")]
    // Numbers as written (Python's ints are exact).
    [InlineData("""{"n": 123456789012345678901234567890, "f": 1.50, "e": 1e-5}""", """{"n":123456789012345678901234567890,"f":1.50,"e":1e-5}""")]
    public void Duplicate_keys_keep_the_last_value_and_numbers_stay_exact(string json, string expected) =>
        Assert.Equal(expected, Read(json).Json);

    [Fact]
    public void Duplicates_are_reported_once_with_the_count_and_the_first_place()
    {
        var (_, warnings) = Read("{\"a\": 1,\n \"b\": [{\"c\": 1, \"c\": 2}],\n \"a\": 3}");
        Assert.Equal(["f.json: 2 duplicate keys in the file; the last value of each is kept, as upstream does (the first: \"b\"[0].\"c\" (at line 2, byte 25))."], warnings);
        Assert.Empty(Read("""{"a": 1}""").Warnings);
    }

    [Fact]
    public void What_postgresql_cannot_store_is_refused_with_its_place()
    {
        Assert.Equal("f.json: \"m\".\"t\": \\u0000 (a NUL character, which PostgreSQL cannot store) (at line 5, byte 106).", Refused("""{"t": "a\u0000"}"""u8.ToArray()));
        Assert.Equal("f.json: \"m\".\"l\"[1]: the number 1e400000 is too large to store (at line 6, byte 111).", Refused("{\"l\": [1,\n 1e400000]}"u8.ToArray()));
        Assert.Equal("f.json: \"m\".\"t\": an unpaired surrogate escape (not a Unicode character) (at line 5, byte 106).", Refused("""{"t": "\udc00"}"""u8.ToArray()));
        Assert.Equal("f.json: \"m\".\"t\": invalid UTF-8 (at line 5, byte 106).", Refused([.. "{\"t\": \"a"u8.ToArray(), 0xC3, .. "\"}"u8.ToArray()]));
        Assert.Equal("f.json: a key in \"m\": invalid UTF-8 (at line 5, byte 101).", Refused([.. "{\"a"u8.ToArray(), 0xFF, .. "\": 1}"u8.ToArray()]));
        Assert.StartsWith("f.json: \"m\".\"d\": the number 1e-20000 has more decimal places", Refused("""{"d": 1e-20000}"""u8.ToArray()), StringComparison.Ordinal);
        Assert.StartsWith("f.json: \"m\".\"d\": the number 1e309 is too large", Refused("""{"d": 1e309}"""u8.ToArray()), StringComparison.Ordinal);
        Assert.Matches(@"^f.json: malformed JSON in ""m"".""a"" at line 5, byte 1\d\d: ", Refused("""{"a": [1,}"""u8.ToArray()));
    }

    [Fact]
    public void Large_integers_and_escaped_text_that_postgresql_can_store_pass()
    {
        Assert.Equal("""{"n":1e308,"s":"\u00E9\uD83D\uDE00","i":99999999999999999999}""", Read("""{"n": 1e308, "s": "\u00e9\ud83d\ude00", "i": 99999999999999999999}""").Json);
    }

    [Fact]
    public void Integers_are_stored_up_to_postgresqls_digits_and_refused_beyond_with_the_place_in_nested_lists()
    {
        var longest = new string('9', 131072);
        Assert.Equal($$"""{"n":[-{{longest}},{{longest}}]}""", Read($$"""{"n": [-{{longest}}, {{longest}}]}""").Json);
        var message = Refused(Encoding.UTF8.GetBytes($$"""{"a": [[1, "x"], {"b": [2,{{"\n"}} 9{{longest}}]}]}"""));
        Assert.Equal($"f.json: \"m\".\"a\"[1].\"b\"[1]: the number 99999999999999999999…(131073 characters) is too large to store (at line 6, byte 128).", message);
    }
}
