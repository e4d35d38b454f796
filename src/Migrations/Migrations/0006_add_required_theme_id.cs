using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;

namespace Migrations.M0006;

/// <summary>
/// Creates the default theme <c>theme/1</c> with the organization and points the organization to it
/// (<c>theme_id</c>, <c>theme_ids</c>); the update goes after the position's events.
/// </summary>
[TargetMigrationIndex(7)]
public sealed class Migration : EventMigration
{
    private const string Organization = "organization/1";
    private bool _updateThemeId;

    protected override void PositionInit() => _updateThemeId = false;

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        if (@event.Fqid != Organization || @event is not CreateEvent)
        {
            return null;
        }

        _updateThemeId = true;
        return
        [
            @event,
            new CreateEvent("theme/1", new JsonObject
            {
                ["id"] = 1,
                ["name"] = "OpenSlides Blue",
                ["primary_500"] = "#317796",
                ["accent_500"] = "#2196f3",
                ["warn_500"] = "#f06400",
                ["organization_id"] = 1,
                ["theme_for_organization_id"] = 1,
            }),
        ];
    }

    protected override IReadOnlyList<DatastoreEvent>? GetAdditionalEvents() =>
        _updateThemeId ? [new UpdateEvent(Organization, new JsonObject { ["theme_id"] = 1, ["theme_ids"] = new JsonArray(1) })] : null;
}
