using System.Text.Json.Nodes;
using Migrations.Generated;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Migrations.Runtime.InMemory;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.Tests;

/// <summary>
/// The OpenSlides backend's migration test harness (tests/system/migrations/conftest.py): <see cref="Write"/> goes
/// through the real writer with upstream's defaults (information <c>{}</c>, user 1); <see cref="Finalize"/> sets every
/// position to migration index 1 and registers only the migration under test, renumbered to target 2. Models are
/// asserted as upstream's <c>assert_model</c> does: by current read and by replay, <c>meta_deleted</c> defaulting to
/// false, <c>meta_position</c> compared only when given, the order of top-level list values ignored.
/// </summary>
public abstract class BackendMigrationTest(DatabaseFixture database) : EngineTest(database)
{
    /// <summary>The registered migration whose name is <paramref name="name"/> (e.g. 0001_limit_of_meetings).</summary>
    protected static MigrationDescriptor Registered(string name) =>
        GeneratedMigrations.All.SingleOrDefault(m => m.Name == name) ?? throw new InvalidOperationException($"{name} is not registered");

    /// <summary>Upstream's <c>write</c>: one position of the given request events, information <c>{}</c>, user 1.</summary>
    protected new Task<int> Write(params string[] requestEvents) => WriteWith("{}", 1, requestEvents);

    /// <summary>Upstream's <c>write(…, information=…, user_id=…)</c>; <paramref name="informationJson"/> null writes a null information.</summary>
    protected Task<int> WriteWith(string? informationJson, int userId, params string[] requestEvents) =>
        Writer.WriteAsync(new WriteRequest(
            [.. requestEvents.Select(Requests.Event)], informationJson is null ? null : JsonNode.Parse(informationJson), userId));

    protected async Task Finalize(string name)
    {
        var migration = Registered(name);
        await Execute("UPDATE positions SET migration_index = 1");
        await Handler(migration with { TargetMigrationIndex = 2 }).FinalizeAsync();
        await AssertFinalized(2);
    }

