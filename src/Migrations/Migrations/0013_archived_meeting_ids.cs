using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;

namespace Migrations.M0013;

/// <summary>
/// Adds the relation <c>organization/archived_meeting_ids</c> ↔ <c>meeting/is_archived_in_organization_id</c>: a
/// meeting that is not active in organization/1 is archived there. Creates, updates and field deletions of
/// <c>is_active_in_organization_id</c> set or drop the meeting's side; deletes and restores of archived meetings
/// change the organization's list, which is updated once at the end of the position (as in 0002, the organization
/// may be created later in the same position).
/// </summary>
[TargetMigrationIndex(14)]
public sealed class Migration : EventMigration
{
    private const string Organization = "organization/1";
    private const int OrganizationId = 1;
    private const string ActiveField = "is_active_in_organization_id";
    private const string ArchivedField = "is_archived_in_organization_id";

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

        var id = @event.Id;
        switch (@event)
        {
            case CreateEvent create when !IsActive(create.Data):
                create.Data[ArchivedField] = OrganizationId;
                Archive(id);
                return [create];
            case DeleteEvent when !IsActive(Current(@event.Fqid)):
                Unarchive(id);
                break;
            case RestoreEvent when !IsActive(Current(@event.Fqid)):
                Archive(id);
                break;
            case DeleteFieldsEvent deleteFields when deleteFields.Fields.Contains(ActiveField) && IsActive(Current(@event.Fqid)):
                Archive(id);
                return [deleteFields, new UpdateEvent(@event.Fqid, new JsonObject { [ArchivedField] = OrganizationId })];
            case UpdateEvent update when update.Data.ContainsKey(ActiveField):
                if (IsActive(update.Data))
                {
                    Unarchive(id);
                    return [update, new DeleteFieldsEvent(@event.Fqid, [ArchivedField])];
                }

                update.Data[ArchivedField] = OrganizationId;
                Archive(id);
                return [update];
        }

        return null;
    }

    protected override IReadOnlyList<DatastoreEvent>? GetAdditionalEvents()
    {
        if (_add.Count == 0 && _remove.Count == 0)
        {
            return null;
        }

        static JsonObject Ids(SortedSet<int> ids) => new() { ["archived_meeting_ids"] = new JsonArray([.. ids.Select(id => (JsonNode)id)]) };
        return [new ListUpdateEvent(Organization, _add.Count > 0 ? Ids(_add) : null, _remove.Count > 0 ? Ids(_remove) : null)];
    }

    private JsonObject Current(string fqid) => NewAccessor.GetModelIgnoreDeleted(fqid).Model;

    /// <summary>Active means <c>is_active_in_organization_id</c> is exactly 1 (missing, null and other values are not).</summary>
    private static bool IsActive(JsonObject data) =>
        data[ActiveField] is JsonValue value && value.TryGetValue<int>(out var organization) && organization == OrganizationId;

    private void Archive(int id)
    {
        if (!_remove.Remove(id))
        {
            _add.Add(id);
        }
    }

    private void Unarchive(int id)
    {
        if (!_add.Remove(id))
        {
            _remove.Add(id);
        }
    }
}
