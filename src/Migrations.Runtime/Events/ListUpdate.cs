using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Events;

/// <summary>
/// The list-update algorithm (spec §2.3), shared by the writer, keyframes, replay and the in-memory path.
/// Quirks kept on purpose: values are appended when they are not in the <em>original</em> list, so duplicates
/// inside one <c>add</c> are appended twice; a <c>remove</c> is skipped for a field the model did not have before
/// the event, even if the same event's <c>add</c> created it.
/// </summary>
internal static class ListUpdate
{
    /// <summary>
    /// Computes the fields that <paramref name="add"/> and <paramref name="remove"/> modify on
    /// <paramref name="model"/>, as new arrays; the model itself is not changed. A field that is present but not a
    /// list gives <see cref="InvalidFormatException"/>; so does, with <paramref name="onlyScalarEntries"/> (the
    /// writer's rule), a list entry that is neither string nor integer.
    /// </summary>
    public static Dictionary<string, JsonArray> ComputeModifiedFields(
        string fqid, JsonObject model, JsonObject add, JsonObject remove, bool onlyScalarEntries = false)
    {
        CheckListFields(fqid, model, add, onlyScalarEntries);
        CheckListFields(fqid, model, remove, onlyScalarEntries);

        var modified = new Dictionary<string, JsonArray>(StringComparer.Ordinal);
        foreach (var (field, valuesNode) in add)
        {
            var current = model[field] as JsonArray;
            var result = current is null ? [] : Copy(current);
            var existing = current is null ? null : new ListLookup(current);
            foreach (var value in (JsonArray)valuesNode!)
            {
                if (existing is null || !existing.Contains(value))
                {
                    result.Add(value?.DeepClone());
                }
            }

            modified[field] = result;
        }

        foreach (var (field, valuesNode) in remove)
        {
            if (!model.ContainsKey(field))
            {
                continue;
            }

            var source = modified.TryGetValue(field, out var added) ? added : (JsonArray)model[field]!;
            var values = new ListLookup((JsonArray)valuesNode!);
            var result = new JsonArray();
            foreach (var element in source)
            {
                if (!values.Contains(element))
                {
                    result.Add(element?.DeepClone());
                }
            }

            modified[field] = result;
        }

        return modified;
    }

    private static void CheckListFields(string fqid, JsonObject model, JsonObject updates, bool onlyScalarEntries)
    {
        foreach (var (field, _) in updates)
        {
            var current = model[field];
            if (current is null)
            {
                continue;
            }

            if (current is not JsonArray list)
            {
                throw new InvalidFormatException(
                    $"Field {field} on model {fqid} is not a list, but of type {JsonKinds.Describe(current)}");
            }

            if (!onlyScalarEntries)
            {
                continue;
            }

            foreach (var element in list)
            {
                var kind = element?.GetValueKind();
                var valid = kind == JsonValueKind.String
                    || (kind == JsonValueKind.Number && element is JsonValue v && IsInteger(v));
                if (!valid)
                {
                    throw new InvalidFormatException(
                        $"Field {field} on model {fqid} contains invalid entry for list update (of type {JsonKinds.Describe(element)}): {element?.ToJsonString() ?? "None"}");
                }
            }
        }
    }

    private static bool IsInteger(JsonValue value) =>
        JsonKinds.TryGetNumber(value, out var number) && number == decimal.Truncate(number);

    /// <summary>
    /// Membership in a list with <see cref="JsonKinds.ValueEquals"/>'s meaning (numbers by value, strings by their
    /// text), in constant time for numbers and strings: a list update on a model with thousands of ids stays linear.
    /// </summary>
    private sealed class ListLookup
    {
        private readonly HashSet<decimal> _numbers = [];
        private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
        private readonly List<JsonNode> _others = [];
        private readonly bool _null;
        private readonly bool _true;
        private readonly bool _false;

        public ListLookup(JsonArray list)
        {
            foreach (var element in list)
            {
                switch (JsonKinds.IsNull(element) ? JsonValueKind.Null : element!.GetValueKind())
                {
                    case JsonValueKind.Null:
                        _null = true;
                        break;
                    case JsonValueKind.True:
                        _true = true;
                        break;
                    case JsonValueKind.False:
                        _false = true;
                        break;
                    case JsonValueKind.String:
                        _strings.Add(element!.GetValue<string>());
                        break;
                    case JsonValueKind.Number when JsonKinds.TryGetNumber(element, out var number):
                        _numbers.Add(number);
                        break;
                    default:
                        _others.Add(element!);
                        break;
                }
            }
        }

        public bool Contains(JsonNode? value)
        {
            switch (JsonKinds.IsNull(value) ? JsonValueKind.Null : value!.GetValueKind())
            {
                case JsonValueKind.Null:
                    return _null;
                case JsonValueKind.True:
                    return _true;
                case JsonValueKind.False:
                    return _false;
                case JsonValueKind.String:
                    return _strings.Contains(value!.GetValue<string>());
                case JsonValueKind.Number when JsonKinds.TryGetNumber(value, out var number):
                    return _numbers.Contains(number) || _others.Exists(o => JsonKinds.ValueEquals(o, value));
                default:
                    return _others.Exists(o => JsonKinds.ValueEquals(o, value));
            }
        }
    }

    private static JsonArray Copy(JsonArray list)
    {
        var copy = new JsonArray();
        foreach (var element in list)
        {
            copy.Add(element?.DeepClone());
        }

        return copy;
    }
}
