using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Reading;

/// <summary>
/// A filter over the models of one collection (spec §3.5): <see cref="FilterOperator"/> combined with
/// <see cref="And"/>, <see cref="Or"/> and <see cref="Not"/>.
/// </summary>
public abstract record Filter;

/// <summary>
/// Compares one field with a value. Operators: <c>=</c> and <c>!=</c> compare the field's text form with the
/// value's; <c>~=</c> is case-insensitive equality; <c>%=</c> is ILIKE (<c>%</c> and <c>_</c> wildcards);
/// <c>&lt; &gt; &lt;= &gt;=</c> compare numbers. A null value is allowed only with <c>=</c> (field absent or null)
/// and <c>!=</c> (field present and not null). As in SQL, a comparison with a missing field is neither true nor
/// false, so neither it nor its negation matches.
/// </summary>
public sealed record FilterOperator : Filter
{
    /// <summary>The operators the filter language knows.</summary>
    public static readonly IReadOnlyList<string> Operators = ["=", "!=", "<", ">", ">=", "<=", "~=", "%="];

    /// <summary>Validates the operator and its value; throws <see cref="InvalidFormatException"/>.</summary>
    public FilterOperator(string field, string @operator, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!Operators.Contains(@operator))
        {
            throw new InvalidFormatException($"Invalid filter operator '{@operator}'; expected one of {string.Join(" ", Operators)}");
        }

        if (value is null || value.GetValueKind() == System.Text.Json.JsonValueKind.Null)
        {
            if (@operator is not ("=" or "!="))
            {
                throw new InvalidFormatException("You can only compare to None with = or !=");
            }

            value = null;
        }
        else if (@operator is "<" or ">" or "<=" or ">=" && value.GetValueKind() != System.Text.Json.JsonValueKind.Number)
        {
            throw new InvalidFormatException($"The operator {@operator} compares numbers; the value for {field} is {value.ToJsonString()}");
        }

        Field = field;
        Operator = @operator;
        Value = value;
    }

    /// <summary>The field compared.</summary>
    public string Field { get; }

    /// <summary>One of <see cref="Operators"/>.</summary>
    public string Operator { get; }

    /// <summary>The value compared with; null only for <c>=</c> and <c>!=</c>.</summary>
    public JsonNode? Value { get; }
}

/// <summary>Matches if every part matches.</summary>
public sealed record And(IReadOnlyList<Filter> Filters) : Filter
{
    /// <summary>Combines the parts.</summary>
    public And(params Filter[] filters) : this((IReadOnlyList<Filter>)filters) { }
}

/// <summary>Matches if any part matches.</summary>
public sealed record Or(IReadOnlyList<Filter> Filters) : Filter
{
    /// <summary>Combines the parts.</summary>
    public Or(params Filter[] filters) : this((IReadOnlyList<Filter>)filters) { }
}

/// <summary>Matches if the inner filter is false (not if it is unknown, as in SQL).</summary>
public sealed record Not(Filter Inner) : Filter;
