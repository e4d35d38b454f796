using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;
using Migrations.Runtime.Events;

namespace Migrations.M0004;

/// <summary>Adds <c>motion_state/weight</c>, the state's <c>id</c> field, to every motion state.</summary>
[TargetMigrationIndex(5)]
public sealed class Migration() : AddFieldMigration("motion_state", "weight", null)
{
    protected override JsonNode? GetDefault(CreateEvent @event) => @event.Data["id"]?.DeepClone();
}
