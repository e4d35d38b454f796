using Migrations.Runtime.Events;
using Migrations.Runtime.Keyframes;
using Npgsql;
using NpgsqlTypes;

namespace Migrations.Runtime.Engine;

/// <summary>
/// Writes what an event migration run produces on a connection of its own, while the run already migrates the next
/// batch (one write in flight at a time, in order). Batches of migrated events and positions go into an open
/// transaction; a checkpoint adds the keyframe models changed since the last one and commits. So every commit holds
/// positions, their events and the keyframes after the last of them: a run killed at any moment resumes from the
/// last commit exactly (spec §4.6: after position P the keyframes (P, m…L) exist).
/// </summary>
internal sealed class MigrationWriter(NpgsqlDataSource dataSource, int target, MigrationOptions options) : IAsyncDisposable
{
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;
    private Task _pending = Task.CompletedTask;

    /// <summary>True if batches were written since the last checkpoint.</summary>
    public bool HasUncommitted { get; private set; }

    /// <summary>Starts writing a batch (after the previous write finished; its failure surfaces here).</summary>
    public async Task WriteBatchAsync(IReadOnlyList<MigratedPosition> batch, CancellationToken cancellationToken)
    {
        await _pending;
        HasUncommitted = true;
        _pending = Task.Run(() => WriteBatchCoreAsync(batch, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Starts a checkpoint at <paramref name="position"/> (the last position written): the keyframes' changed models
    /// are taken now, written and committed in the background.
    /// </summary>
    public async Task CheckpointAsync(IReadOnlyCollection<Keyframe> keyframes, int position, CancellationToken cancellationToken)
    {
        await _pending;
        var plan = MigrationTables.PlanCheckpoint(keyframes);
        HasUncommitted = false;
        _pending = Task.Run(() => CheckpointCoreAsync(plan, position, cancellationToken), cancellationToken);
    }

    /// <summary>Waits until everything started has been written (and rethrows a failure).</summary>
    public Task DrainAsync() => _pending;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _pending;
        }
        catch (Exception)
        {
            // Already reported to the run (or the run failed first); an open transaction is rolled back below.
        }

        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private async Task<(NpgsqlConnection, NpgsqlTransaction)> TransactionAsync(CancellationToken cancellationToken)
    {
        _connection ??= await dataSource.OpenConnectionAsync(cancellationToken);
        _transaction ??= await _connection.BeginTransactionAsync(cancellationToken);
        return (_connection, _transaction);
    }

    private async Task WriteBatchCoreAsync(IReadOnlyList<MigratedPosition> batch, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await TransactionAsync(cancellationToken);
        var rewritten = new List<(int, IReadOnlyList<DatastoreEvent>)>(batch.Count);
        var replaced = new List<int>();
        foreach (var position in batch)
        {
            if (position.Rewritten)
            {
                rewritten.Add((position.Position, position.Events));
                if (position.HadRows)
                {
                    replaced.Add(position.Position);
                }
            }
        }

        await MigrationTables.ReplaceMigrationEventsAsync(connection, transaction, rewritten, replaced, cancellationToken);
        await options.ReachAsync("migrate:flush:events");
        await using (var command = new NpgsqlCommand(
            "INSERT INTO migration_positions (position, migration_index) SELECT p, @index FROM unnest(@positions) AS p ON CONFLICT (position) DO UPDATE SET migration_index = excluded.migration_index",
            connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<int>("index", NpgsqlDbType.Integer) { TypedValue = target });
            command.Parameters.Add(new NpgsqlParameter<int[]>("positions", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. batch.Select(b => b.Position)] });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await options.ReachAsync("migrate:flush:positions");
    }

    private async Task CheckpointCoreAsync(CheckpointPlan plan, int position, CancellationToken cancellationToken)
    {
        var (connection, transaction) = await TransactionAsync(cancellationToken);
        await MigrationTables.CheckpointKeyframesAsync(connection, transaction, plan, position, options.ReachAsync, cancellationToken);
        await options.ReachAsync("migrate:flush:models");
        await transaction.CommitAsync(cancellationToken);
        await transaction.DisposeAsync();
        _transaction = null;
        await options.ReachAsync("migrate:flush:committed");
    }
}

/// <summary>
/// A migrated position: its new events (or its old ones when it needed no migration, then nothing is written), and
/// whether earlier runs left rows of it in <c>migration_events</c> (they are replaced).
/// </summary>
internal sealed record MigratedPosition(int Position, List<DatastoreEvent> Events, bool Rewritten, bool HadRows);
