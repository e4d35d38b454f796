using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;
using Npgsql;
using NpgsqlTypes;

namespace Migrations.Runtime.Reading;

/// <summary>
/// The migration reader over the <c>models</c> table, inside the caller's connection and transaction (model
/// migrations read what earlier model migrations of the same run wrote). Every method is one query.
/// </summary>
internal sealed class DatabaseMigrationReader(NpgsqlConnection connection, NpgsqlTransaction? transaction = null) : IMigrationReader
{
    // An integer-valued field as bigint, anything else as NULL (min/max ignore it).
    private const string IntegerFieldSql =
        "(CASE WHEN jsonb_typeof(data->@field) = 'number' AND data->>@field ~ '^-?[0-9]+$' THEN (data->>@field)::bigint END)";

    // get_all and filter come in the table's physical order, as upstream's queries (no ORDER BY, a sequential scan:
    // `fqid LIKE` cannot use the key's index under upstream's en_US collation) return them. The order decides the
    // ids that some migrations create (0044, 0049, 0071). Finalize rebuilds `models` in the order upstream's rebuild
    // gives for an imported datastore (first creation), and the writer updates rows as upstream's does, so the
    // first model migration reads exactly upstream's order and later ones the order the same writes leave.
    private const string PhysicalOrder = "ctid";

    // get_many (grouped by collection; upstream's order depends on the query plan) and our own StreamAsync: ids ascending.
    private const string IdOrder = "split_part(fqid, '/', 2)::bigint";

    /// <inheritdoc/>
    public bool IsInMemoryMigration => false;

    /// <inheritdoc/>
    public async Task<JsonObject> GetAsync(string fqid, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default)
    {
        await using var command = Command("SELECT data FROM models WHERE fqid = @fqid AND NOT deleted");
        command.Parameters.Add(Text("fqid", fqid));
        var data = await command.ExecuteScalarAsync(cancellationToken) as string ?? throw new ModelDoesNotExistException(fqid);
        return MappedFields.Project(Parse(data), mappedFields);
    }

    /// <inheritdoc/>
    public async Task<Dictionary<string, Dictionary<int, JsonObject>>> GetManyAsync(IReadOnlyList<GetManyRequestPart> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var wanted = new Dictionary<string, List<IReadOnlyList<string>?>>(StringComparer.Ordinal);
        foreach (var part in requests)
        {
            foreach (var id in part.Ids)
            {
                var fqid = DatastoreKeys.Fqid(part.Collection, id);
                if (!wanted.TryGetValue(fqid, out var mappings))
                {
                    wanted[fqid] = mappings = [];
                }

                mappings.Add(part.MappedFields);
            }
        }

        var result = new Dictionary<string, Dictionary<int, JsonObject>>(StringComparer.Ordinal);
        await using var command = Command($"SELECT fqid, data FROM models WHERE fqid = ANY(@fqids) AND NOT deleted ORDER BY split_part(fqid, '/', 1), {IdOrder}");
        command.Parameters.Add(new NpgsqlParameter<string[]>("fqids", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { TypedValue = [.. wanted.Keys] });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var fqid = reader.GetString(0);
            var model = Parse(reader.GetString(1));
            var collection = DatastoreKeys.CollectionOf(fqid);
            if (!result.TryGetValue(collection, out var byId))
            {
                result[collection] = byId = [];
            }

            // Several parts may ask for the same model: the union of their fields (all fields if any part wants all).
            var mappings = wanted[fqid];
            var fields = mappings.Any(m => m is null || m.Count == 0) ? null : mappings.SelectMany(m => m!).Distinct(StringComparer.Ordinal).ToList();
            byId[DatastoreKeys.IdOf(fqid)] = MappedFields.Project(model, fields);
        }

        return result;
    }

    /// <inheritdoc/>
    public Task<Dictionary<int, JsonObject>> GetAllAsync(string collection, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default) =>
        SelectAsync(collection, "NOT deleted", [], mappedFields, upstreamShape: true, cancellationToken);

