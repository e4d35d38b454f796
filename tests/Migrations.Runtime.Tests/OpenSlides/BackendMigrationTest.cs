using System.Text.Json.Nodes;
using Migrations.Generated;
using Migrations.Runtime.Authoring;

namespace Migrations.Runtime.Tests.OpenSlides;

/// <summary>
/// The OpenSlides backend's migration test harness: events go through the real writer, every position is set to
/// migration index 1, and only the migration under test is registered, renumbered to target 2; then finalize.
/// Models are asserted by current read and by replay; <c>meta_deleted</c> defaults to false, <c>meta_position</c> is
/// compared only when given, and the order of list values is ignored.
/// </summary>
public abstract class BackendMigrationTest(DatabaseFixture database) : EngineTest(database)
{
    /// <summary>The registered migration whose name is <paramref name="name"/> (e.g. 0001_limit_of_meetings).</summary>
    protected static MigrationDescriptor Registered(string name) =>
        GeneratedMigrations.All.SingleOrDefault(m => m.Name == name) ?? throw new InvalidOperationException($"{name} is not registered");

    protected async Task Finalize(string name)
    {
        var migration = Registered(name);
        await Execute("UPDATE positions SET migration_index = 1");
        await Handler(migration with { TargetMigrationIndex = 2 }).FinalizeAsync();
        await AssertFinalized(2);
    }

    /// <summary>The harness's <c>migrate</c>: every position to index 1, then only the event migration step.</summary>
    protected async Task Migrate(string name)
    {
        var migration = Registered(name);
        await Execute("UPDATE positions SET migration_index = 1");
        await Handler(migration with { TargetMigrationIndex = 2 }).MigrateAsync();
    }

    /// <summary>The harness's <c>clear_datastore</c>: empties every table, for tests that loop over cases.</summary>
    protected Task ClearDatastore() => Migrations.Runtime.Database.DatastoreSchema.TruncateAsync(DataSource);

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
    protected async Task AssertBackendModel(string fqid, string expectedJson, int? position = null)
    {
        var expected = Json.Obj(expectedJson);
        if (!expected.ContainsKey("meta_deleted"))
        {
            expected["meta_deleted"] = false;
        }

        if (position is null)
        {
            var current = await Reader.GetModelAsync(fqid) ?? throw new Xunit.Sdk.XunitException($"{fqid} does not exist");
            Compare(fqid, expected, current.Data);
        }

        var replayed = await Reader.GetModelAtPositionAsync(fqid, position ?? int.MaxValue) ?? throw new Xunit.Sdk.XunitException($"{fqid} does not exist at {position}");
        Compare(fqid, expected, replayed.Data);
    }

    private static void Compare(string fqid, JsonObject expected, JsonObject actual)
    {
        var normalized = (JsonObject)actual.DeepClone();
        if (!expected.ContainsKey("meta_position"))
        {
            normalized.Remove("meta_position");
        }

        Assert.True(Normalize(expected) == Normalize(normalized), $"{fqid}: expected {expected.ToJsonString()}\n  actual {normalized.ToJsonString()}");
    }

    // Lists compare as sorted lists, objects by key.
    private static string Normalize(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ":" + Normalize(p.Value))) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Normalize).Order(StringComparer.Ordinal)) + "]",
        null => "null",
        _ => node.ToJsonString(),
    };
}
