using System.Text.Json.Nodes;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.InMemory;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.Tests.InMemory;

/// <summary>Upstream's test_memory_migration, plus the export shape.</summary>
public class MemoryMigrationTests
{
    private readonly List<string> _logs = [];

    private MemoryMigrationHandler Handler(params Migrations.Runtime.Authoring.MigrationDescriptor[] migrations) => new(migrations, new MigrationLogger(_logs.Add));

    private static Dictionary<string, JsonObject> Data(string json) =>
        Json.Obj(json).ToDictionary(p => p.Key, p => p.Value!.AsObject());

    private static void AssertModels(string expected, Dictionary<string, JsonObject> actual)
    {
        var json = new JsonObject();
        foreach (var (fqid, model) in actual)
        {
            json[fqid] = model.DeepClone();
        }

        Json.AssertEqual(Json.Obj(expected), json);
    }

    [Fact]
    public async Task An_event_migration_changes_the_import()
    {
        var input = Data("""{"a/1": {"f": 1}}""");
        var result = await Handler(TestMigrations.Event(e =>
        {
            if (e.Fqid == "a/1")
            {
                ((CreateEvent)e).Data["f"] = 2;
            }

            return [e];
        })).MigrateAsync(input, 1);
        AssertModels("""{"a/1": {"f": 2}}""", result);
        Json.AssertEqual(Json.Obj("""{"f": 1}"""), input["a/1"]);
        Assert.Equal(["Finalize in memory migrations.", "Migrate import data from MI 1 to MI 2 ...", "Finalize in memory migrations ready."], _logs);
    }

    [Fact]
    public async Task Streamed_additional_events_are_all_taken_before_the_first_is_applied()
    {
        var migration = new StreamedAdditionalMigration(3);
        var result = await Handler(new Migrations.Runtime.Authoring.MigrationDescriptor(2, "Streamed", Migrations.Runtime.Authoring.MigrationKind.Event, () => migration))
            .MigrateAsync(Data("""{"a/1": {"f": 1}}"""), 1);
        Assert.Equal([false, false], migration.SeenEarlier);
        AssertModels("""{"a/1": {"f": 1}, "s/1": {"n": 1}, "s/2": {"n": 2}, "s/3": {"n": 3}}""", result);
    }

    [Fact]
    public async Task An_index_above_the_target_is_refused()
    {
        var e = await Assert.ThrowsAsync<MismatchingMigrationIndicesException>(() => Handler(TestMigrations.Noop(2)).MigrateAsync(Data("""{"a/1": {"f": 1}}"""), 3));
        Assert.Equal("The migration index of import data is invalid: Given migration index of import data: 3, current backend migration index: 2", e.Message);
        await Assert.ThrowsAsync<MismatchingMigrationIndicesException>(() => Handler(TestMigrations.Noop(2)).MigrateAsync(Data("""{"a/1": {"f": 1}}"""), 0));
    }

    [Fact]
    public async Task A_model_migration_changes_the_import()
    {
        var result = await Handler(TestMigrations.Model(() => [new UpdateRequestEvent("a/1", Json.Obj("""{"f": 2}"""))])).MigrateAsync(Data("""{"a/1": {"f": 1}}"""), 1);
        AssertModels("""{"a/1": {"f": 2}}""", result);
        Assert.Equal(["Finalize in memory migrations.", "Migrate import data from MI 1 to MI 2 ...", "Finalize in memory migrations ready."], _logs);
    }

    [Fact]
    public async Task Event_then_model_migration()
    {
        var result = await Handler(
            TestMigrations.Event(_ => [new CreateEvent("a/1", Json.Obj("""{"f": 2}"""))]),
            TestMigrations.Model(() => [new UpdateRequestEvent("a/1", Json.Obj("""{"f": 3}"""))], 3)).MigrateAsync(Data("""{"a/1": {"f": 1}}"""), 1);
        AssertModels("""{"a/1": {"f": 3}}""", result);
        Assert.Equal(
            ["Finalize in memory migrations.", "Migrate import data from MI 1 to MI 2 ...", "Migrate import data from MI 2 to MI 3 ...", "Finalize in memory migrations ready."],
            _logs);
    }

