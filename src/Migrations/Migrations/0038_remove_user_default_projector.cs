using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;
using Migrations.Runtime.Events;

namespace Migrations.M0038;

/// <summary>
/// Removes the default projector for users: <c>meeting/default_projector_$user_ids</c> and
/// <c>projector/used_as_default_$user_in_meeting_id</c>, and the replacement <c>user</c> from the template fields
/// <c>meeting/default_projector_$_ids</c> and <c>projector/used_as_default_$_in_meeting_id</c> (a template left
/// without replacements is removed).
/// </summary>
[TargetMigrationIndex(39)]
public sealed class Migration() : RemoveFieldsMigration(new Dictionary<string, IReadOnlyList<string>>
{
    ["meeting"] = ["default_projector_$user_ids"],
    ["projector"] = ["used_as_default_$user_in_meeting_id"],
})
{
    private static readonly Dictionary<string, string> TemplateFields = new(StringComparer.Ordinal)
    {
        ["meeting"] = "default_projector_$_ids",
        ["projector"] = "used_as_default_$_in_meeting_id",
    };

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        var events = base.MigrateEvent(@event);
        if (events is null)
        {
            return null;
        }

        var result = events.Single();
        var template = TemplateFields[result.Collection];
        switch (result)
        {
            case ModelEvent model:
                RemoveUser(model.Data, template);
                break;
            case ListUpdateEvent list:
                RemoveUser(list.Add, template);
                RemoveUser(list.Remove, template);
                break;
        }

        return [result];
    }

    private static void RemoveUser(JsonObject data, string field)
    {
        if (data[field] is not JsonArray { Count: > 0 } replacements)
        {
            return;
        }

        var index = replacements.Select((r, i) => (r, i)).FirstOrDefault(p => p.r is JsonValue v && v.TryGetValue<string>(out var t) && t == "user", (null, -1)).i;
        if (index < 0)
        {
            return;
        }

        replacements.RemoveAt(index);
        if (replacements.Count == 0)
        {
            data.Remove(field);
        }
    }
}
