namespace Migrations.Tests;

/// <summary>0041_add_list_of_speakers_can_see_to_group_events: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0041AddListOfSpeakersCanSeeToGroupEventsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0041_migration()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"permissions": ["list_of_speakers.can_be_speaker"]}}""");
        await Write("""{"type": "update", "fqid": "group/1", "fields": {"permissions": []}}""");
        await Write("""{"type": "update", "fqid": "group/1", "fields": {"permissions": ["list_of_speakers.can_be_speaker"]}}""");
        await Write("""{"type": "update", "fqid": "group/1", "fields": {"permissions": ["list_of_speakers.can_manage", "list_of_speakers.can_be_speaker"]}}""");
        await Finalize("0041_add_list_of_speakers_can_see_to_group_events");
        await AssertBackendModel("group/1", """{"permissions": ["list_of_speakers.can_be_speaker", "list_of_speakers.can_see"], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("group/1", """{"permissions": [], "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("group/1", """{"permissions": ["list_of_speakers.can_be_speaker", "list_of_speakers.can_see"], "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("group/1", """{"permissions": ["list_of_speakers.can_manage", "list_of_speakers.can_be_speaker"], "meta_deleted": false, "meta_position": 4}""", 4);
    }
}
