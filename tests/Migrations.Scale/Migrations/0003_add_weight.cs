using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;
using Migrations.Runtime.Events;

namespace Migrations.Scale.M0003;

/// <summary>Benchmark step 3: adds motion.weight, computed from the id.</summary>
[TargetMigrationIndex(4)]
public sealed class Migration() : AddFieldMigration("motion", "weight", null)
{
    protected override JsonNode? GetDefault(CreateEvent @event) => @event.Id * 10;
}
