using System.Text.Json.Nodes;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Migrations.Runtime.InMemory;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.Tests.Reading;

/// <summary>
/// What upstream's model migrations observe of the reader, per backing: mapped fields as column aliases in the
/// database, the read order, string ids, and upstream's aggregated <c>MigrationException</c>.
/// </summary>
public class UpstreamReaderParityTests(DatabaseFixture database) : EngineTest(database)
{
    private static readonly string[] Fields = ["f", "missing"];

    [Fact]
    public async Task Get_all_and_filter_with_mapped_fields_give_every_key_in_the_database_and_only_present_ones_in_memory()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1, "g": 2}}""");
        await using var connection = await DataSource.OpenConnectionAsync();
        var database = new DatabaseMigrationReader(connection);
        var memory = new MemoryMigrationReader(new Dictionary<string, JsonObject> { ["a/1"] = Json.Obj("""{"f": 1, "g": 2}""") });
        var filter = new FilterOperator("f", "=", 1);

        Assert.Equal("""{"f":1,"missing":null}""", (await database.GetAllAsync("a", Fields))[1].ToJsonString());
        Assert.Equal("""{"f":1,"missing":null}""", (await database.FilterAsync("a", filter, Fields))[1].ToJsonString());
        // get and get_many leave absent fields out in the database too (and so does our own stream), and memory never
        // adds them.
        await foreach (var (_, model) in database.StreamAsync("a", filter, Fields))
        {
            Assert.Equal("""{"f":1}""", model.ToJsonString());
        }

        Assert.Equal("""{"f":1}""", (await database.GetAsync("a/1", Fields)).ToJsonString());
        Assert.Equal("""{"f":1}""", (await database.GetManyAsync([new GetManyRequestPart("a", [1], Fields)]))["a"][1].ToJsonString());
        Assert.Equal("""{"f":1}""", (await memory.GetAllAsync("a", Fields))[1].ToJsonString());
        Assert.Equal("""{"f":1}""", (await memory.FilterAsync("a", filter, Fields))[1].ToJsonString());
    }

    [Fact]
    public async Task Get_all_reads_the_table_in_physical_order_as_upstreams_sequential_scan_does()
    {
        // Written in this order; an update writes the row's new version after the existing tuples of its page (or on
        // a later page), so the updated model comes last, in PostgreSQL as in upstream's datastore.
        await Write("""{"type": "create", "fqid": "a/3", "fields": {}}""", """{"type": "create", "fqid": "a/1", "fields": {}}""", """{"type": "create", "fqid": "a/2", "fields": {}}""");
        await using var connection = await DataSource.OpenConnectionAsync();
        Assert.Equal([3, 1, 2], (await new DatabaseMigrationReader(connection).GetAllAsync("a")).Keys);
        await Write("""{"type": "update", "fqid": "a/3", "fields": {"f": 1}}""");
        Assert.Equal([1, 2, 3], (await new DatabaseMigrationReader(connection).GetAllAsync("a")).Keys);

        // Memory: the import's order.
        var memory = new MemoryMigrationReader(new Dictionary<string, JsonObject> { ["a/3"] = [], ["a/1"] = [], ["a/2"] = [] });
        Assert.Equal([3, 1, 2], (await memory.GetAllAsync("a")).Keys);
    }

    [Fact]
    public async Task Finalize_rebuilds_the_models_in_the_order_they_were_created_as_upstreams_rebuild_of_an_import()
    {
        // One position as an import writes it, in the file's (not the ids') order; an event migration then adds a
        // model. Upstream's first keyframe holds the models in the order of their first create, and its rebuild
        // copies them in that order.
        await Write(
            """{"type": "create", "fqid": "a/5", "fields": {}}""",
            """{"type": "create", "fqid": "b/1", "fields": {}}""",
            """{"type": "create", "fqid": "a/2", "fields": {}}""",
            """{"type": "create", "fqid": "a/9", "fields": {}}""");
        await SetMigrationIndexTo1();
        int[]? seen = null;
        await Handler(
            TestMigrations.Event(e => e.Fqid == "a/9" ? [e, new Migrations.Runtime.Events.CreateEvent("a/1", [])] : null),
            TestMigrations.Model(async reader =>
            {
                seen = [.. (await reader.GetAllAsync("a")).Keys];
                return null;
            }, target: 3)).FinalizeAsync();
        Assert.Equal([5, 2, 9, 1], seen!);
    }

    [Fact]
    public async Task Get_many_takes_ids_as_text_the_way_upstreams_database_reader_does()
    {
        await Write("""{"type": "create", "fqid": "a/5", "fields": {"f": 1}}""");
        await using var connection = await DataSource.OpenConnectionAsync();
        var many = await new DatabaseMigrationReader(connection).GetManyAsync([GetManyRequestPart.FromIdTexts("a", ["5", "6"])]);
        Assert.Equal([5], many["a"].Keys);
        foreach (var bad in new[] { "05", "", "-1", "x", "5.0", "99999999999" })
        {
            var e = Assert.Throws<InvalidFormatException>(() => GetManyRequestPart.FromIdTexts("a", [bad]));
            Assert.Equal($"'{bad}' is not a valid id of a", e.Message);
        }
    }

    [Fact]
    public void Upstreams_migration_exception_lists_the_errors_sorted_by_code_point()
    {
        var e = new MigrationException(["b", "a\U0001F600", "a\uFFFD", "A"]);
        Assert.Equal("Migration exception:\n* A\n* a\uFFFD\n* a\U0001F600\n* b", e.Message);
        Assert.Equal(["A", "a\uFFFD", "a\U0001F600", "b"], e.Errors);
    }

    [Fact]
    public async Task A_migration_exception_fails_finalize_with_the_migrations_name_and_writes_nothing()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {}}""");
        await SetMigrationIndexTo1();
        var before = await DatastoreFingerprint.TakeAsync(DataSource);
        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => Handler(
            TestMigrations.Model(() => [new CreateRequestEvent("a/2", [])], target: 2, name: "0002_first"),
            TestMigrations.Model(() => throw new MigrationException(["second error", "first error"]), target: 3, name: "0003_check")).FinalizeAsync());
        Assert.Equal("0003_check", failure.MigrationName);
        Assert.Equal("Migration 0003_check (MI 2 to MI 3) failed: MigrationException: Migration exception:\n* first error\n* second error", failure.Message);
        Assert.IsType<MigrationException>(failure.InnerException);
        Assert.Equal(before, await DatastoreFingerprint.TakeAsync(DataSource));
    }

    [Fact]
    public async Task A_migration_exception_fails_the_in_memory_migration_the_same_way()
    {
        var handler = new MemoryMigrationHandler(
            [TestMigrations.Model(() => throw new MigrationException(["z", "y"]), target: 2, name: "0002_check")], new MigrationLogger(Logs.Add));
        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => handler.MigrateAsync(new Dictionary<string, JsonObject> { ["a/1"] = [] }, 1));
        Assert.Equal("0002_check", failure.MigrationName);
        Assert.EndsWith("MigrationException: Migration exception:\n* y\n* z", failure.Message, StringComparison.Ordinal);
    }
}
