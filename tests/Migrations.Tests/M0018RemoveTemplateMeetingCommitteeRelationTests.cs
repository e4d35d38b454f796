namespace Migrations.Tests;

/// <summary>0018_remove_template_meeting_committee_relation: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0018RemoveTemplateMeetingCommitteeRelationTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0018_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"a": 1, "template_for_committee_id": 1}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"a": 2, "template_for_committee_id": 2}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        await Write("""{"type": "restore", "fqid": "meeting/1"}""");
        await Write("""{"type": "create", "fqid": "committee/1", "fields": {"a": 1, "template_meeting_ids": [1]}}""");
        await Write("""{"type": "update", "fqid": "committee/1", "fields": {"a": 2, "template_meeting_ids": [2]}}""");
        await Write("""{"type": "update", "fqid": "committee/1", "list_fields": {"add": {"template_meeting_ids": [3]}, "remove": {"template_meeting_ids": [3]}}}""");
        await Write("""{"type": "delete", "fqid": "committee/1"}""");
        await Write("""{"type": "restore", "fqid": "committee/1"}""");
        await Finalize("0018_remove_template_meeting_committee_relation");
        await AssertBackendModel("meeting/1", """{"a": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("committee/1", """{"a": 1, "meta_deleted": false, "meta_position": 5}""", 5);
        await AssertBackendModel("committee/1", """{"a": 2, "meta_deleted": false, "meta_position": 6}""", 6);
        await AssertBackendModel("committee/1", """{"a": 2, "meta_deleted": false, "meta_position": 6}""", 7);
        await AssertBackendModel("committee/1", """{"a": 2, "meta_deleted": true, "meta_position": 8}""", 8);
        await AssertBackendModel("committee/1", """{"a": 2, "meta_deleted": false, "meta_position": 9}""", 9);
    }
}
