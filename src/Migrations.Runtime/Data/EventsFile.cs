using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Database;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Writing;
using Npgsql;
using NpgsqlTypes;

namespace Migrations.Runtime.Data;

/// <summary>
/// A full backup of positions and events as JSON lines: a header line, then one line per position with its
/// number, timestamp, user, information, migration index and events. Export and import stream, and the round trip
/// is lossless for positions and events; import rebuilds models and id sequences from the events (the
/// collectionfield helper tables stay empty, as after a finalize, and the migration tables are not part of it).
/// </summary>
public static class EventsFile
{
    private const string Format = "openslides-datastore-events";

    /// <summary>Writes every position with its events; returns the number of positions.</summary>
    public static async Task<long> ExportAsync(NpgsqlDataSource dataSource, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT p.position, p.timestamp, p.user_id, p.information::text, p.migration_index, e.fqid, e.type::text, e.data::text
            FROM positions p LEFT JOIN events e ON e.position = p.position ORDER BY p.position, e.weight
            """, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var line = new System.Buffers.ArrayBufferWriter<byte>();
        await WriteLineAsync(output, line, w =>
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteNumber("version", 1);
            w.WriteEndObject();
        }, cancellationToken);

        long positions = 0;
        var current = -1;
        Utf8JsonWriter? writer = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var position = reader.GetInt32(0);
            if (position != current)
            {
                if (writer is not null)
                {
                    await EndPositionAsync(output, line, writer, cancellationToken);
                }

                current = position;
                positions++;
                line.Clear();
                writer = new Utf8JsonWriter(line);
                writer.WriteStartObject();
                writer.WriteNumber("position", position);
                if (reader.IsDBNull(1))
                {
                    writer.WriteNull("timestamp");
                }
                else
                {
                    writer.WriteString("timestamp", reader.GetFieldValue<DateTime>(1).ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                }

                writer.WriteNumber("user_id", reader.GetInt32(2));
                writer.WritePropertyName("information");
                WriteRaw(writer, reader.IsDBNull(3) ? null : reader.GetString(3), sqlNull: reader.IsDBNull(3));
                writer.WriteNumber("migration_index", reader.GetInt32(4));
                writer.WriteStartArray("events");
            }

            if (!reader.IsDBNull(5))
            {
                writer!.WriteStartObject();
                writer.WriteString("fqid", reader.GetString(5));
                writer.WriteString("type", reader.GetString(6));
                writer.WritePropertyName("data");
                WriteRaw(writer, reader.IsDBNull(7) ? null : reader.GetString(7), sqlNull: reader.IsDBNull(7));
                writer.WriteEndObject();
            }
        }

        if (writer is not null)
        {
            await EndPositionAsync(output, line, writer, cancellationToken);
        }

        await output.FlushAsync(cancellationToken);
        return positions;
    }

    private static void WriteRaw(Utf8JsonWriter writer, string? json, bool sqlNull)
    {
        // SQL NULL and JSON null differ in the tables; the file keeps them apart ({"sql_null": true} marks SQL NULL).
        if (sqlNull)
        {
            writer.WriteStartObject();
            writer.WriteBoolean("sql_null", true);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteRawValue(json!, skipInputValidation: true);
        }
    }

    private static async Task EndPositionAsync(Stream output, System.Buffers.ArrayBufferWriter<byte> line, Utf8JsonWriter writer, CancellationToken cancellationToken)
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        await writer.DisposeAsync();
        await output.WriteAsync(line.WrittenMemory, cancellationToken);
        output.WriteByte((byte)'\n');
    }

    private static async Task WriteLineAsync(Stream output, System.Buffers.ArrayBufferWriter<byte> line, Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        line.Clear();
        await using (var writer = new Utf8JsonWriter(line))
        {
            write(writer);
        }

        await output.WriteAsync(line.WrittenMemory, cancellationToken);
        output.WriteByte((byte)'\n');
    }

    private sealed record PositionLine(int Position, DateTime? Timestamp, int UserId, string? Information, int MigrationIndex, List<DatastoreEvent> Events, List<string?> Data);

    /// <summary>
    /// Empties the datastore and restores the file's positions and events (validated event by event), then rebuilds
    /// <c>models</c> and <c>id_sequences</c> by replay; all in one transaction. Returns the number of positions.
    /// </summary>
    public static async Task<long> ImportAsync(
        NpgsqlDataSource dataSource, Stream input, string fileName, CancellationToken cancellationToken = default, Action<string>? warn = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await DatastoreWriter.LockAsync(connection, transaction, cancellationToken);
        await Execute(connection, transaction, $"TRUNCATE {string.Join(", ", DatastoreSchema.AllTables)} RESTART IDENTITY CASCADE", cancellationToken);

        var lines = new Utf8LineReader(input);
        var report = new JsonInputReport(fileName, warn);
        var header = await lines.ReadLineAsync(cancellationToken);
        JsonNode? headerNode = null;
        try
        {
            headerNode = header is null ? null : JsonInput.Parse(header.Value.Span, fileName, "the header", TextPosition.Start, report);
        }
        catch (DataFileException)
        {
        }

        if (headerNode?["format"]?.GetValueKind() != JsonValueKind.String || headerNode["format"]!.GetValue<string>() != Format)
        {
            throw new DataFileException($"{fileName}, line 1: not an events file (expected a header with \"format\": \"{Format}\").");
        }

        var batch = new List<PositionLine>();
        long count = 0;
        var number = 1;
        var last = 0;
        while (await lines.ReadLineAsync(cancellationToken) is { } text)
        {
            number++;
            if (text.Span.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            var position = ParsePosition(text.Span, new TextPosition(lines.LineOffset, number), fileName, number, report);
            if (position.Position <= last)
            {
                throw new DataFileException($"{fileName}, line {number}: position {position.Position} does not follow position {last}.");
            }

            last = position.Position;
            batch.Add(position);
            count++;
            if (batch.Count >= 1000)
            {
                await InsertAsync(connection, transaction, batch, cancellationToken);
                batch.Clear();
            }
        }

        await InsertAsync(connection, transaction, batch, cancellationToken);
        await RebuildModelsAsync(connection, transaction, fileName, cancellationToken);
        await Execute(connection, transaction, """
            SELECT setval(pg_get_serial_sequence('positions', 'position'), greatest((SELECT max(position) FROM positions), 1));
            DELETE FROM id_sequences;
            INSERT INTO id_sequences (collection, id)
            SELECT split_part(fqid, '/', 1), max(split_part(fqid, '/', 2)::int) + 1 FROM models GROUP BY split_part(fqid, '/', 1);
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        report.Finish();
        return count;
    }

