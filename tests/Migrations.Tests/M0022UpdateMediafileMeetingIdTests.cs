namespace Migrations.Tests;

/// <summary>0022_update_mediafile_meeting_id: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0022UpdateMediafileMeetingIdTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0022_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/8", "fields": {"id": 8, "mediafile_ids": [12]}}""",
            """{"type": "create", "fqid": "mediafile/12", "fields": {"id": 12, "meeting_id": 8}}""");
        await Write("""{"type": "update", "fqid": "mediafile/12", "fields": {"title": "blablabla"}}""");
        await Write("""{"type": "create", "fqid": "mediafile/13", "fields": {"id": 13, "meeting_id": 8}}""",
            """{"type": "update", "fqid": "meeting/8", "list_fields": {"add": {"mediafile_ids": [13]}}}""");
        await Write("""{"type": "delete", "fqid": "mediafile/13", "fields": {}}""",
            """{"type": "update", "fqid": "meeting/8", "list_fields": {"remove": {"mediafile_ids": [13]}}}""");
        await Write("""{"type": "delete", "fqid": "mediafile/12", "fields": {}}""",
            """{"type": "update", "fqid": "meeting/8", "fields": {"mediafile_ids": null}}""");
        await Finalize("0022_update_mediafile_meeting_id");
        await AssertBackendModel("meeting/8", """{"id": 8, "mediafile_ids": [12], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("mediafile/12", """{"id": 12, "owner_id": "meeting/8", "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("mediafile/12", """{"id": 12, "title": "blablabla", "owner_id": "meeting/8", "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("mediafile/13", """{"id": 13, "owner_id": "meeting/8", "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/8", """{"id": 8, "mediafile_ids": [12, 13], "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("mediafile/13", """{"id": 13, "owner_id": "meeting/8", "meta_deleted": true, "meta_position": 4}""", 4);
        await AssertBackendModel("meeting/8", """{"id": 8, "mediafile_ids": [12], "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("mediafile/12", """{"id": 12, "title": "blablabla", "owner_id": "meeting/8", "meta_deleted": true, "meta_position": 5}""", 5);
        await AssertBackendModel("meeting/8", """{"id": 8, "meta_deleted": false, "meta_position": 5}""", 5);
    }
}
