using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;
using Migrations.Shared;

namespace Migrations.M0002;

/// <summary>
/// Adds the relation <c>organization/active_meeting_ids</c> ↔ <c>meeting/is_active_in_organization_id</c>: every
/// created meeting points to organization/1, and the organization's list follows creates, deletes and restores.
/// The list update is appended after all events of the position, because the organization may be created by a
/// later event of the same position. Its add and remove lists follow CPython's set order, as upstream's sets
/// (<see cref="PendingListChange"/>), so the organization's list gets the ids in upstream's order.
/// </summary>
[TargetMigrationIndex(3)]
public sealed class Migration : EventMigration
{
    private const string Organization = "organization/1";
    private readonly PendingListChange _activeMeetings = new();

    protected override void PositionInit() => _activeMeetings.Clear();

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
                _activeMeetings.Add(create.Id);
                return [create];
            case DeleteEvent:
                _activeMeetings.Remove(@event.Id);
                break;
            case RestoreEvent:
                _activeMeetings.Add(@event.Id);
                break;
        }

        return null;
    }

    protected override IReadOnlyList<DatastoreEvent>? GetAdditionalEvents() =>
        _activeMeetings.IsEmpty ? null : [_activeMeetings.ToEvent(Organization, "active_meeting_ids")];
}
