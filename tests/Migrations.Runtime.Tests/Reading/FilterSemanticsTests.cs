using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Reading;

namespace Migrations.Runtime.Tests.Reading;

/// <summary>
/// The filter language (spec §3.5) as upstream's two readers evaluate it. The database compares the text of
/// <c>data-&gt;&gt;field</c> with the value's text (a list value as psycopg2 sends it: <c>[]</c> is <c>'{}'</c>), and a
/// comparison with a missing field is unknown (SQL's three-valued logic), also under Not. Memory evaluates the filter
/// as upstream's Python expression over <c>model.get(field)</c>: Python equality, ordering only between comparable
/// types, two-valued logic.
/// </summary>
public class FilterSemanticsTests(DatabaseFixture database) : DatabaseTest(database)
{
    private static FilterOperator Op(string field, string op, string? valueJson) =>
        new(field, op, valueJson is null ? null : Json.Node(valueJson));

    // name, filter, ids in the database, ids in memory
    public static TheoryData<string, Filter, int[], int[]> Cases => new()
    {
        { "n = 1", Op("n", "=", "1"), [1], [1] },
        { "n = '3' (text form)", Op("n", "=", "\"3\""), [3], [3] },
        { "n = 3 (the text form matches the string '3'; Python's 3 != '3')", Op("n", "=", "3"), [3], [] },
        { "n != 1 (a missing field: unknown in SQL, None != 1 in Python)", Op("n", "!=", "1"), [2, 3, 5], [2, 3, 4, 5] },
        { "n = None", Op("n", "=", null), [4], [4] },
        { "n != None", Op("n", "!=", null), [1, 2, 3, 5], [1, 2, 3, 5] },
        { "n > 1 (numbers only; Python: an int is not comparable with a float)", Op("n", ">", "1"), [2, 5], [5] },
        { "n >= 2.5", Op("n", ">=", "2.5"), [2, 5], [2] },
        { "n < 2", Op("n", "<", "2"), [1], [1] },
        { "n <= 1", Op("n", "<=", "1"), [1], [1] },
        { "s ~= ABC", Op("s", "~=", "\"ABC\""), [1], [1] },
        { "s %= ab%", Op("s", "%=", "\"ab%\""), [1, 2], [1, 2] },
        { "s %= _b_", Op("s", "%=", "\"_b_\""), [1, 2], [1, 2] },
        { "s %= escaped wildcards", Op("s", "%=", "\"x\\\\_y\\\\%\""), [5], [5] },
        { "b = true", Op("b", "=", "true"), [1], [1] },
        { "b = 1 (Python: True == 1)", Op("b", "=", "1"), [], [1] },
        { "not n > 1", new Not(Op("n", ">", "1")), [1], [1, 2, 3, 4] },
        { "n = 1 or s = abd", new Or(Op("n", "=", "1"), Op("s", "=", "\"abd\"")), [1, 2], [1, 2] },
        { "n != None and not s = Abc", new And(Op("n", "!=", null), new Not(Op("s", "=", "\"Abc\""))), [2, 5], [2, 3, 5] },
        { "meta_deleted != true", Op("meta_deleted", "!=", "true"), [1, 2, 3, 4], [1, 2, 3, 4] },
        { "l != [] (psycopg2 sends '{}', so an empty list matches in the database)", Op("l", "!=", "[]"), [1, 2], [2, 3, 4, 5] },
        { "l = [] (never in the database; Python list equality in memory)", Op("l", "=", "[]"), [], [1] },
        { "l = '[]' (the string: the text of an empty list in the database; never equal in Python)", Op("l", "=", "\"[]\""), [1], [] },
        { "empty and", new And(), [1, 2, 3, 4, 5], [1, 2, 3, 4, 5] },
        { "empty or", new Or(), [], [] },
    };

    private async Task Seed()
    {
        await Write(
            """{"type": "create", "fqid": "m/1", "fields": {"n": 1, "s": "Abc", "b": true, "l": []}}""",
            """{"type": "create", "fqid": "m/2", "fields": {"n": 2.5, "s": "abd", "l": [1]}}""",
            """{"type": "create", "fqid": "m/3", "fields": {"n": "3"}}""",
            """{"type": "create", "fqid": "m/4", "fields": {}}""",
            """{"type": "create", "fqid": "m/5", "fields": {"n": 10, "s": "x_y%"}}""",
            """{"type": "create", "fqid": "other/1", "fields": {"n": 1}}""");
        await Write("""{"type": "delete", "fqid": "m/5"}""");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_backing_evaluates_as_its_upstream_twin(string name, Filter filter, int[] inDatabase, int[] inMemory)
    {
        await Seed();
        await using var connection = await DataSource.OpenConnectionAsync();
        var database = new DatabaseMigrationReader(connection);
        var memory = new MemoryMigrationReader((await CurrentModels()).ToDictionary(p => p.Key, p => p.Value.Data));

        foreach (IMigrationReader reader in new IMigrationReader[] { database, memory })
        {
            var backing = reader.IsInMemoryMigration ? "memory" : "database";
            var expected = reader.IsInMemoryMigration ? inMemory : inDatabase;
            var actual = (await reader.FilterAsync("m", filter)).Keys.Order().ToArray();
            Assert.True(expected.SequenceEqual(actual), $"{name} ({backing}): [{string.Join(", ", actual)}]");
            Assert.Equal(expected.Length, await reader.CountAsync("m", filter));
            Assert.Equal(expected.Length > 0, await reader.ExistsAsync("m", filter));
        }
    }

    [Theory]
    [InlineData("[1]", "non-empty list")]
    [InlineData("{}", "an object")]
    public async Task A_list_or_object_value_upstreams_driver_cannot_send_is_refused_in_the_database(string value, string expected)
    {
        await Seed();
        await using var connection = await DataSource.OpenConnectionAsync();
        var e = await Assert.ThrowsAsync<InvalidFormatException>(() => new DatabaseMigrationReader(connection).FilterAsync("m", Op("l", "=", value)));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Contains("filter on l", e.Message, StringComparison.Ordinal);
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
