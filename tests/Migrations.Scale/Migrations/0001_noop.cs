using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;

namespace Migrations.Scale.M0001;

/// <summary>Benchmark step 1: keeps every event (the engine's own cost).</summary>
[TargetMigrationIndex(2)]
public sealed class Migration : EventMigration
{
    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event) => null;
}
