namespace Migrations.Tests;

/// <summary>0011_rename_used_as_list_of_speaker_countdown_meeting_id: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0011RenameUsedAsListOfSpeakerCountdownMeetingIdTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0011_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "list_of_speakers_countdown_id": 1}}""",
            """{"type": "create", "fqid": "projector_countdown/1", "fields": {"id": 1, "used_as_list_of_speaker_countdown_meeting_id": 1}}""");
        await Finalize("0011_rename_used_as_list_of_speaker_countdown_meeting_id");
        await AssertBackendModel("projector_countdown/1", """{"id": 1, "used_as_list_of_speakers_countdown_meeting_id": 1, "meta_deleted": false, "meta_position": 1}""", 2);
    }
}
