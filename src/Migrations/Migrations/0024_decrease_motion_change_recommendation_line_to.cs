using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;

namespace Migrations.M0024;

/// <summary>
/// Makes <c>motion_change_recommendation/line_to</c> inclusive: a created recommendation whose <c>line_from</c> is
/// less than its <c>line_to</c> gets <c>line_to - 1</c>. Updates are left alone, as upstream does.
/// </summary>
[TargetMigrationIndex(25)]
public sealed class Migration : EventMigration
{
    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        if (@event is not CreateEvent create || create.Collection != "motion_change_recommendation")
        {
            return null;
        }

        var from = Line(create, "line_from");
        var to = Line(create, "line_to");
        if (from >= to)
        {
            return null;
        }

        create.Data["line_to"] = to - 1;
        return [create];
    }

    private static long Line(CreateEvent create, string field) =>
        create.Data[field] is JsonValue value && value.TryGetValue<long>(out var line)
            ? line
            : throw new InvalidOperationException($"{create.Fqid} has no integer {field}");
}
