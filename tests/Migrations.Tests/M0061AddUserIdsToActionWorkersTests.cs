using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>
/// 0061_add_user_ids_to_action_workers: upstream's case (tests/system/migrations/test_0061_add_user_ids_to_action_workers.py;
/// the states are the values of the backend's ActionWorkerState) and ours.
/// </summary>
public class M0061AddUserIdsToActionWorkersTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0061_add_user_ids_to_action_workers";

    [Fact]
    public async Task M0061_migration()
    {
        await Write("""{"type": "create", "fqid": "action_worker/1", "fields": {"id": 1, "name": "meeting.update", "state": "running", "created": 123456789, "timestamp": 123456790}}""",
            """{"type": "create", "fqid": "action_worker/2", "fields": {"id": 2, "name": "meeting.update", "state": "aborted", "created": 123456789, "timestamp": 123456789}}""",
            """{"type": "create", "fqid": "action_worker/3", "fields": {"id": 3, "name": "meeting.update", "state": "end", "created": 123456790, "timestamp": 123456790}}""");
        await Write("""{"type": "delete", "fqid": "action_worker/2", "fields": {}}""");
        await Finalize(Name);
        await AssertBackendModel("action_worker/1", """{"id": 1, "name": "meeting.update", "state": "running", "created": 123456789, "timestamp": 123456790, "user_id": -1}""");
        await AssertBackendModel("action_worker/2", """{"id": 2, "name": "meeting.update", "state": "aborted", "created": 123456789, "timestamp": 123456789, "meta_deleted": true}""");
        await AssertBackendModel("action_worker/3", """{"id": 3, "name": "meeting.update", "state": "end", "created": 123456790, "timestamp": 123456790, "user_id": -1}""");
    }

    /// <summary>Ours: an existing user_id is overwritten with -1, as upstream does; one update per live worker.</summary>
    [Fact]
    public async Task M0061_an_existing_user_id_is_overwritten()
    {
        await Write("""{"type": "create", "fqid": "action_worker/1", "fields": {"id": 1, "name": "a", "user_id": 5}}""",
            """{"type": "create", "fqid": "action_worker/2", "fields": {"id": 2}}""",
            """{"type": "create", "fqid": "action_worker/3", "fields": {"id": 3, "user_id": -1}}""");
        await Finalize(Name);
        await AssertBackendModel("action_worker/1", """{"id": 1, "name": "a", "user_id": -1}""");
        await AssertBackendModel("action_worker/2", """{"id": 2, "user_id": -1}""");
        await AssertBackendModel("action_worker/3", """{"id": 3, "user_id": -1, "meta_position": 2}""");
        Assert.Equal(3L, await Scalar<long>("SELECT count(*) FROM events WHERE position = 2"));
    }

    /// <summary>Ours: without live action workers nothing is written.</summary>
    [Fact]
    public async Task M0061_without_live_action_workers_nothing_is_written()
    {
        await Write("""{"type": "create", "fqid": "action_worker/1", "fields": {"id": 1, "name": "a"}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1}}""");
        await Write("""{"type": "delete", "fqid": "action_worker/1"}""");
        await Finalize(Name);
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("action_worker/1", """{"id": 1, "name": "a", "meta_deleted": true}""");
        await AssertBackendModel("user/1", """{"id": 1}""");
    }

    /// <summary>Ours, in memory: every action worker of the import gets -1, other models are left alone.</summary>
    [Fact]
    public async Task M0061_in_memory()
    {
        var result = await MigrateInMemory(Name, """
            {
                "action_worker/1": {"id": 1, "name": "a", "user_id": 5},
                "action_worker/2": {"id": 2},
                "user/1": {"id": 1}
            }
            """);
        AssertModels(result, """
            {
                "action_worker/1": {"id": 1, "name": "a", "user_id": -1},
                "action_worker/2": {"id": 2, "user_id": -1},
                "user/1": {"id": 1}
            }
            """);
    }
}
