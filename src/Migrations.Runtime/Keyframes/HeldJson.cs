using System.Text.Encodings.Web;
using System.Text.Json;

namespace Migrations.Runtime.Keyframes;

/// <summary>
/// How the JSON the tool holds as bytes (stored models, event payloads, the models of an export being read) is
/// written: escaped only where JSON requires it. The default encoder writes every non-ASCII character and every
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quote as a six-byte <c>\uXXXX</c>, which made the HTML texts and
/// non-English words of an export take about a third more bytes in memory than in the file. These bytes never
/// leave the process as text: the database gets them as jsonb (which keeps the decoded values) and every file the
/// tool writes is written again by a writer of its own, so the output is unchanged.
/// </summary>
internal static class HeldJson
{
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Encoder };
}