    private static PositionLine ParsePosition(ReadOnlySpan<byte> text, TextPosition offset, string fileName, int line, JsonInputReport report)
    {
        string Where(string? field = null) => field is null ? $"{fileName}, line {line}" : $"{fileName}, line {line}, \"{field}\"";
        var json = JsonInput.Parse(text, fileName, "", offset, report) as JsonObject
            ?? throw new DataFileException($"{Where()}: a position must be an object.");

        int Int(string field) => JsonKinds.TryGetInteger(json[field], out var n) && n is >= int.MinValue and <= int.MaxValue ? (int)n
            : throw new DataFileException($"{Where(field)}: must be an integer.");

        DateTime? timestamp = null;
        if (json["timestamp"] is JsonValue stamp && stamp.GetValueKind() == JsonValueKind.String)
        {
            timestamp = DateTime.TryParse(stamp.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
                ? DateTime.SpecifyKind(parsed, DateTimeKind.Utc)
                : throw new DataFileException($"{Where("timestamp")}: not a date and time.");
        }

        if (json["events"] is not JsonArray events)
        {
            throw new DataFileException($"{Where("events")}: must be a list.");
        }

        var parsedEvents = new List<DatastoreEvent>(events.Count);
        var data = new List<string?>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is not JsonObject e || e["fqid"]?.GetValueKind() != JsonValueKind.String || e["type"]?.GetValueKind() != JsonValueKind.String)
            {
                throw new DataFileException($"{Where($"events[{i}]")}: must be an object with \"fqid\" and \"type\".");
            }

            var raw = e["data"];
            var sqlNull = raw is JsonObject { Count: 1 } marker && marker["sql_null"]?.GetValueKind() == JsonValueKind.True;
            try
            {
                var fqid = e["fqid"]!.GetValue<string>();
                if (!DatastoreKeys.IsFqid(fqid))
                {
                    throw new BadEventException(DatastoreKeys.InvalidKeyMessage(fqid));
                }

                if (DatastoreKeys.StorageProblem(fqid) is { } problem)
                {
                    throw new BadEventException($"{fqid}: {problem}");
                }

                parsedEvents.Add(DatastoreEvent.From(e["type"]!.GetValue<string>(), fqid, sqlNull ? null : raw?.DeepClone()));
            }
            catch (BadEventException ex)
            {
                throw new DataFileException($"{Where($"events[{i}]")}: {ex.Message}", ex);
            }

            data.Add(sqlNull ? null : (raw?.ToJsonString() ?? "null"));
        }