    /// <inheritdoc/>
    public Task<Dictionary<int, JsonObject>> FilterAsync(string collection, Filter filter, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default)
    {
        var (condition, parameters) = FilterSql.Build(filter);
        return SelectAsync(collection, condition, parameters, mappedFields, upstreamShape: true, cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<KeyValuePair<int, JsonObject>> StreamAsync(
        string collection, Filter? filter = null, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default)
    {
        var (condition, parameters) = filter is null ? ("TRUE", (IReadOnlyList<NpgsqlParameter>)[]) : FilterSql.Build(filter);
        return PagesAsync(collection, condition, parameters, mappedFields, upstreamShape: false, cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<KeyValuePair<int, JsonObject>> StreamAllAsync(
        string collection, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default) =>
        PagesAsync(collection, "NOT deleted", [], mappedFields, upstreamShape: true, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<KeyValuePair<int, JsonObject>> StreamFilterAsync(
        string collection, Filter filter, IReadOnlyList<string>? mappedFields = null, CancellationToken cancellationToken = default)
    {
        var (condition, parameters) = FilterSql.Build(filter);
        return PagesAsync(collection, condition, parameters, mappedFields, upstreamShape: true, cancellationToken);
    }

    // upstreamShape: get_all's and filter's physical order and mapped fields as columns; otherwise StreamAsync's id
    // order and present fields only.
    private async IAsyncEnumerable<KeyValuePair<int, JsonObject>> PagesAsync(
        string collection, string condition, IReadOnlyList<NpgsqlParameter> parameters, IReadOnlyList<string>? mappedFields, bool upstreamShape,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (transaction is null)
        {
            // A cursor needs a transaction; without one the result is read at once.
            var all = await SelectAsync(collection, condition, parameters, mappedFields, upstreamShape, cancellationToken);
            foreach (var pair in upstreamShape ? all : (IEnumerable<KeyValuePair<int, JsonObject>>)all.OrderBy(p => p.Key))
            {
                yield return pair;
            }

            yield break;
        }

        // A server-side cursor: the caller may write on the same connection between two pages (a model migration
        // streams its events to the writer while it reads; the cursor keeps the snapshot it was opened with), and
        // memory holds one page.
        var cursor = "migration_reader_" + Interlocked.Increment(ref _cursors).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var order = upstreamShape ? PhysicalOrder : IdOrder;
        await using (var declare = Command($"DECLARE {cursor} NO SCROLL CURSOR FOR SELECT fqid, data FROM models WHERE fqid LIKE @prefix AND ({condition}) ORDER BY {order}"))
        {
            declare.Parameters.Add(Text("prefix", CollectionPrefix(collection)));
            foreach (var parameter in parameters)
            {
                declare.Parameters.Add(parameter);
            }

            await declare.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            while (true)
            {
                var page = new List<KeyValuePair<int, JsonObject>>(StreamPageSize);
                await using (var fetch = Command($"FETCH FORWARD {StreamPageSize} FROM {cursor}"))
                await using (var reader = await fetch.ExecuteReaderAsync(cancellationToken))
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        var model = Parse(reader.GetString(1));
                        page.Add(new(DatastoreKeys.IdOf(reader.GetString(0)),
                            upstreamShape ? MappedFields.ProjectAsColumns(model, mappedFields) : MappedFields.Project(model, mappedFields)));
                    }
                }

                foreach (var pair in page)
                {
                    yield return pair;
                }

                if (page.Count < StreamPageSize)
                {
                    break;
                }
            }
        }
        finally
        {
            await using var close = Command($"CLOSE {cursor}");
            try
            {
                await close.ExecuteNonQueryAsync(CancellationToken.None);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InFailedSqlTransaction)
            {
                // The transaction failed (and took the cursor with it): the failure that did it is the one to report.
            }
        }
    }

    private const int StreamPageSize = 1000;
    private static long _cursors;

    /// <inheritdoc/>
    public async Task<bool> ExistsAsync(string collection, Filter filter, CancellationToken cancellationToken = default) =>
        (bool)(await AggregateAsync("EXISTS(SELECT 1 FROM models WHERE fqid LIKE @prefix AND ({0}))", collection, filter, null, cancellationToken))!;

    /// <inheritdoc/>
    public async Task<int> CountAsync(string collection, Filter filter, CancellationToken cancellationToken = default) =>
        (int)(long)(await AggregateAsync("(SELECT count(*) FROM models WHERE fqid LIKE @prefix AND ({0}))", collection, filter, null, cancellationToken))!;

    /// <inheritdoc/>
    public async Task<long?> MinAsync(string collection, Filter filter, string field, CancellationToken cancellationToken = default) =>
        await AggregateAsync($"(SELECT min({IntegerFieldSql}) FROM models WHERE fqid LIKE @prefix AND ({{0}}))", collection, filter, field, cancellationToken) as long?;

    /// <inheritdoc/>
    public async Task<long?> MaxAsync(string collection, Filter filter, string field, CancellationToken cancellationToken = default) =>
        await AggregateAsync($"(SELECT max({IntegerFieldSql}) FROM models WHERE fqid LIKE @prefix AND ({{0}}))", collection, filter, field, cancellationToken) as long?;

    /// <inheritdoc/>
    public async Task<bool> IsAliveAsync(string fqid, CancellationToken cancellationToken = default) =>
        await DeletedStatusAsync(fqid, cancellationToken) == false;

    /// <inheritdoc/>
    public async Task<bool> IsDeletedAsync(string fqid, CancellationToken cancellationToken = default) =>
        await DeletedStatusAsync(fqid, cancellationToken) == true;

    /// <inheritdoc/>
    public async Task<bool> ModelExistsAsync(string fqid, CancellationToken cancellationToken = default) =>
        await DeletedStatusAsync(fqid, cancellationToken) is not null;

    /// <inheritdoc/>
    public async Task<int> GetMaxPositionAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Command("SELECT max(position) FROM positions");
        return await command.ExecuteScalarAsync(cancellationToken) is int position ? position : -1;
    }

    /// <inheritdoc/>
    public async Task<HistoryPositions> GetHistoryPositionsAsync(int fromPosition = 0, int? toPosition = null, CancellationToken cancellationToken = default)
    {
        // Both lists in one round trip: the positions, then the fqids their events touched. The range conditions are
        // only there when given (as upstream builds them), so that the primary key bounds the scan of each page.
        var where = "WHERE " + (fromPosition > 0 ? "position >= @from AND " : "") + (toPosition is not null and not 0 ? "position < @to AND " : "")
            + "information::text <> 'null'";
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                HistoryCommand($"SELECT position, timestamp, user_id, information::text FROM positions {where} ORDER BY position", fromPosition, toPosition),
                HistoryCommand($"SELECT position, fqid FROM positions NATURAL JOIN events {where} ORDER BY position, weight", fromPosition, toPosition),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var positions = new List<HistoryInformation>();
        while (await reader.ReadAsync(cancellationToken))
        {
            positions.Add(new HistoryInformation(
                reader.GetInt32(0),
                reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1),
                reader.GetInt32(2),
                reader.IsDBNull(3) ? null : Data.JsonInput.ParseLastValueWins(reader.GetString(3))));
        }

        await reader.NextResultAsync(cancellationToken);
        var fqids = new Dictionary<int, IReadOnlyList<string>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var position = reader.GetInt32(0);
            if (!fqids.TryGetValue(position, out var list))
            {
                fqids[position] = list = new List<string>();
            }

            ((List<string>)list).Add(reader.GetString(1));
        }

        return new HistoryPositions(positions, fqids);
    }

