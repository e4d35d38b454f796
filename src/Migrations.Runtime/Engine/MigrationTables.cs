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
    /// 1..n). Rows go through a temporary staging table because binary COPY cannot name the enum type.
    /// </summary>
    public static async Task ReplaceMigrationEventsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<(int Position, IReadOnlyList<DatastoreEvent> Events)> positions, CancellationToken cancellationToken)
    {
        if (positions.Count == 0)
        {
            return;
        }

        await ExecuteAsync(connection, transaction, """
            CREATE TEMP TABLE IF NOT EXISTS migrated_events_stage (position integer, fqid varchar(48), type text, data jsonb, weight integer) ON COMMIT DELETE ROWS;
            DELETE FROM migration_events WHERE position = ANY(@positions);
            """, cancellationToken, new NpgsqlParameter<int[]>("positions", NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. positions.Select(p => p.Position)] });

        await using (var importer = await connection.BeginBinaryImportAsync(
            "COPY migrated_events_stage (position, fqid, type, data, weight) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
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

        await ExecuteAsync(connection, transaction,
            "INSERT INTO migration_events (position, fqid, type, data, weight) SELECT position, fqid, type::event_type, data, weight FROM migrated_events_stage ORDER BY position, weight",
            cancellationToken);
    }

    /// <summary>
    /// Stores the keyframe as the keyframe of <paramref name="position"/>: a new row with all models the first time,
    /// afterwards the row is moved and only the models changed since the last checkpoint are written.
    /// </summary>
    public static async Task CheckpointKeyframeAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Keyframe keyframe, int position, CancellationToken cancellationToken)
    {
        var positionParameter = new NpgsqlParameter<int>("position", NpgsqlDbType.Integer) { TypedValue = position };
        var indexParameter = new NpgsqlParameter<int>("index", NpgsqlDbType.Integer) { TypedValue = keyframe.MigrationIndex };
        List<KeyValuePair<string, StoredModel>> models;
        if (keyframe.DatabaseId is null)
        {
            await using var command = new NpgsqlCommand("""
                DELETE FROM migration_keyframes WHERE position = @position AND migration_index = @index;
                INSERT INTO migration_keyframes (position, migration_index) VALUES (@position, @index) RETURNING id;
                """, connection, transaction);
            command.Parameters.Add(positionParameter);
            command.Parameters.Add(indexParameter);
            keyframe.DatabaseId = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
            keyframe.ClearDirty();
            models = [.. keyframe.Models];
        }
        else
        {
            if (keyframe.DatabasePosition != position)
            {
                // An older keyframe row may stand at the new position (from an earlier run): it is obsolete.
                await ExecuteAsync(connection, transaction, """
                    DELETE FROM migration_keyframes WHERE position = @position AND migration_index = @index AND id <> @id;
                    UPDATE migration_keyframes SET position = @position WHERE id = @id;
                    """, cancellationToken, positionParameter, indexParameter,
                    new NpgsqlParameter<int>("id", NpgsqlDbType.Integer) { TypedValue = keyframe.DatabaseId.Value });
            }

            models = keyframe.TakeDirty();
        }

        keyframe.DatabasePosition = position;
        if (models.Count == 0)
        {
            return;
        }

        await ExecuteAsync(connection, transaction,
            "CREATE TEMP TABLE IF NOT EXISTS keyframe_models_stage (fqid varchar(48), data jsonb, deleted boolean) ON COMMIT DELETE ROWS; TRUNCATE keyframe_models_stage",
            cancellationToken);
        await using (var importer = await connection.BeginBinaryImportAsync("COPY keyframe_models_stage (fqid, data, deleted) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (fqid, model) in models)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(fqid, NpgsqlDbType.Varchar, cancellationToken);
                await importer.WriteAsync(model.Json, NpgsqlDbType.Jsonb, cancellationToken);
                await importer.WriteAsync(model.Deleted, NpgsqlDbType.Boolean, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync(connection, transaction, """
            INSERT INTO migration_keyframe_models (keyframe_id, fqid, data, deleted)
            SELECT @id, fqid, data, deleted FROM keyframe_models_stage
            ON CONFLICT (keyframe_id, fqid) DO UPDATE SET data = excluded.data, deleted = excluded.deleted
            """, cancellationToken, new NpgsqlParameter<int>("id", NpgsqlDbType.Integer) { TypedValue = keyframe.DatabaseId!.Value });
    }

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
