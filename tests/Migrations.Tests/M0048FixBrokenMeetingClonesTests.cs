using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>
/// 0048_fix_broken_meeting_clones: upstream's case (tests/system/migrations/test_0048_fix_broken_meeting_clones.py)
/// and ours; expected values of ours come from upstream's migration run with python3 on the same models.
/// </summary>
public class M0048FixBrokenMeetingClonesTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0048_fix_broken_meeting_clones";

    [Fact]
    public async Task M0048_migration()
    {
        await Write(
            """{"type": "create", "fqid": "organization/1", "fields": {"id": 1, "archived_meeting_ids": [101], "active_meeting_ids": [100, 102], "committee_ids": [10]}}""",
            """{"type": "create", "fqid": "committee/10", "fields": {"id": 10, "organization_id": 1, "meeting_ids": [100, 101, 102, 103]}}""",
            """{"type": "create", "fqid": "meeting/100", "fields": {"id": 100, "name": "Active", "committee_id": 10, "is_active_in_organization_id": 1}}""",
            """{"type": "create", "fqid": "meeting/101", "fields": {"id": 101, "name": "Archived", "committee_id": 10, "is_archived_in_organization_id": 1}}""",
            """
            {"type": "create", "fqid": "meeting/102", "fields": {
                "id": 102, "name": "Copy of archived", "committee_id": 10, "is_active_in_organization_id": 1, "is_archived_in_organization_id": 1
            }}
            """,
            """{"type": "create", "fqid": "meeting/103", "fields": {"id": 103, "name": "Archived copy of archived", "committee_id": 10, "is_archived_in_organization_id": 1}}""",
            """{"type": "create", "fqid": "meeting/104", "fields": {"id": 104, "name": "Archived copy of archived2", "committee_id": 10, "is_archived_in_organization_id": 1}}""");
        await Write("""{"type": "delete", "fqid": "meeting/104"}""");

        await Finalize(Name);

        await AssertBackendModel("organization/1", """{"id": 1, "committee_ids": [10], "active_meeting_ids": [100, 102], "archived_meeting_ids": [101, 103]}""");
        await AssertBackendModel("meeting/100", """{"id": 100, "name": "Active", "committee_id": 10, "is_active_in_organization_id": 1}""");
        await AssertBackendModel("meeting/101", """{"id": 101, "name": "Archived", "committee_id": 10, "is_archived_in_organization_id": 1}""");
        await AssertBackendModel("meeting/102", """{"id": 102, "name": "Copy of archived", "committee_id": 10, "is_active_in_organization_id": 1}""");
        await AssertBackendModel("meeting/103", """{"id": 103, "name": "Archived copy of archived", "committee_id": 10, "is_archived_in_organization_id": 1}""");
        await AssertBackendModel("meeting/104", """
            {"id": 104, "name": "Archived copy of archived2", "committee_id": 10, "is_archived_in_organization_id": 1, "meta_deleted": true}
            """);
    }

    [Fact]
    public async Task M0048_in_memory_the_lists_follow_the_import_order_and_a_meeting_with_neither_field_is_active()
    {
        var result = await MigrateInMemory(Name, """
            {
                "organization/1": {"id": 1, "archived_meeting_ids": [101], "active_meeting_ids": [100, 102], "committee_ids": [10]},
                "committee/10": {"id": 10, "organization_id": 1, "meeting_ids": [100, 101, 102, 103]},
                "meeting/103": {"id": 103, "name": "Archived copy of archived", "committee_id": 10, "is_archived_in_organization_id": 1},
                "meeting/100": {"id": 100, "name": "Active", "committee_id": 10, "is_active_in_organization_id": 1},
                "meeting/102": {"id": 102, "name": "Copy of archived", "committee_id": 10, "is_active_in_organization_id": 1, "is_archived_in_organization_id": 1},
                "meeting/101": {"id": 101, "name": "Archived", "committee_id": 10, "is_archived_in_organization_id": 1},
                "meeting/105": {"id": 105, "name": "Neither", "committee_id": 10}
            }
            """);
        AssertModels(result, """
            {
                "organization/1": {"id": 1, "archived_meeting_ids": [103, 101], "active_meeting_ids": [100, 102, 105], "committee_ids": [10]},
                "committee/10": {"id": 10, "organization_id": 1, "meeting_ids": [100, 101, 102, 103]},
                "meeting/103": {"id": 103, "name": "Archived copy of archived", "committee_id": 10, "is_archived_in_organization_id": 1},
                "meeting/100": {"id": 100, "name": "Active", "committee_id": 10, "is_active_in_organization_id": 1},
                "meeting/102": {"id": 102, "name": "Copy of archived", "committee_id": 10, "is_active_in_organization_id": 1},
                "meeting/101": {"id": 101, "name": "Archived", "committee_id": 10, "is_archived_in_organization_id": 1},
                "meeting/105": {"id": 105, "name": "Neither", "committee_id": 10}
            }
            """);
    }

    [Fact]
    public async Task M0048_the_organization_lists_are_rebuilt_even_when_no_meeting_changes()
    {
        // Stale ids go: the lists are only what the meetings say. Falsy relation values count as not set.
        await Write(
            """{"type": "create", "fqid": "organization/1", "fields": {"id": 1, "active_meeting_ids": [1, 7], "archived_meeting_ids": [8]}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "is_active_in_organization_id": 1}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "is_archived_in_organization_id": 1, "is_active_in_organization_id": 0}}""",
            """{"type": "create", "fqid": "meeting/3", "fields": {"id": 3, "is_archived_in_organization_id": 0}}""");
        await Finalize(Name);
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("organization/1", """{"id": 1, "active_meeting_ids": [1, 3], "archived_meeting_ids": [2]}""");
        await AssertBackendModel("meeting/2", """{"id": 2, "is_archived_in_organization_id": 1, "is_active_in_organization_id": 0}""");
    }

    [Fact]
    public async Task M0048_without_meetings_the_organization_gets_two_empty_lists()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 1, "active_meeting_ids": [4], "archived_meeting_ids": [5]}}""");
        await Finalize(Name);
        await AssertBackendModel("organization/1", """{"id": 1, "active_meeting_ids": [], "archived_meeting_ids": []}""");
    }

    [Fact]
    public async Task M0048_without_an_organization_the_update_fails_as_upstreams_writer_does()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "is_active_in_organization_id": 1}}""");
        var error = await FinalizeFails(Name);
        Assert.Contains("organization/1", error.Message, StringComparison.Ordinal);
    }
}
