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
public static class ListUpdate
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
            foreach (var value in (JsonArray)valuesNode!)
            {
                if (current is null || !Contains(current, value))
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
            var values = (JsonArray)valuesNode!;
            var result = new JsonArray();
            foreach (var element in source)
            {
                if (!Contains(values, element))
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

    private static bool Contains(JsonArray list, JsonNode? value)
    {
        foreach (var element in list)
        {
            if (JsonKinds.ValueEquals(element, value))
            {
                return true;
            }
        }

        return false;
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
