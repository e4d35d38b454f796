using System.Text.Json.Nodes;
using Migrations.Runtime.Database;
using Migrations.Runtime.Events;
using Npgsql;
using NpgsqlTypes;

namespace Migrations.Scale;

/// <summary>
/// A deterministic, OpenSlides-like datastore of P positions: creates, updates (with field deletions), list updates,
/// deletes and restores over organizations, meetings, users, motions, agenda items and lists of speakers, with 10–30
/// fields and payloads of 300–800 bytes per created model. Every event goes through the shared apply rules, so the
/// history is valid; rows are written with binary COPY. Memory holds the live models, not the history. Relations are
/// not modelled, so no field is one that upstream's model migrations follow (a motion's <c>supporter_ids</c> there would
/// name users that do not exist, which 0044 refuses as upstream's does).
/// </summary>
internal sealed class SyntheticDatastore(int positions, int seed)
{
    private readonly Random _random = new(seed);
    private readonly Dictionary<string, ModelRecord> _models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _alive = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _deleted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _nextId = new(StringComparer.Ordinal);
    private static readonly string[] Collections = ["motion", "motion", "motion", "user", "user", "agenda_item", "list_of_speakers", "meeting"];
    private static readonly string[] Words = ["budget", "council", "motion", "amendment", "cycle", "lanes", "library", "school", "vote", "agenda", "report", "park"];

    public long Events { get; private set; }

