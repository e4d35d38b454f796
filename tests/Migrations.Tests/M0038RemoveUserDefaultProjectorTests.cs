namespace Migrations.Tests;

/// <summary>0038_remove_user_default_projector: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0038RemoveUserDefaultProjectorTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0038_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"a": 1, "default_projector_$_ids": ["user"], "default_projector_$user_ids": [1]}}""",
            """{"type": "create", "fqid": "projector/1", "fields": {"b": 1, "used_as_default_$_in_meeting_id": ["user"], "used_as_default_$user_in_meeting_id": 1}}""",
            """{"type": "create", "fqid": "projector/2", "fields": {"b": 2}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"a": 2, "default_projector_$_ids": ["user"], "default_projector_$user_ids": [2]}}""",
            """{"type": "update", "fqid": "projector/1", "fields": {"default_projector_$user_ids": null}}""",
            """{"type": "update", "fqid": "projector/2", "fields": {"used_as_default_$_in_meeting_id": ["user"], "used_as_default_$user_in_meeting_id": 1, "b": 3}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        await Write("""{"type": "restore", "fqid": "meeting/1"}""");
        await Finalize("0038_remove_user_default_projector");
        await AssertBackendModel("meeting/1", """{"a": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("projector/1", """{"b": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("projector/1", """{"b": 1, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("projector/2", """{"b": 2, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("projector/2", """{"b": 3, "meta_deleted": false, "meta_position": 2}""", 2);
    }
}
