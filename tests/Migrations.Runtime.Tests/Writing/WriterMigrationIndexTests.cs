using Migrations.Runtime.Errors;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.Tests.Writing;

/// <summary>Upstream's writer test_migration_index: which migration index a new position gets (spec §2.1).</summary>
public class WriterMigrationIndexTests(DatabaseFixture database) : DatabaseTest(database)
{
    private const string CreateA1 = """{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""";

    [Fact]
    public async Task The_first_position_of_an_empty_datastore_gets_minus_one()
    {
        await Write(CreateA1);
        Assert.Equal(-1, await Scalar<int>("SELECT migration_index FROM positions WHERE position = 1"));
        Assert.Equal(-1, await Reader.GetCurrentMigrationIndexAsync());
    }

    [Fact]
    public async Task New_positions_use_the_current_migration_index()
    {
        await Write(CreateA1);
        await Execute("UPDATE positions SET migration_index = 3 WHERE position = 1");
        var position = await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 2}}""");
        Assert.Equal(2, position);
        await AssertModel("a/1", """{"f": 2, "meta_deleted": false, "meta_position": 2}""");
        Assert.Equal(3, await Scalar<int>("SELECT migration_index FROM positions WHERE position = 2"));
    }

    [Fact]
    public async Task Inconsistent_migration_indices_fail_every_write_and_change_nothing()
    {
        await Write(CreateA1);
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 2}}""");
        await Execute("UPDATE positions SET migration_index = 3 WHERE position = 2");

        var e = await Assert.ThrowsAsync<InvalidDatastoreStateException>(() => Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 3}}"""));
        Assert.Equal("INVALID_DATASTORE_STATE", e.ErrorType);
        Assert.Equal("The datastore has inconsistent migration indices: Minimum is -1, maximum is 3.", e.Message);
        await AssertModel("a/1", """{"f": 2, "meta_deleted": false, "meta_position": 2}""");
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
        await Assert.ThrowsAsync<InvalidDatastoreStateException>(() => Reader.GetCurrentMigrationIndexAsync());
    }

    [Fact]
    public async Task An_explicit_migration_index_is_used_on_an_empty_datastore()
    {
        await Writer.WriteAsync(new WriteRequest([Requests.Event(CreateA1)], migrationIndex: 3));
        Assert.Equal(3, await Scalar<int>("SELECT migration_index FROM positions WHERE position = 1"));
    }

    [Fact]
    public async Task An_explicit_migration_index_is_refused_when_the_datastore_is_not_empty()
    {
        await Write(CreateA1);
        var e = await Assert.ThrowsAsync<DatastoreNotEmptyException>(() =>
            Writer.WriteAsync(new WriteRequest([Requests.Event("""{"type": "create", "fqid": "a/2", "fields": {"f": 1}}""")], migrationIndex: 3)));
        Assert.Equal("DATASTORE_NOT_EMPTY", e.ErrorType);
        Assert.Equal("Passed a migration index of 3, but the datastore is not empty.", e.Message);
        Assert.Equal(-1, await Scalar<int>("SELECT migration_index FROM positions WHERE position = 1"));
        Assert.Null(await Reader.GetModelAsync("a/2"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_migration_index_below_one_is_invalid(int index)
    {
        var e = Assert.Throws<InvalidFormatException>(() => new WriteRequest([Requests.Event(CreateA1)], migrationIndex: index));
        Assert.Equal($"The migration index must be at least 1, not {index}", e.Message);
    }
}
