namespace Migrations.Tests;

/// <summary>0001_limit_of_meetings: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0001LimitOfMeetingsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Org = "organization/1";

    [Fact]
    public async Task M0001_limit_of_meetings()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"f": 1}}""");
        await Write("""{"type": "update", "fqid": "organization/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "organization/1"}""");
        await Write("""{"type": "restore", "fqid": "organization/1"}""");
        await Finalize("0001_limit_of_meetings");
        await AssertBackendModel(Org, """{"limit_of_meetings": 0, "f": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel(Org, """{"limit_of_meetings": 0, "f": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel(Org, """{"limit_of_meetings": 0, "f": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel(Org, """{"limit_of_meetings": 0, "f": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }
}