    private static NpgsqlBatchCommand HistoryCommand(string sql, int from, int? to) => new(sql)
    {
        Parameters =
        {
            new NpgsqlParameter<int>("from", NpgsqlDbType.Integer) { TypedValue = from },
            new NpgsqlParameter("to", NpgsqlDbType.Integer) { Value = to is { } t ? t : DBNull.Value },
        },
    };

    private async Task<bool?> DeletedStatusAsync(string fqid, CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT deleted FROM models WHERE fqid = @fqid");
        command.Parameters.Add(Text("fqid", fqid));
        return await command.ExecuteScalarAsync(cancellationToken) as bool?;
    }

    // upstreamShape: get_all's and filter's physical order and mapped fields as columns; otherwise present fields only.
    private async Task<Dictionary<int, JsonObject>> SelectAsync(
        string collection, string condition, IReadOnlyList<NpgsqlParameter> parameters, IReadOnlyList<string>? mappedFields, bool upstreamShape,
        CancellationToken cancellationToken)
    {
        await using var command = Command($"SELECT fqid, data FROM models WHERE fqid LIKE @prefix AND ({condition}) ORDER BY {PhysicalOrder}");
        command.Parameters.Add(Text("prefix", CollectionPrefix(collection)));
        foreach (var parameter in parameters) { command.Parameters.Add(parameter); }
        var result = new Dictionary<int, JsonObject>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var model = Parse(reader.GetString(1));
            result[DatastoreKeys.IdOf(reader.GetString(0))] = upstreamShape ? MappedFields.ProjectAsColumns(model, mappedFields) : MappedFields.Project(model, mappedFields);
        }

        return result;
    }

    private async Task<object?> AggregateAsync(string expressionTemplate, string collection, Filter filter, string? field, CancellationToken cancellationToken)
    {
        var (condition, parameters) = FilterSql.Build(filter);
        await using var command = Command("SELECT " + expressionTemplate.Replace("{0}", condition, StringComparison.Ordinal));
        command.Parameters.Add(Text("prefix", CollectionPrefix(collection)));
        if (field is not null)
        {
            command.Parameters.Add(Text("field", field));
        }

        foreach (var parameter in parameters) { command.Parameters.Add(parameter); }
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    // `collection/%` with LIKE's wildcards in the name escaped, so `motion_state` matches only itself.
    private static string CollectionPrefix(string collection) =>
        collection.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "/%";

    private NpgsqlCommand Command(string sql) => new(sql, connection, transaction);

    private static NpgsqlParameter<string> Text(string name, string value) => new(name, NpgsqlDbType.Text) { TypedValue = value };

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
