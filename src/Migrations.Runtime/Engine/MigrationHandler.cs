using System.Globalization;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Database;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;
using Npgsql;
using NpgsqlTypes;

namespace Migrations.Runtime.Engine;

/// <summary>
/// The commands of the migration framework (spec §4): <see cref="MigrateAsync"/>, <see cref="FinalizeAsync"/>,
/// <see cref="ResetAsync"/>, <see cref="GetStatsAsync"/> / <see cref="PrintStatsAsync"/> and
/// <see cref="ClearCollectionFieldTablesAsync"/>, with upstream's log lines. Deliberate differences: migrate,
/// finalize and reset hold an advisory lock, and finalize is one transaction after its event migration, so a crash
/// or a failing model migration leaves the datastore as it was before finalize.
/// </summary>
public sealed class MigrationHandler
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly MigrationRegistry _registry;
    private readonly MigrationLogger _logger;
    private readonly MigrationOptions _options;

    /// <summary>Registers the migrations (validated as upstream does; <see cref="MigrationSetupException"/>).</summary>
    public MigrationHandler(NpgsqlDataSource dataSource, IEnumerable<MigrationDescriptor> migrations, MigrationLogger? logger = null, MigrationOptions? options = null)
    {
        _dataSource = dataSource;
        _registry = new MigrationRegistry(migrations);
        _logger = logger ?? MigrationLogger.Console();
        _options = options ?? new MigrationOptions();
    }

    /// <summary>T: the migration index the registered migrations lead to.</summary>
    public int TargetMigrationIndex => _registry.TargetIndex;

    /// <summary>L: the target index of the last event migration.</summary>
    public int LastEventMigrationIndex => _registry.LastEventIndex;

    /// <summary>Runs the event migrations into the migration tables; the datastore stays usable (spec §4.4).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        // The first line comes before the wait for the lock, so that a waiting run is seen (the route's progress).
        _logger.Info("Running migrations.");
        await using var runLock = await MigrationLock.AcquireAsync(_dataSource, _options.LockTimeout, cancellationToken);
        if (await RunChecksAsync(cancellationToken))
        {
            return;
        }

        var state = await GetMigrationStateAsync(verbose: true, cancellationToken);
        if (state == MigrationState.MigrationRequired)
        {
            await new EventMigrater(_dataSource, _registry, _logger, _options).MigrateAsync(cancellationToken);
        }

        if (state != MigrationState.NoMigrationRequired)
        {
            _logger.Info("Done. Finalizing is still needed.");
        }
    }

    /// <summary>
    /// Migrates what is left, swaps the migrated events in, rebuilds models and id sequences, then runs the model
    /// migrations (spec §4.5). Everything after the event migration is one transaction.
    /// </summary>
    public async Task FinalizeAsync(CancellationToken cancellationToken = default)
    {
        // The first line comes before the wait for the lock, so that a waiting run is seen (the route's progress).
        _logger.Info("Finalize migrations.");
        await using var runLock = await MigrationLock.AcquireAsync(_dataSource, _options.LockTimeout, cancellationToken);
        if (await RunChecksAsync(cancellationToken))
        {
            await ClearCollectionFieldTablesCoreAsync(cancellationToken);
            return;
        }

        var state = await GetMigrationStateAsync(verbose: true, cancellationToken);
        if (state == MigrationState.NoMigrationRequired)
        {
            return;
        }

        if (state == MigrationState.MigrationRequired)
        {
            await new EventMigrater(_dataSource, _registry, _logger, _options).MigrateAsync(cancellationToken);
        }

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Writers wait until finalize has committed: nothing is written between the swap and the new index.
        await DatastoreWriter.LockAsync(connection, transaction, cancellationToken);
        var current = await CurrentIndexAsync(connection, transaction, cancellationToken);
        var last = _registry.LastEventIndex;
        if (current < last)
        {
            await ClearCollectionFieldTablesInAsync(connection, transaction, cancellationToken);
            await _options.ReachAsync("finalize:collectionfields");
            _logger.Info("Calculate helper tables...");
            await RebuildModelsAsync(connection, transaction, last, cancellationToken);
            await _options.ReachAsync("finalize:rebuild");
            _logger.Info("Deleting all migration keyframes...");
            // TRUNCATE instead of DELETE: millions of keyframe rows are gone at once (finalize runs offline; the
            // writers wait for its lock, and the truncation rolls back with the transaction).
            await Sql(connection, transaction, "TRUNCATE migration_keyframe_models, migration_keyframes", cancellationToken);
            await _options.ReachAsync("finalize:keyframes");
            _logger.Info("Swap events and migration_events tables...");
            await Sql(connection, transaction,
                "ALTER TABLE events RENAME TO events_swap; ALTER TABLE migration_events RENAME TO events; ALTER TABLE events_swap RENAME TO migration_events",
                cancellationToken);
            await _options.ReachAsync("finalize:swap");
            await SetIndexAsync(connection, transaction, last, cancellationToken);
            await _options.ReachAsync("finalize:index");
            _logger.Info("Clean up migration data...");
            await CleanMigrationDataAsync(connection, transaction, cancellationToken);
            await _options.ReachAsync("finalize:cleanup");
        }

        if (last < _registry.TargetIndex)
        {
            await RunModelMigrationsAsync(connection, transaction, cancellationToken);
            await ClearCollectionFieldTablesInAsync(connection, transaction, cancellationToken);
            await SetIndexAsync(connection, transaction, _registry.TargetIndex, cancellationToken);
            await _options.ReachAsync("finalize:models");
            _logger.Info("Done.");
        }

        await _options.ReachAsync("finalize:commit");
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Deletes all migration data that is not finalized; positions, events and models stay (spec §4.7).</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        // The first line comes before the wait for the lock, so that a waiting run is seen (the route's progress).
        _logger.Info("Reset migrations.");
        await using var runLock = await MigrationLock.AcquireAsync(_dataSource, _options.LockTimeout, cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await IsEmptyAsync(connection, transaction, cancellationToken))
        {
            _logger.Info("Datastore is empty, nothing to do.");
            return;
        }

        await AssertValidMigrationIndexAsync(connection, transaction, cancellationToken);
        _logger.Info("Deleting all migration keyframes...");
        await Sql(connection, transaction, "DELETE FROM migration_keyframes; DELETE FROM migration_keyframe_models", cancellationToken);
        _logger.Info("Clean up migration data...");
        await CleanMigrationDataAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Empties <c>collectionfields</c> and <c>events_to_collectionfields</c> (spec §4.9).</summary>
    public Task ClearCollectionFieldTablesAsync(CancellationToken cancellationToken = default) => ClearCollectionFieldTablesCoreAsync(cancellationToken);

    /// <summary>What the datastore needs, with upstream's log lines when <paramref name="verbose"/> (spec §4.2).</summary>
    public async Task<MigrationState> GetMigrationStateAsync(bool verbose = false, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        return await GetMigrationStateAsync(connection, transaction, verbose, cancellationToken);
    }

    /// <summary>
    /// Fails with <see cref="MismatchingMigrationIndicesException"/> as migrate and finalize do when the datastore's
    /// indices are inconsistent or higher than the registered migrations (a newer version wrote it).
    /// </summary>
    public async Task AssertValidMigrationIndexAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await AssertValidMigrationIndexAsync(connection, transaction, cancellationToken);
    }

    /// <summary>The numbers of spec §4.10, in one transaction; nothing is logged.</summary>
    public async Task<MigrationStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var current = await CurrentIndexAsync(connection, transaction, cancellationToken);
        var positions = await ScalarAsync<long>(connection, transaction, "SELECT count(*) FROM positions", cancellationToken);
        var events = await ScalarAsync<long>(connection, transaction, "SELECT count(*) FROM events", cancellationToken);
        var migrationPositions = await ScalarAsync<long>(connection, transaction, "SELECT count(*) FROM migration_positions", cancellationToken);
        var full = await ScalarAsync<long>(connection, transaction,
            $"SELECT count(*) FROM migration_positions WHERE migration_index = {_registry.TargetIndex}", cancellationToken);
        var state = await GetMigrationStateAsync(connection, transaction, verbose: false, cancellationToken);
        return new MigrationStats(state, current, _registry.TargetIndex, positions, events, migrationPositions - full, full);
    }

    /// <summary>Logs the stats as upstream's <c>stats</c> command does, without its trailing spaces and with 0 positions to migrate once up to date.</summary>
    public async Task<MigrationStats> PrintStatsAsync(CancellationToken cancellationToken = default)
    {
        var stats = await GetStatsAsync(cancellationToken);
        var newer = stats.CurrentMigrationIndex > stats.TargetMigrationIndex;
        var action = stats.CurrentMigrationIndex == stats.TargetMigrationIndex ? "The datastore is up-to-date"
            : newer ? $"The datastore is newer than the registered migrations (index {stats.CurrentMigrationIndex} > {stats.TargetMigrationIndex})"
            : "Migration/Finalization is needed";
        var migrationAction = stats.Status switch
        {
            _ when newer => "No action possible: a newer version of the migrations wrote this datastore",
            MigrationState.NoMigrationRequired => "No action needed",
            MigrationState.MigrationRequired => "Migration and finalization needed",
            _ => "Finalization needed",
        };
        // Upstream prints "all positions" here even for an up-to-date store; nothing is left to migrate then.
        var toMigrate = stats.Status == MigrationState.NoMigrationRequired ? 0 : stats.Positions - stats.FullyMigratedPositions;
        _logger.Info(string.Join('\n',
            $"- Registered migrations for migration index {stats.TargetMigrationIndex}",
            $"- Datastore has {stats.Positions} positions with {stats.Events} events",
            $"- The positions have a migration index of {stats.CurrentMigrationIndex}",
            $"-> {action}",
            $"- There are {stats.FullyMigratedPositions} fully migrated positions and",
            $"{stats.PartiallyMigratedPositions} partially migrated ones",
            $"-> {migrationAction}",
            $"- {toMigrate} positions have to be migrated (including",
            "partially migrated ones)"));
        return stats;
    }

    private async Task<MigrationState> GetMigrationStateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, bool verbose, CancellationToken cancellationToken)
    {
        void Log(string message)
        {
            if (verbose)
            {
                _logger.Info(message);
            }
        }

        var current = await CurrentIndexAsync(connection, transaction, cancellationToken);
        var positions = await ScalarAsync<long>(connection, transaction, "SELECT count(*) FROM positions", cancellationToken);
        var minMigrated = await ScalarAsync<int?>(connection, transaction, "SELECT min(migration_index) FROM migration_positions", cancellationToken);
        var minMigrationIndex = minMigrated is null or 0 ? current : minMigrated.Value;
        var migrated = await ScalarAsync<long>(connection, transaction, "SELECT count(*) FROM migration_positions", cancellationToken);
        if (migrated < positions)
        {
            // Deliberate difference: positions no run has touched yet are still at the datastore's index. Upstream
            // counts from the migrated ones only and says "0 event migrations to apply." when a run resumes.
            minMigrationIndex = Math.Min(minMigrationIndex, current);
        }
        var last = _registry.LastEventIndex;
        var target = _registry.TargetIndex;

        var state = MigrationState.NoMigrationRequired;
        if (current >= last)
        {
            Log("No event migrations to apply.");
        }
        else if ((minMigrationIndex == last && positions == migrated) || current == -1)
        {
            Log("No event migrations to apply, but finalizing is still needed.");
            state = MigrationState.FinalizationRequired;
        }
        else
        {
            var count = last - minMigrationIndex;
            Log($"{count} event migration{(count != 1 ? "s" : "")} to apply.");
            state = MigrationState.MigrationRequired;
        }

        var modelStart = Math.Max(current, last);
        if (current > -1 && modelStart < target)
        {
            var count = target - modelStart;
            Log($"{count} model migration{(count != 1 ? "s" : "")} to apply.");
            if (state == MigrationState.NoMigrationRequired)
            {
                state = MigrationState.FinalizationRequired;
            }
        }
        else
        {
            Log("No model migrations to apply.");
        }

        Log($"Current migration index: {current}");
        return state;
    }

    /// <summary>Spec §4.3: empty datastore, valid indices, the MI -1 shortcut. True if the command is done.</summary>
    private async Task<bool> RunChecksAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await IsEmptyAsync(connection, transaction, cancellationToken))
        {
            _logger.Info("Datastore is empty, nothing to do.");
            return true;
        }

        await AssertValidMigrationIndexAsync(connection, transaction, cancellationToken);
        var minIndex = await ScalarAsync<int?>(connection, transaction, "SELECT min(migration_index) FROM positions", cancellationToken);
        if (minIndex == -1)
        {
            _logger.Info("The datastore has a migration index of -1.");
            await SetIndexAsync(connection, transaction, _registry.TargetIndex, cancellationToken);
            await Sql(connection, transaction,
                "DELETE FROM migration_events; DELETE FROM migration_positions; DELETE FROM migration_keyframes; DELETE FROM migration_keyframe_models",
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }

        await transaction.CommitAsync(cancellationToken);
        return false;
    }

    private async Task AssertValidMigrationIndexAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        int current;
        try
        {
            current = await CurrentIndexAsync(connection, transaction, cancellationToken);
        }
        catch (InvalidDatastoreStateException e)
        {
            throw new MismatchingMigrationIndicesException(e.Message);
        }

        var maxMigrated = await ScalarAsync<int?>(connection, transaction, "SELECT max(migration_index) FROM migration_positions", cancellationToken);
        var highest = Math.Max(current, maxMigrated is null or 0 ? 1 : maxMigrated.Value);
        if (highest > _registry.TargetIndex)
        {
            throw new MismatchingMigrationIndicesException(
                $"The datastore has a higher migration index ({highest}) than the registered migrations ({_registry.TargetIndex})");
        }
    }

    private async Task RunModelMigrationsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var current = await CurrentIndexAsync(connection, transaction, cancellationToken);
        _logger.Info($"Migrating models from MI {current} to MI {_registry.TargetIndex} ...");
        var reader = new DatabaseMigrationReader(connection, transaction);
        for (var target = Math.Max(current, 1) + 1; target <= _registry.TargetIndex; target++)
        {
            var migration = (ModelMigration)_registry[target];
            _logger.Debug($"\tRunning migration with target migration index {target}");
            try
            {
                await DatastoreWriter.WriteStreamAtIndexAsync(
                    connection, transaction, migration.StreamAsync(reader, cancellationToken, _logger), target, _options.ModelMigrationChunk, cancellationToken,
                    unchunked: () => migration.IsOneList, collectionFields: false);

                await _options.ReachAsync("finalize:model-migration");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.Info($"Migration from MI {target - 1} to MI {target} failed!");
                throw new MigrationFailedException(
                    $"Migration {migration.Name} (MI {target - 1} to MI {target}) failed: {e.GetType().Name}: {e.Message}", e)
                {
                    MigrationName = migration.Name,
                };
            }
        }
    }

    private async Task RebuildModelsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int last, CancellationToken cancellationToken)
    {
        var keyframeId = await ScalarAsync<int?>(connection, transaction,
            $"SELECT id FROM migration_keyframes WHERE position = (SELECT max(position) FROM positions) AND migration_index = {last}", cancellationToken)
            ?? throw new BadCodingException($"The keyframe of the last position at migration index {last} is missing; run `reset` and migrate again.");
        await Sql(connection, transaction, $"""
            TRUNCATE models;
            INSERT INTO models (fqid, data, deleted)
            SELECT k.fqid, k.data, k.deleted FROM migration_keyframe_models k
            LEFT JOIN (SELECT fqid, min(id) AS first FROM migration_events GROUP BY fqid) e ON e.fqid = k.fqid
            WHERE k.keyframe_id = {keyframeId}
            ORDER BY e.first NULLS LAST, split_part(k.fqid, '/', 1), split_part(k.fqid, '/', 2)::bigint;
            DELETE FROM id_sequences;
            INSERT INTO id_sequences (collection, id)
            SELECT split_part(fqid, '/', 1), max(split_part(fqid, '/', 2)::int) + 1 FROM models GROUP BY split_part(fqid, '/', 1);
            """, cancellationToken);
    }

    private async Task SetIndexAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int index, CancellationToken cancellationToken)
    {
        _logger.Info($"Set the new migration index to {index}...");
        await using var command = new NpgsqlCommand("UPDATE positions SET migration_index = @index", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<int>("index", NpgsqlDbType.Integer) { TypedValue = index });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static Task CleanMigrationDataAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        // The identity sequence is looked up by table: after a swap its name belongs to the other table.
        Sql(connection, transaction, """
            TRUNCATE migration_positions, migration_events;
            DO $$ BEGIN EXECUTE format('ALTER SEQUENCE %s RESTART WITH 1', pg_get_serial_sequence('migration_events', 'id')); END $$;
            """, cancellationToken);

    private async Task ClearCollectionFieldTablesCoreAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ClearCollectionFieldTablesInAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private Task ClearCollectionFieldTablesInAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        _logger.Info("Cleaning collectionfield helper tables...");
        return Sql(connection, transaction, "DELETE FROM events_to_collectionfields; DELETE FROM collectionfields", cancellationToken);
    }

    private static async Task<bool> IsEmptyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) =>
        !await ScalarAsync<bool>(connection, transaction, "SELECT EXISTS(SELECT 1 FROM positions)", cancellationToken);

    private static async Task<int> CurrentIndexAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT min(migration_index), max(migration_index) FROM positions", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return MigrationIndices.Current(reader.IsDBNull(0) ? null : reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt32(1));
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }

    private static Task Sql(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken) =>
        MigrationTables.ExecuteAsync(connection, transaction, sql, cancellationToken);
}
