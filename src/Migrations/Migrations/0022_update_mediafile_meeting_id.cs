using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;
using Migrations.Shared;

namespace Migrations.M0022;

/// <summary>Renames <c>mediafile/meeting_id</c> to the generic relation <c>owner_id</c>, whose value is the fqid <c>meeting/&lt;id&gt;</c>.</summary>
[TargetMigrationIndex(23)]
public sealed class Migration() : RenameFieldMigration("mediafile", "meeting_id", "owner_id")
{
    protected override void Rename(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Remove(OldField, out var value))
        {
            data[NewField] = $"meeting/{JsonIds.Text(value)}";
        }
    }
}
