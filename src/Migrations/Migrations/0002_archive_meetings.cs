using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;

namespace Migrations.M0002;

/// <summary>
/// Adds the relation <c>organization/active_meeting_ids</c> ↔ <c>meeting/is_active_in_organization_id</c>: every
/// created meeting points to organization/1, and the organization's list follows creates, deletes and restores.
/// The list update is appended after all events of the position, because the organization may be created by a
/// later event of the same position.
/// </summary>
[TargetMigrationIndex(3)]
public sealed class Migration : EventMigration
{
    private const string Organization = "organization/1";
    private readonly SortedSet<int> _add = [];
    private readonly SortedSet<int> _remove = [];

    protected override void PositionInit()
    {
        _add.Clear();
        _remove.Clear();
    }

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        if (@event.Collection != "meeting")
        {
            return null;
        }

        switch (@event)
        {
            case CreateEvent create:
                create.Data["is_active_in_organization_id"] = 1;
                _add.Add(create.Id);
                return [create];
            case DeleteEvent:
                if (!_add.Remove(@event.Id))
                {
                    _remove.Add(@event.Id);
                }

                break;
            case RestoreEvent:
                if (!_remove.Remove(@event.Id))
                {
                    _add.Add(@event.Id);
                }

                break;
        }

        return null;
    }

    protected override IReadOnlyList<DatastoreEvent>? GetAdditionalEvents()
    {
        if (_add.Count == 0 && _remove.Count == 0)
        {
            return null;
        }

        static JsonObject Ids(SortedSet<int> ids) => new() { ["active_meeting_ids"] = new JsonArray([.. ids.Select(id => (JsonNode)id)]) };
        return [new ListUpdateEvent(Organization, _add.Count > 0 ? Ids(_add) : null, _remove.Count > 0 ? Ids(_remove) : null)];
    }
}
