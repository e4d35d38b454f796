using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;
using Migrations.Shared;

namespace Migrations.M0013;

/// <summary>
/// Adds the relation <c>organization/archived_meeting_ids</c> ↔ <c>meeting/is_archived_in_organization_id</c>: a
/// meeting that is not active in organization/1 is archived there. Creates, updates and field deletions of
/// <c>is_active_in_organization_id</c> set or drop the meeting's side; deletes and restores of archived meetings
/// change the organization's list, which is updated once at the end of the position (as in 0002, the organization
/// may be created later in the same position). Its add and remove lists follow CPython's set order, as upstream's
/// sets (<see cref="PendingListChange"/>), so the organization's list gets the ids in upstream's order.
/// </summary>
[TargetMigrationIndex(14)]
public sealed class Migration : EventMigration
{
    private const string Organization = "organization/1";
    private const int OrganizationId = 1;
    private const string ActiveField = "is_active_in_organization_id";
    private const string ArchivedField = "is_archived_in_organization_id";

    private readonly PendingListChange _archivedMeetings = new();

    protected override void PositionInit() => _archivedMeetings.Clear();

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        if (@event.Collection != "meeting")
        {
            return null;
        }

        var id = @event.Id;
        switch (@event)
        {
            case CreateEvent create when !IsActive(create.Data):
                create.Data[ArchivedField] = OrganizationId;
                _archivedMeetings.Add(id);
                return [create];
            case DeleteEvent when !IsActive(Current(@event.Fqid)):
                _archivedMeetings.Remove(id);
                break;
            case RestoreEvent when !IsActive(Current(@event.Fqid)):
                _archivedMeetings.Add(id);
                break;
            case DeleteFieldsEvent deleteFields when deleteFields.Fields.Contains(ActiveField) && IsActive(Current(@event.Fqid)):
                _archivedMeetings.Add(id);
                return [deleteFields, new UpdateEvent(@event.Fqid, new JsonObject { [ArchivedField] = OrganizationId })];
            case UpdateEvent update when update.Data.ContainsKey(ActiveField):
                if (IsActive(update.Data))
                {
                    _archivedMeetings.Remove(id);
                    return [update, new DeleteFieldsEvent(@event.Fqid, [ArchivedField])];
                }

                update.Data[ArchivedField] = OrganizationId;
                _archivedMeetings.Add(id);
                return [update];
        }

        return null;
    }

    protected override IReadOnlyList<DatastoreEvent>? GetAdditionalEvents() =>
        _archivedMeetings.IsEmpty ? null : [_archivedMeetings.ToEvent(Organization, "archived_meeting_ids")];

    private JsonObject Current(string fqid) => NewAccessor.GetModelIgnoreDeleted(fqid).Model;

    /// <summary>Active means <c>is_active_in_organization_id</c> is exactly 1 (missing, null and other values are not).</summary>
    private static bool IsActive(JsonObject data) =>
        data[ActiveField] is JsonValue value && value.TryGetValue<int>(out var organization) && organization == OrganizationId;
}