    /// <summary>
    /// Finalize must fail: returns the exception the migration raised (the engine's wrapper taken off) after checking
    /// that the datastore is exactly as before.
    /// </summary>
    protected async Task<Exception> FinalizeFails(string name)
    {
        var migration = Registered(name);
        await Execute("UPDATE positions SET migration_index = 1");
        var before = await DatastoreFingerprint.TakeAsync(DataSource);
        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => Handler(migration with { TargetMigrationIndex = 2 }).FinalizeAsync());
        Assert.Equal(name, failure.MigrationName);
        Assert.Equal(before, await DatastoreFingerprint.TakeAsync(DataSource));
        return failure.InnerException ?? failure;
    }

    /// <summary>The harness's <c>migrate</c>: every position to index 1, then only the event migration step.</summary>
    protected async Task Migrate(string name)
    {
        var migration = Registered(name);
        await Execute("UPDATE positions SET migration_index = 1");
        await Handler(migration with { TargetMigrationIndex = 2 }).MigrateAsync();
    }

    /// <summary>
    /// The in-memory path (migrate-file, the meeting import): only the migration under test, from index 1 to 2, over
    /// <paramref name="modelsJson"/> (<c>{"fqid": {fields…}, …}</c> in the file's order). Returns the models by fqid.
    /// </summary>
    protected async Task<Dictionary<string, JsonObject>> MigrateInMemory(string name, string modelsJson)
    {
        var models = Json.Obj(modelsJson).ToDictionary(p => p.Key, p => p.Value!.AsObject(), StringComparer.Ordinal);
        var handler = new MemoryMigrationHandler([Registered(name) with { TargetMigrationIndex = 2 }], new MigrationLogger(Logs.Add, verbose: true));
        return await handler.MigrateAsync(models, 1);
    }

    /// <summary>Models from <see cref="MigrateInMemory"/>: exactly the expected fqids, each model exactly as expected (list order included).</summary>
    protected static void AssertModels(Dictionary<string, JsonObject> actual, string expectedJson)
    {
        var expected = Json.Obj(expectedJson);
        Assert.Equal(expected.Select(p => p.Key).Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (fqid, model) in expected)
        {
            Json.AssertEqual(model, actual[fqid]);
        }
    }

    /// <summary>The events of the migration's position (the last one), in write order: (type, fqid, data).</summary>
    protected async Task AssertMigrationEvents(params (string Type, string Fqid, string Data)[] expected)
    {
        var rows = await Rows("SELECT type::text, fqid, data::text FROM events WHERE position = (SELECT max(position) FROM positions) ORDER BY weight");
        var actual = rows.Select(r => $"{r[0]} {r[1]} {r[2]}").ToList();
        Assert.True(expected.Length == rows.Count, $"expected {expected.Length} events, got:\n{string.Join("\n", actual)}");
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.True(
                expected[i].Type == (string)rows[i][0]! && expected[i].Fqid == (string)rows[i][1]!
                    && JsonNode.DeepEquals(Json.Node(expected[i].Data), Json.Node((string)rows[i][2]!)),
                $"event {i}: expected {expected[i].Type} {expected[i].Fqid} {expected[i].Data}\n  actual:\n{string.Join("\n", actual)}");
        }
    }

    /// <summary>Create request events for the models of <paramref name="modelsJson"/> (<c>{"fqid": {fields…}, …}</c>).</summary>
    protected static string[] Creates(string modelsJson) =>
        [.. Json.Obj(modelsJson).Select(p => new JsonObject { ["type"] = "create", ["fqid"] = p.Key, ["fields"] = p.Value!.DeepClone() }.ToJsonString())];

    /// <summary>The harness's <c>clear_datastore</c>: empties every table, for tests that loop over cases.</summary>
    protected Task ClearDatastore() => Migrations.Runtime.Database.DatastoreSchema.TruncateAsync(DataSource);

    /// <summary>Upstream's <c>read_model</c>: the current model, deleted ones too, with its meta fields.</summary>
    protected async Task<JsonObject> ReadBackendModel(string fqid) =>
        (await Reader.GetModelAsync(fqid))?.Data ?? throw new Xunit.Sdk.XunitException($"{fqid} does not exist");

    /// <summary>Asserts that the model does not exist at <paramref name="position"/> (replay), or now when no position is given.</summary>
    protected async Task AssertBackendModelDoesNotExist(string fqid, int? position = null)
    {
        if (position is null)
        {
            Assert.True(await Reader.GetModelAsync(fqid) is null, $"{fqid} exists");
        }

        Assert.True(await Reader.GetModelAtPositionAsync(fqid, position ?? int.MaxValue) is null, $"{fqid} exists at {position}");
    }

    /// <summary>Asserts the model at <paramref name="position"/> (replay), and the current one when no position is given.</summary>
    protected Task AssertBackendModel(string fqid, string expectedJson, int? position = null) =>
        AssertBackendModel(fqid, expectedJson, [], position);

    /// <summary>
    /// The same with upstream's <c>only_check_filled</c>: each of those fields must hold a truthy value (as Python
    /// sees it), which is then left out of the comparison.
    /// </summary>
    protected async Task AssertBackendModel(string fqid, string expectedJson, IReadOnlyList<string> onlyCheckFilled, int? position = null)
    {
        var expected = Json.Obj(expectedJson);
        if (!expected.ContainsKey("meta_deleted"))
        {
            expected["meta_deleted"] = false;
        }

        if (position is null)
        {
            var current = await Reader.GetModelAsync(fqid) ?? throw new Xunit.Sdk.XunitException($"{fqid} does not exist");
            Compare(fqid, expected, current.Data, onlyCheckFilled);
        }

        var replayed = await Reader.GetModelAtPositionAsync(fqid, position ?? int.MaxValue) ?? throw new Xunit.Sdk.XunitException($"{fqid} does not exist at {position}");
        Compare(fqid, expected, replayed.Data, onlyCheckFilled);
    }

    private static void Compare(string fqid, JsonObject expected, JsonObject actual, IReadOnlyList<string> onlyCheckFilled)
    {
        var normalized = (JsonObject)actual.DeepClone();
        var wanted = (JsonObject)expected.DeepClone();
        foreach (var field in onlyCheckFilled)
        {
            Assert.True(PythonTruth.IsTruthy(normalized[field]), $"{fqid}/{field} is not filled: {normalized[field]?.ToJsonString() ?? "missing"}");
            normalized.Remove(field);
            wanted.Remove(field);
        }

        if (!wanted.ContainsKey("meta_position"))
        {
            normalized.Remove("meta_position");
        }

        Assert.True(Normalize(wanted) == Normalize(normalized), $"{fqid}: expected {wanted.ToJsonString()}\n  actual {normalized.ToJsonString()}");
    }

    // As upstream: a top-level list equals the expected one in any order; nested values compare exactly.
    private static string Normalize(JsonObject model) =>
        "{" + string.Join(",", model.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + (p.Value is JsonArray a
            ? "[" + string.Join(",", a.Select(Canonical).Order(StringComparer.Ordinal)) + "]"
            : Canonical(p.Value)))) + "}";

    // Objects by key, lists in order.
    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Canonical(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        null => "null",
        _ => node.ToJsonString(),
    };
}
