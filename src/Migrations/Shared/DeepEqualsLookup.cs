using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Migrations.Shared;

/// <summary>
/// "Is there an entry <see cref="JsonNode.DeepEquals"/> to this value?" over a list, in constant time for strings and
/// integers (the ids of a relation list), linear only over the other entries: a list update against a model with
/// tens of thousands of ids stays linear.
/// </summary>
internal sealed partial class DeepEqualsLookup
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string> _integers = new(StringComparer.Ordinal);
    private readonly List<JsonNode?> _others = [];
    private readonly JsonArray _all;

    public DeepEqualsLookup(JsonArray list)
    {
        ArgumentNullException.ThrowIfNull(list);
        _all = list;
        foreach (var entry in list)
        {
            switch (Key(entry))
            {
                case (true, var text):
                    _strings.Add(text!);
                    break;
                case (false, { } text):
                    _integers.Add(text);
                    break;
                default:
                    _others.Add(entry);
                    break;
            }
        }
    }

    public bool Contains(JsonNode? value) => Key(value) switch
    {
        (true, var text) => _strings.Contains(text!),
        // Another spelling of the same number (1.0, 1e0) can only be among the others.
        (false, { } text) => _integers.Contains(text) || _others.Exists(o => JsonNode.DeepEquals(o, value)),
        // A number in another spelling (-0, 1.0, 1e0) may equal an integer entry: the whole list is asked.
        _ when value?.GetValueKind() == JsonValueKind.Number => _all.Any(o => JsonNode.DeepEquals(o, value)),
        _ => _others.Exists(o => JsonNode.DeepEquals(o, value)),
    };

    /// <summary>(true, text) for a string, (false, text) for an integer in its one canonical spelling, else (false, null).</summary>
    private static (bool IsString, string? Text) Key(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return (false, null);
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                return (true, value.GetValue<string>());
            case JsonValueKind.Number:
                var text = value.ToJsonString();
                return (false, CanonicalInteger().IsMatch(text) ? text : null);
            default:
                return (false, null);
        }
    }

    // 0 or a signed integer without leading zeros (no -0): two of these are equal exactly when their texts are.
    [GeneratedRegex(@"^(0|-?[1-9][0-9]*)\z", RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalInteger();
}
