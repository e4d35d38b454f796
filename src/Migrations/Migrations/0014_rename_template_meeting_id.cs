using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0014;

/// <summary>
/// Renames <c>committee/template_meeting_id</c> to <c>template_meeting_ids</c> and turns the single id into a list:
/// <c>[id]</c>, or <c>[]</c> for an empty value (null, 0, "", false, an empty list or object), as upstream decides.
/// </summary>
[TargetMigrationIndex(15)]
public sealed class Migration() : RenameFieldMigration("committee", "template_meeting_id", "template_meeting_ids")
{
    protected override void Rename(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Remove(OldField, out var value))
        {
            data[NewField] = IsEmpty(value) ? new JsonArray() : new JsonArray(value);
        }
    }

    private static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonObject obj => obj.Count == 0,
        _ => value.GetValueKind() switch
        {
            JsonValueKind.False or JsonValueKind.Null => true,
            JsonValueKind.Number => value.GetValue<double>() == 0,
            JsonValueKind.String => value.GetValue<string>().Length == 0,
            _ => false,
        },
    };
}