    [Fact]
    public async Task A_model_migration_reads_the_import_through_the_memory_reader()
    {
        var ran = false;
        var result = await Handler(TestMigrations.Model(async reader =>
        {
            Assert.True(reader.IsInMemoryMigration);
            Json.AssertEqual(Json.Obj("""{"id": 1, "f": 1, "meta_deleted": false}"""), await reader.GetAsync("a/1"));
            Json.AssertEqual(Json.Obj("""{"id": 1, "f": 1, "meta_deleted": false}"""), (await reader.GetAllAsync("a"))[1]);
            Assert.True(await reader.ExistsAsync("a", new FilterOperator("f", "=", 1)));
            Assert.Equal(1, await reader.MinAsync("a", new FilterOperator("f2", "=", null), "f"));
            Assert.Equal(-1, await reader.GetMaxPositionAsync());
            ran = true;
            return null;
        })).MigrateAsync(Data("""{"a/1": {"id": 1, "f": 1}}"""), 1);
        Assert.True(ran);
        AssertModels("""{"a/1": {"id": 1, "f": 1}}""", result);
    }

    [Fact]
    public async Task Data_already_at_the_event_index_skips_the_event_stage()
    {
        var result = await Handler(
            TestMigrations.Event(_ => throw new InvalidOperationException("must not run")),
            TestMigrations.Model(() => [new CreateRequestEvent("b/1", Json.Obj("""{"g": 1}"""))], 3)).MigrateAsync(Data("""{"a/1": {"f": 1}}"""), 2);
        AssertModels("""{"a/1": {"f": 1}, "b/1": {"g": 1}}""", result);
        Assert.Equal(["Finalize in memory migrations.", "Migrate import data from MI 2 to MI 3 ...", "Finalize in memory migrations ready."], _logs);
    }

    [Fact]
    public async Task A_model_migration_with_more_events_than_one_chunk_reads_the_models_before_it_and_gives_one_requests_result()
    {
        // 25,001 events, applied in chunks of 10,000: creates, then updates of those models (in later chunks),
        // updates of an imported model and a delete. The reader shows the models as they were before the migration
        // throughout, and the result is the one request's: imported models in their place, new ones after them in
        // the order of creation.
        var migration = new ManyEvents();
        var result = await Handler(new Migrations.Runtime.Authoring.MigrationDescriptor(2, "ManyEvents", Migrations.Runtime.Authoring.MigrationKind.Model, () => migration))
            .MigrateAsync(Data("""{"a/1": {"n": 0}, "a/2": {"n": 0, "meta_position": 7}}"""), 1);
        Assert.Equal(["False", "0"], migration.Seen);
        Assert.Equal(["a/1", "a/2", .. Enumerable.Range(1, ManyEvents.Count).Reverse().Select(i => $"b/{i}")], result.Keys);
        Assert.All(Enumerable.Range(1, ManyEvents.Count), i => Assert.Equal($$"""{"v":{{i + 1}}}""", result[$"b/{i}"].ToJsonString()));
        Assert.Equal("""{"n":1000}""", result["a/2"].ToJsonString());
        Assert.Equal("""{"n":0}""", result["a/1"].ToJsonString());
    }

    [Fact]
    public async Task A_migration_that_reads_before_it_yields_is_applied_in_place_with_the_same_result()
    {
        // The events of ManyEvents' shape over several chunks: applied in place, the result is the one request's,
        // exactly as when the changed models are kept aside until the end.
        const string import = """{"a/1": {"n": 0}, "a/2": {"n": 0, "meta_position": 7}}""";
        var inPlace = await Handler(new Migrations.Runtime.Authoring.MigrationDescriptor(2, "ReadsFirst", Migrations.Runtime.Authoring.MigrationKind.Model, () => new ReadsFirst(declares: true)))
            .MigrateAsync(Data(import), 1);
        var aside = await Handler(new Migrations.Runtime.Authoring.MigrationDescriptor(2, "ReadsFirst", Migrations.Runtime.Authoring.MigrationKind.Model, () => new ReadsFirst(declares: false)))
            .MigrateAsync(Data(import), 1);
        Assert.Equal(aside.Keys, inPlace.Keys);
        Assert.All(aside, p => Assert.Equal(p.Value.ToJsonString(), inPlace[p.Key].ToJsonString()));
        Assert.Equal(["a/1", "a/2", .. Enumerable.Range(1, ReadsFirst.Count).Reverse().Select(i => $"b/{i}")], inPlace.Keys);
        Assert.Equal("""{"n":1000,"read":0}""", inPlace["a/2"].ToJsonString());
        Assert.Equal("""{"v":3}""", inPlace["b/2"].ToJsonString());
    }

