using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;

namespace Migrations.Runtime.Reading;

/// <summary>
/// Evaluates a <see cref="Filter"/> on a model in memory as upstream's in-memory reader does: it turns the filter
/// into a Python expression over <c>model.get(field)</c>, so <c>=</c> and <c>!=</c> are Python's <c>==</c> and
/// <c>!=</c> on the values (<see cref="PythonValues"/>; a missing field is <c>None</c>, so it matches <c>!= 5</c>),
/// ordering operators are false unless the types are comparable, and logic is two-valued. Unlike upstream, which
/// raises <c>NotImplementedError</c> for <c>%=</c> in memory, <c>%=</c> works here as ILIKE on the text, and
/// <c>~=</c> on a value that is not a string is no match instead of an <c>AttributeError</c>.
/// </summary>
internal static class FilterEvaluator
{
    /// <summary>True if the model matches.</summary>
    public static bool Matches(JsonObject model, Filter filter) => filter switch
    {
        Not not => !Matches(model, not.Inner),
        And and => and.Filters.All(part => Matches(model, part)),
        Or or => or.Filters.Any(part => Matches(model, part)),
        FilterOperator op => Compare(model[op.Field], op),
        _ => throw new BadCodingException("Invalid filter type"),
    };

    private static bool Compare(JsonNode? field, FilterOperator op)
    {
        if (op.Value is null)
        {
            return op.Operator == "=" ? JsonKinds.IsNull(field) : !JsonKinds.IsNull(field);
        }

        switch (op.Operator)
        {
            case "=":
                return PythonValues.Equal(field, op.Value);
            case "!=":
                return !PythonValues.Equal(field, op.Value);
            case "~=":
                return field is JsonValue v && v.GetValueKind() == JsonValueKind.String && op.Value.GetValueKind() == JsonValueKind.String
                    && string.Equals(v.GetValue<string>().ToLowerInvariant(), op.Value.GetValue<string>().ToLowerInvariant(), StringComparison.Ordinal);
            case "%=":
                var text = FilterText.Of(field);
                return text is not null && ILike(text, FilterText.Of(op.Value)!);
            default:
                return PythonValues.OrderedCompare(field, op.Value, op.Operator);
        }
    }

    // PostgreSQL's ILIKE: % is any run, _ is one character, a backslash escapes the next character.
    private static bool ILike(string text, string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                regex.Append(Regex.Escape(pattern[++i].ToString()));
            }
            else if (c == '%')
            {
                regex.Append(".*");
            }
            else if (c == '_')
            {
                regex.Append('.');
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        regex.Append(@"\z");
        return Regex.IsMatch(text, regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
