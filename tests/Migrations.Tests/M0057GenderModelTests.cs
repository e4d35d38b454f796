using Migrations.Runtime.Errors;

namespace Migrations.Tests;

/// <summary>0057_gender_model: upstream's cases (tests/system/migrations/test_0057_gender_model.py) and ours.</summary>
public class M0057GenderModelTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0057_gender_model";

    private static readonly string[] UpstreamData =
    [
        """{"type": "create", "fqid": "organization/1", "fields": {"id": 1, "genders": ["male", "female", "diverse", "non-binary"]}}""",
        """{"type": "create", "fqid": "user/1", "fields": {"id": 1, "gender": "male"}}""",
        """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "gender": "female"}}""",
        """{"type": "create", "fqid": "user/3", "fields": {"id": 3, "gender": "diverse"}}""",
        """{"type": "create", "fqid": "user/4", "fields": {"id": 4, "gender": "non-binary"}}""",
        """{"type": "create", "fqid": "user/5", "fields": {"id": 5, "gender": "non-binary"}}""",
    ];

    [Fact]
    public async Task M0057_migration_full()
    {
        await Write(UpstreamData);
        await Finalize(Name);
        await AssertBackendModel("gender/3", """{"id": 3, "name": "diverse", "organization_id": 1, "user_ids": [3]}""");
        await AssertBackendModel("gender/4", """{"id": 4, "name": "non-binary", "organization_id": 1, "user_ids": [4, 5]}""");
        await AssertBackendModel("user/5", """{"id": 5, "gender_id": 4}""");
    }

    [Fact]
    public async Task M0057_migration_with_empty_gender()
    {
        await Write(UpstreamData);
        await Write("""{"type": "create", "fqid": "user/6", "fields": {"id": 6, "gender": null}}""");
        await Finalize(Name);
        await AssertBackendModel("gender/4", """{"id": 4, "name": "non-binary", "organization_id": 1, "user_ids": [4, 5]}""");
        await AssertBackendModel("user/6", """{"id": 6}""");
    }

    /// <summary>Ours: the whole result of upstream's data: the organization's ids replace its strings, every gender and user.</summary>
    [Fact]
    public async Task M0057_the_organization_and_every_gender()
    {
        await Write(UpstreamData);
        await Finalize(Name);
        await AssertBackendModel("organization/1", """{"id": 1, "gender_ids": [1, 2, 3, 4]}""");
        await AssertBackendModel("gender/1", """{"id": 1, "name": "male", "organization_id": 1, "user_ids": [1]}""");
        await AssertBackendModel("gender/2", """{"id": 2, "name": "female", "organization_id": 1, "user_ids": [2]}""");
        await AssertBackendModelDoesNotExist("gender/5");
        await AssertBackendModel("user/1", """{"id": 1, "gender_id": 1}""");
        await AssertBackendModel("user/4", """{"id": 4, "gender_id": 4}""");
    }

    /// <summary>
    /// Ours: custom genders follow the four defaults in the organization's order, a repeated one is created twice
    /// (upstream keeps repeats) and users take the first; an unknown gender is dropped; a deleted user keeps its gender
    /// and is in no user_ids; a user without gender is still written (its gender field deleted).
    /// </summary>
    [Fact]
    public async Task M0057_custom_unknown_and_deleted()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 1, "genders": ["female", "other", "male", "other"]}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1, "gender": "other"}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "gender": "unknown"}}""",
            """{"type": "create", "fqid": "user/3", "fields": {"id": 3, "gender": "female"}}""",
            """{"type": "create", "fqid": "user/4", "fields": {"id": 4, "gender": "other"}}""",
            """{"type": "create", "fqid": "user/5", "fields": {"id": 5}}""");
        await Write("""{"type": "delete", "fqid": "user/4", "fields": {}}""");
        await Finalize(Name);
        await AssertBackendModel("organization/1", """{"id": 1, "gender_ids": [1, 2, 3, 4, 5, 6]}""");
        await AssertBackendModel("gender/5", """{"id": 5, "name": "other", "organization_id": 1, "user_ids": [1]}""");
        await AssertBackendModel("gender/6", """{"id": 6, "name": "other", "organization_id": 1}""");
        await AssertBackendModel("gender/2", """{"id": 2, "name": "female", "organization_id": 1, "user_ids": [3]}""");
        await AssertBackendModel("gender/1", """{"id": 1, "name": "male", "organization_id": 1}""");
        await AssertBackendModel("user/1", """{"id": 1, "gender_id": 5}""");
        await AssertBackendModel("user/2", """{"id": 2}""");
        await AssertBackendModel("user/4", """{"id": 4, "gender": "other", "meta_deleted": true, "meta_position": 2}""");
        await AssertBackendModel("user/5", """{"id": 5, "meta_position": 3}""");
    }

    /// <summary>Ours: an organization without genders gets the four defaults.</summary>
    [Fact]
    public async Task M0057_an_organization_without_genders_gets_the_defaults()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 1, "name": "o"}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1, "gender": "diverse"}}""");
        await Finalize(Name);
        await AssertBackendModel("organization/1", """{"id": 1, "name": "o", "gender_ids": [1, 2, 3, 4]}""");
        await AssertBackendModel("gender/3", """{"id": 3, "name": "diverse", "organization_id": 1, "user_ids": [1]}""");
        await AssertBackendModel("gender/4", """{"id": 4, "name": "non-binary", "organization_id": 1}""");
        await AssertBackendModel("user/1", """{"id": 1, "gender_id": 3}""");
    }

    /// <summary>
    /// Ours: on the database path a user without gender reads as None (the null key), so a null entry among the
    /// organization's genders matches it, as upstream's <c>None in gender_strings</c> does.
    /// </summary>
    [Fact]
    public async Task M0057_a_null_gender_entry_matches_users_without_gender()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 1, "genders": ["male", null]}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "gender": "male"}}""");
        await Finalize(Name);
        await AssertBackendModel("organization/1", """{"id": 1, "gender_ids": [1, 2, 3, 4, 5]}""");
        await AssertBackendModel("gender/5", """{"id": 5, "organization_id": 1, "user_ids": [1]}""");
        await AssertBackendModel("user/1", """{"id": 1, "gender_id": 5}""");
        await AssertBackendModel("user/2", """{"id": 2, "gender_id": 1}""");
    }

    /// <summary>Ours: without organization/1 the migration fails as upstream's reader does (ModelDoesNotExist) and writes nothing.</summary>
    [Fact]
    public async Task M0057_without_the_organization_the_migration_fails()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "gender": "male"}}""");
        var e = await FinalizeFails(Name);
        Assert.Equal("organization/1", Assert.IsType<ModelDoesNotExistException>(e).Fqid);
    }

    /// <summary>Ours, in memory: nothing changes (upstream's guard; the import still takes genders as strings).</summary>
    [Fact]
    public async Task M0057_in_memory_nothing_changes()
    {
        var models = """
            {
                "organization/1": {"id": 1, "genders": ["male", "female", "diverse", "non-binary", "other"]},
                "user/1": {"id": 1, "gender": "male"},
                "user/2": {"id": 2, "gender": "other"},
                "user/3": {"id": 3}
            }
            """;
        var result = await MigrateInMemory(Name, models);
        var expected = Json.Obj(models);
        Assert.Equal(expected.Select(p => p.Key).Order(StringComparer.Ordinal), result.Keys.Order(StringComparer.Ordinal));
        foreach (var (fqid, model) in expected)
        {
            Json.AssertEqual(model, result[fqid]);
        }
    }
}
