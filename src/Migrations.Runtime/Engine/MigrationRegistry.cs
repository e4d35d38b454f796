using Migrations.Runtime.Authoring;
using Migrations.Runtime.Errors;

namespace Migrations.Runtime.Engine;

/// <summary>
/// The registered migrations, validated as upstream's loader does (spec §3.7): indices sequential from 2, event
/// migrations before model migrations. <see cref="LastEventIndex"/> is L, <see cref="TargetIndex"/> is T.
/// </summary>
internal sealed class MigrationRegistry
{
    private readonly Dictionary<int, BaseMigration> _byTarget = [];

    /// <summary>Instantiates and validates the migrations; throws <see cref="MigrationSetupException"/> with upstream's messages.</summary>
    public MigrationRegistry(IEnumerable<MigrationDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        var migrations = new List<BaseMigration>();
        foreach (var descriptor in descriptors)
        {
            if (descriptor.TargetMigrationIndex == -1)
            {
                throw new MigrationSetupException($"You need to specify target_migration_index of {descriptor.Name}");
            }

            var migration = descriptor.Factory();
            if (migration.Kind != descriptor.Kind)
            {
                throw new MigrationSetupException(
                    $"{descriptor.Name} is registered as {Describe(descriptor.Kind)} but is {Describe(migration.Kind)}");
            }

            migration.Name = descriptor.Name;
            migration.TargetMigrationIndex = descriptor.TargetMigrationIndex;
            migrations.Add(migration);
            _factories[descriptor.TargetMigrationIndex] = descriptor;
        }

        var sorted = migrations.OrderBy(m => m.TargetMigrationIndex).ToList();
        var lastEvent = 1;
        for (var i = 0; i < sorted.Count; i++)
        {
            var migration = sorted[i];
            if (migration.TargetMigrationIndex != i + 2)
            {
                throw new MigrationSetupException(
                    "target_migration_index: Migrations are not numbered sequentially beginning at 2. "
                    + $"Found {migration.Name} at position {i + 1} and target_migration_index {migration.TargetMigrationIndex}, "
                    + $"expected migration index {i + 2}");
            }

            if (migration.Kind == MigrationKind.Event)
            {
                if (lastEvent < migration.TargetMigrationIndex - 1)
                {
                    throw new MigrationSetupException(
                        $"All migrations with target_migration_index > {lastEvent} must be model migrations. Invalid event migration: {migration.Name}.");
                }

                lastEvent = migration.TargetMigrationIndex;
            }

            _byTarget[migration.TargetMigrationIndex] = migration;
        }

        LastEventIndex = lastEvent;
        TargetIndex = sorted.Count + 1;
    }

    private readonly Dictionary<int, MigrationDescriptor> _factories = [];

    private static string Describe(MigrationKind kind) => kind == MigrationKind.Event ? "an event migration" : "a model migration";

    /// <summary>L: the target index of the last event migration (1 if there is none).</summary>
    public int LastEventIndex { get; }

    /// <summary>T: the target index of all migrations (1 if there is none).</summary>
    public int TargetIndex { get; }

    /// <summary>The migration whose target index is <paramref name="targetIndex"/>.</summary>
    public BaseMigration this[int targetIndex] => _byTarget[targetIndex];

    /// <summary>
    /// A new instance of that migration, in its initial state: for a run that uses it once and must not keep the
    /// state it gathered (the in-memory migration of one large position).
    /// </summary>
    public BaseMigration CreateInstance(int targetIndex)
    {
        var descriptor = _factories[targetIndex];
        var migration = descriptor.Factory();
        migration.Name = descriptor.Name;
        migration.TargetMigrationIndex = descriptor.TargetMigrationIndex;
        return migration;
    }
}
