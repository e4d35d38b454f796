namespace Migrations.Tests;

/// <summary>0034_remove_unnecessary_events: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0034RemoveUnnecessaryEventsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0034_migration()
    {
        await Write("""{"type": "create", "fqid": "dummy/1", "fields": {"fqid": "dummy/1", "f1": "test", "f2": [1, 2, 3], "f3": 42, "f4": [1]}}""",
            """{"type": "create", "fqid": "other/2", "fields": {"fqid": "other/2", "f1": "test", "f2": [1, 2, 3], "f3": 42, "f4": [1]}}""");
        await Write("""{"type": "update", "fqid": "dummy/1", "fields": {"f1": "value", "f2": [1, 2, 3]}}""",
            """{"type": "update", "fqid": "other/2", "fields": {"f1": "test"}}""");
        await Write("""{"type": "update", "fqid": "dummy/1", "fields": {"f1": "value", "f3": 42}}""");
        await Write("""{"type": "update", "fqid": "dummy/1", "list_fields": {"add": {"f2": [4]}}}""",
            """{"type": "update", "fqid": "other/2", "list_fields": {"remove": {"f2": [3]}}}""");
        await Write("""{"type": "update", "fqid": "dummy/1", "list_fields": {"add": {"f2": [4]}}}""",
            """{"type": "update", "fqid": "other/2", "list_fields": {"remove": {"f2": [3]}}}""");
        await Write("""{"type": "update", "fqid": "dummy/1", "list_fields": {"add": {"f2": [4]}, "remove": {"f2": [5]}}}""",
            """{"type": "update", "fqid": "other/2", "list_fields": {"add": {"f2": [3]}, "remove": {"f2": [4]}}}""");
        await Write("""{"type": "update", "fqid": "dummy/1", "list_fields": {"add": {"f2": [4], "f4": [2]}}}""",
            """{"type": "update", "fqid": "other/2", "list_fields": {"remove": {"f2": [3], "f4": [2]}}}""");
        await Write("""{"type": "update", "fqid": "dummy/1", "fields": {"f1": null}}""",
            """{"type": "update", "fqid": "other/2", "fields": {"f1": null, "fx": null}}""");
        await Write("""{"type": "update", "fqid": "dummy/1", "fields": {"f1": null}}""");
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f1": "test", "f2": [1, 2, 3], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("other/2", """{"fqid": "other/2", "f1": "test", "f2": [1, 2, 3], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f1": "value", "f2": [1, 2, 3], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("other/2", """{"fqid": "other/2", "f1": "test", "f2": [1, 2, 3], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f1": "value", "f2": [1, 2, 3], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("other/2", """{"fqid": "other/2", "f1": "test", "f2": [1, 2, 3], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 2}""", 3);
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f1": "value", "f2": [1, 2, 3, 4], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("other/2", """{"fqid": "other/2", "f1": "test", "f2": [1, 2], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f1": "value", "f2": [1, 2, 3, 4], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 5}""", 5);
        await AssertBackendModel("other/2", """{"fqid": "other/2", "f1": "test", "f2": [1, 2], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 5}""", 5);
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f1": "value", "f2": [1, 2, 3, 4], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 6}""", 6);
        await AssertBackendModel("other/2", """{"fqid": "other/2", "f1": "test", "f2": [1, 2, 3], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 6}""", 6);
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f1": "value", "f2": [1, 2, 3, 4], "f3": 42, "f4": [1, 2], "meta_deleted": false, "meta_position": 7}""", 7);
        await AssertBackendModel("other/2", """{"fqid": "other/2", "f1": "test", "f2": [1, 2], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 7}""", 7);
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f2": [1, 2, 3, 4], "f3": 42, "f4": [1, 2], "meta_deleted": false, "meta_position": 8}""", 8);
        await AssertBackendModel("other/2", """{"fqid": "other/2", "f2": [1, 2], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 8}""", 8);
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f2": [1, 2, 3, 4], "f3": 42, "f4": [1, 2], "meta_deleted": false, "meta_position": 9}""", 9);
        await Finalize("0034_remove_unnecessary_events");
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f1": "test", "f2": [1, 2, 3], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("other/2", """{"fqid": "other/2", "f1": "test", "f2": [1, 2, 3], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f1": "value", "f2": [1, 2, 3], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("other/2", """{"fqid": "other/2", "f1": "test", "f2": [1, 2, 3], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 1}""", 2);
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f1": "value", "f2": [1, 2, 3], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 2}""", 3);
        await AssertBackendModel("other/2", """{"fqid": "other/2", "f1": "test", "f2": [1, 2, 3], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 1}""", 3);
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f1": "value", "f2": [1, 2, 3, 4], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("other/2", """{"fqid": "other/2", "f1": "test", "f2": [1, 2], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f1": "value", "f2": [1, 2, 3, 4], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 4}""", 5);
        await AssertBackendModel("other/2", """{"fqid": "other/2", "f1": "test", "f2": [1, 2], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 4}""", 5);
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f1": "value", "f2": [1, 2, 3, 4], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 4}""", 6);
        await AssertBackendModel("other/2", """{"fqid": "other/2", "f1": "test", "f2": [1, 2, 3], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 6}""", 6);
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f1": "value", "f2": [1, 2, 3, 4], "f3": 42, "f4": [1, 2], "meta_deleted": false, "meta_position": 7}""", 7);
        await AssertBackendModel("other/2", """{"fqid": "other/2", "f1": "test", "f2": [1, 2], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 7}""", 7);
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f2": [1, 2, 3, 4], "f3": 42, "f4": [1, 2], "meta_deleted": false, "meta_position": 8}""", 8);
        await AssertBackendModel("other/2", """{"fqid": "other/2", "f2": [1, 2], "f3": 42, "f4": [1], "meta_deleted": false, "meta_position": 8}""", 8);
        await AssertBackendModel("dummy/1", """{"fqid": "dummy/1", "f2": [1, 2, 3, 4], "f3": 42, "f4": [1, 2], "meta_deleted": false, "meta_position": 8}""", 9);
    }

    /// <summary>Ours: upstream's 0034 failed on every restore (it read the deleted model first); the restore stays as it is.</summary>
    [Fact]
    public async Task M0034_a_restore_is_kept()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "delete", "fqid": "a/1"}""");
        await Write("""{"type": "restore", "fqid": "a/1"}""");
        await Write("""{"type": "update", "fqid": "a/1", "fields": {"f": 1}}""");
        await Finalize("0034_remove_unnecessary_events");
        await AssertBackendModel("a/1", """{"f": 1, "meta_deleted": false, "meta_position": 3}""");
        Assert.Equal(0L, await Scalar<long>("SELECT count(*) FROM events WHERE position = 4"));
    }
}
