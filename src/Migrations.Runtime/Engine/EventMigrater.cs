using System.Text.Json.Nodes;
using System.Threading.Channels;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keyframes;
using Npgsql;
using NpgsqlTypes;

namespace Migrations.Runtime.Engine;

/// <summary>
/// Runs the event migrations position by position (spec §4.6) with the same results as upstream, built for
/// millions of events: positions are read in pages, keyframes are in-memory maps of the models at each migration
/// index, and the migrated events, the positions' progress and the changed keyframe models are written per batch
/// of positions in one transaction (binary COPY). A failing position leaves every position before it committed,
/// exactly as upstream's one-transaction-per-position does, so a later run resumes at the failing position.
/// </summary>
internal sealed class EventMigrater(NpgsqlDataSource dataSource, MigrationRegistry registry, MigrationLogger logger, MigrationOptions options)
{
    private readonly int _target = registry.LastEventIndex;
    private readonly Dictionary<int, Keyframe> _keyframes = [];
    private int _batchNumber;
    private readonly ApplyMemo _memo = new();
    private readonly KeyframeMemory _memory = new();

    /// <summary>
    /// A position to migrate: its indices in <c>positions</c> and effective (spec §4.6), its metadata, and whether
    /// it has a <c>migration_positions</c> row (then <c>migration_events</c> may hold rows of it).
    /// </summary>
    private sealed record PositionRow(int Position, int PositionsIndex, int EffectiveIndex, DateTimeOffset Timestamp, int UserId, JsonNode? Information, bool Migrated);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var setup = await SetupAsync(connection, cancellationToken);
        if (setup is null)
        {
            return;
        }

        var (start, previous, total) = setup.Value;
        if (previous is not null)
        {
            // The keyframes the run continues from (their ids), so that the first page's models can be prefetched.
            await using var indices = new NpgsqlCommand("SELECT migration_index FROM migration_keyframes WHERE position = @position ORDER BY 1", connection);
            indices.Parameters.Add(new NpgsqlParameter<int>("position", NpgsqlDbType.Integer) { TypedValue = previous.Position });
            var found = new List<int>();
            await using (var reader = await indices.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    found.Add(reader.GetInt32(0));
                }
            }

            foreach (var index in found)
            {
                await KeyframeAsync(connection, index, previous, cancellationToken);
            }
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        long done = 0, eventsDone = 0;
        var batch = new List<MigratedPosition>();
        var batchEvents = 0;
        await using var writer = new MigrationWriter(dataSource, _target, options);
        var sinceCheckpoint = System.Diagnostics.Stopwatch.StartNew();