    [Fact]
    public async Task A_migration_that_declares_it_reads_before_it_yields_and_reads_later_fails()
    {
        var handler = Handler(new Migrations.Runtime.Authoring.MigrationDescriptor(2, "ReadsFirst", Migrations.Runtime.Authoring.MigrationKind.Model, () => new ReadsFirst(declares: true, readsLate: true)));
        var error = await Assert.ThrowsAsync<MigrationFailedException>(() => handler.MigrateAsync(Data("""{"a/1": {"n": 0}, "a/2": {"n": 0}}"""), 1));
        Assert.Contains("InvalidOperationException: ReadsFirst read a model after its first event, though it reads everything before it yields", error.Message, StringComparison.Ordinal);
    }

    private sealed class ReadsFirst(bool declares, bool readsLate = false) : Migrations.Runtime.Authoring.ModelMigration
    {
        public const int Count = 2_500;

        protected override bool ReadsBeforeItYields => declares;

        protected override async IAsyncEnumerable<RequestEvent> StreamEventsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var read = (await Reader.GetAsync("a/2", ["n"], cancellationToken))["n"]!.GetValue<int>();
            for (var i = Count; i >= 1; i--)
            {
                yield return new CreateRequestEvent($"b/{i}", new JsonObject { ["v"] = i });
            }

            if (readsLate)
            {
                await Reader.GetAsync("a/1", cancellationToken: cancellationToken);
            }

            for (var i = 1; i <= Count; i++)
            {
                yield return new UpdateRequestEvent($"b/{i}", new JsonObject { ["v"] = i + 1 });
            }

            for (var k = 1; k <= 1000; k++)
            {
                yield return new UpdateRequestEvent("a/2", new JsonObject { ["n"] = k, ["read"] = read });
            }

