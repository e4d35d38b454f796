using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Database;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.Tests.Engine;

/// <summary>
/// Model migrations that stream: the reader pages through a collection with a cursor while the engine writes the
/// returned events in chunks into one position (bounded memory, spec §10's out-of-memory report).
/// </summary>
public class StreamingModelMigrationTests(DatabaseFixture database) : EngineTest(database)
{
    private sealed class DoubleEveryWeight : ModelMigration
    {
        protected override async IAsyncEnumerable<RequestEvent> StreamEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var (id, model) in Reader.StreamAsync("a", new FilterOperator("meta_deleted", "!=", true), ["w"], cancellationToken))
            {
                yield return new UpdateRequestEvent($"a/{id}", new JsonObject { ["w"] = model["w"]!.GetValue<int>() * 2 });
            }
        }
    }

    private sealed class CreateThenUpdateAcrossChunks : ModelMigration
    {
        protected override async IAsyncEnumerable<RequestEvent> StreamEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask;
            yield return new CreateRequestEvent("b/1", new JsonObject { ["x"] = 1 });
            yield return new CreateRequestEvent("b/2", new JsonObject { ["x"] = 2 });
            yield return new UpdateRequestEvent("b/1", new JsonObject { ["x"] = 3 });
            yield return new CreateRequestEvent("b/1", new JsonObject { ["x"] = 4 });
        }
    }

    [Fact]
    public async Task A_streamed_result_is_written_in_chunks_into_one_position()
    {
        var creates = Enumerable.Range(1, 2500).Select(i => $$$"""{"type": "create", "fqid": "a/{{{i}}}", "fields": {"w": {{{i}}}}}""").ToArray();
        await Write(creates);
        await Write("""{"type": "delete", "fqid": "a/7"}""");
        await SetMigrationIndexTo1();
        Options = Options with { ModelMigrationChunk = 1000 };
        await Handler(new MigrationDescriptor(2, "DoubleEveryWeight", MigrationKind.Model, () => new DoubleEveryWeight())).FinalizeAsync();
        await AssertFinalized(2);
        await AssertCount("positions", 3);
        var weights = await Rows("SELECT min(weight), max(weight), count(*), count(DISTINCT weight) FROM events WHERE position = 3");
        Assert.Equal([1, 2499, 2499L, 2499L], weights[0]);
        await AssertModel("a/2500", """{"w": 5000, "meta_deleted": false, "meta_position": 3}""");
        await AssertModel("a/7", """{"w": 7, "meta_deleted": true, "meta_position": 2}""");
        await AssertReplayEqualsModels();
    }

    [Theory]
    [InlineData("list")]
    [InlineData("stream")]
    [InlineData("one-request stream")]
    public async Task A_list_result_is_written_as_one_request_as_upstreams_and_a_stream_in_chunks(string result)
    {
        // One request writes the models it touches as read, then the created ones (upstream's writer); chunks of two
        // write a/1 and the new a/5 first. The rows' order is the order the next model migration reads. A stream that
        // says it is one request is written as the list is.
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""", """{"type": "create", "fqid": "a/2", "fields": {}}""");
        await SetMigrationIndexTo1();
        Options = Options with { ModelMigrationChunk = 2 };
        RequestEvent[] events =
        [
            new UpdateRequestEvent("a/1", new JsonObject { ["f"] = 1 }),
            new CreateRequestEvent("a/5", []),
            new UpdateRequestEvent("a/2", new JsonObject { ["f"] = 2 }),
        ];
        var migration = result switch
        {
            "stream" => new MigrationDescriptor(2, "Streamed", MigrationKind.Model, () => new Streamed(events)),
            "one-request stream" => new MigrationDescriptor(2, "StreamedOneRequest", MigrationKind.Model, () => new StreamedOneRequest(events)),
            _ => TestMigrations.Model(() => events),
        };
        await Handler(migration).FinalizeAsync();
        var order = (await Rows("SELECT fqid FROM models ORDER BY ctid")).Select(r => (string)r[0]!).ToArray();
        Assert.Equal(result == "stream" ? ["a/1", "a/5", "a/2"] : ["a/1", "a/2", "a/5"], order);
        await AssertCount("positions", 2);
        await AssertReplayEqualsModels();
    }

    [Fact]
    public async Task A_one_request_stream_reads_the_models_before_the_migration_while_it_streams()
    {
        // Upstream reads everything before it writes; a stream written as one request in chunks must read the same.
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 0}}""", """{"type": "create", "fqid": "a/2", "fields": {"f": 0}}""");
        await SetMigrationIndexTo1();
        Options = Options with { ModelMigrationChunk = 2 };
        var seen = new List<string>();
        await Handler(new MigrationDescriptor(2, "ReadsWhileStreaming", MigrationKind.Model, () => new ReadsWhileStreaming(seen))).FinalizeAsync();
        Assert.Equal(["{\"f\":0}", "{\"f\":0}"], seen);
        await AssertModel("a/1", """{"f": 1, "meta_deleted": false, "meta_position": 2}""");
        await AssertModel("a/2", """{"f": 2, "meta_deleted": false, "meta_position": 2}""");
        Assert.Equal(6, await Scalar<long>("SELECT count(*) FROM events WHERE position = 2"));
        await AssertReplayEqualsModels();
    }

    private sealed class ReadsWhileStreaming(List<string> seen) : ModelMigration
    {
        protected override bool StreamsOneRequest => true;

        protected override async IAsyncEnumerable<RequestEvent> StreamEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var id in new[] { 1, 2 })
            {
                yield return new UpdateRequestEvent($"a/{id}", new JsonObject { ["f"] = id });
                yield return new UpdateRequestEvent($"a/{id}", new JsonObject { ["g"] = id });
                yield return new UpdateRequestEvent($"a/{id}", new JsonObject { ["g"] = null });
                // A chunk of two is written by now (for a/2 three chunks, its own events included): the reader still
                // sees the models as they were.
                seen.Add((await Reader.GetAsync($"a/{id}", ["f"], cancellationToken)).ToJsonString());
                if (id == 2)
                {
                    yield break;
                }
            }
        }
    }

    private sealed class StreamedOneRequest(RequestEvent[] events) : ModelMigration
    {
        protected override bool StreamsOneRequest => true;

        protected override async IAsyncEnumerable<RequestEvent> StreamEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask;
            foreach (var e in events)
            {
                yield return e;
            }
        }
    }

    [Fact]
    public async Task A_list_result_longer_than_a_chunk_leaves_events_and_models_as_the_single_request_does()
    {
        // Rows moved by updates (physical order is not the id order), deleted models, a restore, models touched in
        // several chunks, creations early and late, list updates on a created model: written in chunks of 7, the
        // events and the rows of models are the single request's.
        async Task<(List<string> Models, List<string> Events)> RunAsync(int chunk)
        {
            await DatastoreSchema.TruncateAsync(DataSource);
            await Write([.. Enumerable.Range(1, 300).Select(i => $$$"""{"type": "create", "fqid": "a/{{{i}}}", "fields": {"n": {{{i}}}, "l": [{{{i}}}]}}""")]);
            await Write([.. Enumerable.Range(1, 40).Select(i => $$$"""{"type": "update", "fqid": "a/{{{i * 7}}}", "fields": {"m": 1}}""")]);
            await Write("""{"type": "delete", "fqid": "a/5"}""", """{"type": "delete", "fqid": "a/6"}""");
            await SetMigrationIndexTo1();
            Options = Options with { ModelMigrationChunk = chunk };
            var events = new List<RequestEvent> { new CreateRequestEvent("c/1", new JsonObject { ["ids"] = new JsonArray() }) };
            foreach (var i in Enumerable.Range(1, 300).Reverse().Where(i => i is not 5 and not 6))
            {
                events.Add(new UpdateRequestEvent($"a/{i}", new JsonObject { ["k"] = i, ["m"] = null }));
                if (i % 10 == 0)
                {
                    events.Add(new CreateRequestEvent($"b/{i}", new JsonObject { ["a_id"] = i }));
                    events.Add(new UpdateRequestEvent("c/1", null, addToLists: new JsonObject { ["ids"] = new JsonArray(i) }));
                }
            }

            events.Add(new RestoreRequestEvent("a/5"));
            events.Add(new UpdateRequestEvent("a/5", null, addToLists: new JsonObject { ["l"] = new JsonArray(50) }, removeFromLists: new JsonObject { ["l"] = new JsonArray(5) }));
            events.Add(new DeleteRequestEvent("a/9"));
            events.Add(new UpdateRequestEvent("b/10", new JsonObject { ["late"] = true }));
            events.Add(new CreateRequestEvent("b/1", []));
            await Handler(TestMigrations.Model(() => events)).FinalizeAsync();
            await AssertReplayEqualsModels();
            Assert.All(events, e => Assert.Null(e)); // the engine let go of every written event
            var models = (await Rows("SELECT fqid, data::text, deleted FROM models ORDER BY ctid")).Select(r => $"{r[0]} {r[1]} {r[2]}").ToList();
            var written = (await Rows("SELECT position, weight, fqid, type::text, data::text FROM events ORDER BY id")).Select(r => string.Join(' ', r)).ToList();
            return (models, written);
        }

        var one = await RunAsync(1_000_000);
        var chunked = await RunAsync(7);
        // The rows' physical places also depend on page pruning, which other transactions of the cluster can delay, so
        // the models are compared as a set here; their order is asserted on one page by the test above.
        Assert.Equal(one.Events, chunked.Events);
        Assert.Equal(one.Models.Order(StringComparer.Ordinal), chunked.Models.Order(StringComparer.Ordinal));
        Assert.Equal(300 + 30 + 2, one.Models.Count);
        Assert.Contains("c/1 {\"ids\": [300, 290", chunked.Models.Single(m => m.StartsWith("c/1 ", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_result_that_fails_in_a_later_chunk_writes_nothing()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""", """{"type": "create", "fqid": "a/2", "fields": {}}""");
        await SetMigrationIndexTo1();
        Options = Options with { ModelMigrationChunk = 2 };
        RequestEvent[] events =
        [
            new DeleteRequestEvent("a/1"),
            new UpdateRequestEvent("a/2", new JsonObject { ["f"] = 1 }),
            new CreateRequestEvent("a/3", []),
            new UpdateRequestEvent("a/1", new JsonObject { ["f"] = 1 }),
        ];
        var e = await Assert.ThrowsAsync<MigrationFailedException>(() => Handler(TestMigrations.Model(() => events)).FinalizeAsync());
        Assert.IsType<ModelDoesNotExistException>(e.InnerException);
        await AssertCount("positions", 1);
        await AssertCount("models", 2);
        await AssertModel("a/1", """{"meta_deleted": false, "meta_position": 1}""");
    }

    private sealed class Streamed(RequestEvent[] events) : ModelMigration
    {
        protected override async IAsyncEnumerable<RequestEvent> StreamEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.CompletedTask;
            foreach (var e in events)
            {
                yield return e;
            }
        }
    }

    [Fact]
    public async Task Later_chunks_see_what_earlier_chunks_wrote()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        Options = Options with { ModelMigrationChunk = 2 };
        var e = await Assert.ThrowsAsync<MigrationFailedException>(() =>
            Handler(new MigrationDescriptor(2, "CreateThenUpdate", MigrationKind.Model, () => new CreateThenUpdateAcrossChunks())).FinalizeAsync());
        Assert.IsType<ModelExistsException>(e.InnerException);
        await AssertCount("positions", 1);
        Assert.Equal(1, await Scalar<int>("SELECT max(migration_index) FROM positions"));
    }

    [Fact]
    public async Task The_reader_streams_in_id_order_in_both_backings()
    {
        await Write(
            """{"type": "create", "fqid": "a/10", "fields": {"f": 1, "g": 1}}""",
            """{"type": "create", "fqid": "a/2", "fields": {"f": 2}}""",
            """{"type": "create", "fqid": "a/3", "fields": {"f": 1}}""",
            """{"type": "create", "fqid": "abc/1", "fields": {"f": 1}}""");
        await Write("""{"type": "delete", "fqid": "a/3"}""");
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var memory = new MemoryMigrationReader((await CurrentModels()).ToDictionary(p => p.Key, p => p.Value.Data));
        foreach (IMigrationReader reader in new IMigrationReader[] { new DatabaseMigrationReader(connection, transaction), new DatabaseMigrationReader(connection), memory })
        {
            var all = new List<int>();
            await foreach (var (id, _) in reader.StreamAsync("a"))
            {
                all.Add(id);
            }

            Assert.Equal([2, 3, 10], all);
            var ones = new List<string>();
            await foreach (var (id, model) in reader.StreamAsync("a", new FilterOperator("f", "=", 1), ["g"]))
            {
                ones.Add($"{id}:{model.ToJsonString()}");
            }

            Assert.Equal(["3:{}", "10:{\"g\":1}"], ones);
        }
    }

    [Fact]
    public async Task The_filter_and_get_all_streams_give_what_filter_and_get_all_give_in_their_order_and_shape_in_both_backings()
    {
        // More than two pages, and rows moved in the table by updates (a.ctid order is not the id order): the stream
        // must give FilterAsync's sequence exactly, its null-for-absent mapped fields included.
        await Write([.. Enumerable.Range(1, 2300).Select(i => $$$"""{"type": "create", "fqid": "a/{{{i}}}", "fields": {"f": {{{i % 3}}}, "g": {{{i}}}}}""")]);
        await Write([.. Enumerable.Range(1, 40).Select(i => $$$"""{"type": "update", "fqid": "a/{{{i * 7}}}", "fields": {"h": 1}}""")]);
        await Write("""{"type": "delete", "fqid": "a/3"}""", """{"type": "create", "fqid": "abc/1", "fields": {"f": 1}}""");
        var filter = new Or(new FilterOperator("f", "=", 1), new FilterOperator("h", "=", 1));
        string[] fields = ["g", "h"];
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var memory = new MemoryMigrationReader((await CurrentModels()).ToDictionary(p => p.Key, p => p.Value.Data));
        foreach (IMigrationReader reader in new IMigrationReader[] { new DatabaseMigrationReader(connection, transaction), new DatabaseMigrationReader(connection), memory })
        {
            var expected = (await reader.FilterAsync("a", filter, fields)).Select(p => $"{p.Key}:{p.Value.ToJsonString()}").ToList();
            var streamed = new List<string>();
            await foreach (var (id, model) in reader.StreamFilterAsync("a", filter, fields))
            {
                streamed.Add($"{id}:{model.ToJsonString()}");
            }

            var all = (await reader.GetAllAsync("a", fields)).Select(p => $"{p.Key}:{p.Value.ToJsonString()}").ToList();
            var allStreamed = new List<string>();
            await foreach (var (id, model) in reader.StreamAllAsync("a", fields))
            {
                allStreamed.Add($"{id}:{model.ToJsonString()}");
            }

            Assert.Equal(reader is MemoryMigrationReader ? 2300 : 2299, all.Count);
            Assert.Equal(all, allStreamed);
            Assert.Equal(793, expected.Count);
            if (reader is DatabaseMigrationReader)
            {
                Assert.NotEqual(expected.OrderBy(e => int.Parse(e.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture)), expected);
            }

            Assert.Equal(expected, streamed);
        }

        // A write between two pages is not read back: the cursor keeps its snapshot.
        var database = new DatabaseMigrationReader(connection, transaction);
        var seen = new List<int>();
        await foreach (var (id, _) in database.StreamFilterAsync("a", filter, fields))
        {
            seen.Add(id);
            if (seen.Count == 1000)
            {
                await using var write = new Npgsql.NpgsqlCommand("UPDATE models SET data = data || '{\"h\": 1}' WHERE fqid = 'a/2'", connection, transaction);
                await write.ExecuteNonQueryAsync();
            }
        }

        Assert.Equal(793, seen.Count);
        Assert.DoesNotContain(2, seen);
    }

    [Fact]
    public async Task The_database_stream_pages_with_a_cursor_while_the_same_connection_writes()
    {
        await Write([.. Enumerable.Range(1, 2300).Select(i => $$$"""{"type": "create", "fqid": "a/{{{i}}}", "fields": {"f": {{{i}}}}}""")]);
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var reader = new DatabaseMigrationReader(connection, transaction);
        var seen = 0;
        await foreach (var (id, _) in reader.StreamAsync("a"))
        {
            seen++;
            if (id % 1000 == 0)
            {
                // A write between two pages on the same connection: the cursor is not disturbed.
                await using var write = new Npgsql.NpgsqlCommand("UPDATE models SET data = data || '{\"touched\": true}' WHERE fqid = 'a/1'", connection, transaction);
                await write.ExecuteNonQueryAsync();
            }
        }

        Assert.Equal(2300, seen);
    }

    /// <summary>
    /// Long lists grown by additions across chunks (the history transfer's meetings and users): the writer keeps such
    /// models in memory with compact lists and writes their rows once. Everything written must be what the ordinary
    /// path writes when the same events come as one request: events, weights, collectionfield links, models.
    /// </summary>
    /// With <paramref name="keptAfterWrite"/> every model stays held after each release as its lists' counts and
    /// largest ids, so later rows append to the stored lists, and an id not above the largest stored (a/1 gets its old
    /// ids again, a/2 and a/4 smaller ones) or another event completes the model from its row first.
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task Long_lists_grown_across_chunks_are_written_as_the_ordinary_path_writes_them(bool overBudget, bool keptAfterWrite)
    {
        static List<RequestEvent> Events()
        {
            var events = new List<RequestEvent>();
            for (var i = 1; i <= 2500; i++)
            {
                events.Add(Add("a/1", "l", i));
                if (i % 7 == 0)
                {
                    // A value already there is not appended; one named twice in one addition is appended twice.
                    events.Add(Add("a/1", "l", i, i + 100000, i + 100000));
                }

                if (i <= 1500)
                {
                    events.Add(Add("a/2", "m", i));
                }

                if (i <= 1200)
                {
                    events.Add(Add("a/3", "l", i));
                }

                if (i <= 1100)
                {
                    events.Add(Add("a/4", "m", i, -i));
                }

                if (i % 5 == 0)
                {
                    // Read in part (only the lists) and written back as a patch, chunk after chunk.
                    events.Add(Add("a/5", "h", i));
                }
            }

            // A model kept in part across chunks gets an addition to a field it was not read with, then a field deletion.
            events.Add(Add("a/1", "other_ids", 10));
            events.Add(new UpdateRequestEvent("a/1", new JsonObject { ["title"] = null }));

            // Other events on kept models: a field set, a removal, a delete; then additions again.
            events.Add(new UpdateRequestEvent("a/2", new JsonObject { ["x"] = 1 }));
            events.Add(Add("a/2", "m", 99999));
            events.Add(new UpdateRequestEvent("a/1", null, removeFromLists: new JsonObject { ["l"] = new JsonArray(5, 6) }));
            events.Add(new DeleteRequestEvent("a/4"));
            return events;
        }

        async Task<string[]> Run(bool streamed)
        {
            await DatastoreSchema.TruncateAsync(DataSource);
            await Write(
                """{"type": "create", "fqid": "a/1", "fields": {"l": [1, 2, 3], "title": "t", "text": "<p>x</p>", "other_ids": [9]}}""",
                """{"type": "create", "fqid": "a/2", "fields": {"m": []}}""",
                """{"type": "create", "fqid": "a/3", "fields": {"l": ["x"]}}""",
                """{"type": "create", "fqid": "a/4", "fields": {}}""",
                """{"type": "create", "fqid": "a/5", "fields": {"text": "a long text", "n": 1.5, "o": {"p": [1]}}}""");
            await SetMigrationIndexTo1();
            Options = Options with { ModelMigrationChunk = 100 };
            var events = Events();
            var migration = streamed
                ? new MigrationDescriptor(2, "Streamed", MigrationKind.Model, () => new Streamed([.. events]))
                : TestMigrations.Model(() => events);
            await Handler(migration).FinalizeAsync();
            await AssertReplayEqualsModels();
            return [
                .. (await Rows("SELECT fqid, type::text, data::text, weight FROM events WHERE position = 2 ORDER BY weight"))
                    .Select(r => string.Join("|", r)),
                .. (await Rows("SELECT e.weight, c.collectionfield FROM events_to_collectionfields l JOIN events e ON e.id = l.event_id JOIN collectionfields c ON c.id = l.collectionfield_id ORDER BY 1, 2"))
                    .Select(r => string.Join("|", r)),
                .. (await Rows("SELECT fqid, data::text, deleted FROM models ORDER BY fqid")).Select(r => string.Join("|", r)),
            ];
        }

        var ordinary = await Run(streamed: false);
        // Over the budget the held models are written with every chunk (and held anew after it).
        var (budget, keptIds) = (DeferredListModels.BudgetBytes, DeferredListModels.KeptIds);
        DeferredListModels.BudgetBytes = overBudget ? 1 : budget;
        DeferredListModels.KeptIds = keptAfterWrite ? 1 : int.MaxValue;
        string[] streamedRows;
        try
        {
            streamedRows = await Run(streamed: true);
        }
        finally
        {
            (DeferredListModels.BudgetBytes, DeferredListModels.KeptIds) = (budget, keptIds);
        }

        Assert.Equal(ordinary, streamedRows);

        var list = (await ReadModel("a/1"))["l"]!.AsArray().Select(n => n!.GetValue<int>()).ToList();
        var expected = new List<int> { 1, 2, 3 };
        for (var i = 4; i <= 2500; i++)
        {
            expected.Add(i);
            if (i % 7 == 0)
            {
                expected.Add(i + 100000);
                expected.Add(i + 100000);
            }
        }

        expected.RemoveAll(i => i is 5 or 6);
        Assert.Equal(expected, list);
        Assert.Equal(1501, (await ReadModel("a/2"))["m"]!.AsArray().Count);
        Assert.True(await Scalar<bool>("SELECT deleted FROM models WHERE fqid = 'a/4'"));
        var a1 = await ReadModel("a/1");
        Assert.False(a1.ContainsKey("title"));
        Assert.Equal("<p>x</p>", a1["text"]!.GetValue<string>());
        Assert.Equal("[9,10]", a1["other_ids"]!.ToJsonString());
        var a5 = await ReadModel("a/5");
        Assert.Equal("a long text", a5["text"]!.GetValue<string>());
        Assert.Equal(500, a5["h"]!.AsArray().Count);
    }

    private static UpdateRequestEvent Add(string fqid, string field, params int[] ids) =>
        new(fqid, null, new JsonObject { [field] = new JsonArray([.. ids.Select(i => (JsonNode)i)]) });
}
