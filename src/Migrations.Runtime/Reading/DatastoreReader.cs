using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Migrations.Runtime.Database;
using Migrations.Runtime.Events;
using Npgsql;
using NpgsqlTypes;

namespace Migrations.Runtime.Reading;

/// <summary>
/// Reads the datastore: the current models from <c>models</c>, and any model as of any position by replaying its
/// events (spec §2.4) through the same apply rules the writer and the migrations use.
/// </summary>
internal sealed class DatastoreReader(NpgsqlDataSource dataSource)
{
    /// <summary>The current migration index: -1 without positions; inconsistent indices are an error.</summary>
    public async Task<int> GetCurrentMigrationIndexAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT min(migration_index), max(migration_index) FROM positions");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return MigrationIndices.Current(reader.IsDBNull(0) ? null : reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt32(1));
    }

    /// <summary>True if there are no positions.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT NOT EXISTS(SELECT 1 FROM positions)");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The highest position, or null without positions.</summary>
    public async Task<int?> GetMaxPositionAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT max(position) FROM positions");
        return await command.ExecuteScalarAsync(cancellationToken) as int?;
    }

    /// <summary>The current model from <c>models</c>, deleted or not; null if it never existed.</summary>
    public async Task<ModelRecord?> GetModelAsync(string fqid, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT data, deleted FROM models WHERE fqid = @fqid");
        command.Parameters.Add(new NpgsqlParameter<string>("fqid", NpgsqlDbType.Text) { TypedValue = fqid });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ModelRecord(JsonNode.Parse(reader.GetString(0))!.AsObject(), reader.GetBoolean(1))
            : null;
    }

    /// <summary>Every current model from <c>models</c>, deleted ones included, streamed in fqid order.</summary>
    public async IAsyncEnumerable<KeyValuePair<string, ModelRecord>> GetAllModelsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT fqid, data, deleted FROM models ORDER BY fqid");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new(reader.GetString(0), new ModelRecord(JsonNode.Parse(reader.GetString(1))!.AsObject(), reader.GetBoolean(2)));
        }
    }

    /// <summary>The model as it was after <paramref name="position"/>, by replaying its events; null if it did not exist yet.</summary>
    public async Task<ModelRecord?> GetModelAtPositionAsync(string fqid, int position, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT fqid, type::text, data::text, position FROM events WHERE fqid = @fqid AND position <= @position ORDER BY position, weight");
        command.Parameters.Add(new NpgsqlParameter<string>("fqid", NpgsqlDbType.Text) { TypedValue = fqid });
        command.Parameters.Add(new NpgsqlParameter<int>("position", NpgsqlDbType.Integer) { TypedValue = position });
        await foreach (var (_, model) in ModelReplay.PerModelAsync(RowsAsync(command, cancellationToken), cancellationToken: cancellationToken))
        {
            return model;
        }

        return null;
    }

    /// <summary>
    /// Every model as it was after <paramref name="position"/> (after the last position if null), replayed from the
    /// events and streamed in fqid order; memory holds one model at a time.
    /// </summary>
    public async IAsyncEnumerable<KeyValuePair<string, ModelRecord>> ReplayAllAsync(int? position = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT fqid, type::text, data::text, position FROM events WHERE (@position::int IS NULL OR position <= @position) ORDER BY fqid, position, weight");
        command.Parameters.Add(new NpgsqlParameter("position", NpgsqlDbType.Integer) { Value = position is { } p ? p : DBNull.Value });
        await foreach (var pair in ModelReplay.PerModelAsync(RowsAsync(command, cancellationToken), cancellationToken: cancellationToken))
        {
            yield return pair;
        }
    }

    // The rows of a `SELECT fqid, type::text, data::text, position` ordered by fqid, position and weight.
    private static async IAsyncEnumerable<StoredEventRow> RowsAsync(NpgsqlCommand command, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt32(3));
        }
    }
}
