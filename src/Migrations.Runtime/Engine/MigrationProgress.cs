namespace Migrations.Runtime.Engine;

/// <summary>
/// Where a long event migration stands, reported after every migrated position (the receiver decides how often to
/// show it). Positions and events count this run only.
/// </summary>
/// <param name="PositionsDone">Positions migrated so far in this run.</param>
/// <param name="PositionsTotal">Positions this run has to migrate (known at its start; later writes may add more).</param>
/// <param name="EventsDone">Migrated events written for those positions.</param>
/// <param name="Position">The last position migrated.</param>
/// <param name="FromIndex">Its migration index before this run.</param>
/// <param name="ToIndex">The index it was migrated to (L).</param>
/// <param name="Elapsed">Time since the event migration of this run started.</param>
public sealed record MigrationProgress(long PositionsDone, long PositionsTotal, long EventsDone, int Position, int FromIndex, int ToIndex, TimeSpan Elapsed);
