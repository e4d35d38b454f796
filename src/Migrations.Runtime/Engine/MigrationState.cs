namespace Migrations.Runtime.Engine;

/// <summary>What the datastore needs (spec §4.2). Migration required implies finalization too.</summary>
public enum MigrationState
{
    /// <summary><c>no_migration_required</c></summary>
    NoMigrationRequired,

    /// <summary><c>migration_required</c></summary>
    MigrationRequired,

    /// <summary><c>finalization_required</c></summary>
    FinalizationRequired,
}

/// <summary>Upstream's names of the states.</summary>
public static class MigrationStateNames
{
    /// <summary>The snake_case name used in stats and by the HTTP route.</summary>
    public static string ToName(this MigrationState state) => state switch
    {
        MigrationState.NoMigrationRequired => "no_migration_required",
        MigrationState.MigrationRequired => "migration_required",
        MigrationState.FinalizationRequired => "finalization_required",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}

/// <summary>The numbers <c>stats</c> reports (spec §4.10).</summary>
public sealed record MigrationStats(
    MigrationState Status,
    int CurrentMigrationIndex,
    int TargetMigrationIndex,
    long Positions,
    long Events,
    long PartiallyMigratedPositions,
    long FullyMigratedPositions);
