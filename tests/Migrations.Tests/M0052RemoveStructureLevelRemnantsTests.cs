namespace Migrations.Tests;

/// <summary>
/// 0052_remove_structure_level_remnants: upstream's case
/// (tests/system/migrations/test_0052_remove_structure_level_remnants.py) and ours; expected values of ours come
/// from upstream's migration run with python3 on the same models.
/// </summary>
public class M0052RemoveStructureLevelRemnantsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0052_remove_structure_level_remnants";

    [Fact]
    public async Task M0052_migration()
    {
        await Write(
            """{"type": "create", "fqid": "meeting_user/1", "fields": {"id": 1, "structure_level": "WeAreNumberOne"}}""",
            """{"type": "create", "fqid": "meeting_user/2", "fields": {"id": 2, "structure_level": ""}}""",
            """{"type": "create", "fqid": "meeting_user/3", "fields": {"id": 3}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting_user/1", """{"id": 1}""");
        await AssertBackendModel("meeting_user/2", """{"id": 2}""");
        await AssertBackendModel("meeting_user/3", """{"id": 3}""");
    }

    [Fact]
    public async Task M0052_removes_what_0049_left_and_keeps_the_new_relation()
    {
        // 0049 keeps a falsy structure_level on a meeting user that took its user's default level.
        await Write(
            """{"type": "create", "fqid": "meeting_user/1", "fields": {"id": 1, "structure_level": "", "structure_level_ids": [1]}}""",
            """{"type": "create", "fqid": "structure_level/1", "fields": {"id": 1, "name": "Gast", "meeting_user_ids": [1]}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting_user/1", """{"id": 1, "structure_level_ids": [1]}""");
        await AssertBackendModel("structure_level/1", """{"id": 1, "name": "Gast", "meeting_user_ids": [1]}""");
    }

    [Fact]
    public async Task M0052_deleted_meeting_users_keep_the_field_and_nothing_to_remove_writes_no_position()
    {
        await Write("""{"type": "create", "fqid": "meeting_user/1", "fields": {"id": 1, "structure_level": "x"}}""",
            """{"type": "create", "fqid": "meeting_user/2", "fields": {"id": 2, "structure_level_ids": []}}""");
        await Write("""{"type": "delete", "fqid": "meeting_user/1"}""");
        await Finalize(Name);
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("meeting_user/1", """{"id": 1, "structure_level": "x", "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/2", """{"id": 2, "structure_level_ids": []}""");
    }

    [Fact]
    public async Task M0052_in_memory_a_null_value_counts_as_present()
    {
        var result = await MigrateInMemory(Name, """
            {
                "meeting_user/1": {"id": 1, "structure_level": null},
                "meeting_user/2": {"id": 2, "structure_level": 0},
                "meeting_user/3": {"id": 3, "meeting_id": 1}
            }
            """);
        Json.AssertEqual(Json.Obj("""{"id": 1}"""), result["meeting_user/1"]);
        Json.AssertEqual(Json.Obj("""{"id": 2}"""), result["meeting_user/2"]);
        Json.AssertEqual(Json.Obj("""{"id": 3, "meeting_id": 1}"""), result["meeting_user/3"]);
        Assert.Equal(3, result.Count);
    }
}
