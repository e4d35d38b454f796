using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.M0068;

/// <summary>
/// Splits the poll permissions off the manage permissions: every live group whose <c>permissions</c> contain
/// <c>motion.can_manage</c> gets <c>motion.can_manage_polls</c> added, and every one containing
/// <c>assignment.can_manage</c> gets <c>assignment.can_manage_polls</c>; a group with both gets
/// <c>["assignment.can_manage_polls", "motion.can_manage_polls"]</c> appended in that order. Each is one list
/// update (add), so a permission the group already has is not added twice; groups are taken in read order. The
/// filter is upstream's: <c>permissions != []</c>, <c>permissions != None</c>, <c>meta_deleted != True</c>; in the
/// database the list value is sent as <c>'{}'</c>, so empty lists pass the filter there, and match nothing after it.
/// No such group, no position.
/// <para>Deliberate differences: upstream first reads every group and throws the result away; that read has no
/// effect and is left out. A <c>permissions</c> value that is not a list counts as no permissions (upstream: for a
/// string, Python's substring test, and then the writer fails on the list update of a non-list).</para>
/// </summary>
[TargetMigrationIndex(69)]
public sealed class Migration : ModelMigration
{
    private const string Field = "permissions";
    private const string MotionManage = "motion.can_manage";
    private const string AssignmentManage = "assignment.can_manage";

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var groups = await Reader.FilterAsync(
            "group",
            new And(
                new FilterOperator(Field, "!=", new JsonArray()),
                new FilterOperator(Field, "!=", null),
                new FilterOperator("meta_deleted", "!=", true)),
            [Field],
            cancellationToken);
        var events = new List<RequestEvent>();
        foreach (var (id, group) in groups)
        {
            if (group[Field] is not JsonArray permissions)
            {
                continue;
            }

            var motion = Contains(permissions, MotionManage);
            var assignment = Contains(permissions, AssignmentManage);
            if (!motion && !assignment)
            {
                continue;
            }

            var added = !assignment ? new JsonArray("motion.can_manage_polls")
                : !motion ? new JsonArray("assignment.can_manage_polls")
                : new JsonArray("assignment.can_manage_polls", "motion.can_manage_polls");
            events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid("group", id), new JsonObject(), new JsonObject { [Field] = added }));
        }

        return events;
    }

    private static bool Contains(JsonArray permissions, string permission) =>
        permissions.Any(entry => entry is JsonValue value && value.GetValueKind() == JsonValueKind.String
            && string.Equals(value.GetValue<string>(), permission, StringComparison.Ordinal));
}
