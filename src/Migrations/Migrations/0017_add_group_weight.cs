using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;
using Migrations.Runtime.Events;

namespace Migrations.M0017;

/// <summary>Adds <c>group/weight</c>, the group's <c>id</c> field, to every group.</summary>
[TargetMigrationIndex(18)]
public sealed class Migration() : AddFieldMigration("group", "weight", null)
{
    protected override JsonNode? GetDefault(CreateEvent @event) => @event.Data["id"]?.DeepClone();
}
