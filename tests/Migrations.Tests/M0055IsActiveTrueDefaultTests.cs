using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>0055_is_active_true_default: upstream's case (tests/system/migrations/test_0055_is_active_true_default.py) and ours.</summary>
public class M0055IsActiveTrueDefaultTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0055_is_active_true_default";

    [Fact]
    public async Task M0055_migration()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "is_active": true}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "is_active": false}}""",
            """{"type": "create", "fqid": "user/3", "fields": {"id": 3}}""",
            """{"type": "create", "fqid": "user/4", "fields": {"id": 4, "is_active": null}}""",
            """{"type": "create", "fqid": "user/5", "fields": {"id": 5}}""");
        await Write("""{"type": "delete", "fqid": "user/5", "fields": {}}""");
        await Finalize(Name);
        foreach (var i in new[] { 1, 3, 4 })
        {
            await AssertBackendModel($"user/{i}", $$"""{"id": {{i}}, "is_active": true}""");
        }

        await AssertBackendModel("user/2", """{"id": 2, "is_active": false}""");
    }

    /// <summary>Ours: the deleted user is neither updated nor given the field, and only the users that needed it are written.</summary>
    [Fact]
    public async Task M0055_deleted_users_and_set_values_are_left_alone()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "is_active": true}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "is_active": false}}""",
            """{"type": "create", "fqid": "user/3", "fields": {"id": 3}}""",
            """{"type": "create", "fqid": "user/5", "fields": {"id": 5}}""");
        await Write("""{"type": "delete", "fqid": "user/5", "fields": {}}""");
        await Finalize(Name);
        await AssertBackendModel("user/5", """{"id": 5, "meta_deleted": true, "meta_position": 2}""");
        await AssertBackendModel("user/1", """{"id": 1, "is_active": true, "meta_position": 1}""");
        await AssertBackendModel("user/2", """{"id": 2, "is_active": false, "meta_position": 1}""");
        await AssertBackendModel("user/3", """{"id": 3, "is_active": true, "meta_position": 3}""");
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM events WHERE position = 3"));
    }

    /// <summary>Ours: no user needs the default, so no position is written.</summary>
    [Fact]
    public async Task M0055_nothing_to_do_writes_nothing()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "is_active": false}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2}}""");
        await Write("""{"type": "delete", "fqid": "user/2", "fields": {}}""");
        await Finalize(Name);
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("user/2", """{"id": 2, "meta_deleted": true}""");
    }

    /// <summary>Ours, in memory: a missing and an explicitly null is_active both become true (Python's None comparison).</summary>
    [Fact]
    public async Task M0055_in_memory()
    {
        var result = await MigrateInMemory(Name, """
            {
                "user/1": {"id": 1, "is_active": true},
                "user/2": {"id": 2, "is_active": false},
                "user/3": {"id": 3},
                "user/4": {"id": 4, "is_active": null},
                "meeting/1": {"id": 1}
            }
            """);
        AssertModels(result, """
            {
                "user/1": {"id": 1, "is_active": true},
                "user/2": {"id": 2, "is_active": false},
                "user/3": {"id": 3, "is_active": true},
                "user/4": {"id": 4, "is_active": true},
                "meeting/1": {"id": 1}
            }
            """);
    }
}
