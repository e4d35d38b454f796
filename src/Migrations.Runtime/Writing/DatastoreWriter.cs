using System.Text.Json.Nodes;
using Migrations.Runtime.Database;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keys;
using Npgsql;
using NpgsqlTypes;

namespace Migrations.Runtime.Writing;

/// <summary>
/// The writer (spec §2.1): each write request becomes one position whose database events carry weights 1..n, and
/// <c>models</c>, <c>id_sequences</c>, <c>collectionfields</c> and <c>events_to_collectionfields</c> are updated in
/// the same transaction. Per request there are two round trips: one reads the migration indices and the touched
/// models, one writes the position with all its rows in a single statement.
/// </summary>
public sealed class DatastoreWriter(NpgsqlDataSource dataSource)
{
    /// <summary>Serialises writers across processes, so positions commit in order ('mig' 'wri').</summary>
    internal const long WriterLockKey = 0x6D69_6700_7772_6900;

#pragma warning disable RS0026 // the two overloads differ in their first parameter's type; the token is optional in both
    /// <summary>Writes one request as one position and returns the position.</summary>
    public async Task<int> WriteAsync(WriteRequest request, CancellationToken cancellationToken = default)
    {
        var positions = await WriteAsync([request], cancellationToken);
        return positions[0];
    }

    /// <summary>Writes the requests in one transaction, one position each, and returns the positions.</summary>
    public async Task<IReadOnlyList<int>> WriteAsync(IReadOnlyList<WriteRequest> requests, CancellationToken cancellationToken = default)
#pragma warning restore RS0026
    {
        ArgumentNullException.ThrowIfNull(requests);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var positions = await WriteAsync(connection, transaction, requests, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return positions;
    }

    /// <summary>Writes the requests inside a transaction the caller owns (used by model migrations).</summary>
    internal static async Task<IReadOnlyList<int>> WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<WriteRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(requests);
        await LockAsync(connection, transaction, cancellationToken);

        var positions = new List<int>(requests.Count);
        int? knownIndex = null;
        foreach (var request in requests)
        {
            // Under the lock, the index the first request saw (and wrote) holds for the rest of the transaction:
            // the scan of positions for min/max is done once per call, not once per request.
            var (position, index) = await WriteOneAsync(connection, transaction, request, cancellationToken, knownIndex: knownIndex);
            positions.Add(position);
            knownIndex = index;
        }

        return positions;
    }

