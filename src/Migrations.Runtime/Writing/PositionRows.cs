using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keys;
using Npgsql;
using NpgsqlTypes;

namespace Migrations.Runtime.Writing;

/// <summary>
/// The rows one write request produces: its database events (with weights), the models they leave behind, the
/// collectionfields each event modified and the id sequences to raise. Built in memory by <c>Translate</c>
/// and inserted with one statement by <see cref="InsertAsync"/>.
/// </summary>
internal sealed class PositionRows
{
    private readonly List<DatastoreEvent> _events = [];
    private readonly JsonbText _jsonb = new();
    private readonly Dictionary<string, List<int>> _weightsByCollectionField = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextIdByCollection = new(StringComparer.Ordinal);
    private Dictionary<string, ModelRecord> _models = [];
    private IEnumerable<DeferredListModels.Row> _heldRows = [];
    private HashSet<string> _partial = new(StringComparer.Ordinal);
    private int _weightOffset;

    /// <summary>The number of database events.</summary>
    public int EventCount => _events.Count;

    /// <summary>The touched models as the events leave them (the ones read, in read order, then the created ones).</summary>
    internal IEnumerable<KeyValuePair<string, ModelRecord>> Models => _models;

    /// <summary>
    /// Translates the request events into database events against <paramref name="models"/> (the touched models,
    /// deleted ones included), checking upstream's preconditions, and applies them to the models.
    /// </summary>
    public static PositionRows Translate(WriteRequest request, Dictionary<string, ModelRecord> models) =>
        Translate(request.Events, models, weightOffset: 0);

    /// <summary>
    /// Translates events that continue a position whose first <paramref name="weightOffset"/> events exist. With
    /// <paramref name="deferred"/> (a streamed migration), additions to the models kept there are applied there, and
    /// models whose added lists grow long move there; their rows are not part of these rows.
    /// </summary>
    public static PositionRows Translate(
        IEnumerable<RequestEvent> events, Dictionary<string, ModelRecord> models, int weightOffset, DeferredListModels? deferred = null,
        HashSet<string>? partial = null, bool last = false)
    {
        var rows = new PositionRows { _models = models, _weightOffset = weightOffset, _partial = partial ?? new(StringComparer.Ordinal) };
        foreach (var requestEvent in events)
        {
            if (deferred is not null)
            {
                if (requestEvent is UpdateRequestEvent update && deferred.TryAppend(update, models, rows._partial) is { } fields)
                {
                    rows.AddEvent(new ListUpdateEvent(update.Fqid, update.AddToLists, null), fields);
                    continue;
                }

                deferred.TakeBack(requestEvent.Fqid, models, rows._partial);
            }

            foreach (var (dbEvent, modifiedFields) in rows.TranslateOne(requestEvent))
            {
                rows.Add(dbEvent, modifiedFields);
            }
        }

        if (deferred?.EndChunk(models, rows._partial, first: weightOffset == 0, last) == true)
        {
            rows._heldRows = deferred.Rows(keepLong: !last);
        }

        return rows;
    }

    /// <summary>Adds the rows of models written as JSON text (the deferred ones at the end of a stream).</summary>
    public void AddModelRows(IEnumerable<DeferredListModels.Row> rows) => _heldRows = rows;

