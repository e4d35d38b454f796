using Migrations.Runtime.Events;
using Migrations.Runtime.Keyframes;
using Npgsql;
using NpgsqlTypes;

namespace Migrations.Runtime.Engine;

/// <summary>Bulk writes to the migration tables: migrated events and keyframe checkpoints, with binary COPY.</summary>
internal static class MigrationTables
{
    /// <summary>
    /// Replaces the rows of <c>migration_events</c> of the given positions with their migrated events (weights
    /// 1..n), by binary COPY straight into the table. The event type goes as its label: in binary format an enum value
    /// is its label's bytes, exactly what a text value sends. Only positions that already have migrated rows (a
    /// resumed or extended run) need their old rows deleted first.
    /// </summary>
    public static async Task ReplaceMigrationEventsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<(int Position, IReadOnlyList<DatastoreEvent> Events)> positions,
        IReadOnlyCollection<int> replaced, CancellationToken cancellationToken)
    {
        if (positions.Count == 0)
        {
            return;
        }

        if (replaced.Count > 0)
        {
            await ExecuteAsync(connection, transaction, "DELETE FROM migration_events WHERE position = ANY(@positions)", cancellationToken,
                new NpgsqlParameter<int[]>("positions", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. replaced] });
        }

        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY migration_events (position, fqid, type, data, weight) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var (position, events) in positions)
        {
            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(position, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(e.Fqid, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(e.Type.ToDbName(), NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(e.DataJson(), NpgsqlDbType.Jsonb, cancellationToken);
                await importer.WriteAsync(i + 1, NpgsqlDbType.Integer, cancellationToken);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// What a checkpoint writes, taken from the keyframes at once (the run goes on changing them): per keyframe
    /// whether it gets its first row (then all its models) or moves on (then the models changed since the last
    /// checkpoint). Keyframes of neighbouring indices share most models: each shared model is one entry with the list
    /// of keyframes it belongs to.
    /// </summary>
    public static CheckpointPlan PlanCheckpoint(IReadOnlyCollection<Keyframe> keyframes)
    {
        // A model shared by several keyframes is one row of the stage: same fqid and the very same object.
        var rows = new Dictionary<(string Fqid, StoredModel? Model), List<Keyframe>>(ModelInstanceComparer.Instance);
        var plan = new List<(Keyframe, bool)>(keyframes.Count);
        foreach (var keyframe in keyframes)
        {
            var first = keyframe.DatabaseId is null;
            List<KeyValuePair<string, StoredModel>> models;
            if (first)
            {
                models = [.. keyframe.Models];
                keyframe.ClearDirty();
            }
            else
            {
                models = keyframe.TakeDirty();
            }

            plan.Add((keyframe, first));
            foreach (var (fqid, model) in models)
            {
                if (!rows.TryGetValue((fqid, model), out var owners))
                {
                    rows[(fqid, model)] = owners = new(keyframes.Count);
                }

                owners.Add(keyframe);
            }
        }

        return new CheckpointPlan(plan, rows);
    }

    /// <summary>
    /// Stores the planned keyframes as the keyframes of <paramref name="position"/>: new rows, or rows moved to the
    /// position, then every planned model, each sent (and parsed by the server) once, all rows by one statement.
    /// </summary>
    public static async Task CheckpointKeyframesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CheckpointPlan plan, int position,
        Func<string, ValueTask> reach, CancellationToken cancellationToken)
    {
        foreach (var (keyframe, first) in plan.Keyframes)
        {
            var positionParameter = new NpgsqlParameter<int>("position", NpgsqlDbType.Integer) { TypedValue = position };
            var indexParameter = new NpgsqlParameter<int>("index", NpgsqlDbType.Integer) { TypedValue = keyframe.MigrationIndex };
            if (first)
            {
                await using var command = new NpgsqlCommand("""
                    DELETE FROM migration_keyframes WHERE position = @position AND migration_index = @index;
                    INSERT INTO migration_keyframes (position, migration_index) VALUES (@position, @index) RETURNING id;
                    """, connection, transaction);
                command.Parameters.Add(positionParameter);
                command.Parameters.Add(indexParameter);
                keyframe.DatabaseId = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
            }
            else if (keyframe.DatabasePosition != position)
            {
                // An older keyframe row may stand at the new position (from an earlier run): it is obsolete.
                await ExecuteAsync(connection, transaction, """
                    DELETE FROM migration_keyframes WHERE position = @position AND migration_index = @index AND id <> @id;
                    UPDATE migration_keyframes SET position = @position WHERE id = @id;
                    """, cancellationToken, positionParameter, indexParameter,
                    new NpgsqlParameter<int>("id", NpgsqlDbType.Integer) { TypedValue = keyframe.DatabaseId!.Value });
            }

            keyframe.DatabasePosition = position;
            await reach("migrate:flush:keyframe");
        }

        if (plan.Models.Count == 0)
        {
            return;
        }

        await ExecuteAsync(connection, transaction,
            "CREATE TEMP TABLE IF NOT EXISTS keyframe_models_stage (keyframe_ids text, fqid varchar(48), data jsonb, deleted boolean) ON COMMIT DELETE ROWS; TRUNCATE keyframe_models_stage",
            cancellationToken);
        await using (var importer = await connection.BeginBinaryImportAsync("COPY keyframe_models_stage (keyframe_ids, fqid, data, deleted) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var ((fqid, model), owners) in plan.Models)
            {
                // The ids as text ("3,4,5"): an integer[] column makes Npgsql rent pooled arrays per row, whose
                // pool trimming after every full garbage collection came to seconds of CPU on large runs.
                var ids = owners.Count == 1 ? Id(owners[0]) : string.Join(',', owners.Select(Id));

                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(ids, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(fqid, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(model!.Json, NpgsqlDbType.Jsonb, cancellationToken);
                await importer.WriteAsync(model.Deleted, NpgsqlDbType.Boolean, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync(connection, transaction, """
            INSERT INTO migration_keyframe_models (keyframe_id, fqid, data, deleted)
            SELECT keyframe_id, fqid, data, deleted FROM keyframe_models_stage, unnest(string_to_array(keyframe_ids, ',')::integer[]) AS keyframe_id
            ON CONFLICT (keyframe_id, fqid) DO UPDATE SET data = excluded.data, deleted = excluded.deleted
            """, cancellationToken);
    }

    private static string Id(Keyframe keyframe) => keyframe.DatabaseId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