        var information = json["information"];
        var informationSqlNull = information is JsonObject { Count: 1 } m && m["sql_null"]?.GetValueKind() == JsonValueKind.True;
        var positionNumber = Int("position");
        if (positionNumber < 1)
        {
            throw new DataFileException($"{Where("position")}: must be at least 1, not {positionNumber}.");
        }

        // -1 is upstream's "written without an index"; every real index is at least 1.
        var migrationIndex = Int("migration_index");
        if (migrationIndex is 0 or < -1)
        {
            throw new DataFileException($"{Where("migration_index")}: must be -1 or at least 1, not {migrationIndex}.");
        }

        return new PositionLine(positionNumber, timestamp, Int("user_id"), informationSqlNull ? null : (information?.ToJsonString() ?? "null"), migrationIndex, parsedEvents, data);
    }

    private static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<PositionLine> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var eventPositions = new List<int>();
        var fqids = new List<string>();
        var types = new List<string>();
        var data = new List<string?>();
        var weights = new List<int>();
        foreach (var p in batch)
        {
            for (var i = 0; i < p.Events.Count; i++)
            {
                eventPositions.Add(p.Position);
                fqids.Add(p.Events[i].Fqid);
                types.Add(p.Events[i].Type.ToDbName());
                data.Add(p.Data[i]);
                weights.Add(i + 1);
            }
        }

        await using var command = new NpgsqlCommand("""
            INSERT INTO positions (position, timestamp, user_id, information, migration_index) OVERRIDING SYSTEM VALUE
            SELECT * FROM unnest(@positions, @timestamps, @users, @information::json[], @indices);
            INSERT INTO events (position, fqid, type, data, weight)
            SELECT p, f, t::event_type, d, w FROM unnest(@event_positions, @fqids, @types, @data, @weights) AS e(p, f, t, d, w) ORDER BY p, w;
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<int[]>("positions", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. batch.Select(p => p.Position)] });
        command.Parameters.Add(new NpgsqlParameter("timestamps", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = batch.Select(p => p.Timestamp).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<int[]>("users", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. batch.Select(p => p.UserId)] });
        command.Parameters.Add(new NpgsqlParameter("information", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = batch.Select(p => p.Information).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<int[]>("indices", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. batch.Select(p => p.MigrationIndex)] });
        command.Parameters.Add(new NpgsqlParameter<int[]>("event_positions", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. eventPositions] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("fqids", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { TypedValue = [.. fqids] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("types", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. types] });
        command.Parameters.Add(new NpgsqlParameter("data", NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { Value = data.ToArray() });
        command.Parameters.Add(new NpgsqlParameter<int[]>("weights", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. weights] });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Replays the restored events model by model (one in memory at a time) into <c>models</c>.</summary>
    private static async Task RebuildModelsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string fileName, CancellationToken cancellationToken)
    {
        DataFileException Refuse(StoredEventRow row, BadEventException e) =>
            new($"{fileName}: the events of {row.Fqid} do not fit together at position {row.Position}: {e.Message}", e);

        var pending = new List<(string Fqid, ModelRecord Model)>();
        async Task FlushAsync()
        {
            if (pending.Count == 0)
            {
                return;
            }

            await using var insert = new NpgsqlCommand(
                "INSERT INTO models (fqid, data, deleted) SELECT * FROM unnest(@fqids, @data, @deleted)", connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter<string[]>("fqids", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { TypedValue = [.. pending.Select(p => p.Fqid)] });
            insert.Parameters.Add(new NpgsqlParameter<string[]>("data", NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { TypedValue = [.. pending.Select(p => p.Model.Data.ToJsonString())] });
            insert.Parameters.Add(new NpgsqlParameter<bool[]>("deleted", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { TypedValue = [.. pending.Select(p => p.Model.Deleted)] });
            await insert.ExecuteNonQueryAsync(cancellationToken);
            pending.Clear();
        }

        // The replay is read completely per page of fqids, so reading and inserting can share the connection.
        string? after = null;
        while (true)
        {
            await using var command = new NpgsqlCommand("""
                SELECT fqid, type::text, data::text, position FROM events
                WHERE fqid IN (SELECT DISTINCT fqid FROM events WHERE @after::text IS NULL OR fqid > @after ORDER BY fqid LIMIT 1000)
                ORDER BY fqid, position, weight
                """, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Text) { Value = (object?)after ?? DBNull.Value });
            var rows = new List<StoredEventRow>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add(new(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3)));
                }
            }

            if (rows.Count == 0)
            {
                break;
            }

            await foreach (var pair in ModelReplay.PerModelAsync(rows.ToAsyncEnumerable(), Refuse, cancellationToken))
            {
                pending.Add((pair.Key, pair.Value));
            }

            after = rows[^1].Fqid;
            await FlushAsync();
        }
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
