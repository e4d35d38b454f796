using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.Tests.Reading;

/// <summary>
/// The migration reader API (spec §3.5) in both backings. Upstream's test_migration_reader runs the same checks
/// against the database and against memory; the filter cases below do the same for every operator.
/// </summary>
public class MigrationReaderTests(DatabaseFixture database) : DatabaseTest(database)
{
    private const string Model = """{"id": 1, "f": 1, "g": "test", "sub_dict": {"sub_list": []}}""";

    private static readonly string[] ModelFields = ["id", "f", "g", "sub_dict"];

    private async Task CheckUpstreamScenario(IMigrationReader reader, int maxPosition)
    {
        Json.AssertEqual(Json.Obj(Model), await reader.GetAsync("a/1", ModelFields));
        await Assert.ThrowsAsync<ModelDoesNotExistException>(() => reader.GetAsync("a/2"));
        var many = await reader.GetManyAsync([new GetManyRequestPart("a", [1, 2], ModelFields)]);
        Assert.Equal(["a"], many.Keys);
        Assert.Equal([1], many["a"].Keys);
        Json.AssertEqual(Json.Obj(Model), many["a"][1]);
        var all = await reader.GetAllAsync("a", ModelFields);
        Json.AssertEqual(Json.Obj(Model), Assert.Single(all).Value);
        var filtered = await reader.FilterAsync("a", new FilterOperator("f", "=", 1), ModelFields);
        Json.AssertEqual(Json.Obj(Model), Assert.Single(filtered).Value);
        Assert.True(await reader.ExistsAsync("a", new FilterOperator("f", "<", 2)));
        Assert.Equal(1, await reader.CountAsync("a", new FilterOperator("g", "~=", "TEST")));
        Assert.Equal(1, await reader.MinAsync("a", new FilterOperator("f2", "=", null), "f"));
        Assert.Null(await reader.MaxAsync("a", new FilterOperator("g", "=", "other"), "f"));
        Assert.True(await reader.IsAliveAsync("a/1"));
        Assert.False(await reader.IsDeletedAsync("a/1"));
        Assert.True(await reader.ModelExistsAsync("a/1"));
        Assert.Equal(maxPosition, await reader.GetMaxPositionAsync());
        var history = await reader.GetHistoryPositionsAsync();
        Assert.Empty(history.Positions);
        Assert.Empty(history.FqidsByPosition);
    }

    [Fact]
    public async Task Upstream_reader_scenario_against_the_database()
    {
        await Write($$"""{"type": "create", "fqid": "a/1", "fields": {{Model}}}""");
        await using var connection = await DataSource.OpenConnectionAsync();
        var reader = new DatabaseMigrationReader(connection);
        Assert.False(reader.IsInMemoryMigration);
        await CheckUpstreamScenario(reader, maxPosition: 1);
    }

    [Fact]
    public async Task Upstream_reader_scenario_in_memory()
    {
        var reader = new MemoryMigrationReader(new Dictionary<string, JsonObject> { ["a/1"] = Json.Obj(Model) });
        Assert.True(reader.IsInMemoryMigration);
        await CheckUpstreamScenario(reader, maxPosition: -1);
    }

