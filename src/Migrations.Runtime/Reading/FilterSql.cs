using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Npgsql;
using NpgsqlTypes;

namespace Migrations.Runtime.Reading;

/// <summary>Translates a <see cref="Filter"/> into a SQL condition over <c>models.data</c>, with parameters.</summary>
internal sealed class FilterSql
{
    private readonly List<NpgsqlParameter> _parameters = [];
    private readonly StringBuilder _sql = new();

    private FilterSql() { }

    /// <summary>The condition and its parameters (named <c>f0</c>, <c>f1</c>, …).</summary>
    public static (string Condition, IReadOnlyList<NpgsqlParameter> Parameters) Build(Filter filter)
    {
        var builder = new FilterSql();
        builder.Append(filter);
        return (builder._sql.ToString(), builder._parameters);
    }

    private void Append(Filter filter)
    {
        switch (filter)
        {
            case Not not:
                _sql.Append("NOT (");
                Append(not.Inner);
                _sql.Append(')');
                break;
            case And and:
                AppendAll(and.Filters, " AND ", "TRUE");
                break;
            case Or or:
                AppendAll(or.Filters, " OR ", "FALSE");
                break;
            case FilterOperator op:
                AppendOperator(op);
                break;
            default:
                throw new BadCodingException("Invalid filter type");
        }
    }

    private void AppendAll(IReadOnlyList<Filter> parts, string separator, string empty)
    {
        if (parts.Count == 0)
        {
            _sql.Append(empty);
            return;
        }

        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                _sql.Append(separator);
            }

            _sql.Append('(');
            Append(parts[i]);
            _sql.Append(')');
        }
    }

    private void AppendOperator(FilterOperator op)
    {
        var field = Parameter(op.Field, NpgsqlDbType.Text);
        if (op.Value is null)
        {
            _sql.Append(CultureInfo.InvariantCulture, $"data->>{field} {(op.Operator == "=" ? "IS NULL" : "IS NOT NULL")}");
            return;
        }

        switch (op.Operator)
        {
            case "~=":
                _sql.Append(CultureInfo.InvariantCulture, $"LOWER(data->>{field}) = LOWER({Parameter(ValueText(op), NpgsqlDbType.Text)})");
                break;
            case "%=":
                _sql.Append(CultureInfo.InvariantCulture, $"data->>{field} ILIKE {Parameter(ValueText(op), NpgsqlDbType.Text)}");
                break;
            case "=" or "!=":
                _sql.Append(CultureInfo.InvariantCulture, $"data->>{field} {op.Operator} {Parameter(ValueText(op), NpgsqlDbType.Text)}");
                break;
            default:
                // Only JSON numbers take part in ordering comparisons; anything else is unknown (no match, no error).
                var number = decimal.Parse(op.Value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
                _sql.Append(CultureInfo.InvariantCulture,
                    $"(CASE WHEN jsonb_typeof(data->{field}) = 'number' THEN (data->>{field})::numeric END) {op.Operator} {Parameter(number, NpgsqlDbType.Numeric)}");
                break;
        }
    }

    // The value as upstream's driver (psycopg2) sends it to `%s::text`: a string as is, a list as an array literal
    // (`[]` becomes '{}', so `!= []` matches an empty list, whose text is '[]'), anything else as its JSON text.
    private static string ValueText(FilterOperator op) => op.Value switch
    {
        JsonArray { Count: 0 } => "{}",
        JsonArray => throw new InvalidFormatException(
            $"The filter on {op.Field} compares with a non-empty list, {op.Value.ToJsonString()}; upstream's driver sends it as an ARRAY, which PostgreSQL cannot compare with text"),
        JsonObject => throw new InvalidFormatException($"The filter on {op.Field} compares with an object, {op.Value.ToJsonString()}, which upstream's driver cannot send"),
        _ => FilterText.Of(op.Value)!,
    };

    private string Parameter<T>(T value, NpgsqlDbType type)
    {
        var name = "f" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add(new NpgsqlParameter<T>(name, type) { TypedValue = value });
        return "@" + name;
    }
}
