using Migrations.Runtime.Errors;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.Tests.Writing;

/// <summary>The writer's locked fields, and upstream's test_delete_from_collectionfield_tables locking cases.</summary>
public class OptimisticLockTests(DatabaseFixture database) : EngineTest(database)
{
    private Task<int> WriteLocked(string lockKey, int position, string e = """{"type": "update", "fqid": "a/1", "fields": {"f": 3}}""") =>
        Writer.WriteAsync(new WriteRequest([Requests.Event(e)], lockedFields: new Dictionary<string, int> { [lockKey] = position }));

    [Fact]
    public async Task After_clearing_the_collectionfield_tables_a_lock_at_the_current_position_passes()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Handler().ClearCollectionFieldTablesAsync();
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 2}}""");
        Assert.Equal(3, await WriteLocked("a/f", 2));
    }

    [Fact]
    public async Task After_clearing_the_collectionfield_tables_a_newer_write_still_breaks_an_old_lock()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Handler().ClearCollectionFieldTablesAsync();
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 2}}""");
        var e = await Assert.ThrowsAsync<ModelLockedException>(() => WriteLocked("a/f", 1));
        Assert.Equal("MODEL_LOCKED", e.ErrorType);
        Assert.Equal(["a/f"], e.Keys);
        await AssertCount("positions", 2);
    }

    [Theory]
    [InlineData("a/1", 1, true)]
    [InlineData("a/1", 2, false)]
    [InlineData("a/1/f", 1, true)]
    [InlineData("a/1/g", 1, false)]
    [InlineData("a/1/f", 2, false)]
    [InlineData("a/f", 1, true)]
    [InlineData("a/g", 1, false)]
    [InlineData("b/1", 1, false)]
    public async Task Fqid_fqfield_and_collectionfield_locks(string key, int position, bool broken)
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1, "g": 1}}""", """{"type": "create", "fqid": "b/1", "fields": {}}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 2}}""");
        var e = await Record.ExceptionAsync(() => WriteLocked(key, position));
        if (broken)
        {
            Assert.Equal([key], Assert.IsType<ModelLockedException>(e).Keys);
        }
        else
        {
            Assert.Null(e);
        }
    }

    [Fact]
    public void Lock_positions_and_keys_are_validated()
    {
        var e = Assert.Throws<InvalidFormatException>(() => new WriteRequest([Requests.Event("""{"type": "delete", "fqid": "a/1"}""")], lockedFields: new Dictionary<string, int> { ["a/1"] = 0 }));
        Assert.Equal("The position of key a/1 must be >= 0", e.Message);
        e = Assert.Throws<InvalidFormatException>(() => new WriteRequest([Requests.Event("""{"type": "delete", "fqid": "a/1"}""")], lockedFields: new Dictionary<string, int> { ["a-1"] = 1 }));
        Assert.Equal("The key 'a-1' is no fqid, fqfield or collectionkey", e.Message);
    }
}