    [Fact]
    public async Task Without_mapped_fields_the_database_reader_returns_the_meta_fields_too()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await using var connection = await DataSource.OpenConnectionAsync();
        var reader = new DatabaseMigrationReader(connection);
        Json.AssertEqual(Json.Obj("""{"f": 1, "meta_deleted": false, "meta_position": 1}"""), await reader.GetAsync("a/1"));
        Json.AssertEqual(Json.Obj("""{"f": 1}"""), await reader.GetAsync("a/1", ["f", "missing"]));
    }

    [Fact]
    public async Task Deleted_models_are_hidden_from_get_and_get_all_but_not_from_filter_count_and_exists()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""", """{"type": "create", "fqid": "a/2", "fields": {"f": 1}}""");
        await Write("""{"type": "delete", "fqid": "a/2"}""");
        await using var connection = await DataSource.OpenConnectionAsync();
        var reader = new DatabaseMigrationReader(connection);

        await Assert.ThrowsAsync<ModelDoesNotExistException>(() => reader.GetAsync("a/2"));
        Assert.Equal([1], (await reader.GetAllAsync("a")).Keys);
        Assert.Equal([1], (await reader.GetManyAsync([new GetManyRequestPart("a", [1, 2])]))["a"].Keys);
        Assert.Equal([1, 2], (await reader.FilterAsync("a", new FilterOperator("f", "=", 1))).Keys.Order());
        Assert.Equal(2, await reader.CountAsync("a", new FilterOperator("f", "=", 1)));
        Assert.Equal([1], (await reader.FilterAsync("a", new And(new FilterOperator("f", "=", 1), new FilterOperator("meta_deleted", "!=", true)))).Keys);
        Assert.True(await reader.IsDeletedAsync("a/2"));
        Assert.False(await reader.IsAliveAsync("a/2"));
        Assert.True(await reader.ModelExistsAsync("a/2"));
        Assert.False(await reader.ModelExistsAsync("a/3"));
    }

    [Fact]
    public async Task Collections_with_underscores_only_match_themselves()
    {
        await Write("""{"type": "create", "fqid": "motion_state/1", "fields": {"f": 1}}""", """{"type": "create", "fqid": "motionxstate/1", "fields": {"f": 1}}""");
        await using var connection = await DataSource.OpenConnectionAsync();
        var reader = new DatabaseMigrationReader(connection);
        Assert.Single(await reader.GetAllAsync("motion_state"));
        Assert.Equal(1, await reader.CountAsync("motion_state", new FilterOperator("f", "=", 1)));
    }

    [Fact]
    public async Task History_positions_list_positions_with_information_and_the_fqids_they_touched()
    {
        await Writer.WriteAsync(new WriteRequest([Requests.Event("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""")], Json.Node("""["first"]"""), userId: 4));
        await Write("""{"type": "create", "fqid": "a/2", "fields": {"f": 1}}""");
        await Writer.WriteAsync(new WriteRequest(
            [Requests.Event("""{"type": "update", "fqid": "a/1", "fields": {"f": 2}}"""), Requests.Event("""{"type": "update", "fqid": "a/2", "fields": {"f": 2}}""")],
            Json.Node("""{"a/1": ["changed"]}"""), userId: 5));
        await using var connection = await DataSource.OpenConnectionAsync();
        var reader = new DatabaseMigrationReader(connection);

        var history = await reader.GetHistoryPositionsAsync();
        Assert.Equal([1, 3], history.Positions.Select(p => p.Position));
        Assert.Equal([4, 5], history.Positions.Select(p => p.UserId));
        Json.AssertEqual(Json.Node("""["first"]"""), history.Positions[0].Information);
        Assert.True(history.Positions[0].Timestamp > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal(["a/1"], history.FqidsByPosition[1]);
        Assert.Equal(["a/1", "a/2"], history.FqidsByPosition[3]);

        var from3 = await reader.GetHistoryPositionsAsync(fromPosition: 2);
        Assert.Equal([3], from3.Positions.Select(p => p.Position));
        var before3 = await reader.GetHistoryPositionsAsync(0, toPosition: 3);
        Assert.Equal([1], before3.Positions.Select(p => p.Position));
        Assert.Equal([1], before3.FqidsByPosition.Keys);
    }

    [Fact]
    public async Task Get_many_and_filter_are_one_query_each()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""", """{"type": "create", "fqid": "b/1", "fields": {"f": 1}}""");
        await using var connection = await DataSource.OpenConnectionAsync();
        var reader = new DatabaseMigrationReader(connection);
        using var commands = new CommandCounter();
        var many = await reader.GetManyAsync([new GetManyRequestPart("a", [1, 2, 3]), new GetManyRequestPart("b", [1], ["f"])]);
        Assert.Equal(1, commands.Count);
        Assert.Equal(2, many.Count);
        var filtered = await reader.FilterAsync("a", new Or(new FilterOperator("f", "=", 1), new Not(new FilterOperator("f", ">", 5))));
        Assert.Equal(2, commands.Count);
        Assert.Single(filtered);
    }
}