    public async Task WriteAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await DatastoreSchema.ApplyAsync(dataSource, cancellationToken);
        await DatastoreSchema.TruncateAsync(dataSource, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await Execute(connection, "CREATE TEMP TABLE events_stage (position integer, fqid varchar(48), type text, data jsonb, weight integer)", cancellationToken);

        // Two COPY streams at once need two connections: positions on one, events (staged) on the other.
        await using var positionsConnection = await dataSource.OpenConnectionAsync(cancellationToken);
        var positionsWriter = await positionsConnection.BeginBinaryImportAsync("COPY positions (position, timestamp, user_id, information, migration_index) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var eventsWriter = await connection.BeginBinaryImportAsync("COPY events_stage (position, fqid, type, data, weight) FROM STDIN (FORMAT BINARY)", cancellationToken);
        try
        {
            var start = new DateTime(2024, 1, 1, 8, 0, 0, DateTimeKind.Utc);
            for (var position = 1; position <= positions; position++)
            {
                var events = position == 1 ? [Create("organization", Fields("organization", 1))] : Request();
                var weight = 0;
                foreach (var e in events)
                {
                    _models.TryGetValue(e.Fqid, out var model);
                    _models[e.Fqid] = EventApplier.Apply(model, e, position);
                    Track(e);
                    await eventsWriter.StartRowAsync(cancellationToken);
                    await eventsWriter.WriteAsync(position, NpgsqlDbType.Integer, cancellationToken);
                    await eventsWriter.WriteAsync(e.Fqid, NpgsqlDbType.Varchar, cancellationToken);
                    await eventsWriter.WriteAsync(e.Type.ToDbName(), NpgsqlDbType.Text, cancellationToken);
                    await eventsWriter.WriteAsync(e.DataJson(), NpgsqlDbType.Jsonb, cancellationToken);
                    await eventsWriter.WriteAsync(++weight, NpgsqlDbType.Integer, cancellationToken);
                    Events++;
                }

                await positionsWriter.StartRowAsync(cancellationToken);
                await positionsWriter.WriteAsync(position, NpgsqlDbType.Integer, cancellationToken);
                await positionsWriter.WriteAsync(start.AddSeconds(position * 7), NpgsqlDbType.TimestampTz, cancellationToken);
                await positionsWriter.WriteAsync(_random.Next(1, 50), NpgsqlDbType.Integer, cancellationToken);
                await positionsWriter.WriteAsync(_random.Next(4) == 0 ? "null" : $"[\"change {position}\"]", NpgsqlDbType.Json, cancellationToken);
                await positionsWriter.WriteAsync(1, NpgsqlDbType.Integer, cancellationToken);
            }

            await positionsWriter.CompleteAsync(cancellationToken);
        }
        finally
        {
            await positionsWriter.DisposeAsync();
        }

        await eventsWriter.CompleteAsync(cancellationToken);
        await eventsWriter.DisposeAsync();
        await Execute(connection, "INSERT INTO events (position, fqid, type, data, weight) SELECT position, fqid, type::event_type, data, weight FROM events_stage ORDER BY position, weight; DROP TABLE events_stage", cancellationToken);

        await using (var modelsWriter = await connection.BeginBinaryImportAsync("COPY models (fqid, data, deleted) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (fqid, model) in _models)
            {
                await modelsWriter.StartRowAsync(cancellationToken);
                await modelsWriter.WriteAsync(fqid, NpgsqlDbType.Varchar, cancellationToken);
                await modelsWriter.WriteAsync(model.Data.ToJsonString(), NpgsqlDbType.Jsonb, cancellationToken);
                await modelsWriter.WriteAsync(model.Deleted, NpgsqlDbType.Boolean, cancellationToken);
            }

            await modelsWriter.CompleteAsync(cancellationToken);
        }

        await Execute(connection, $"""
            SELECT setval(pg_get_serial_sequence('positions', 'position'), {positions});
            INSERT INTO id_sequences (collection, id)
            SELECT split_part(fqid, '/', 1), max(split_part(fqid, '/', 2)::int) + 1 FROM models GROUP BY split_part(fqid, '/', 1);
            ANALYZE;
            """, cancellationToken);
    }

    private List<DatastoreEvent> Request()
    {
        var events = new List<DatastoreEvent>();
        var count = _random.Next(10) < 7 ? 1 : _random.Next(2, 5);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var collection = Collections[_random.Next(Collections.Length)];
            var roll = _random.Next(100);
            var alive = _alive.GetValueOrDefault(collection);
            if (roll < 30 || alive is not { Count: > 0 })
            {
                var id = _nextId[collection] = _nextId.GetValueOrDefault(collection) + 1;
                var create = Create(collection, Fields(collection, id));
                touched.Add(create.Fqid);
                events.Add(create);
                continue;
            }

            var target = $"{collection}/{alive[_random.Next(alive.Count)]}";
            if (!touched.Add(target) || _models[target].Deleted)
            {
                continue;
            }

            if (roll < 65)
            {
                var data = new JsonObject { ["title"] = Sentence(3), ["last_modified"] = 1_700_000_000 + _random.Next(10_000_000) };
                for (var f = _random.Next(0, 4); f > 0; f--)
                {
                    data[$"extra_{_random.Next(8)}"] = Sentence(2);
                }

                events.Add(new UpdateEvent(target, data));
                if (_random.Next(5) == 0)
                {
                    events.Add(new DeleteFieldsEvent(target, [$"extra_{_random.Next(8)}", "number"]));
                }
            }
            else if (roll < 85)
            {
                events.Add(new ListUpdateEvent(target,
                    new JsonObject { ["tag_ids"] = new JsonArray(_random.Next(1, 40), _random.Next(1, 40)) },
                    new JsonObject { ["reader_numbers"] = new JsonArray(_random.Next(1, 200)) }));
            }
            else if (roll < 93)
            {
                events.Add(new DeleteEvent(target));
            }
            else if (_deleted.GetValueOrDefault(collection) is { Count: > 0 } deleted)
            {
                var restored = $"{collection}/{deleted[_random.Next(deleted.Count)]}";
                if (touched.Add(restored))
                {
                    events.Add(new RestoreEvent(restored));
                }
            }
        }

        return events.Count > 0 ? events : [Create("user", Fields("user", _nextId["user"] = _nextId.GetValueOrDefault("user") + 1))];
    }

    private static CreateEvent Create(string collection, JsonObject fields) => new($"{collection}/{fields["id"]}", fields);

    private void Track(DatastoreEvent e)
    {
        var collection = e.Collection;
        if (!_alive.TryGetValue(collection, out var alive))
        {
            _alive[collection] = alive = [];
            _deleted[collection] = [];
        }

        switch (e.Type)
        {
            case EventType.Create:
                alive.Add(e.Id);
                break;
            case EventType.Delete:
                alive.Remove(e.Id);
                _deleted[collection].Add(e.Id);
                break;
            case EventType.Restore:
                _deleted[collection].Remove(e.Id);
                alive.Add(e.Id);
                break;
        }
    }

    /// <summary>10–30 fields and 300–800 bytes, shaped like the collection's real models.</summary>
    private JsonObject Fields(string collection, int id)
    {
        var fields = new JsonObject
        {
            ["id"] = id,
            ["meeting_id"] = _random.Next(1, 20),
            ["title"] = Sentence(4),
            ["created"] = 1_690_000_000 + _random.Next(10_000_000),
            ["tag_ids"] = new JsonArray(_random.Next(1, 40)),
            ["reader_numbers"] = new JsonArray(_random.Next(1, 200), _random.Next(1, 200)),
            ["number"] = $"{char.ToUpperInvariant(collection[0])}{id}",
            ["is_active"] = _random.Next(2) == 0,
            ["weight"] = _random.Next(1000),
        };
        for (var f = _random.Next(1, 21); f > 0; f--)
        {
            fields[$"field_{f}"] = _random.Next(3) == 0 ? _random.Next(100_000) : Sentence(2);
        }

        var size = fields.ToJsonString().Length;
        var target = _random.Next(300, 801);
        if (size < target)
        {
            fields["text"] = "<p>" + string.Join(' ', Enumerable.Range(0, 200).Select(_ => Words[_random.Next(Words.Length)]))[..Math.Max(1, target - size - 20)] + "</p>";
        }

        return fields;
    }

    private string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[_random.Next(Words.Length)]));

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
