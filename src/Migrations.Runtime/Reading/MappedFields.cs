using System.Text.Json.Nodes;

namespace Migrations.Runtime.Reading;

/// <summary>Applies mapped fields to a model: a copy of it with only the listed fields (all fields if none are listed).</summary>
internal static class MappedFields
{
    /// <summary>Only the listed fields the model has.</summary>
    public static JsonObject Project(JsonObject model, IReadOnlyList<string>? mappedFields) => Project(model, mappedFields, withAbsentKeys: false);

    /// <summary>
    /// Every listed field, null where the model lacks it: what upstream's database reader gives for
    /// <c>get_all</c> and <c>filter</c>, whose query selects each mapped field as a column alias.
    /// </summary>
    public static JsonObject ProjectAsColumns(JsonObject model, IReadOnlyList<string>? mappedFields) => Project(model, mappedFields, withAbsentKeys: true);

    private static JsonObject Project(JsonObject model, IReadOnlyList<string>? mappedFields, bool withAbsentKeys)
    {
        if (mappedFields is null || mappedFields.Count == 0)
        {
            return (JsonObject)model.DeepClone();
        }

        var result = new JsonObject();
        foreach (var field in mappedFields)
        {
            if (result.ContainsKey(field))
            {
                continue;
            }

            if (model.TryGetPropertyValue(field, out var value))
            {
                result[field] = value?.DeepClone();
            }
            else if (withAbsentKeys)
            {
                result[field] = null;
            }
        }

        return result;
    }
}
