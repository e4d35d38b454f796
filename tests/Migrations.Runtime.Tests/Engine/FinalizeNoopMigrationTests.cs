namespace Migrations.Runtime.Tests.Engine;

/// <summary>Upstream's test_finalize_noop_migration: a no-op migration round-trips every event type, as one position and as several.</summary>
public class FinalizeNoopMigrationTests(DatabaseFixture database) : EngineTest(database)
{
    public static TheoryData<string[], bool> Cases()
    {
        string[][] cases =
        [
            ["""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}"""],
            ["""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""", """{"type": "update", "fqid": "a/1", "fields": {"f": 2}}"""],
            ["""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""", """{"type": "update", "fqid": "a/1", "fields": {"f": null}}"""],
            ["""{"type": "create", "fqid": "a/1", "fields": {"f": [1]}}""", """{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [2]}}}"""],
            ["""{"type": "create", "fqid": "a/1", "fields": {}}""", """{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [1]}}}"""],
            ["""{"type": "create", "fqid": "a/1", "fields": {"f": [1]}}""", """{"type": "update", "fqid": "a/1", "list_fields": {"add": {"f": [1]}}}"""],
            ["""{"type": "create", "fqid": "a/1", "fields": {"f": [1]}}""", """{"type": "update", "fqid": "a/1", "list_fields": {"remove": {"f": [1]}}}"""],
            ["""{"type": "create", "fqid": "a/1", "fields": {}}""", """{"type": "update", "fqid": "a/1", "list_fields": {"remove": {"f": [1]}}}"""],
            ["""{"type": "create", "fqid": "a/1", "fields": {"f": []}}""", """{"type": "update", "fqid": "a/1", "list_fields": {"remove": {"f": [1]}}}"""],
            ["""{"type": "create", "fqid": "a/1", "fields": {}}""", """{"type": "delete", "fqid": "a/1"}"""],
            ["""{"type": "create", "fqid": "a/1", "fields": {}}""", """{"type": "delete", "fqid": "a/1"}""", """{"type": "restore", "fqid": "a/1"}"""],
        ];
        var data = new TheoryData<string[], bool>();
        foreach (var c in cases)
        {
            data.Add(c, true);
            data.Add(c, false);
        }

        return data;
    }

    private async Task WriteData(bool singlePosition, string[] events)
    {
        if (singlePosition)
        {
            await Write(events);
        }
        else
        {
            foreach (var e in events)
            {
                await Write(e);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_noop_migration_reproduces_the_model(string[] events, bool singlePosition)
    {
        await WriteData(singlePosition, events);
        await SetMigrationIndexTo1();
        var before = await ReadModel("a/1");
        await Handler(TestMigrations.Noop(2)).FinalizeAsync();
        await AssertModel("a/1", before);
        Assert.Equal(2, await Scalar<int>("SELECT max(migration_index) FROM positions"));
        Assert.Equal(2, await Scalar<int>("SELECT min(migration_index) FROM positions"));
        await AssertFinalized();
        await AssertReplayEqualsModels();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Id_sequences_after_finalize_on_the_minus_one_shortcut(bool singlePosition)
    {
        await WriteData(singlePosition, [
            """{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""",
            """{"type": "create", "fqid": "a/3", "fields": {}}""",
            """{"type": "create", "fqid": "b/5", "fields": {}}"""]);
        await Handler(TestMigrations.Noop(2)).FinalizeAsync();
        Assert.Equal(4, await Scalar<int>("SELECT id FROM id_sequences WHERE collection = 'a'"));
        Assert.Equal(6, await Scalar<int>("SELECT id FROM id_sequences WHERE collection = 'b'"));
        await AssertFinalized();
    }

    [Fact]
    public async Task Id_sequences_are_rebuilt_from_the_migrated_models()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""", """{"type": "create", "fqid": "b/5", "fields": {}}""");
        await SetMigrationIndexTo1();
        await Execute("UPDATE id_sequences SET id = 100");
        await Handler(TestMigrations.Event(e => e.Fqid == "a/1" ? [new Migrations.Runtime.Events.CreateEvent("a/7", [])] : null)).FinalizeAsync();
        var rows = await Rows("SELECT collection, id FROM id_sequences ORDER BY collection");
        Assert.Equal([["a", 8], ["b", 6]], rows.Select(r => new object[] { r[0]!, r[1]! }).ToList());
    }
}