    private IEnumerable<(DatastoreEvent Event, IEnumerable<string> ModifiedFields)> TranslateOne(RequestEvent requestEvent)
    {
        var fqid = requestEvent.Fqid;
        _models.TryGetValue(fqid, out var model);
        switch (requestEvent)
        {
            case CreateRequestEvent create:
                if (model is not null)
                {
                    throw new ModelExistsException(fqid);
                }

                // The request event holds its own copy of the fields (made when it was built), and the event is only
                // written out; the model gets a copy of its own when the event is applied.
                yield return (new CreateEvent(fqid, create.Fields), FieldNames(create.Fields).Append(DatastoreKeys.MetaDeleted));
                break;

            case UpdateRequestEvent update:
                if (model is null || model.Deleted)
                {
                    throw new ModelDoesNotExistException(fqid);
                }

                var values = new JsonObject();
                var deleted = new List<string>();
                foreach (var (field, value) in update.Fields)
                {
                    if (JsonKinds.IsNull(value))
                    {
                        deleted.Add(field);
                    }
                    else
                    {
                        values[field] = value!.DeepClone();
                    }
                }

                if (values.Count > 0)
                {
                    yield return (new UpdateEvent(fqid, values), FieldNames(values));
                }

                if (deleted.Count > 0)
                {
                    yield return (new DeleteFieldsEvent(fqid, deleted), deleted);
                }

                if (update.AddToLists.Count > 0 || update.RemoveFromLists.Count > 0)
                {
                    // The writer's stricter rule: existing list entries must be strings or integers.
                    var modified = ListUpdate.ComputeModifiedFields(
                        fqid, model.Data, update.AddToLists, update.RemoveFromLists, onlyScalarEntries: true);
                    // As for a create, the request's maps are the event's: they are only read and written out.
                    var listUpdate = new ListUpdateEvent(fqid, update.AddToLists, update.RemoveFromLists);
                    yield return (listUpdate, modified.Keys);
                }

                break;

            case DeleteRequestEvent:
                if (model is null || model.Deleted)
                {
                    throw new ModelDoesNotExistException(fqid);
                }

                yield return (new DeleteEvent(fqid), FieldNames(model.Data));
                break;

            case RestoreRequestEvent:
                if (model is null || !model.Deleted)
                {
                    throw new ModelNotDeletedException(fqid);
                }

                yield return (new RestoreEvent(fqid), FieldNames(model.Data));
                break;

            default:
                throw new BadCodingException($"Unknown request event {requestEvent.GetType().Name}");
        }
    }

    private void Add(DatastoreEvent dbEvent, IEnumerable<string> modifiedFields)
    {
        AddEvent(dbEvent, modifiedFields);
        _models.TryGetValue(dbEvent.Fqid, out var model);
        // The real position is stamped by the insert statement (meta_position), so 0 stands in here.
        _models[dbEvent.Fqid] = EventApplier.Apply(model, dbEvent, position: 0);
    }

    private void AddEvent(DatastoreEvent dbEvent, IEnumerable<string> modifiedFields)
    {
        _events.Add(dbEvent);
        var weight = _weightOffset + _events.Count;
        foreach (var field in modifiedFields.ToList())
        {
            var collectionField = DatastoreKeys.CollectionField(dbEvent.Fqid, field);
            if (collectionField.Length > DatastoreKeys.CollectionFieldMaxLength)
            {
                throw new InvalidFormatException(
                    $"Collection field {collectionField} is too long (max: {DatastoreKeys.CollectionFieldMaxLength})");
            }

            if (!_weightsByCollectionField.TryGetValue(collectionField, out var weights))
            {
                _weightsByCollectionField[collectionField] = weights = [];
            }

            weights.Add(weight);
        }

        if (dbEvent.Type == EventType.Create)
        {
            var collection = dbEvent.Collection;
            var next = dbEvent.Id + 1;
            _nextIdByCollection[collection] = Math.Max(_nextIdByCollection.GetValueOrDefault(collection), next);
        }
    }

    private static IEnumerable<string> FieldNames(JsonObject data) => data.Select(p => p.Key);

    // One statement writes the position and everything that hangs on it; data-modifying CTEs share the new
    // position number, so nothing has to be reserved beforehand and no round trip is spent per event.
    private const string InsertSql = """
        WITH pos AS (
            INSERT INTO positions (timestamp, user_id, information, migration_index)
            VALUES (current_timestamp, @user_id, @information, @migration_index)
            RETURNING position
        )
        """ + InsertRowsSql + "SELECT position FROM pos";

    // Finalize writes its positions as max + 1 instead of drawing from the identity sequence: a finalize that is
    // rolled back would otherwise leave a gap, and the finalize that follows would number its positions differently.
    private const string InsertNextSql = """
        WITH pos AS (
            INSERT INTO positions (position, timestamp, user_id, information, migration_index) OVERRIDING SYSTEM VALUE
            VALUES ((SELECT coalesce(max(position), 0) + 1 FROM positions), current_timestamp, @user_id, @information, @migration_index)
            RETURNING position
        ), seq AS (
            SELECT setval(pg_get_serial_sequence('positions', 'position'), (SELECT position FROM pos))
        )
        """ + InsertRowsSql + "SELECT position FROM pos, (SELECT count(*) FROM seq) AS s";