    /// <summary>
    /// Writes a stream of request events as one position with the given migration index, <paramref name="chunkSize"/>
    /// events at a time: memory holds one chunk and the models it touches, never the whole result. Later chunks see
    /// what earlier ones wrote, exactly as later events of one request see earlier ones. A model whose lists keep
    /// growing by additions is kept in memory with compact lists (<see cref="DeferredListModels"/>) and its row written
    /// once at the end, so its length is not paid in every chunk; until then its row holds the state before. While
    /// <paramref name="unchunked"/> says so, the events are written as one request (the rows of <c>models</c> then come
    /// in upstream's order: the touched models as read, then the created ones); without
    /// <paramref name="collectionFields"/> such a request is still written in chunks, by <see cref="OneRequestRows"/>,
    /// which leaves <c>models</c> as the single request does. Returns the position, or null if the
    /// stream was empty (then nothing is written). Without <paramref name="collectionFields"/> the
    /// <c>collectionfields</c> and <c>events_to_collectionfields</c> rows are left out (finalize empties both tables
    /// right after its model migrations, in the same transaction).
    /// </summary>
    internal static async Task<int?> WriteStreamAtIndexAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IAsyncEnumerable<RequestEvent> events, int migrationIndex, int chunkSize, CancellationToken cancellationToken,
        Func<bool>? unchunked = null, bool collectionFields = true)
    {
        int? position = null;
        var weights = 0;
        var chunk = new List<RequestEvent>(chunkSize);
        var deferred = new DeferredListModels(keepWritten: !collectionFields);
        async Task FlushAsync(bool last)
        {
            var request = new WriteRequest(chunk, null, 0);
            var fqids = CheckedFqids(request);
            var streamed = unchunked?.Invoke() != true;
            // A model that only gets additions of integers in this chunk is read as the fields added to (and written
            // back as a patch of them): a motion or user is not parsed and written whole for one id more. A partly
            // read model kept from an earlier chunk is completed from its row before anything else is applied to it.
            var partial = new HashSet<string>(StringComparer.Ordinal);
            var fields = new HashSet<string>(StringComparer.Ordinal);
            if (streamed && !collectionFields)
            {
                var byModel = chunk.GroupBy(e => e.Fqid, StringComparer.Ordinal).ToList();
                foreach (var group in byModel)
                {
                    if (!deferred.Contains(group.Key) && group.All(e => e is UpdateRequestEvent u && DeferredListModels.IsAddition(u)))
                    {
                        partial.Add(group.Key);
                        fields.UnionWith(group.SelectMany(e => ((UpdateRequestEvent)e).AddToLists.Select(p => p.Key)));
                    }
                }

                var incomplete = deferred.IncompleteFor(byModel).ToArray();
                if (incomplete.Length > 0)
                {
                    var (_, _, stored) = await ReadStateAsync(connection, transaction, incomplete, readIndices: false, cancellationToken);
                    foreach (var fqid in incomplete)
                    {
                        deferred.Complete(fqid, stored[fqid]);
                    }
                }
            }

            // Models kept with their long lists are not read again (one that gets another event goes back).
            var (_, _, models) = await ReadStateAsync(
                connection, transaction, [.. fqids.Where(f => !deferred.Contains(f) && !partial.Contains(f))], readIndices: false, cancellationToken,
                partialFqids: [.. partial], partialFields: [.. fields]);

            var rows = PositionRows.Translate(chunk, models, weights, streamed ? deferred : null, partial, last);
            position = collectionFields
                ? await rows.InsertAsync(connection, transaction, request, migrationIndex, cancellationToken, nextPosition: position is null, existingPosition: position)
                : await rows.CopyAsync(connection, transaction, migrationIndex, position, cancellationToken);
            weights += rows.EventCount;
            chunk.Clear();
        }

        // One request too long for one chunk: written in chunks that leave the models as the single request would.
        OneRequestRows? oneRequest = null;
        async Task FlushOneRequestAsync()
        {
            oneRequest ??= new OneRequestRows();
            var (written, count) = await oneRequest.WriteChunkAsync(connection, transaction, chunk, migrationIndex, position, weights, cancellationToken);
            position = written;
            weights += count;
            chunk.Clear();
        }

        await foreach (var e in events.WithCancellation(cancellationToken))
        {
            chunk.Add(e);
            if (chunk.Count >= chunkSize)
            {
                if (unchunked?.Invoke() != true)
                {
                    await FlushAsync(last: false);
                }
                else if (!collectionFields)
                {
                    await FlushOneRequestAsync();
                }
            }
        }

        if (oneRequest is not null)
        {
            if (chunk.Count > 0)
            {
                await FlushOneRequestAsync();
            }

            await oneRequest.FinishAsync(connection, transaction, position!.Value, cancellationToken);
            return position;
        }

        if (chunk.Count > 0)
        {
            await FlushAsync(last: true);
        }

        if (deferred.Count > 0)
        {
            var rows = PositionRows.Translate([], [], weights);
            rows.AddModelRows(deferred.Rows(keepLong: false));
            _ = collectionFields
                ? await rows.InsertAsync(connection, transaction, request: null, migrationIndex, cancellationToken, existingPosition: position)
                : await rows.CopyAsync(connection, transaction, migrationIndex, position, cancellationToken);
        }

        return position;
    }

    /// <summary>Takes the writer lock for the rest of the transaction.</summary>
    internal static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction);
        lockCommand.Parameters.AddWithValue("key", WriterLockKey);
        await lockCommand.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<(int Position, int MigrationIndex)> WriteOneAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, WriteRequest request, CancellationToken cancellationToken,
        int? knownIndex)
    {
        var fqids = CheckedFqids(request);
        if (request.LockedFields.Count > 0)
        {
            await OptimisticLocks.AssertNotBrokenAsync(connection, transaction, request.LockedFields, cancellationToken);
        }

        var (minIndex, maxIndex, models) = await ReadStateAsync(connection, transaction, fqids, knownIndex is null, cancellationToken);
        int migrationIndex;
        if (request.MigrationIndex is { } explicitIndex)
        {
            if (maxIndex is not null || knownIndex is not null)
            {
                throw new DatastoreNotEmptyException($"Passed a migration index of {explicitIndex}, but the datastore is not empty.");
            }

            migrationIndex = explicitIndex;
        }
        else
        {
            migrationIndex = knownIndex ?? MigrationIndices.Current(minIndex, maxIndex);
        }

        var rows = PositionRows.Translate(request, models);
        var position = await rows.InsertAsync(connection, transaction, request, migrationIndex, cancellationToken);
        return (position, migrationIndex);
    }

    internal static string[] CheckedFqids(WriteRequest request)
    {
        var fqids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var requestEvent in request.Events)
        {
            if (requestEvent.Fqid.Length > DatastoreKeys.FqidMaxLength)
            {
                throw new InvalidFormatException($"fqid {requestEvent.Fqid} is too long (max: {DatastoreKeys.FqidMaxLength})");
            }

            fqids.Add(requestEvent.Fqid);
        }

        return [.. fqids];
    }

    private static async Task<(int? Min, int? Max, Dictionary<string, ModelRecord> Models)> ReadStateAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string[] fqids, bool readIndices, CancellationToken cancellationToken,
        string[]? partialFqids = null, string[]? partialFields = null)
    {
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(readIndices ? "SELECT min(migration_index), max(migration_index) FROM positions" : "SELECT NULL::int, NULL::int"),
                // The models read in part give only the given fields (the ones the chunk adds to); one query for all,
                // so that the rows come in the order they always came.
                new NpgsqlBatchCommand(partialFqids is { Length: > 0 }
                    ? """
                      SELECT fqid, CASE WHEN fqid = ANY(@partial)
                          THEN (SELECT coalesce(jsonb_object_agg(f, data -> f), '{}'::jsonb) FROM unnest(@fields) AS f WHERE data ? f)
                          ELSE data END, deleted
                      FROM models WHERE fqid = ANY(@fqids)
                      """
                    : "SELECT fqid, data, deleted FROM models WHERE fqid = ANY(@fqids)")
                {
                    Parameters =
                    {
                        new NpgsqlParameter<string[]>("fqids", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { TypedValue = [.. fqids, .. partialFqids ?? []] },
                        new NpgsqlParameter<string[]>("partial", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { TypedValue = partialFqids ?? [] },
                        new NpgsqlParameter<string[]>("fields", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = partialFields ?? [] },
                    },
                },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        int? min = reader.IsDBNull(0) ? null : reader.GetInt32(0);
        int? max = reader.IsDBNull(1) ? null : reader.GetInt32(1);
        await reader.NextResultAsync(cancellationToken);
        var models = new Dictionary<string, ModelRecord>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var data = JsonNode.Parse(reader.GetString(1))!.AsObject();
            models[reader.GetString(0)] = new ModelRecord(data, reader.GetBoolean(2));
        }

        return (min, max, models);
    }
}
