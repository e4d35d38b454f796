using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0033;

/// <summary>
/// Removes the agenda-creation properties (<c>agenda_create</c>, <c>agenda_type</c>, <c>agenda_parent_id</c>,
/// <c>agenda_comment</c>, <c>agenda_duration</c>, <c>agenda_weight</c>) from the collections that can have agenda items.
/// </summary>
[TargetMigrationIndex(34)]
public sealed class Migration() : RemoveFieldsMigration(Map())
{
    private static Dictionary<string, IReadOnlyList<string>> Map()
    {
        string[] properties = ["agenda_create", "agenda_type", "agenda_parent_id", "agenda_comment", "agenda_duration", "agenda_weight"];
        return new[] { "assignment", "motion", "motion_block", "topic" }.ToDictionary(c => c, IReadOnlyList<string> (_) => properties);
    }
}
