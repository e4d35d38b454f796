using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Reading;

namespace Migrations.Runtime.Tests.Reading;

/// <summary>
/// The filter language (spec §3.5) evaluated by PostgreSQL and by memory on the same models: both must give the
/// same ids. A comparison with a missing field is unknown (SQL's three-valued logic), also under Not.
/// </summary>
public class FilterSemanticsTests(DatabaseFixture database) : DatabaseTest(database)
{
    private static FilterOperator Op(string field, string op, string? valueJson) =>
        new(field, op, valueJson is null ? null : Json.Node(valueJson));

    public static TheoryData<string, Filter, int[]> Cases => new()
    {
        { "n = 1", Op("n", "=", "1"), [1] },
        { "n = '3' (text form)", Op("n", "=", "\"3\""), [3] },
        { "n = 3 (text form matches the string '3')", Op("n", "=", "3"), [3] },
        { "n != 1", Op("n", "!=", "1"), [2, 3, 5] },
        { "n = None", Op("n", "=", null), [4] },
        { "n != None", Op("n", "!=", null), [1, 2, 3, 5] },
        { "n > 1 (numbers only)", Op("n", ">", "1"), [2, 5] },
        { "n >= 2.5", Op("n", ">=", "2.5"), [2, 5] },
        { "n < 2", Op("n", "<", "2"), [1] },
        { "n <= 1", Op("n", "<=", "1"), [1] },
        { "s ~= ABC", Op("s", "~=", "\"ABC\""), [1] },
        { "s %= ab%", Op("s", "%=", "\"ab%\""), [1, 2] },
        { "s %= _b_", Op("s", "%=", "\"_b_\""), [1, 2] },
        { "s %= escaped wildcards", Op("s", "%=", "\"x\\\\_y\\\\%\""), [5] },
        { "b = true", Op("b", "=", "true"), [1] },
        { "not n > 1", new Not(Op("n", ">", "1")), [1] },
        { "n = 1 or s = abd", new Or(Op("n", "=", "1"), Op("s", "=", "\"abd\"")), [1, 2] },
        { "n != None and not s = Abc", new And(Op("n", "!=", null), new Not(Op("s", "=", "\"Abc\""))), [2, 5] },
        { "meta_deleted != true", Op("meta_deleted", "!=", "true"), [1, 2, 3, 4] },
        { "empty and", new And(), [1, 2, 3, 4, 5] },
        { "empty or", new Or(), [] },
    };

    private async Task Seed()
    {
        await Write(
            """{"type": "create", "fqid": "m/1", "fields": {"n": 1, "s": "Abc", "b": true}}""",
            """{"type": "create", "fqid": "m/2", "fields": {"n": 2.5, "s": "abd"}}""",
            """{"type": "create", "fqid": "m/3", "fields": {"n": "3"}}""",
            """{"type": "create", "fqid": "m/4", "fields": {}}""",
            """{"type": "create", "fqid": "m/5", "fields": {"n": 10, "s": "x_y%"}}""",
            """{"type": "create", "fqid": "other/1", "fields": {"n": 1}}""");
        await Write("""{"type": "delete", "fqid": "m/5"}""");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Database_and_memory_agree(string name, Filter filter, int[] expected)
    {
        await Seed();
        await using var connection = await DataSource.OpenConnectionAsync();
        var database = new DatabaseMigrationReader(connection);
        var memory = new MemoryMigrationReader((await CurrentModels()).ToDictionary(p => p.Key, p => p.Value.Data));

        foreach (IMigrationReader reader in new IMigrationReader[] { database, memory })
        {
            var backing = reader.IsInMemoryMigration ? "memory" : "database";
            Assert.True(expected.SequenceEqual((await reader.FilterAsync("m", filter)).Keys.Order()), $"{name} ({backing})");
            Assert.Equal(expected.Length, await reader.CountAsync("m", filter));
            Assert.Equal(expected.Length > 0, await reader.ExistsAsync("m", filter));
        }
    }

    [Fact]
    public async Task Min_and_max_take_integer_values_of_the_matches_in_both_backings()
    {
        await Seed();
        await using var connection = await DataSource.OpenConnectionAsync();
        foreach (IMigrationReader reader in new IMigrationReader[]
                 {
                     new DatabaseMigrationReader(connection),
                     new MemoryMigrationReader((await CurrentModels()).ToDictionary(p => p.Key, p => p.Value.Data)),
                 })
        {
            Assert.Equal(1, await reader.MinAsync("m", new And(), "n"));
            Assert.Equal(10, await reader.MaxAsync("m", new And(), "n"));
            Assert.Equal(1, await reader.MaxAsync("m", Op("meta_deleted", "=", "false"), "n"));
            Assert.Null(await reader.MinAsync("m", Op("n", "=", null), "n"));
        }
    }

    [Theory]
    [InlineData("<")]
    [InlineData("~=")]
    [InlineData("%=")]
    public void None_is_only_comparable_with_equality(string op) =>
        Assert.Equal("You can only compare to None with = or !=", Assert.Throws<InvalidFormatException>(() => new FilterOperator("f", op, null)).Message);

    [Fact]
    public void Unknown_operators_and_non_numeric_orderings_are_rejected()
    {
        Assert.Contains("Invalid filter operator '=='", Assert.Throws<InvalidFormatException>(() => new FilterOperator("f", "==", 1)).Message, StringComparison.Ordinal);
        Assert.Contains("compares numbers", Assert.Throws<InvalidFormatException>(() => new FilterOperator("f", "<", "x")).Message, StringComparison.Ordinal);
        _ = new FilterOperator("f", "=", JsonValue.Create("x"));
    }
}
