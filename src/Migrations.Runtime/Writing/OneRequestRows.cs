using System.Data;
using System.Text.Json.Nodes;
using Migrations.Runtime.Events;
using Npgsql;
using NpgsqlTypes;

namespace Migrations.Runtime.Writing;

/// <summary>
/// Writes the events of one request in chunks while leaving <c>models</c> exactly as the single request would
/// (finalize only: no <c>collectionfields</c>). Each chunk's events are copied into <c>events</c> at once, but the
/// models they leave behind go to a staging table (<c>one_request_models</c>), which later chunks read before
/// <c>models</c>, as later events of one request see earlier ones. At the end one upsert moves the staged models into
/// <c>models</c> in the single request's row order: the touched models in the order the writer's read of all of them
/// (<c>SELECT … FROM models WHERE fqid = ANY(…)</c>, the same statement with the same array) returns them, then the
/// created ones in the order they were first named. So the rows of <c>models</c> land where the single request put
/// them (later migrations read them in that physical order), while memory holds one chunk and the fqids.
/// </summary>
internal sealed class OneRequestRows
{
    private const string CreateStagingSql = """
        CREATE TEMP TABLE IF NOT EXISTS one_request_models (fqid varchar(48) PRIMARY KEY, data jsonb, deleted boolean, seen integer) ON COMMIT DROP;
        CREATE TEMP TABLE IF NOT EXISTS one_request_chunk (fqid varchar(48), data jsonb, deleted boolean, seen integer) ON COMMIT DROP;
        CREATE TEMP TABLE IF NOT EXISTS one_request_order (fqid varchar(48), ord integer) ON COMMIT DROP;
        TRUNCATE one_request_models, one_request_chunk, one_request_order
        """;

    // The statement of the single request's read (DatastoreWriter.ReadStateAsync), so the rows come in its order.
    private const string ReadOrderSql = "SELECT fqid, data, deleted FROM models WHERE fqid = ANY(@fqids)";

    private readonly JsonbText _jsonb = new();
    private bool _staging;
    private int _seen;

    /// <summary>Writes one chunk (its events, its models into the staging table, the id sequences); returns the position.</summary>
    public async Task<(int Position, int EventCount)> WriteChunkAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<RequestEvent> chunk, int migrationIndex, int? position, int weights,
        CancellationToken cancellationToken)
    {
        if (!_staging)
        {
            await ExecuteAsync(connection, transaction, CreateStagingSql, cancellationToken);
            _staging = true;
        }

        var request = new WriteRequest(chunk, null, 0);
        var fqids = DatastoreWriter.CheckedFqids(request);
        var (models, staged) = await ReadAsync(connection, transaction, fqids, cancellationToken);
        var rows = PositionRows.Translate(chunk, models, weights);
        var written = await rows.CopyEventsAsync(connection, transaction, migrationIndex, position, cancellationToken);
        await StageAsync(connection, transaction, rows, fqids, staged, cancellationToken);
        await rows.RaiseSequencesAsync(connection, transaction, cancellationToken);
        return (written, rows.EventCount);
    }

    /// <summary>Moves the staged models into <c>models</c> in the single request's order, stamped with the position.</summary>
    public async Task FinishAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int position, CancellationToken cancellationToken)
    {
        if (!_staging)
        {
            return;
        }

        // Every fqid of the request, in the order of first appearance: the array the single request's read gets.
        var all = new List<string>(_seen);
        await using (var command = new NpgsqlCommand("SELECT fqid FROM one_request_models ORDER BY seen", connection, transaction))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                all.Add(reader.GetString(0));
            }
        }

        var order = new List<string>();
        await using (var command = new NpgsqlCommand(ReadOrderSql, connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter<string[]>("fqids", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { TypedValue = [.. all] });
            all = null;
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                order.Add(reader.GetString(0));
            }
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY one_request_order (fqid, ord) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            var ord = 0;
            foreach (var fqid in order)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(fqid, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(++ord, NpgsqlDbType.Integer, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using var upsert = new NpgsqlCommand("""
            INSERT INTO models (fqid, data, deleted)
            SELECT s.fqid, s.data || jsonb_build_object('meta_position', @position), s.deleted
            FROM (
                SELECT m.fqid, m.data, m.deleted, coalesce(o.ord, @read + m.seen) AS ord
                FROM one_request_models m LEFT JOIN one_request_order o ON o.fqid = m.fqid
                ORDER BY 4
            ) s
            ON CONFLICT (fqid) DO UPDATE SET data = excluded.data, deleted = excluded.deleted;
            TRUNCATE one_request_models, one_request_chunk, one_request_order
            """, connection, transaction);
        upsert.Parameters.Add(new NpgsqlParameter<int>("position", NpgsqlDbType.Integer) { TypedValue = position });
        upsert.Parameters.Add(new NpgsqlParameter<int>("read", NpgsqlDbType.Integer) { TypedValue = order.Count });
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    // The chunk's models: as earlier chunks left them (staged), else as stored.
    private static async Task<(Dictionary<string, ModelRecord> Models, HashSet<string> Staged)> ReadAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string[] fqids, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT fqid, data, deleted, true FROM one_request_models WHERE fqid = ANY(@fqids)
            UNION ALL
            SELECT m.fqid, m.data, m.deleted, false FROM models m
            WHERE m.fqid = ANY(@fqids) AND NOT EXISTS (SELECT 1 FROM one_request_models s WHERE s.fqid = m.fqid)
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]>("fqids", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { TypedValue = fqids });
        var models = new Dictionary<string, ModelRecord>(StringComparer.Ordinal);
        var staged = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var fqid = reader.GetString(0);
            models[fqid] = new ModelRecord(JsonNode.Parse(reader.GetString(1))!.AsObject(), reader.GetBoolean(2));
            if (reader.GetBoolean(3))
            {
                staged.Add(fqid);
            }
        }

        return (models, staged);
    }

    // The chunk's models into the staging table; a model new to the request is numbered in the order of first appearance.
    private async Task StageAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, PositionRows rows, string[] fqids, HashSet<string> staged, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fqid in fqids)
        {
            if (!staged.Contains(fqid))
            {
                seen[fqid] = ++_seen;
            }
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY one_request_chunk (fqid, data, deleted, seen) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (fqid, model) in rows.Models)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(fqid, NpgsqlDbType.Varchar, cancellationToken);
                await copy.WriteAsync(_jsonb.Of(model.Data), NpgsqlDbType.Bytea, cancellationToken);
                await copy.WriteAsync(model.Deleted, NpgsqlDbType.Boolean, cancellationToken);
                await copy.WriteAsync(seen.GetValueOrDefault(fqid), NpgsqlDbType.Integer, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync(connection, transaction, """
            INSERT INTO one_request_models (fqid, data, deleted, seen) SELECT fqid, data, deleted, seen FROM one_request_chunk
            ON CONFLICT (fqid) DO UPDATE SET data = excluded.data, deleted = excluded.deleted;
            TRUNCATE one_request_chunk
            """, cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
