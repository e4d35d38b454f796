using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;
using Migrations.Shared;

namespace Migrations.M0029;

/// <summary>
/// Adds the relation <c>user/organization_id</c> ↔ <c>organization/user_ids</c>: every created user belongs to
/// organization/1, which lists it (one list update at the end of the position, as the organization may be created
/// later in it); a deleted user is taken out of the list right after its delete. The created ids are listed in
/// CPython's set order, as upstream's set (<see cref="PythonIntSet"/>): user/751 and user/4515 are added as [4515, 751].
/// </summary>
[TargetMigrationIndex(30)]
public sealed class Migration : EventMigration
{
    private const string Organization = "organization/1";
    private readonly PythonIntSet _created = new();

    protected override void PositionInit() => _created.Clear();

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        if (@event.Collection != "user")
        {
            return null;
        }

        switch (@event)
        {
            case CreateEvent create:
                create.Data["organization_id"] = 1;
                _created.Add(create.Id);
                return [create];
            case DeleteEvent:
                return [@event, ListUpdates.Removing(Organization, "user_ids", @event.Id)];
            default:
                return null;
        }
    }

    protected override IReadOnlyList<DatastoreEvent>? GetAdditionalEvents() =>
        _created.Count == 0
            ? null
            : [new ListUpdateEvent(Organization, new JsonObject { ["user_ids"] = _created.ToJsonArray() }, null)];
}
