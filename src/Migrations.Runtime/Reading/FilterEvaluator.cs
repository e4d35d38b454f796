using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;

namespace Migrations.Runtime.Reading;

/// <summary>
/// Evaluates a <see cref="Filter"/> on a model in memory with the same three-valued logic the SQL translation has,
/// so the in-memory and the database reader give the same answers.
/// </summary>
internal static class FilterEvaluator
{
    /// <summary>True if the model matches (unknown counts as no match).</summary>
    public static bool Matches(JsonObject model, Filter filter) => Evaluate(model, filter) == true;

    private static bool? Evaluate(JsonObject model, Filter filter)
    {
        switch (filter)
        {
            case Not not:
                return !Evaluate(model, not.Inner);
            case And and:
                var andResult = (bool?)true;
                foreach (var part in and.Filters)
                {
                    var value = Evaluate(model, part);
                    if (value == false)
                    {
                        return false;
                    }

                    andResult = value is null ? null : andResult;
                }

                return andResult;
            case Or or:
                var orResult = (bool?)false;
                foreach (var part in or.Filters)
                {
                    var value = Evaluate(model, part);
                    if (value == true)
                    {
                        return true;
                    }

                    orResult = value is null ? null : orResult;
                }

                return orResult;
            case FilterOperator op:
                return Compare(model[op.Field], op);
            default:
                throw new BadCodingException("Invalid filter type");
        }
    }

    private static bool? Compare(JsonNode? field, FilterOperator op)
    {
        var text = FilterText.Of(field);
        if (op.Value is null)
        {
            return op.Operator == "=" ? text is null : text is not null;
        }

        switch (op.Operator)
        {
            case "=":
                return text is null ? null : string.Equals(text, FilterText.Of(op.Value), StringComparison.Ordinal);
            case "!=":
                return text is null ? null : !string.Equals(text, FilterText.Of(op.Value), StringComparison.Ordinal);
            case "~=":
                return text is null ? null : string.Equals(text.ToLowerInvariant(), FilterText.Of(op.Value)!.ToLowerInvariant(), StringComparison.Ordinal);
            case "%=":
                return text is null ? null : ILike(text, FilterText.Of(op.Value)!);
            default:
                if (!JsonKinds.TryGetNumber(field, out var left))
                {
                    return null;
                }

                var right = decimal.Parse(op.Value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
                return op.Operator switch
                {
                    "<" => left < right,
                    ">" => left > right,
                    "<=" => left <= right,
                    ">=" => left >= right,
                    _ => throw new BadCodingException($"Unknown operator {op.Operator}"),
                };
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
