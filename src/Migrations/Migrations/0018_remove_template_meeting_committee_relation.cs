using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0018;

/// <summary>Removes the relation <c>committee/template_meeting_ids</c> ↔ <c>meeting/template_for_committee_id</c>.</summary>
[TargetMigrationIndex(19)]
public sealed class Migration() : RemoveFieldsMigration(new Dictionary<string, IReadOnlyList<string>>
{
    ["meeting"] = ["template_for_committee_id"],
    ["committee"] = ["template_meeting_ids"],
});