        // The next page is read (and its events parsed) on a connection of its own while this one is migrated. The
        // reader always starts (no token for Task.Run), so the channel is always completed, with its failure if any.
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pages = Channel.CreateBounded<Page>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => ReadPagesAsync(pages.Writer, start - 1, stopReading.Token), CancellationToken.None);
        try
        {
            await foreach (var (page, events) in pages.Reader.ReadAllAsync(cancellationToken))
            {
                await PrefetchAsync(connection, events, cancellationToken);
                foreach (var position in page)
                {
                    if (previous is not null && position.EffectiveIndex > previous.EffectiveIndex)
                    {
                        await FinishAsync(writer, batch, previous, cancellationToken);
                        throw new MismatchingMigrationIndicesException(
                            $"Position {position.Position} has a higher migration index as it's predecessor (position {previous.Position})");
                    }

                    MigratedPosition migrated;
                    try
                    {
                        migrated = await MigratePositionAsync(connection, position, previous, events.GetValueOrDefault(position.Position) ?? [], cancellationToken);
                    }
                    catch
                    {
                        // Positions before the failing one stay migrated, as with upstream's transaction per position.
                        await FinishAsync(writer, batch, previous, cancellationToken);
                        throw;
                    }

                    batch.Add(migrated);
                    done++;
                    eventsDone += migrated.Events.Count;
                    options.Progress?.Invoke(new MigrationProgress(done, Math.Max(total, done), eventsDone, position.Position, position.EffectiveIndex, _target, clock.Elapsed));
                    await options.ReachAsync("migrate:position");
                    batchEvents += migrated.Events.Count;
                    previous = position;
                    if (batch.Count >= options.BatchPositions || batchEvents >= options.BatchEvents)
                    {
                        await writer.WriteBatchAsync(batch, cancellationToken);
                        batch = [];
                        batchEvents = 0;
                        NextBatch();
                        if (sinceCheckpoint.Elapsed >= options.CheckpointInterval
                            || _memory.DirtyBytes >= options.KeyframeCacheBytes / 2)
                        {
                            await writer.CheckpointAsync(_keyframes.Values, previous.Position, cancellationToken);
                            sinceCheckpoint.Restart();
                        }
                    }
                }
            }
        }
        finally
        {
            await stopReading.CancelAsync();
            try
            {
                await reading;
            }
            catch (Exception)
            {
                // Its failure reached the loop through the channel, or the loop failed first and stopped it.
            }
        }

        await FinishAsync(writer, batch, previous, cancellationToken);
    }

    /// <summary>Positions in order and their events by position.</summary>
    private sealed record Page(List<PositionRow> Positions, Dictionary<int, List<DatastoreEvent>> Events);

    /// <summary>Reads the pages of positions after <paramref name="after"/>, with their events, until none is left.</summary>
    private async Task ReadPagesAsync(ChannelWriter<Page> pages, int after, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            while (true)
            {
                var page = await ReadPositionsAsync(connection, after, cancellationToken);
                if (page.Count == 0)
                {
                    break;
                }

                await pages.WriteAsync(new Page(page, await ReadEventsAsync(connection, page, cancellationToken)), cancellationToken);
                after = page[^1].Position;
            }
        }
        catch (Exception e)
        {
            failure = e;
            throw;
        }
        finally
        {
            pages.TryComplete(failure);
        }
    }

    /// <summary>
    /// Writes the rest of the batch and a last checkpoint after <paramref name="last"/> (the last position migrated,
    /// if any was), and waits until everything is committed.
    /// </summary>
    private async Task FinishAsync(MigrationWriter writer, List<MigratedPosition> batch, PositionRow? last, CancellationToken cancellationToken)
    {
        if (batch.Count > 0)
        {
            await writer.WriteBatchAsync(batch, cancellationToken);
        }

        if (writer.HasUncommitted)
        {
            await writer.CheckpointAsync(_keyframes.Values, last!.Position, cancellationToken);
        }

        await writer.DrainAsync();
    }

    /// <summary>Where to start and the position before it (spec §4.6 setup), or null if there is nothing to do.</summary>
    private async Task<(int Start, PositionRow? Previous, long Total)?> SetupAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                Command("SELECT min(position) FROM positions WHERE migration_index < @target"),
                Command("SELECT min(position) FROM migration_positions WHERE migration_index < @target"),
                Command("SELECT min(position) FROM positions WHERE position > (SELECT max(position) FROM migration_positions)"),
                Command("SELECT min(migration_index) FROM positions"),
                Command("SELECT min(migration_index) FROM migration_positions"),
            },
        };
        int? p1, p2, afterMigrated, minPositions, minMigrationPositions;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            p1 = await NextIntAsync(reader, cancellationToken);
            p2 = await NextIntAsync(reader, cancellationToken);
            afterMigrated = await NextIntAsync(reader, cancellationToken);
            minPositions = await NextIntAsync(reader, cancellationToken);
            minMigrationPositions = await NextIntAsync(reader, cancellationToken);
        }

        // Upstream's `or 1`: a missing value (and 0) counts as 1.
        var minA = minPositions is null or 0 ? 1 : minPositions.Value;
        var minB = minMigrationPositions is null or 0 ? 1 : minMigrationPositions.Value;
        if (minA < 1 || minB < 1)
        {
            throw new MismatchingMigrationIndicesException(
                $"Datastore has an invalid migration index: MI of positions table={minA}; MI of migrations_position table={minB}");
        }

        p2 ??= afterMigrated;
        int? start = p2 is not null && p1 is not null ? Math.Max(p1.Value, p2.Value) : p1;
        if (start is null)
        {
            return null;
        }

        PositionRow? previous = null;
        await using (var command = new NpgsqlCommand(PositionSelect + " WHERE p.position < @start ORDER BY p.position DESC LIMIT 1", connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<int>("start", NpgsqlDbType.Integer) { TypedValue = start.Value });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                previous = ReadPosition(reader);
            }
        }

        long total;
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM positions WHERE position >= @start", connection, transaction))
        {
            count.Parameters.Add(new NpgsqlParameter<int>("start", NpgsqlDbType.Integer) { TypedValue = start.Value });
            total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        await transaction.CommitAsync(cancellationToken);
        return (start.Value, previous, total);

        NpgsqlBatchCommand Command(string sql) => new(sql)
        {
            Parameters = { new NpgsqlParameter<int>("target", NpgsqlDbType.Integer) { TypedValue = _target } },
        };
    }

    private async Task<MigratedPosition> MigratePositionAsync(
        NpgsqlConnection connection, PositionRow position, PositionRow? previous, List<DatastoreEvent> events, CancellationToken cancellationToken)
    {
        logger.Info($"Position {position.Position} from MI {position.EffectiveIndex} to MI {_target} ...");
        var positionData = new PositionData(position.Position, position.Timestamp, position.UserId, position.Information);
        var views = new List<KeyframeView>();
        _memo.Clear();
        if (position.EffectiveIndex >= _target)
        {
            // Nothing to migrate; the target keyframe still follows the position's events.
            var view = new KeyframeView(await KeyframeAsync(connection, _target, previous, cancellationToken), position.Position);
            foreach (var e in events)
            {
                view.Apply(e);
            }

            view.Commit();
            return new MigratedPosition(position.Position, events, Rewritten: false, position.Migrated);
        }

        for (var source = position.EffectiveIndex; source < _target; source++)
        {
            var target = source + 1;
            var migration = (EventMigration)registry[target];
            var oldView = new KeyframeView(await KeyframeAsync(connection, source, previous, cancellationToken), position.Position, _memo);
            var newView = new KeyframeView(await KeyframeAsync(connection, target, previous, cancellationToken), position.Position, _memo);
            logger.Debug($"\tRunning migration with target migration index {target}");
            string? fqid = null;
            try
            {
                events = migration.Migrate(events, oldView, newView, positionData, e => fqid = e.Fqid);
            }
            catch (Exception e) when (e is not OperationCanceledException and not NpgsqlException)
            {
                // A lost connection (a keyframe model read from the database) is not the migration's failure.
                logger.Info($"Migration from MI {source} to MI {target} failed!");
                var at = fqid is null ? "" : $" at event {fqid}";
                throw new MigrationFailedException(
                    $"Migration {migration.Name} (MI {source} to MI {target}) failed on position {position.Position}{at}: {e.GetType().Name}: {e.Message}", e)
                {
                    MigrationName = migration.Name,
                    Position = position.Position,
                    Fqid = fqid,
                };
            }

            views.Add(oldView);
            if (target == _target)
            {
                views.Add(newView);
            }
        }

        // The views are committed from the lowest index up; equal models are stored once for all indices.
        var shared = new Dictionary<string, StoredModel>(StringComparer.Ordinal);
        foreach (var view in views)
        {
            view.Commit(shared);
        }

        return new MigratedPosition(position.Position, events, Rewritten: true, position.Migrated);
    }

    /// <summary>
    /// The keyframe at <paramref name="index"/>: from the database row of the previous position (its ids only; models
    /// are loaded when needed), or empty before the first position.
    /// </summary>
    private async Task<Keyframe> KeyframeAsync(NpgsqlConnection connection, int index, PositionRow? previous, CancellationToken cancellationToken)
    {
        if (_keyframes.TryGetValue(index, out var keyframe))
        {
            return keyframe;
        }

        keyframe = new Keyframe(index, _memory) { Loader = (k, fqid) => LoadModel(connection, k, fqid), Now = _batchNumber };
        if (previous is not null)
        {
            await using var command = new NpgsqlCommand(
                "SELECT k.id, m.fqid, m.deleted FROM migration_keyframes k LEFT JOIN migration_keyframe_models m ON m.keyframe_id = k.id WHERE k.position = @position AND k.migration_index = @index",
                connection);
            command.Parameters.Add(new NpgsqlParameter<int>("position", NpgsqlDbType.Integer) { TypedValue = previous.Position });
            command.Parameters.Add(new NpgsqlParameter<int>("index", NpgsqlDbType.Integer) { TypedValue = index });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                keyframe.DatabaseId = reader.GetInt32(0);
                if (!reader.IsDBNull(1))
                {
                    keyframe.LoadId(reader.GetString(1), reader.GetBoolean(2));
                }
            }

            if (keyframe.DatabaseId is null)
            {
                throw new BadCodingException(
                    $"The keyframe of position {previous.Position} at migration index {index} is missing; run `reset` and migrate again.");
            }

            keyframe.DatabasePosition = previous.Position;
        }

        _keyframes[index] = keyframe;
        return keyframe;
    }

    /// <summary>A model the keyframe knows but does not hold (a migration reads it, or an event it did not foresee).</summary>
    private StoredModel LoadModel(NpgsqlConnection connection, Keyframe keyframe, string fqid)
    {
        using var command = new NpgsqlCommand("SELECT data, deleted FROM migration_keyframe_models WHERE keyframe_id = @id AND fqid = @fqid", connection);
        command.Parameters.Add(new NpgsqlParameter<int>("id", NpgsqlDbType.Integer) { TypedValue = keyframe.DatabaseId ?? 0 });
        command.Parameters.Add(new NpgsqlParameter<string>("fqid", NpgsqlDbType.Varchar) { TypedValue = fqid });
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new BadCodingException($"Model {fqid} is missing in the keyframe of position {keyframe.DatabasePosition} at migration index {keyframe.MigrationIndex}; run `reset` and migrate again.");
        }

        return Share(fqid, new StoredModel(reader.GetFieldValue<byte[]>(0), reader.GetBoolean(1)));
    }

    /// <summary>
    /// Loads, in one query, the models the page's events touch that some keyframe knows but does not hold, so that
    /// migrating the page rarely waits for a single model.
    /// </summary>
    private async Task PrefetchAsync(NpgsqlConnection connection, Dictionary<int, List<DatastoreEvent>> events, CancellationToken cancellationToken)
    {
        var byId = new Dictionary<int, Keyframe>();
        var fqids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var keyframe in _keyframes.Values)
        {
            if (keyframe.DatabaseId is not { } id)
            {
                continue;
            }

            byId[id] = keyframe;
            foreach (var list in events.Values)
            {
                foreach (var e in list)
                {
                    if (keyframe.NeedsLoad(e.Fqid))
                    {
                        fqids.Add(e.Fqid);
                    }
                }
            }
        }

        if (fqids.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            "SELECT keyframe_id, fqid, data, deleted FROM migration_keyframe_models WHERE keyframe_id = ANY(@ids) AND fqid = ANY(@fqids)", connection);
        command.Parameters.Add(new NpgsqlParameter<int[]>("ids", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. byId.Keys] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("fqids", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { TypedValue = [.. fqids] });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var keyframe = byId[reader.GetInt32(0)];
            var fqid = reader.GetString(1);
            if (keyframe.NeedsLoad(fqid))
            {
                keyframe.Cache(fqid, Share(fqid, new StoredModel(reader.GetFieldValue<byte[]>(2), reader.GetBoolean(3))));
            }
        }
    }

    /// <summary>Keyframes of neighbouring indices mostly hold the same models: an equal model already in memory is reused.</summary>
    private StoredModel Share(string fqid, StoredModel model)
    {
        foreach (var other in _keyframes.Values)
        {
            if (other.TryGetCached(fqid, out var same) && ReferenceEquals(model.ShareWith(same), same))
            {
                return same;
            }
        }

        return model;
    }

    /// <summary>
    /// Between two batches: models used from now on carry the next batch number, and the keyframes' models are kept
    /// within the memory budget, the least recently used leaving first. Only clean models leave, and the batch just
    /// handed to the writer waited for every earlier write: each checkpoint so far has committed, so the keyframe
    /// tables hold every clean model.
    /// </summary>
    private void NextBatch()
    {
        _batchNumber++;
        foreach (var keyframe in _keyframes.Values)
        {
            keyframe.Now = _batchNumber;
        }

        if (_memory.Bytes <= options.KeyframeCacheBytes)
        {
            return;
        }

        // First those not used in the batch that just ended (models prefetched for this page were stamped then).
        foreach (var keyframe in _keyframes.Values)
        {
            keyframe.Evict(usedSince: _batchNumber - 1);
        }

        if (_memory.Bytes > options.KeyframeCacheBytes)
        {
            foreach (var keyframe in _keyframes.Values)
            {
                keyframe.Evict(usedSince: int.MaxValue);
            }
        }
    }

    private const string PositionSelect =
        "SELECT p.position, p.migration_index, coalesce(mp.migration_index, p.migration_index), p.timestamp, p.user_id, p.information::text, mp.position IS NOT NULL FROM positions p LEFT JOIN migration_positions mp ON mp.position = p.position";

    private async Task<List<PositionRow>> ReadPositionsAsync(NpgsqlConnection connection, int after, CancellationToken cancellationToken)
    {
        // The join's own bound keeps the scan of migration_positions to the page, not every row before it (which
        // made a long run quadratic: the table grows behind the pages).
        await using var command = new NpgsqlCommand(PositionSelect + " AND mp.position > @after WHERE p.position > @after ORDER BY p.position LIMIT @limit", connection);
        command.Parameters.Add(new NpgsqlParameter<int>("after", NpgsqlDbType.Integer) { TypedValue = after });
        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = options.PageSize });
        var rows = new List<PositionRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(ReadPosition(reader));
        }

        return rows;
    }

    private static PositionRow ReadPosition(NpgsqlDataReader reader)
    {
        // Upstream's `or`: a migration_positions index of 0 falls back to the positions table.
        var effective = reader.GetInt32(2);
        return new PositionRow(
            reader.GetInt32(0),
            reader.GetInt32(1),
            effective == 0 ? reader.GetInt32(1) : effective,
            reader.IsDBNull(3) ? default : reader.GetFieldValue<DateTimeOffset>(3),
            reader.GetInt32(4),
            reader.IsDBNull(5) ? null : JsonNode.Parse(reader.GetString(5)),
            reader.GetBoolean(6));
    }

    /// <summary>The events of a page of positions: untouched positions from <c>events</c>, the others from <c>migration_events</c>.</summary>
    private static async Task<Dictionary<int, List<DatastoreEvent>>> ReadEventsAsync(NpgsqlConnection connection, List<PositionRow> page, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT position, fqid, type::text, data, weight FROM events WHERE position = ANY(@untouched)
            UNION ALL
            SELECT position, fqid, type::text, data, weight FROM migration_events WHERE position = ANY(@touched)
            ORDER BY 1, 5
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<int[]>("untouched", NpgsqlDbType.Array | NpgsqlDbType.Integer)
        {
            TypedValue = [.. page.Where(p => p.EffectiveIndex == p.PositionsIndex).Select(p => p.Position)],
        });
        command.Parameters.Add(new NpgsqlParameter<int[]>("touched", NpgsqlDbType.Array | NpgsqlDbType.Integer)
        {
            TypedValue = [.. page.Where(p => p.EffectiveIndex != p.PositionsIndex).Select(p => p.Position)],
        });
        var result = new Dictionary<int, List<DatastoreEvent>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var position = reader.GetInt32(0);
            if (!result.TryGetValue(position, out var list))
            {
                result[position] = list = [];
            }

            var data = reader.IsDBNull(3) ? null : JsonNode.Parse(reader.GetFieldValue<byte[]>(3));
            list.Add(DatastoreEvent.From(reader.GetString(2), reader.GetString(1), data));
        }

        return result;
    }

    private static async Task<int?> NextIntAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        await reader.ReadAsync(cancellationToken);
        var value = reader.IsDBNull(0) ? (int?)null : reader.GetInt32(0);
        await reader.NextResultAsync(cancellationToken);
        return value;
    }
}
