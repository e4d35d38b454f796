using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>0067_rename_guest_field: upstream's case (tests/system/migrations/test_0067_rename_guest_field.py) and ours.</summary>
public class M0067RenameGuestFieldTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0067_rename_guest_field";

    // Ours: guest overwriting an external, external alone, guest false, guest null (pruned by the writer).
    private const string OwnModels = """
        {
            "user/1": {"id": 1, "guest": true, "external": false},
            "user/2": {"id": 2, "external": true},
            "user/3": {"id": 3, "guest": false},
            "user/4": {"id": 4, "guest": null}
        }
        """;

    [Fact]
    public async Task M0067_migration()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "guest": true}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "guest": false}}""",
            """{"type": "create", "fqid": "user/3", "fields": {"id": 3, "guest": false}}""");
        await Write("""{"type": "update", "fqid": "user/2", "fields": {"id": 2, "guest": true}}""");
        await Write("""{"type": "delete", "fqid": "user/3", "fields": {}}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"id": 1, "external": true, "meta_deleted": false}""");
        await AssertBackendModel("user/2", """{"id": 2, "external": true, "meta_deleted": false}""");
        await AssertBackendModel("user/3", """{"id": 3, "guest": false, "meta_deleted": true}""");
    }

    /// <summary>
    /// Ours: guest replaces an external the user already had, false is carried over, users without guest are left
    /// alone; the events are upstream's (its own run on this data).
    /// </summary>
    [Fact]
    public async Task M0067_guest_overwrites_external_and_false_is_kept()
    {
        await Write(Creates(OwnModels));
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"id": 1, "external": true, "meta_position": 2}""");
        await AssertBackendModel("user/2", """{"id": 2, "external": true, "meta_position": 1}""");
        await AssertBackendModel("user/3", """{"id": 3, "external": false, "meta_position": 2}""");
        await AssertBackendModel("user/4", """{"id": 4, "meta_position": 1}""");
        await AssertMigrationEvents(
            ("update", "user/1", """{"external": true}"""),
            ("deletefields", "user/1", """["guest"]"""),
            ("update", "user/3", """{"external": false}"""),
            ("deletefields", "user/3", """["guest"]"""));
    }

    /// <summary>Ours: no live user with guest, no position.</summary>
    [Fact]
    public async Task M0067_without_guests_nothing_is_written()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "external": true}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "guest": true}}""");
        await Write("""{"type": "delete", "fqid": "user/2"}""");
        await Finalize(Name);
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("user/2", """{"id": 2, "guest": true, "meta_deleted": true}""");
    }

    /// <summary>
    /// Ours, in memory (upstream's in-memory run on this data gives these models): the same renames; a guest of null
    /// does not pass the filter and stays.
    /// </summary>
    [Fact]
    public async Task M0067_in_memory()
    {
        var result = await MigrateInMemory(Name, OwnModels);
        AssertModels(result, """
            {
                "user/1": {"id": 1, "external": true},
                "user/2": {"id": 2, "external": true},
                "user/3": {"id": 3, "external": false},
                "user/4": {"id": 4, "guest": null}
            }
            """);
    }
}
