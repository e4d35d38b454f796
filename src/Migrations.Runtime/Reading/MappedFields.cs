using System.Text.Json.Nodes;

namespace Migrations.Runtime.Reading;

/// <summary>Applies mapped fields: a copy of the model with only the listed fields it has (all fields if none listed).</summary>
internal static class MappedFields
{
    public static JsonObject Project(JsonObject model, IReadOnlyList<string>? mappedFields)
    {
        if (mappedFields is null || mappedFields.Count == 0)
        {
            return (JsonObject)model.DeepClone();
        }

        var result = new JsonObject();
        foreach (var field in mappedFields)
        {
            if (!result.ContainsKey(field) && model.TryGetPropertyValue(field, out var value))
            {
                result[field] = value?.DeepClone();
            }
        }

        return result;
    }
}