            yield return new DeleteRequestEvent("a/1");
        }
    }

    private sealed class ManyEvents : Migrations.Runtime.Authoring.ModelMigration
    {
        public const int Count = 12_000;

        public List<string> Seen { get; } = [];

        protected override async IAsyncEnumerable<RequestEvent> StreamEventsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            for (var i = Count; i >= 1; i--)
            {
                yield return new CreateRequestEvent($"b/{i}", new JsonObject { ["v"] = i });
            }

            Seen.Add((await Reader.ModelExistsAsync("b/1", cancellationToken)).ToString());
            for (var i = 1; i <= Count; i++)
            {
                yield return new UpdateRequestEvent($"b/{i}", new JsonObject { ["v"] = i + 1 });
            }

            for (var k = 1; k <= 1000; k++)
            {
                yield return new UpdateRequestEvent("a/2", new JsonObject { ["n"] = k });
            }

            Seen.Add((await Reader.GetAsync("a/2", ["n"], cancellationToken))["n"]!.ToJsonString());
            yield return new DeleteRequestEvent("a/1");
        }
    }

    [Fact]
    public async Task An_export_file_keeps_pythons_dict_order_for_a_collection_or_model_named_twice()
    {
        // json.load: a key named again keeps its first place and takes the last value; a collection named again is
        // replaced whole.
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var input = new FileInfo(Path.Combine(directory.FullName, "in.json"));
            var output = new FileInfo(Path.Combine(directory.FullName, "out.json"));
            await File.WriteAllTextAsync(input.FullName,
                """{"a": {"1": {"f": 1}, "2": {"f": 2}}, "b": {"1": {"g": 1}, "2": {"g": 2}, "1": {"g": 3}}, "a": {"3": {"f": 3}, "1": {"f": 4}}, "_migration_index": 1}""");
            var warnings = new List<string>();
            await ExportFileMigration.RunAsync(input, output, [TestMigrations.Noop()], new MigrationLogger(_logs.Add), warnings.Add, CancellationToken.None);
            Assert.Equal("""{"_migration_index":2,"a":{"3":{"f":3},"1":{"f":4}},"b":{"1":{"g":3},"2":{"g":2}}}""", await File.ReadAllTextAsync(output.FullName));
            Assert.Equal("in.json: 2 duplicate keys in the file; the last value of each is kept, as upstream does (the first: \"b\".\"1\" (at line 1, byte 78)).", Assert.Single(warnings));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Model_migration_preconditions_apply_in_memory()
    {
        var e = await Assert.ThrowsAsync<MigrationFailedException>(() => Handler(TestMigrations.Model(() => [new CreateRequestEvent("a/1", Json.Obj("""{"f": 2}"""))]))
            .MigrateAsync(Data("""{"a/1": {"f": 1}}"""), 1));
        Assert.IsType<ModelExistsException>(e.InnerException);
        Assert.Equal("Migration LambdaModelMigration (MI 1 to MI 2) failed on the import data: ModelExistsException: Model 'a/1' already exists.", e.Message);
    }

    [Fact]
    public async Task An_export_is_migrated_in_its_own_shape()
    {
        var export = Json.Obj("""{"_migration_index": 1, "organization": {"1": {"id": 1, "name": "org"}}, "meeting": {"1": {"id": 1}, "2": {"id": 2}}}""");
        var result = await Handler(TestMigrations.Event(e =>
        {
            if (e is CreateEvent create && e.Collection == "meeting")
            {
                create.Data["is_active"] = true;
            }

            return [e];
        })).MigrateExportAsync(export);
        Json.AssertEqual(
            Json.Obj("""{"_migration_index": 2, "organization": {"1": {"id": 1, "name": "org"}}, "meeting": {"1": {"id": 1, "is_active": true}, "2": {"id": 2, "is_active": true}}}"""),
            result);
    }

    [Theory]
    [InlineData("""{"a": {"1": {}}}""", "export has no integer \"_migration_index\" at the top level.")]
    [InlineData("""{"_migration_index": "1", "a": {}}""", "export: \"_migration_index\" must be an integer, not \"1\".")]
    [InlineData("""{"_migration_index": 1, "Bad": {"1": {}}}""", "export: \"Bad\" at the top level is not a collection name.")]
    [InlineData("""{"_migration_index": 1, "a": []}""", "export: \"a\" must map ids to models.")]
    [InlineData("""{"_migration_index": 1, "a": {"x": {}}}""", "export: \"a\".\"x\": \"x\" is not an id.")]
    [InlineData("""{"_migration_index": 1, "a": {"1": 5}}""", "export: \"a\".\"1\" must be an object, not number.")]
    [InlineData("""{"_migration_index": 1, "a": {"99999999999": {}}}""", "export: \"a\".\"99999999999\": the id 99999999999 is too large; ids go up to 2147483646.")]
    public async Task A_malformed_export_names_the_place(string export, string message)
    {
        // The checks and messages of migrate-file (one reader of the shape for files and parsed exports).
        var e = await Assert.ThrowsAsync<DataFileException>(() => Handler(TestMigrations.Noop(2)).MigrateExportAsync(Json.Obj(export)));
        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(4294967298)] // an int would wrap it to 2
    public async Task An_export_index_outside_1_to_the_target_is_refused(long index)
    {
        var export = new JsonObject { ["_migration_index"] = index, ["a"] = new JsonObject() };
        var e = await Assert.ThrowsAsync<MismatchingMigrationIndicesException>(() => Handler(TestMigrations.Noop(2)).MigrateExportAsync(export));
        Assert.Equal(
            $"The migration index of import data is invalid: Given migration index of import data: {index}, current backend migration index: 2",
            e.Message);
    }
}