    // A position already written: the next chunk of a model migration's events is appended to it.
    private const string AppendSql = """
        WITH pos AS (
            SELECT @existing_position::int AS position
        )
        """ + InsertRowsSql + "SELECT position FROM pos";

    private const string InsertRowsSql = """
        , ev AS (
            INSERT INTO events (position, fqid, type, data, weight)
            SELECT pos.position, e.fqid, e.type::event_type, e.data, e.weight
            FROM pos, unnest(@event_fqids, @event_types, @event_data, @event_weights) AS e(fqid, type, data, weight)
            ORDER BY e.weight
            RETURNING id, weight
        ), cf AS (
            INSERT INTO collectionfields (collectionfield, position)
            SELECT c.collectionfield, pos.position FROM pos, unnest(@collectionfields) AS c(collectionfield)
            ON CONFLICT (collectionfield) DO UPDATE SET position = excluded.position
            RETURNING id, collectionfield
        ), ecf AS (
            INSERT INTO events_to_collectionfields (event_id, collectionfield_id)
            SELECT ev.id, cf.id
            FROM unnest(@link_weights, @link_collectionfields) AS l(weight, collectionfield)
            JOIN ev ON ev.weight = l.weight
            JOIN cf ON cf.collectionfield = l.collectionfield
        ), mo AS (
            INSERT INTO models (fqid, data, deleted)
            SELECT m.fqid, m.data || jsonb_build_object('meta_position', pos.position), m.deleted
            FROM pos, unnest(@model_fqids, @model_data, @model_deleted) AS m(fqid, data, deleted)
            ON CONFLICT (fqid) DO UPDATE SET data = excluded.data, deleted = excluded.deleted
        ), ids AS (
            INSERT INTO id_sequences (collection, id)
            SELECT s.collection, s.id FROM unnest(@sequence_collections, @sequence_ids) AS s(collection, id)
            ON CONFLICT (collection) DO UPDATE SET id = greatest(id_sequences.id, excluded.id)
        )

        """;

