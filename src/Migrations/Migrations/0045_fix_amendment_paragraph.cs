using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0045;

/// <summary>
/// Converts the template field <c>motion/amendment_paragraph_$</c>, which 0044 missed (its table says
/// <c>amendment_paragraphs_$</c>), into the object <c>amendment_paragraphs</c>: one key per listed replacement with
/// the value of <c>amendment_paragraph_$&lt;replacement&gt;</c>. Unlike 0044's merge, every listed replacement is kept,
/// an empty string as it is and a missing structured field as null; the template field and the listed structured
/// fields are removed, unlisted structured fields stay. Only live motions where the field is set (not null) are read,
/// with upstream's filter; a motion whose list is empty gets <c>amendment_paragraphs: {}</c>.
/// <para>Deliberate difference: a template field value that is no list counts as an empty list (upstream would iterate
/// a string by character, and fail on a number or boolean).</para>
/// </summary>
[TargetMigrationIndex(46)]
public sealed class Migration : ModelMigration
{
    private const string OldField = "amendment_paragraph_$";
    private const string NewField = "amendment_paragraphs";

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var motions = await Reader.FilterAsync(
            "motion",
            new And(new FilterOperator(OldField, "!=", null), new FilterOperator("meta_deleted", "!=", true)),
            cancellationToken: cancellationToken);
        var events = new List<RequestEvent>();
        foreach (var (id, model) in motions)
        {
            var paragraphs = new JsonObject();
            var update = new JsonObject { [OldField] = null, [NewField] = paragraphs };
            if (model[OldField] is JsonArray replacements)
            {
                foreach (var replacement in replacements)
                {
                    var structuredField = OldField.Replace("$", "$" + JsonIds.Text(replacement), StringComparison.Ordinal);
                    update[structuredField] = null;
                    paragraphs[JsonKey(replacement)] = model[structuredField]?.DeepClone();
                }
            }

            events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("motion", id), update));
        }

        return events;
    }

    /// <summary>The key a Python dict key becomes in JSON: a string as is, anything else as its JSON text.</summary>
    private static string JsonKey(JsonNode? replacement) =>
        replacement is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : replacement?.ToJsonString() ?? "null";
}
