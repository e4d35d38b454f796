namespace Migrations.Tests;

/// <summary>
/// 0051_remove_default_numbers: upstream's case (tests/system/migrations/test_0051_remove_default_numbers.py) and ours;
/// expected values of ours come from upstream's migration run with python3 on the same models.
/// </summary>
public class M0051RemoveDefaultNumbersTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0051_remove_default_numbers";

    [Fact]
    public async Task M0051_migration()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "default_number": "WeAreNumberOne"}}""");
        await Write("""{"type": "create", "fqid": "user/2", "fields": {"id": 2, "default_number": ""}}""");
        await Write("""{"type": "create", "fqid": "user/3", "fields": {"id": 3}}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"id": 1}""");
        await AssertBackendModel("user/2", """{"id": 2}""");
        await AssertBackendModel("user/3", """{"id": 3}""");
    }

    [Fact]
    public async Task M0051_deleted_users_keep_the_field_and_nothing_to_remove_writes_no_position()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "default_number": "1"}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "number": "not default"}}""");
        await Write("""{"type": "delete", "fqid": "user/1"}""");
        await Finalize(Name);
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("user/1", """{"id": 1, "default_number": "1", "meta_deleted": true}""");
        await AssertBackendModel("user/2", """{"id": 2, "number": "not default"}""");
    }

    [Fact]
    public async Task M0051_in_memory_a_null_value_counts_as_present()
    {
        var result = await MigrateInMemory(Name, """
            {
                "user/1": {"id": 1, "default_number": null},
                "user/2": {"id": 2, "default_number": 0},
                "user/3": {"id": 3, "meeting_user_ids": []}
            }
            """);
        Json.AssertEqual(Json.Obj("""{"id": 1}"""), result["user/1"]);
        Json.AssertEqual(Json.Obj("""{"id": 2}"""), result["user/2"]);
        Json.AssertEqual(Json.Obj("""{"id": 3, "meeting_user_ids": []}"""), result["user/3"]);
        Assert.Equal(3, result.Count);
    }
}
