namespace Migrations.Tests;

/// <summary>0007_limit_of_users: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0007LimitOfUsersTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Org = "organization/1";

    [Fact]
    public async Task M0007_limit_of_users()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "organization/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "organization/1"}""");
        await Write("""{"type": "restore", "fqid": "organization/1"}""");
        await Finalize("0007_limit_of_users");
        await AssertBackendModel(Org, """{"limit_of_users": 0, "f": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel(Org, """{"limit_of_users": 0, "f": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel(Org, """{"limit_of_users": 0, "f": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel(Org, """{"limit_of_users": 0, "f": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }
}
