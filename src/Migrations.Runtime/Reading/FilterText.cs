using System.Text.Json;
using System.Text.Json.Nodes;

namespace Migrations.Runtime.Reading;

/// <summary>The text form of JSON values, as PostgreSQL's <c>data-&gt;&gt;field</c> gives it.</summary>
internal static class FilterText
{
    /// <summary>Null for a missing field and for JSON null; a string's content; the JSON text of anything else.</summary>
    public static string? Of(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => v.ToJsonString(),
        },
        _ => node.ToJsonString(),
    };
}