    /// <summary>Inserts the position with its events, models, collectionfields and id sequences; returns the position.</summary>
    public async Task<int> InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, WriteRequest? request, int migrationIndex, CancellationToken cancellationToken,
        bool nextPosition = false, int? existingPosition = null)
    {
        // Without a request (the deferred models' rows at the end of a stream) the position exists already.
        ArgumentOutOfRangeException.ThrowIfNotEqual(request is null && existingPosition is null, false);
        var held = _heldRows.ToList();
        if (held.Any(r => r.Patch) || _models.Keys.Any(_partial.Contains))
        {
            throw new BadCodingException("Rows read in part are written by CopyAsync only");
        }

        var linkWeights = new List<int>();
        var linkCollectionFields = new List<string>();
        foreach (var (collectionField, weights) in _weightsByCollectionField)
        {
            foreach (var weight in weights)
            {
                linkWeights.Add(weight);
                linkCollectionFields.Add(collectionField);
            }
        }

        var modelFqids = _models.Keys.Concat(held.Select(r => r.Fqid)).ToArray();
        var modelData = _models.Select(m => m.Value.Data.ToJsonString())
            .Concat(held.Select(r => System.Text.Encoding.UTF8.GetString(r.Jsonb, 1, r.Jsonb.Length - 1)));
        var modelDeleted = _models.Select(m => m.Value.Deleted).Concat(held.Select(_ => false));
        var sql = existingPosition is not null ? AppendSql : nextPosition ? InsertNextSql : InsertSql;
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        var p = command.Parameters;
        if (existingPosition is { } existing)
        {
            p.Add(new NpgsqlParameter<int>("existing_position", NpgsqlDbType.Integer) { TypedValue = existing });
        }

        p.Add(new NpgsqlParameter<int>("user_id", NpgsqlDbType.Integer) { TypedValue = request?.UserId ?? 0 });
        p.Add(new NpgsqlParameter<string>("information", NpgsqlDbType.Json) { TypedValue = request?.Information?.ToJsonString() ?? "null" });
        p.Add(new NpgsqlParameter<int>("migration_index", NpgsqlDbType.Integer) { TypedValue = migrationIndex });
        p.Add(TextArray("event_fqids", _events.Select(e => e.Fqid)));
        p.Add(TextArray("event_types", _events.Select(e => e.Type.ToDbName())));
        p.Add(JsonbArray("event_data", _events.Select(e => e.DataJson())));
        p.Add(IntArray("event_weights", Enumerable.Range(_weightOffset + 1, _events.Count)));
        p.Add(TextArray("collectionfields", _weightsByCollectionField.Keys));
        p.Add(IntArray("link_weights", linkWeights));
        p.Add(TextArray("link_collectionfields", linkCollectionFields));
        p.Add(TextArray("model_fqids", modelFqids));
        p.Add(JsonbArray("model_data", modelData));
        p.Add(new NpgsqlParameter<bool[]>("model_deleted", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { TypedValue = [.. modelDeleted] });
        p.Add(TextArray("sequence_collections", _nextIdByCollection.Keys));
        p.Add(IntArray("sequence_ids", _nextIdByCollection.Values));
        var result = await command.ExecuteScalarAsync(cancellationToken);
        return (int)result!;
    }

    // The position of a model migration's stream, numbered max + 1 as in InsertNextSql.
    private const string NextPositionSql = """
        WITH pos AS (
            INSERT INTO positions (position, timestamp, user_id, information, migration_index) OVERRIDING SYSTEM VALUE
            VALUES ((SELECT coalesce(max(position), 0) + 1 FROM positions), current_timestamp, 0, 'null', @migration_index)
            RETURNING position
        ), seq AS (
            SELECT setval(pg_get_serial_sequence('positions', 'position'), (SELECT position FROM pos))
        )
        SELECT position FROM pos, (SELECT count(*) FROM seq) AS s
        """;

    /// <summary>
    /// Writes the rows of a model migration's chunk with binary COPY, without <c>collectionfields</c> and
    /// <c>events_to_collectionfields</c> (finalize empties both right after its model migrations, in the same
    /// transaction): the position if <paramref name="existingPosition"/> is null (user 0, no information), the events
    /// in weight order, the models through a staging table (one upsert, the rows in this chunk's order; a model read
    /// only as the fields the chunk adds to is written as a patch of its stored row) and the id sequences. Returns the
    /// position.
    /// </summary>
    public async Task<int> CopyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, int migrationIndex, int? existingPosition, CancellationToken cancellationToken)
    {
        var position = await CopyEventsAsync(connection, transaction, migrationIndex, existingPosition, cancellationToken);
        await UpsertModelsAsync(connection, transaction, position, cancellationToken);
        await RaiseSequencesAsync(connection, transaction, cancellationToken);
        return position;
    }

    /// <summary>
    /// Writes the position if <paramref name="existingPosition"/> is null (user 0, no information) and this chunk's
    /// events in weight order with binary COPY; returns the position.
    /// </summary>
    internal async Task<int> CopyEventsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, int migrationIndex, int? existingPosition, CancellationToken cancellationToken)
    {
        int position;
        if (existingPosition is { } existing)
        {
            position = existing;
        }
        else
        {
            await using var insert = new NpgsqlCommand(NextPositionSql, connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter<int>("migration_index", NpgsqlDbType.Integer) { TypedValue = migrationIndex });
            position = (int)(await insert.ExecuteScalarAsync(cancellationToken))!;
            await using var stage = new NpgsqlCommand(
                "CREATE TEMP TABLE IF NOT EXISTS model_migration_rows (ord integer, fqid varchar(48), data jsonb, deleted boolean, patch boolean, stamped boolean, append jsonb) ON COMMIT DROP", connection, transaction);
            await stage.ExecuteNonQueryAsync(cancellationToken);
        }

        if (_events.Count > 0)
        {
            await using var events = await connection.BeginBinaryImportAsync(
                "COPY events (position, fqid, type, data, weight) FROM STDIN (FORMAT BINARY)", cancellationToken);
            var weight = _weightOffset;
            foreach (var e in _events)
            {
                await events.StartRowAsync(cancellationToken);
                await events.WriteAsync(position, NpgsqlDbType.Integer, cancellationToken);
                await events.WriteAsync(e.Fqid, NpgsqlDbType.Varchar, cancellationToken);
                // An enum's binary form is its label.
                await events.WriteAsync(e.Type.ToDbName(), NpgsqlDbType.Text, cancellationToken);
                await events.WriteAsync(_jsonb.Of(e), NpgsqlDbType.Bytea, cancellationToken);
                await events.WriteAsync(++weight, NpgsqlDbType.Integer, cancellationToken);
            }

            await events.CompleteAsync(cancellationToken);
        }

        return position;
    }

    /// <summary>Upserts this chunk's models through the staging table, in this chunk's order.</summary>
    private async Task UpsertModelsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, int position, CancellationToken cancellationToken)
    {
        await using (var models = await connection.BeginBinaryImportAsync(
            "COPY model_migration_rows (ord, fqid, data, deleted, patch, stamped, append) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            var ord = 0;
            async Task RowAsync(string fqid, ReadOnlyMemory<byte> jsonb, bool deleted, bool patch, bool stamped, byte[]? append = null)
            {
                await models.StartRowAsync(cancellationToken);
                await models.WriteAsync(++ord, NpgsqlDbType.Integer, cancellationToken);
                await models.WriteAsync(fqid, NpgsqlDbType.Varchar, cancellationToken);
                await models.WriteAsync(jsonb, NpgsqlDbType.Bytea, cancellationToken);
                await models.WriteAsync(deleted, NpgsqlDbType.Boolean, cancellationToken);
                await models.WriteAsync(patch, NpgsqlDbType.Boolean, cancellationToken);
                await models.WriteAsync(stamped, NpgsqlDbType.Boolean, cancellationToken);
                if (append is null)
                {
                    await models.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await models.WriteAsync(append, NpgsqlDbType.Bytea, cancellationToken);
                }
            }

            // A whole model is written with its meta_position (stamped), so the upsert only has to complete patches
            // and the held rows.
            foreach (var (fqid, model) in _models)
            {
                var patch = _partial.Contains(fqid);
                await RowAsync(fqid, _jsonb.Of(model.Data, patch ? null : position), model.Deleted, patch, stamped: !patch);
            }

            foreach (var row in _heldRows)
            {
                await RowAsync(row.Fqid, row.Jsonb, false, row.Patch, stamped: false, row.Append);
            }

            await models.CompleteAsync(cancellationToken);
        }

        await using var upsert = new NpgsqlCommand("""
            INSERT INTO models (fqid, data, deleted)
            SELECT s.fqid,
                CASE WHEN s.stamped THEN s.data ELSE CASE WHEN s.patch THEN (
                    SELECT m.data || s.data || coalesce(
                        (SELECT jsonb_object_agg(a.key, coalesce(m.data -> a.key, '[]'::jsonb) || a.value) FROM jsonb_each(s.append) AS a), '{}'::jsonb)
                    FROM models m WHERE m.fqid = s.fqid) ELSE s.data END
                    || jsonb_build_object('meta_position', @position) END,
                s.deleted
            FROM (SELECT * FROM model_migration_rows ORDER BY ord) s
            ON CONFLICT (fqid) DO UPDATE SET data = excluded.data, deleted = excluded.deleted;
            TRUNCATE model_migration_rows
            """, connection, transaction);
        upsert.Parameters.Add(new NpgsqlParameter<int>("position", NpgsqlDbType.Integer) { TypedValue = position });
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Raises the id sequences to the ids this chunk created.</summary>
    internal async Task RaiseSequencesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        if (_nextIdByCollection.Count > 0)
        {
            await using var sequences = new NpgsqlCommand("""
                INSERT INTO id_sequences (collection, id)
                SELECT s.collection, s.id FROM unnest(@sequence_collections, @sequence_ids) AS s(collection, id)
                ON CONFLICT (collection) DO UPDATE SET id = greatest(id_sequences.id, excluded.id)
                """, connection, transaction);
            sequences.Parameters.Add(TextArray("sequence_collections", _nextIdByCollection.Keys));
            sequences.Parameters.Add(IntArray("sequence_ids", _nextIdByCollection.Values));
            await sequences.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static NpgsqlParameter<string[]> TextArray(string name, IEnumerable<string> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. values] };

    private static NpgsqlParameter<string[]> JsonbArray(string name, IEnumerable<string> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { TypedValue = [.. values] };

    private static NpgsqlParameter<int[]> IntArray(string name, IEnumerable<int> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Integer) { TypedValue = [.. values] };
}
