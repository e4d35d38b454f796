using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;

namespace Migrations.Tests;

/// <summary>
/// 0075_remove_groupless_users: upstream's cases (tests/system/migrations/test_0075_remove_groupless_users.py) and
/// ours. The expected values of ours come from running upstream's migration code (backend 4.2.30) on the same data
/// with readers that behave as the datastore's two do (database and memory); where they show a deliberate
/// difference, the comment says so.
/// </summary>
public class M0075RemoveGrouplessUsersTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0075_remove_groupless_users";

    [Fact]
    public async Task M0075_simple()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"meeting_ids": [1], "meeting_user_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"user_ids": [1], "meeting_user_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting_user/1", "fields": {"user_id": 1, "meeting_id": 1, "group_ids": []}}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"meeting_ids": [1], "meeting_user_ids": []}""");
        await AssertBackendModel("meeting/1", """{"user_ids": [1], "meeting_user_ids": []}""");
        await AssertBackendModel("meeting_user/1", """{"user_id": 1, "meeting_id": 1, "group_ids": [], "meta_deleted": true}""");
    }

    [Fact]
    public async Task M0075_only_deleted_target_meeting_users()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"meeting_ids": [1], "meeting_user_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"user_ids": [1], "meeting_user_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting_user/1", "fields": {"user_id": 1, "meeting_id": 1, "group_ids": []}}""");
        await Write("""{"type": "delete", "fqid": "meeting_user/1"}""",
            """{"type": "update", "fqid": "user/1", "fields": {}, "list_fields": {"remove": {"meeting_ids": [1], "meeting_user_ids": [1]}}}""",
            """{"type": "update", "fqid": "meeting/1", "fields": {}, "list_fields": {"remove": {"user_ids": [1], "meeting_user_ids": [1]}}}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"meeting_ids": [], "meeting_user_ids": []}""");
        await AssertBackendModel("meeting/1", """{"user_ids": [], "meeting_user_ids": []}""");
        await AssertBackendModel("meeting_user/1", """{"user_id": 1, "meeting_id": 1, "group_ids": [], "meta_deleted": true}""");
    }

    [Fact]
    public async Task M0075_no_intact_target_models()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"meeting_ids": [1], "meeting_user_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"user_ids": [1], "meeting_user_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting_user/1", "fields": {"user_id": 1, "meeting_id": 1, "group_ids": []}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""",
            """{"type": "update", "fqid": "user/1", "fields": {}, "list_fields": {"remove": {"meeting_ids": [1]}}}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"meeting_ids": [], "meeting_user_ids": []}""");
        await AssertBackendModel("meeting/1", """{"user_ids": [1], "meeting_user_ids": [1], "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/1", """{"user_id": 1, "meeting_id": 1, "group_ids": [], "meta_deleted": true}""");
    }

    [Fact]
    public async Task M0075_no_groupless_meeting_users()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"meeting_ids": [1], "meeting_user_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"user_ids": [1], "meeting_user_ids": [1], "group_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting_user/1", "fields": {"user_id": 1, "meeting_id": 1, "group_ids": [1]}}""",
            """{"type": "create", "fqid": "group/1", "fields": {"meeting_id": 1, "meeting_user_ids": [1]}}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"meeting_ids": [1], "meeting_user_ids": [1]}""");
        await AssertBackendModel("meeting/1", """{"user_ids": [1], "meeting_user_ids": [1], "group_ids": [1]}""");
        await AssertBackendModel("meeting_user/1", """{"user_id": 1, "meeting_id": 1, "group_ids": [1]}""");
        await AssertBackendModel("group/1", """{"meeting_id": 1, "meeting_user_ids": [1]}""");
    }

    [Fact]
    public async Task M0075_migration_complex()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"name": "City hall", "list_of_speakers_countdown_id": 1, "projector_countdown_ids": [1], "group_ids": [1], "meeting_user_ids": [11, 12, 13, 14, 15, 16], "motion_ids": [11, 12, 13, 15], "list_of_speakers_ids": [11, 21, 31, 51], "personal_note_ids": [3], "chat_message_ids": [1, 2, 3, 4, 5, 6, 7, 9, 10], "structure_level_ids": [1, 2, 3], "point_of_order_category_ids": [1, 2], "speaker_ids": [1112, 1113, 1114, 2111, 2115, 2116, 3111, 3116, 4111, 5115], "motion_editor_ids": [1, 2], "motion_working_group_speaker_ids": [1, 2], "motion_submitter_ids": [1, 2], "motion_supporter_ids": [1, 2], "structure_level_list_of_speakers_ids": [111, 112, 113, 211, 512]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"name": "County congress", "list_of_speakers_couple_countdown": true, "list_of_speakers_countdown_id": 2, "projector_countdown_ids": [2], "group_ids": [2], "meeting_user_ids": [21, 23], "personal_note_ids": [1], "motion_ids": [21, 22], "list_of_speakers_ids": [12, 22], "structure_level_ids": [5, 6], "speaker_ids": [1221, 1223, 2221], "structure_level_list_of_speakers_ids": [125, 126]}}""",
            """{"type": "create", "fqid": "meeting/3", "fields": {"name": "National congress", "list_of_speakers_couple_countdown": true, "list_of_speakers_countdown_id": 3, "projector_countdown_ids": [3], "group_ids": [3], "meeting_user_ids": [31, 32, 33], "motion_ids": [31], "list_of_speakers_ids": [13], "structure_level_ids": [7, 8, 9], "assignment_candidate_ids": [1, 2, 3], "speaker_ids": [1331, 1332, 1333], "motion_editor_ids": [3], "motion_working_group_speaker_ids": [3], "motion_submitter_ids": [3], "motion_supporter_ids": [3], "structure_level_list_of_speakers_ids": [139]}}""",
            """{"type": "create", "fqid": "meeting/4", "fields": {"name": "Deleted congress", "list_of_speakers_couple_countdown": true}}""",
            """{"type": "create", "fqid": "group/1", "fields": {"name": "Group A", "meeting_user_ids": [13], "meeting_id": 1}}""",
            """{"type": "create", "fqid": "group/2", "fields": {"name": "Group B", "meeting_user_ids": [], "meeting_id": 2}}""",
            """{"type": "create", "fqid": "group/3", "fields": {"name": "Group C", "meeting_user_ids": [], "meeting_id": 3}}""",
            """{"type": "create", "fqid": "projector_countdown/1", "fields": {"title": "LOS", "used_as_list_of_speakers_countdown_meeting_id": 1, "meeting_id": 1, "default_time": 60, "countdown_time": 200, "running": true}}""",
            """{"type": "create", "fqid": "projector_countdown/2", "fields": {"title": "LOS", "used_as_list_of_speakers_countdown_meeting_id": 2, "meeting_id": 2, "default_time": 60, "countdown_time": 60, "running": false}}""",
            """{"type": "create", "fqid": "projector_countdown/3", "fields": {"title": "LOS", "used_as_list_of_speakers_countdown_meeting_id": 3, "meeting_id": 3, "default_time": 60, "countdown_time": 300, "running": true}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"username": "admin", "meeting_user_ids": [11, 21, 31, 41]}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"username": "bob", "meeting_user_ids": [12, 32]}}""",
            """{"type": "create", "fqid": "user/3", "fields": {"username": "charlotte", "meeting_user_ids": [13, 23, 33]}}""",
            """{"type": "create", "fqid": "user/4", "fields": {"username": "DELETED"}}""",
            """{"type": "create", "fqid": "user/5", "fields": {"username": "elizabeth", "meeting_user_ids": [15, 25]}}""",
            """{"type": "create", "fqid": "user/6", "fields": {"username": "george", "meeting_user_ids": [16]}}""",
            """{"type": "create", "fqid": "meeting_user/11", "fields": {"meeting_id": 1, "user_id": 1, "speaker_ids": [1111, 2111, 3111, 4111], "structure_level_ids": [1], "chat_message_ids": [9]}}""",
            """{"type": "create", "fqid": "meeting_user/12", "fields": {"meeting_id": 1, "user_id": 2, "vote_delegations_from_ids": [13], "speaker_ids": [1112], "structure_level_ids": [1, 2], "group_ids": []}}""",
            """{"type": "create", "fqid": "meeting_user/13", "fields": {"meeting_id": 1, "user_id": 3, "speaker_ids": [1113], "structure_level_ids": [1, 2], "chat_message_ids": [], "group_ids": [1], "vote_delegated_to_id": 12, "vote_delegations_from_ids": [14, 15, 16]}}""",
            """{"type": "create", "fqid": "meeting_user/14", "fields": {"meeting_id": 1, "user_id": 4, "speaker_ids": [1114], "structure_level_ids": [1, 2], "chat_message_ids": [5, 7], "vote_delegated_to_id": 13, "motion_editor_ids": [1], "motion_working_group_speaker_ids": [1], "motion_submitter_ids": [1], "motion_supporter_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting_user/15", "fields": {"meeting_id": 1, "user_id": 5, "speaker_ids": [2115, 5115], "structure_level_ids": [3], "chat_message_ids": [2, 4, 10], "personal_note_ids": [3], "vote_delegated_to_id": 13, "motion_editor_ids": [2, 4], "motion_working_group_speaker_ids": [2, 4], "motion_submitter_ids": [2, 4], "motion_supporter_ids": [2, 4]}}""",
            """{"type": "create", "fqid": "meeting_user/16", "fields": {"meeting_id": 1, "user_id": 6, "vote_delegated_to_id": 13, "speaker_ids": [2116, 3116], "chat_message_ids": [1, 3, 6]}}""",
            """{"type": "create", "fqid": "meeting_user/21", "fields": {"meeting_id": 2, "user_id": 1, "speaker_ids": [1221, 2221], "structure_level_ids": [4, 5], "assignment_candidate_ids": [4], "personal_note_ids": [1], "vote_delegations_from_ids": [22]}}""",
            """{"type": "create", "fqid": "meeting_user/22", "fields": {"meeting_id": 2, "user_id": 2, "vote_delegated_to_id": 21, "vote_delegations_from_ids": [23]}}""",
            """{"type": "create", "fqid": "meeting_user/23", "fields": {"meeting_id": 2, "user_id": 3, "speaker_ids": [1223], "structure_level_ids": [4], "personal_note_ids": [2], "vote_delegated_to_id": 22}}""",
            """{"type": "create", "fqid": "meeting_user/25", "fields": {"meeting_id": 2, "user_id": 5, "structure_level_ids": [6], "personal_note_ids": [4]}}""",
            """{"type": "create", "fqid": "meeting_user/31", "fields": {"meeting_id": 3, "user_id": 1, "speaker_ids": [1331], "structure_level_ids": [7, 9], "assignment_candidate_ids": [1], "vote_delegated_to_id": 32, "motion_editor_ids": [3], "motion_working_group_speaker_ids": [3], "motion_submitter_ids": [3], "motion_supporter_ids": [3]}}""",
            """{"type": "create", "fqid": "meeting_user/32", "fields": {"meeting_id": 3, "user_id": 2, "speaker_ids": [1332], "structure_level_ids": [8], "assignment_candidate_ids": [2], "vote_delegations_from_ids": [31]}}""",
            """{"type": "create", "fqid": "meeting_user/33", "fields": {"meeting_id": 3, "user_id": 3, "speaker_ids": [1333], "structure_level_ids": [8], "assignment_candidate_ids": [3]}}""",
            """{"type": "create", "fqid": "meeting_user/41", "fields": {"meeting_id": 4, "user_id": 1}}""",
            """{"type": "create", "fqid": "list_of_speakers/11", "fields": {"meeting_id": 1, "sequential_number": 1, "content_object_id": "motion/11", "structure_level_list_of_speakers_ids": [111, 112, 113], "speaker_ids": [1112, 1113, 1114]}}""",
            """{"type": "create", "fqid": "list_of_speakers/21", "fields": {"meeting_id": 1, "sequential_number": 2, "content_object_id": "motion/12", "structure_level_list_of_speakers_ids": [211], "speaker_ids": [2111, 2115, 2116]}}""",
            """{"type": "create", "fqid": "list_of_speakers/31", "fields": {"meeting_id": 1, "sequential_number": 3, "content_object_id": "motion/13", "structure_level_list_of_speakers_ids": [], "speaker_ids": [3111, 3116]}}""",
            """{"type": "create", "fqid": "list_of_speakers/41", "fields": {"meeting_id": 1, "sequential_number": 4, "content_object_id": "motion/14", "speaker_ids": [4111]}}""",
            """{"type": "create", "fqid": "list_of_speakers/51", "fields": {"meeting_id": 1, "sequential_number": 5, "content_object_id": "motion/15", "structure_level_list_of_speakers_ids": [512], "speaker_ids": [5115]}}""",
            """{"type": "create", "fqid": "list_of_speakers/12", "fields": {"meeting_id": 2, "sequential_number": 1, "content_object_id": "motion/21", "structure_level_list_of_speakers_ids": [125, 126], "speaker_ids": [1221, 1223]}}""",
            """{"type": "create", "fqid": "list_of_speakers/22", "fields": {"meeting_id": 2, "sequential_number": 2, "content_object_id": "motion/22", "speaker_ids": [2221]}}""",
            """{"type": "create", "fqid": "list_of_speakers/13", "fields": {"meeting_id": 3, "sequential_number": 1, "content_object_id": "motion/31", "structure_level_list_of_speakers_ids": [139], "speaker_ids": [1331, 1332, 1333]}}""",
            """{"type": "create", "fqid": "motion/11", "fields": {"meeting_id": 1, "title": "Motion 1", "list_of_speakers_id": 11, "editor_ids": [1, 2], "working_group_speaker_ids": [1, 2], "submitter_ids": [1, 2], "supporter_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "motion/12", "fields": {"meeting_id": 1, "title": "Motion 2", "list_of_speakers_id": 21}}""",
            """{"type": "create", "fqid": "motion/13", "fields": {"meeting_id": 1, "title": "Motion 3", "list_of_speakers_id": 31, "personal_note_ids": [3]}}""",
            """{"type": "create", "fqid": "motion/14", "fields": {"meeting_id": 1, "title": "Motion 4", "list_of_speakers_id": 41}}""",
            """{"type": "create", "fqid": "motion/15", "fields": {"meeting_id": 1, "title": "Motion 5", "list_of_speakers_id": 51}}""",
            """{"type": "create", "fqid": "motion/21", "fields": {"meeting_id": 2, "title": "Motion 1", "list_of_speakers_id": 12, "personal_note_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "motion/22", "fields": {"meeting_id": 2, "title": "Motion 2", "list_of_speakers_id": 22}}""",
            """{"type": "create", "fqid": "motion/31", "fields": {"meeting_id": 3, "title": "Motion 1", "list_of_speakers_id": 13, "editor_ids": [3], "working_group_speaker_ids": [3], "submitter_ids": [3], "supporter_ids": [3]}}""",
            """{"type": "create", "fqid": "personal_note/1", "fields": {"meeting_id": 2, "content_object_id": "motion/21", "meeting_user_id": 21}}""",
            """{"type": "create", "fqid": "personal_note/2", "fields": {"meeting_id": 2, "content_object_id": "motion/21", "meeting_user_id": 23}}""",
            """{"type": "create", "fqid": "personal_note/3", "fields": {"meeting_id": 1, "content_object_id": "motion/13", "meeting_user_id": 15}}""",
            """{"type": "create", "fqid": "personal_note/4", "fields": {"meeting_id": 2, "content_object_id": "motion/22", "meeting_user_id": 25}}""",
            """{"type": "create", "fqid": "motion_editor/1", "fields": {"meeting_id": 1, "motion_id": 11, "meeting_user_id": 14, "weight": 1}}""",
            """{"type": "create", "fqid": "motion_editor/2", "fields": {"meeting_id": 1, "motion_id": 11, "meeting_user_id": 15, "weight": 2}}""",
            """{"type": "create", "fqid": "motion_editor/3", "fields": {"meeting_id": 3, "motion_id": 31, "meeting_user_id": 31, "weight": 1}}""",
            """{"type": "create", "fqid": "motion_editor/4", "fields": {"meeting_id": 1, "motion_id": 12, "meeting_user_id": 15, "weight": 1}}""",
            """{"type": "create", "fqid": "motion_working_group_speaker/1", "fields": {"meeting_id": 1, "motion_id": 11, "meeting_user_id": 14, "weight": 1}}""",
            """{"type": "create", "fqid": "motion_working_group_speaker/2", "fields": {"meeting_id": 1, "motion_id": 11, "meeting_user_id": 15, "weight": 2}}""",
            """{"type": "create", "fqid": "motion_working_group_speaker/3", "fields": {"meeting_id": 3, "motion_id": 31, "meeting_user_id": 31, "weight": 1}}""",
            """{"type": "create", "fqid": "motion_working_group_speaker/4", "fields": {"meeting_id": 1, "motion_id": 12, "meeting_user_id": 15, "weight": 1}}""",
            """{"type": "create", "fqid": "motion_submitter/1", "fields": {"meeting_id": 1, "motion_id": 11, "meeting_user_id": 14, "weight": 1}}""",
            """{"type": "create", "fqid": "motion_submitter/2", "fields": {"meeting_id": 1, "motion_id": 11, "meeting_user_id": 15, "weight": 2}}""",
            """{"type": "create", "fqid": "motion_submitter/3", "fields": {"meeting_id": 3, "motion_id": 31, "meeting_user_id": 31, "weight": 1}}""",
            """{"type": "create", "fqid": "motion_submitter/4", "fields": {"meeting_id": 1, "motion_id": 12, "meeting_user_id": 15, "weight": 1}}""",
            """{"type": "create", "fqid": "motion_supporter/1", "fields": {"meeting_id": 1, "motion_id": 11, "meeting_user_id": 14}}""",
            """{"type": "create", "fqid": "motion_supporter/2", "fields": {"meeting_id": 1, "motion_id": 11, "meeting_user_id": 15}}""",
            """{"type": "create", "fqid": "motion_supporter/3", "fields": {"meeting_id": 3, "motion_id": 31, "meeting_user_id": 31}}""",
            """{"type": "create", "fqid": "motion_supporter/4", "fields": {"meeting_id": 1, "motion_id": 12, "meeting_user_id": 15, "weight": 1}}""",
            """{"type": "create", "fqid": "assignment_candidate/1", "fields": {"meeting_id": 3, "meeting_user_id": 31}}""",
            """{"type": "create", "fqid": "assignment_candidate/2", "fields": {"meeting_id": 3, "meeting_user_id": 32}}""",
            """{"type": "create", "fqid": "assignment_candidate/3", "fields": {"meeting_id": 3, "meeting_user_id": 33}}""",
            """{"type": "create", "fqid": "assignment_candidate/4", "fields": {"meeting_id": 2, "meeting_user_id": 21}}""",
            """{"type": "create", "fqid": "chat_message/1", "fields": {"meeting_user_id": 16, "meeting_id": 1, "content": "Hey, any of u up?", "created": 100}}""",
            """{"type": "create", "fqid": "chat_message/2", "fields": {"meeting_user_id": 15, "meeting_id": 1, "content": "I am, wazzup dude?", "created": 200}}""",
            """{"type": "create", "fqid": "chat_message/3", "fields": {"meeting_user_id": 16, "meeting_id": 1, "content": "Wanna go ditch tomorrows conference and go bar hopping?", "created": 300}}""",
            """{"type": "create", "fqid": "chat_message/4", "fields": {"meeting_user_id": 15, "meeting_id": 1, "content": "Absolutely, ma man! Conf's gonna be hella boring anyway...", "created": 400}}""",
            """{"type": "create", "fqid": "chat_message/5", "fields": {"meeting_user_id": 14, "meeting_id": 1, "content": "Yo guys, can I join in?", "created": 500}}""",
            """{"type": "create", "fqid": "chat_message/6", "fields": {"meeting_user_id": 16, "meeting_id": 1, "content": "Why u even asking, bro? Of course!", "created": 600}}""",
            """{"type": "create", "fqid": "chat_message/7", "fields": {"meeting_user_id": 14, "meeting_id": 1, "content": "Totally rad, thx.", "created": 700}}""",
            """{"type": "create", "fqid": "chat_message/8", "fields": {"meeting_user_id": 13, "meeting_id": 1, "content": "Srsly? Do ur jobs for once, will ya?", "created": 1100}}""",
            """{"type": "create", "fqid": "chat_message/9", "fields": {"meeting_user_id": 11, "meeting_id": 1, "content": "Have fun everyone, I'll go to the conference and catch you up later.", "created": 1200}}""",
            """{"type": "create", "fqid": "chat_message/10", "fields": {"meeting_user_id": 15, "meeting_id": 1, "content": "You da man!", "created": 1300}}""",
            """{"type": "create", "fqid": "structure_level/1", "fields": {"meeting_id": 1, "meeting_user_ids": [11, 12, 13, 14], "name": "red", "color": "#ff0000", "structure_level_list_of_speakers_ids": [111, 211]}}""",
            """{"type": "create", "fqid": "structure_level/2", "fields": {"meeting_id": 1, "meeting_user_ids": [12, 13, 14], "name": "green", "color": "#00ff00", "structure_level_list_of_speakers_ids": [112, 512]}}""",
            """{"type": "create", "fqid": "structure_level/3", "fields": {"meeting_id": 1, "meeting_user_ids": [15], "name": "blue", "color": "#0000ff", "structure_level_list_of_speakers_ids": [113]}}""",
            """{"type": "create", "fqid": "structure_level/4", "fields": {"meeting_id": 2, "meeting_user_ids": [21, 22], "name": "red", "color": "#ff0000"}}""",
            """{"type": "create", "fqid": "structure_level/5", "fields": {"meeting_id": 2, "meeting_user_ids": [21], "name": "green", "color": "#00ff00", "structure_level_list_of_speakers_ids": [125]}}""",
            """{"type": "create", "fqid": "structure_level/6", "fields": {"meeting_id": 2, "meeting_user_ids": [25], "name": "blue", "color": "#0000ff", "structure_level_list_of_speakers_ids": [126]}}""",
            """{"type": "create", "fqid": "structure_level/7", "fields": {"meeting_id": 3, "meeting_user_ids": [31], "name": "red", "color": "#ff0000"}}""",
            """{"type": "create", "fqid": "structure_level/8", "fields": {"meeting_id": 3, "meeting_user_ids": [32, 33], "name": "green", "color": "#00ff00"}}""",
            """{"type": "create", "fqid": "structure_level/9", "fields": {"meeting_id": 3, "meeting_user_ids": [31], "name": "blue", "color": "#0000ff", "structure_level_list_of_speakers_ids": [139]}}""",
            """{"type": "create", "fqid": "point_of_order_category/1", "fields": {"text": "A", "rank": 1, "meeting_id": 1, "speaker_ids": [1112, 1113]}}""",
            """{"type": "create", "fqid": "point_of_order_category/2", "fields": {"text": "B", "rank": 2, "meeting_id": 1, "speaker_ids": [2111]}}""",
            """{"type": "create", "fqid": "point_of_order_category/3", "fields": {"text": "C", "rank": 3, "meeting_id": 1, "speaker_ids": [3111]}}""",
            """{"type": "create", "fqid": "speaker/1111", "fields": {"meeting_id": 1, "list_of_speakers_id": 11, "meeting_user_id": 11, "structure_level_list_of_speakers_id": 111, "point_of_order": true}}""",
            """{"type": "create", "fqid": "speaker/1112", "fields": {"meeting_id": 1, "list_of_speakers_id": 11, "meeting_user_id": 12, "structure_level_list_of_speakers_id": 112, "point_of_order": true, "point_of_order_category_id": 1}}""",
            """{"type": "create", "fqid": "speaker/1113", "fields": {"meeting_id": 1, "list_of_speakers_id": 11, "meeting_user_id": 13, "structure_level_list_of_speakers_id": 112, "point_of_order": true, "point_of_order_category_id": 1}}""",
            """{"type": "create", "fqid": "speaker/1114", "fields": {"meeting_id": 1, "list_of_speakers_id": 11, "meeting_user_id": 14, "structure_level_list_of_speakers_id": 113, "speech_state": "intervention"}}""",
            """{"type": "create", "fqid": "speaker/2111", "fields": {"meeting_id": 1, "list_of_speakers_id": 21, "meeting_user_id": 11, "structure_level_list_of_speakers_id": 211, "point_of_order": true, "point_of_order_category_id": 2}}""",
            """{"type": "create", "fqid": "speaker/2115", "fields": {"meeting_id": 1, "list_of_speakers_id": 21, "meeting_user_id": 15, "structure_level_list_of_speakers_id": 211}}""",
            """{"type": "create", "fqid": "speaker/2116", "fields": {"meeting_id": 1, "list_of_speakers_id": 21, "meeting_user_id": 16, "structure_level_list_of_speakers_id": 211, "speech_state": "interposed_question"}}""",
            """{"type": "create", "fqid": "speaker/3111", "fields": {"meeting_id": 1, "list_of_speakers_id": 31, "meeting_user_id": 11, "structure_level_list_of_speakers_id": 311, "point_of_order": true, "point_of_order_category_id": 3}}""",
            """{"type": "create", "fqid": "speaker/3116", "fields": {"meeting_id": 1, "list_of_speakers_id": 31, "meeting_user_id": 16, "speech_state": "pro"}}""",
            """{"type": "create", "fqid": "speaker/4111", "fields": {"meeting_id": 1, "list_of_speakers_id": 41, "meeting_user_id": 11}}""",
            """{"type": "create", "fqid": "speaker/5115", "fields": {"meeting_id": 1, "list_of_speakers_id": 51, "meeting_user_id": 15, "structure_level_list_of_speakers_id": 512, "begin_time": 100, "pause_time": 200}}""",
            """{"type": "create", "fqid": "speaker/1221", "fields": {"meeting_id": 2, "list_of_speakers_id": 12, "meeting_user_id": 21, "structure_level_list_of_speakers_id": 125}}""",
            """{"type": "create", "fqid": "speaker/1223", "fields": {"meeting_id": 2, "list_of_speakers_id": 12, "meeting_user_id": 23, "structure_level_list_of_speakers_id": 126}}""",
            """{"type": "create", "fqid": "speaker/2221", "fields": {"meeting_id": 2, "list_of_speakers_id": 22, "meeting_user_id": 21}}""",
            """{"type": "create", "fqid": "speaker/1331", "fields": {"meeting_id": 3, "list_of_speakers_id": 13, "meeting_user_id": 31, "begin_time": 100, "end_time": 200}}""",
            """{"type": "create", "fqid": "speaker/1332", "fields": {"meeting_id": 3, "list_of_speakers_id": 13, "meeting_user_id": 32, "begin_time": 300}}""",
            """{"type": "create", "fqid": "speaker/1333", "fields": {"meeting_id": 3, "list_of_speakers_id": 13, "meeting_user_id": 33, "structure_level_list_of_speakers_id": 139, "speech_state": "contra"}}""",
            """{"type": "create", "fqid": "structure_level_list_of_speakers/111", "fields": {"meeting_id": 1, "structure_level_id": 1, "list_of_speakers_id": 11}}""",
            """{"type": "create", "fqid": "structure_level_list_of_speakers/112", "fields": {"meeting_id": 1, "structure_level_id": 2, "list_of_speakers_id": 11, "speaker_ids": [1112, 1113]}}""",
            """{"type": "create", "fqid": "structure_level_list_of_speakers/113", "fields": {"meeting_id": 1, "structure_level_id": 3, "list_of_speakers_id": 11, "speaker_ids": [1114]}}""",
            """{"type": "create", "fqid": "structure_level_list_of_speakers/211", "fields": {"meeting_id": 1, "structure_level_id": 1, "list_of_speakers_id": 21, "speaker_ids": [2111, 2115, 2116]}}""",
            """{"type": "create", "fqid": "structure_level_list_of_speakers/311", "fields": {"meeting_id": 1, "structure_level_id": 1, "list_of_speakers_id": 31, "speaker_ids": [3111]}}""",
            """{"type": "create", "fqid": "structure_level_list_of_speakers/512", "fields": {"meeting_id": 1, "structure_level_id": 2, "list_of_speakers_id": 51, "speaker_ids": [5115]}}""",
            """{"type": "create", "fqid": "structure_level_list_of_speakers/125", "fields": {"meeting_id": 2, "structure_level_id": 5, "list_of_speakers_id": 12, "speaker_ids": [1221]}}""",
            """{"type": "create", "fqid": "structure_level_list_of_speakers/126", "fields": {"meeting_id": 2, "structure_level_id": 6, "list_of_speakers_id": 12, "speaker_ids": [1223]}}""",
            """{"type": "create", "fqid": "structure_level_list_of_speakers/139", "fields": {"meeting_id": 3, "structure_level_id": 9, "list_of_speakers_id": 13, "speaker_ids": [1333]}}""");
        await Write("""{"type": "delete", "fqid": "user/4"}""",
            """{"type": "delete", "fqid": "meeting/4"}""",
            """{"type": "delete", "fqid": "meeting_user/22"}""",
            """{"type": "delete", "fqid": "motion/14"}""",
            """{"type": "delete", "fqid": "personal_note/4"}""",
            """{"type": "delete", "fqid": "list_of_speakers/41"}""",
            """{"type": "delete", "fqid": "assignment_candidate/4"}""",
            """{"type": "delete", "fqid": "chat_message/8"}""",
            """{"type": "delete", "fqid": "structure_level/4"}""",
            """{"type": "delete", "fqid": "point_of_order_category/3"}""",
            """{"type": "delete", "fqid": "speaker/1111"}""",
            """{"type": "delete", "fqid": "structure_level_list_of_speakers/311"}""",
            """{"type": "delete", "fqid": "motion_editor/4"}""",
            """{"type": "delete", "fqid": "motion_working_group_speaker/4"}""",
            """{"type": "delete", "fqid": "motion_submitter/4"}""",
            """{"type": "delete", "fqid": "motion_supporter/4"}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"name": "City hall", "list_of_speakers_countdown_id": 1, "projector_countdown_ids": [1], "group_ids": [1], "meeting_user_ids": [13], "motion_ids": [11, 12, 13, 15], "list_of_speakers_ids": [11, 21, 31, 51], "personal_note_ids": [], "chat_message_ids": [1, 2, 3, 4, 5, 6, 7, 9, 10], "structure_level_ids": [1, 2, 3], "point_of_order_category_ids": [1, 2], "speaker_ids": [1113, 5115], "motion_editor_ids": [1, 2], "motion_working_group_speaker_ids": [1, 2], "motion_submitter_ids": [1, 2], "motion_supporter_ids": [1, 2], "structure_level_list_of_speakers_ids": [111, 112, 113, 211, 512]}""");
        await AssertBackendModel("meeting/2", """{"name": "County congress", "list_of_speakers_couple_countdown": true, "list_of_speakers_countdown_id": 2, "projector_countdown_ids": [2], "group_ids": [2], "meeting_user_ids": [], "personal_note_ids": [], "motion_ids": [21, 22], "list_of_speakers_ids": [12, 22], "structure_level_ids": [5, 6], "speaker_ids": [], "structure_level_list_of_speakers_ids": [125, 126]}""");
        await AssertBackendModel("meeting/3", """{"name": "National congress", "list_of_speakers_couple_countdown": true, "list_of_speakers_countdown_id": 3, "projector_countdown_ids": [3], "group_ids": [3], "meeting_user_ids": [], "motion_ids": [31], "list_of_speakers_ids": [13], "structure_level_ids": [7, 8, 9], "assignment_candidate_ids": [1, 2, 3], "speaker_ids": [1331, 1332], "motion_editor_ids": [3], "motion_working_group_speaker_ids": [3], "motion_submitter_ids": [3], "motion_supporter_ids": [3], "structure_level_list_of_speakers_ids": [139]}""");
        await AssertBackendModel("meeting/4", """{"name": "Deleted congress", "list_of_speakers_couple_countdown": true, "meta_deleted": true}""");
        await AssertBackendModel("group/1", """{"name": "Group A", "meeting_user_ids": [13], "meeting_id": 1}""");
        await AssertBackendModel("group/2", """{"name": "Group B", "meeting_user_ids": [], "meeting_id": 2}""");
        await AssertBackendModel("group/3", """{"name": "Group C", "meeting_user_ids": [], "meeting_id": 3}""");
        await AssertBackendModel("projector_countdown/1", """{"title": "LOS", "used_as_list_of_speakers_countdown_meeting_id": 1, "meeting_id": 1, "default_time": 60, "countdown_time": 200, "running": true}""");
        await AssertBackendModel("projector_countdown/2", """{"title": "LOS", "used_as_list_of_speakers_countdown_meeting_id": 2, "meeting_id": 2, "default_time": 60, "countdown_time": 60, "running": false}""");
        await AssertBackendModel("projector_countdown/3", """{"title": "LOS", "used_as_list_of_speakers_countdown_meeting_id": 3, "meeting_id": 3, "default_time": 60, "countdown_time": 300, "running": true}""");
        await AssertBackendModel("user/1", """{"username": "admin", "meeting_user_ids": []}""");
        await AssertBackendModel("user/2", """{"username": "bob", "meeting_user_ids": []}""");
        await AssertBackendModel("user/3", """{"username": "charlotte", "meeting_user_ids": [13]}""");
        await AssertBackendModel("user/4", """{"meta_deleted": true, "username": "DELETED"}""");
        await AssertBackendModel("user/5", """{"username": "elizabeth", "meeting_user_ids": []}""");
        await AssertBackendModel("user/6", """{"username": "george", "meeting_user_ids": []}""");
        await AssertBackendModel("meeting_user/11", """{"meeting_id": 1, "user_id": 1, "speaker_ids": [1111, 2111, 3111, 4111], "structure_level_ids": [1], "chat_message_ids": [9], "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/12", """{"meeting_id": 1, "user_id": 2, "vote_delegations_from_ids": [13], "speaker_ids": [1112], "structure_level_ids": [1, 2], "group_ids": [], "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/13", """{"user_id": 3, "group_ids": [1], "meeting_id": 1, "speaker_ids": [1113], "chat_message_ids": [], "structure_level_ids": [1, 2], "vote_delegations_from_ids": []}""");
        await AssertBackendModel("meeting_user/14", """{"meeting_id": 1, "user_id": 4, "speaker_ids": [1114], "structure_level_ids": [1, 2], "chat_message_ids": [5, 7], "vote_delegated_to_id": 13, "motion_editor_ids": [1], "motion_working_group_speaker_ids": [1], "motion_submitter_ids": [1], "motion_supporter_ids": [1], "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/15", """{"meeting_id": 1, "user_id": 5, "speaker_ids": [2115, 5115], "structure_level_ids": [3], "chat_message_ids": [2, 4, 10], "personal_note_ids": [3], "vote_delegated_to_id": 13, "motion_editor_ids": [2, 4], "motion_working_group_speaker_ids": [2, 4], "motion_submitter_ids": [2, 4], "motion_supporter_ids": [2, 4], "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/16", """{"meeting_id": 1, "user_id": 6, "vote_delegated_to_id": 13, "speaker_ids": [2116, 3116], "chat_message_ids": [1, 3, 6], "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/21", """{"meeting_id": 2, "user_id": 1, "speaker_ids": [1221, 2221], "structure_level_ids": [4, 5], "assignment_candidate_ids": [4], "personal_note_ids": [1], "vote_delegations_from_ids": [22], "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/22", """{"meeting_id": 2, "user_id": 2, "vote_delegated_to_id": 21, "vote_delegations_from_ids": [23], "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/23", """{"meeting_id": 2, "user_id": 3, "speaker_ids": [1223], "structure_level_ids": [4], "personal_note_ids": [2], "vote_delegated_to_id": 22, "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/25", """{"meeting_id": 2, "user_id": 5, "structure_level_ids": [6], "personal_note_ids": [4], "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/31", """{"meeting_id": 3, "user_id": 1, "speaker_ids": [1331], "structure_level_ids": [7, 9], "assignment_candidate_ids": [1], "vote_delegated_to_id": 32, "motion_editor_ids": [3], "motion_working_group_speaker_ids": [3], "motion_submitter_ids": [3], "motion_supporter_ids": [3], "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/32", """{"meeting_id": 3, "user_id": 2, "speaker_ids": [1332], "structure_level_ids": [8], "assignment_candidate_ids": [2], "vote_delegations_from_ids": [31], "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/33", """{"meeting_id": 3, "user_id": 3, "speaker_ids": [1333], "structure_level_ids": [8], "assignment_candidate_ids": [3], "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/41", """{"meeting_id": 4, "user_id": 1, "meta_deleted": true}""");
        await AssertBackendModel("list_of_speakers/11", """{"meeting_id": 1, "sequential_number": 1, "content_object_id": "motion/11", "structure_level_list_of_speakers_ids": [111, 112, 113], "speaker_ids": [1113]}""");
        await AssertBackendModel("list_of_speakers/21", """{"meeting_id": 1, "sequential_number": 2, "content_object_id": "motion/12", "structure_level_list_of_speakers_ids": [211], "speaker_ids": []}""");
        await AssertBackendModel("list_of_speakers/31", """{"meeting_id": 1, "sequential_number": 3, "content_object_id": "motion/13", "structure_level_list_of_speakers_ids": [], "speaker_ids": []}""");
        await AssertBackendModel("list_of_speakers/41", """{"meeting_id": 1, "sequential_number": 4, "content_object_id": "motion/14", "speaker_ids": [4111], "meta_deleted": true}""");
        await AssertBackendModel("list_of_speakers/51", """{"meeting_id": 1, "sequential_number": 5, "content_object_id": "motion/15", "structure_level_list_of_speakers_ids": [512], "speaker_ids": [5115]}""");
        await AssertBackendModel("list_of_speakers/12", """{"meeting_id": 2, "sequential_number": 1, "content_object_id": "motion/21", "structure_level_list_of_speakers_ids": [125, 126], "speaker_ids": []}""");
        await AssertBackendModel("list_of_speakers/22", """{"meeting_id": 2, "sequential_number": 2, "content_object_id": "motion/22", "speaker_ids": []}""");
        await AssertBackendModel("list_of_speakers/13", """{"meeting_id": 3, "sequential_number": 1, "content_object_id": "motion/31", "structure_level_list_of_speakers_ids": [139], "speaker_ids": [1331, 1332]}""");
        await AssertBackendModel("motion/11", """{"meeting_id": 1, "title": "Motion 1", "list_of_speakers_id": 11, "editor_ids": [1, 2], "working_group_speaker_ids": [1, 2], "submitter_ids": [1, 2], "supporter_ids": [1, 2]}""");
        await AssertBackendModel("motion/12", """{"meeting_id": 1, "title": "Motion 2", "list_of_speakers_id": 21}""");
        await AssertBackendModel("motion/13", """{"meeting_id": 1, "title": "Motion 3", "list_of_speakers_id": 31, "personal_note_ids": []}""");
        await AssertBackendModel("motion/14", """{"meeting_id": 1, "title": "Motion 4", "list_of_speakers_id": 41, "meta_deleted": true}""");
        await AssertBackendModel("motion/15", """{"meeting_id": 1, "title": "Motion 5", "list_of_speakers_id": 51}""");
        await AssertBackendModel("motion/21", """{"meeting_id": 2, "title": "Motion 1", "list_of_speakers_id": 12, "personal_note_ids": []}""");
        await AssertBackendModel("motion/22", """{"meeting_id": 2, "title": "Motion 2", "list_of_speakers_id": 22}""");
        await AssertBackendModel("motion/31", """{"meeting_id": 3, "title": "Motion 1", "list_of_speakers_id": 13, "editor_ids": [3], "working_group_speaker_ids": [3], "submitter_ids": [3], "supporter_ids": [3]}""");
        await AssertBackendModel("personal_note/1", """{"meeting_id": 2, "content_object_id": "motion/21", "meeting_user_id": 21, "meta_deleted": true}""");
        await AssertBackendModel("personal_note/2", """{"meeting_id": 2, "content_object_id": "motion/21", "meeting_user_id": 23, "meta_deleted": true}""");
        await AssertBackendModel("personal_note/3", """{"meeting_id": 1, "content_object_id": "motion/13", "meeting_user_id": 15, "meta_deleted": true}""");
        await AssertBackendModel("personal_note/4", """{"meeting_id": 2, "content_object_id": "motion/22", "meeting_user_id": 25, "meta_deleted": true}""");
        await AssertBackendModel("motion_editor/1", """{"weight": 1, "motion_id": 11, "meeting_id": 1}""");
        await AssertBackendModel("motion_editor/2", """{"weight": 2, "motion_id": 11, "meeting_id": 1}""");
        await AssertBackendModel("motion_editor/3", """{"weight": 1, "motion_id": 31, "meeting_id": 3}""");
        await AssertBackendModel("motion_editor/4", """{"meeting_id": 1, "motion_id": 12, "meeting_user_id": 15, "weight": 1, "meta_deleted": true}""");
        await AssertBackendModel("motion_working_group_speaker/1", """{"weight": 1, "motion_id": 11, "meeting_id": 1}""");
        await AssertBackendModel("motion_working_group_speaker/2", """{"weight": 2, "motion_id": 11, "meeting_id": 1}""");
        await AssertBackendModel("motion_working_group_speaker/3", """{"weight": 1, "motion_id": 31, "meeting_id": 3}""");
        await AssertBackendModel("motion_working_group_speaker/4", """{"meeting_id": 1, "motion_id": 12, "meeting_user_id": 15, "weight": 1, "meta_deleted": true}""");
        await AssertBackendModel("motion_submitter/1", """{"weight": 1, "motion_id": 11, "meeting_id": 1}""");
        await AssertBackendModel("motion_submitter/2", """{"weight": 2, "motion_id": 11, "meeting_id": 1}""");
        await AssertBackendModel("motion_submitter/3", """{"weight": 1, "motion_id": 31, "meeting_id": 3}""");
        await AssertBackendModel("motion_submitter/4", """{"meeting_id": 1, "motion_id": 12, "meeting_user_id": 15, "weight": 1, "meta_deleted": true}""");
        await AssertBackendModel("motion_supporter/1", """{"motion_id": 11, "meeting_id": 1}""");
        await AssertBackendModel("motion_supporter/2", """{"motion_id": 11, "meeting_id": 1}""");
        await AssertBackendModel("motion_supporter/3", """{"motion_id": 31, "meeting_id": 3}""");
        await AssertBackendModel("motion_supporter/4", """{"meeting_id": 1, "motion_id": 12, "meeting_user_id": 15, "weight": 1, "meta_deleted": true}""");
        await AssertBackendModel("assignment_candidate/1", """{"meeting_id": 3}""");
        await AssertBackendModel("assignment_candidate/2", """{"meeting_id": 3}""");
        await AssertBackendModel("assignment_candidate/3", """{"meeting_id": 3}""");
        await AssertBackendModel("assignment_candidate/4", """{"meeting_id": 2, "meeting_user_id": 21, "meta_deleted": true}""");
        await AssertBackendModel("chat_message/1", """{"content": "Hey, any of u up?", "created": 100, "meeting_id": 1}""");
        await AssertBackendModel("chat_message/2", """{"content": "I am, wazzup dude?", "created": 200, "meeting_id": 1}""");
        await AssertBackendModel("chat_message/3", """{"content": "Wanna go ditch tomorrows conference and go bar hopping?", "created": 300, "meeting_id": 1}""");
        await AssertBackendModel("chat_message/4", """{"content": "Absolutely, ma man! Conf's gonna be hella boring anyway...", "created": 400, "meeting_id": 1}""");
        await AssertBackendModel("chat_message/5", """{"content": "Yo guys, can I join in?", "created": 500, "meeting_id": 1}""");
        await AssertBackendModel("chat_message/6", """{"content": "Why u even asking, bro? Of course!", "created": 600, "meeting_id": 1}""");
        await AssertBackendModel("chat_message/7", """{"content": "Totally rad, thx.", "created": 700, "meeting_id": 1}""");
        await AssertBackendModel("chat_message/8", """{"meeting_user_id": 13, "meeting_id": 1, "content": "Srsly? Do ur jobs for once, will ya?", "created": 1100, "meta_deleted": true}""");
        await AssertBackendModel("chat_message/9", """{"content": "Have fun everyone, I'll go to the conference and catch you up later.", "created": 1200, "meeting_id": 1}""");
        await AssertBackendModel("chat_message/10", """{"content": "You da man!", "created": 1300, "meeting_id": 1}""");
        await AssertBackendModel("structure_level/1", """{"meeting_id": 1, "meeting_user_ids": [13], "name": "red", "color": "#ff0000", "structure_level_list_of_speakers_ids": [111, 211]}""");
        await AssertBackendModel("structure_level/2", """{"meeting_id": 1, "meeting_user_ids": [13], "name": "green", "color": "#00ff00", "structure_level_list_of_speakers_ids": [112, 512]}""");
        await AssertBackendModel("structure_level/3", """{"meeting_id": 1, "meeting_user_ids": [], "name": "blue", "color": "#0000ff", "structure_level_list_of_speakers_ids": [113]}""");
        await AssertBackendModel("structure_level/4", """{"meeting_id": 2, "meeting_user_ids": [21, 22], "name": "red", "color": "#ff0000", "meta_deleted": true}""");
        await AssertBackendModel("structure_level/5", """{"meeting_id": 2, "meeting_user_ids": [], "name": "green", "color": "#00ff00", "structure_level_list_of_speakers_ids": [125]}""");
        await AssertBackendModel("structure_level/6", """{"meeting_id": 2, "meeting_user_ids": [], "name": "blue", "color": "#0000ff", "structure_level_list_of_speakers_ids": [126]}""");
        await AssertBackendModel("structure_level/7", """{"meeting_id": 3, "meeting_user_ids": [], "name": "red", "color": "#ff0000"}""");
        await AssertBackendModel("structure_level/8", """{"meeting_id": 3, "meeting_user_ids": [], "name": "green", "color": "#00ff00"}""");
        await AssertBackendModel("structure_level/9", """{"meeting_id": 3, "meeting_user_ids": [], "name": "blue", "color": "#0000ff", "structure_level_list_of_speakers_ids": [139]}""");
        await AssertBackendModel("point_of_order_category/1", """{"text": "A", "rank": 1, "meeting_id": 1, "speaker_ids": [1113]}""");
        await AssertBackendModel("point_of_order_category/2", """{"text": "B", "rank": 2, "meeting_id": 1, "speaker_ids": []}""");
        await AssertBackendModel("point_of_order_category/3", """{"text": "C", "rank": 3, "meeting_id": 1, "speaker_ids": [3111], "meta_deleted": true}""");
        await AssertBackendModel("speaker/1111", """{"meeting_id": 1, "list_of_speakers_id": 11, "meeting_user_id": 11, "structure_level_list_of_speakers_id": 111, "point_of_order": true, "meta_deleted": true}""");
        await AssertBackendModel("speaker/1112", """{"meeting_id": 1, "list_of_speakers_id": 11, "meeting_user_id": 12, "structure_level_list_of_speakers_id": 112, "point_of_order": true, "point_of_order_category_id": 1, "meta_deleted": true}""");
        await AssertBackendModel("speaker/1114", """{"meeting_id": 1, "list_of_speakers_id": 11, "meeting_user_id": 14, "structure_level_list_of_speakers_id": 113, "speech_state": "intervention", "meta_deleted": true}""");
        await AssertBackendModel("speaker/2111", """{"meeting_id": 1, "list_of_speakers_id": 21, "meeting_user_id": 11, "structure_level_list_of_speakers_id": 211, "point_of_order": true, "point_of_order_category_id": 2, "meta_deleted": true}""");
        await AssertBackendModel("speaker/2115", """{"meeting_id": 1, "list_of_speakers_id": 21, "meeting_user_id": 15, "structure_level_list_of_speakers_id": 211, "meta_deleted": true}""");
        await AssertBackendModel("speaker/2116", """{"meeting_id": 1, "list_of_speakers_id": 21, "meeting_user_id": 16, "structure_level_list_of_speakers_id": 211, "speech_state": "interposed_question", "meta_deleted": true}""");
        await AssertBackendModel("speaker/3111", """{"meeting_id": 1, "list_of_speakers_id": 31, "meeting_user_id": 11, "structure_level_list_of_speakers_id": 311, "point_of_order": true, "point_of_order_category_id": 3, "meta_deleted": true}""");
        await AssertBackendModel("speaker/3116", """{"meeting_id": 1, "list_of_speakers_id": 31, "meeting_user_id": 16, "speech_state": "pro", "meta_deleted": true}""");
        await AssertBackendModel("speaker/4111", """{"meeting_id": 1, "list_of_speakers_id": 41, "meeting_user_id": 11, "meta_deleted": true}""");
        await AssertBackendModel("speaker/1221", """{"meeting_id": 2, "list_of_speakers_id": 12, "meeting_user_id": 21, "structure_level_list_of_speakers_id": 125, "meta_deleted": true}""");
        await AssertBackendModel("speaker/1223", """{"meeting_id": 2, "list_of_speakers_id": 12, "meeting_user_id": 23, "structure_level_list_of_speakers_id": 126, "meta_deleted": true}""");
        await AssertBackendModel("speaker/2221", """{"meeting_id": 2, "list_of_speakers_id": 22, "meeting_user_id": 21, "meta_deleted": true}""");
        await AssertBackendModel("speaker/1333", """{"meeting_id": 3, "list_of_speakers_id": 13, "meeting_user_id": 33, "structure_level_list_of_speakers_id": 139, "speech_state": "contra", "meta_deleted": true}""");
        await AssertBackendModel("speaker/1113", """{"meeting_id": 1, "list_of_speakers_id": 11, "meeting_user_id": 13, "structure_level_list_of_speakers_id": 112, "point_of_order": true, "point_of_order_category_id": 1}""");
        await AssertBackendModel("speaker/5115", """{"begin_time": 100, "meeting_id": 1, "pause_time": 200, "list_of_speakers_id": 51, "structure_level_list_of_speakers_id": 512}""");
        await AssertBackendModel("speaker/1331", """{"end_time": 200, "begin_time": 100, "meeting_id": 3, "list_of_speakers_id": 13}""");
        await AssertBackendModel("speaker/1332", """{"begin_time": 300, "meeting_id": 3, "list_of_speakers_id": 13}""");
        await AssertBackendModel("structure_level_list_of_speakers/111", """{"meeting_id": 1, "structure_level_id": 1, "list_of_speakers_id": 11}""");
        await AssertBackendModel("structure_level_list_of_speakers/112", """{"meeting_id": 1, "structure_level_id": 2, "list_of_speakers_id": 11, "speaker_ids": [1113]}""");
        await AssertBackendModel("structure_level_list_of_speakers/113", """{"meeting_id": 1, "structure_level_id": 3, "list_of_speakers_id": 11, "speaker_ids": []}""");
        await AssertBackendModel("structure_level_list_of_speakers/211", """{"meeting_id": 1, "structure_level_id": 1, "list_of_speakers_id": 21, "speaker_ids": []}""");
        await AssertBackendModel("structure_level_list_of_speakers/311", """{"meeting_id": 1, "structure_level_id": 1, "list_of_speakers_id": 31, "speaker_ids": [3111], "meta_deleted": true}""");
        await AssertBackendModel("structure_level_list_of_speakers/512", """{"meeting_id": 1, "structure_level_id": 2, "list_of_speakers_id": 51, "speaker_ids": [5115]}""");
        await AssertBackendModel("structure_level_list_of_speakers/125", """{"meeting_id": 2, "structure_level_id": 5, "list_of_speakers_id": 12, "speaker_ids": []}""");
        await AssertBackendModel("structure_level_list_of_speakers/126", """{"meeting_id": 2, "structure_level_id": 6, "list_of_speakers_id": 12, "speaker_ids": []}""");
        await AssertBackendModel("structure_level_list_of_speakers/139", """{"meeting_id": 3, "structure_level_id": 9, "list_of_speakers_id": 13, "speaker_ids": []}""");
    }

    /// <summary>
    /// Ours, a deliberate difference: the events come in ascending fqid order (Python's string order, so
    /// <c>meeting_user/10</c> before <c>meeting_user/2</c>); upstream's come from a set of fqid strings, in an order that
    /// changes from run to run. Within a list update the ids come in the order the meeting users are read.
    /// </summary>
    [Fact]
    public async Task M0075_events_come_in_fqid_order()
    {
        await Write(Creates("""
            {
                "meeting/1": {"id": 1, "meeting_user_ids": [2, 10]},
                "user/5": {"id": 5, "meeting_user_ids": [2]},
                "user/6": {"id": 6, "meeting_user_ids": [10]},
                "meeting_user/2": {"id": 2, "meeting_id": 1, "user_id": 5, "group_ids": []},
                "meeting_user/10": {"id": 10, "meeting_id": 1, "user_id": 6}
            }
            """));
        await Finalize(Name);
        await AssertMigrationEvents(
            ("listfields", "meeting/1", """{"add": {}, "remove": {"meeting_user_ids": [2, 10]}}"""),
            ("delete", "meeting_user/10", "null"),
            ("delete", "meeting_user/2", "null"),
            ("listfields", "user/5", """{"add": {}, "remove": {"meeting_user_ids": [2]}}"""),
            ("listfields", "user/6", """{"add": {}, "remove": {"meeting_user_ids": [10]}}"""));
        await AssertBackendModel("meeting/1", """{"id": 1, "meeting_user_ids": []}""");
        await AssertBackendModel("user/5", """{"id": 5, "meeting_user_ids": []}""");
        await AssertBackendModel("user/6", """{"id": 6, "meeting_user_ids": []}""");
        await AssertBackendModel("meeting_user/2", """{"id": 2, "meeting_id": 1, "user_id": 5, "group_ids": [], "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/10", """{"id": 10, "meeting_id": 1, "user_id": 6, "meta_deleted": true}""");
    }

    /// <summary>
    /// Ours: a meeting user that stays loses the delegation to a deleted one (a field deletion) and the delegation
    /// of another deleted one (a list update) in one update, which the writer stores as two events.
    /// </summary>
    [Fact]
    public async Task M0075_one_update_deletes_a_field_and_reduces_a_list()
    {
        await Write(Creates("""
            {
                "meeting/1": {"id": 1, "meeting_user_ids": [1, 2, 3]},
                "meeting_user/1": {"id": 1, "meeting_id": 1, "group_ids": [1], "vote_delegated_to_id": 2, "vote_delegations_from_ids": [3]},
                "meeting_user/2": {"id": 2, "meeting_id": 1, "group_ids": [], "vote_delegations_from_ids": [1]},
                "meeting_user/3": {"id": 3, "meeting_id": 1, "vote_delegated_to_id": 1}
            }
            """));
        await Finalize(Name);
        await AssertMigrationEvents(
            ("listfields", "meeting/1", """{"add": {}, "remove": {"meeting_user_ids": [2, 3]}}"""),
            ("deletefields", "meeting_user/1", """["vote_delegated_to_id"]"""),
            ("listfields", "meeting_user/1", """{"add": {}, "remove": {"vote_delegations_from_ids": [3]}}"""),
            ("delete", "meeting_user/2", "null"),
            ("delete", "meeting_user/3", "null"));
        await AssertBackendModel("meeting/1", """{"id": 1, "meeting_user_ids": [1]}""");
        await AssertBackendModel("meeting_user/1", """{"id": 1, "meeting_id": 1, "group_ids": [1], "vote_delegations_from_ids": []}""");
    }

    /// <summary>
    /// Ours: upstream's filter <c>group_ids = None or = "[]"</c> on both paths. In the database it compares the text, so
    /// an empty list, the string "[]" and a missing field match; in memory it is Python's <c>==</c>, so the empty list
    /// does not (meeting_user/1 stays there). Deleted meeting users stay in the in-memory result, without their flag.
    /// </summary>
    [Fact]
    public async Task M0075_the_group_filter_on_both_paths()
    {
        var models = """
            {
                "user/1": {"id": 1, "meeting_user_ids": [1, 2, 3, 4]},
                "meeting_user/1": {"id": 1, "user_id": 1, "group_ids": []},
                "meeting_user/2": {"id": 2, "user_id": 1, "group_ids": "[]"},
                "meeting_user/3": {"id": 3, "user_id": 1},
                "meeting_user/4": {"id": 4, "user_id": 1, "group_ids": [7]}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"id": 1, "meeting_user_ids": [4]}""");
        await AssertBackendModel("meeting_user/1", """{"id": 1, "user_id": 1, "group_ids": [], "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/2", """{"id": 2, "user_id": 1, "group_ids": "[]", "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/3", """{"id": 3, "user_id": 1, "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/4", """{"id": 4, "user_id": 1, "group_ids": [7]}""");

        AssertModels(await MigrateInMemory(Name, models), """
            {
                "user/1": {"id": 1, "meeting_user_ids": [1, 4]},
                "meeting_user/1": {"id": 1, "user_id": 1, "group_ids": []},
                "meeting_user/2": {"id": 2, "user_id": 1, "group_ids": "[]"},
                "meeting_user/3": {"id": 3, "user_id": 1},
                "meeting_user/4": {"id": 4, "user_id": 1, "group_ids": [7]}
            }
            """);
    }

    /// <summary>
    /// Ours: a deleted personal note leaves its motion's <c>personal_note_ids</c> only in the database; in memory
    /// upstream looks the motion up by the id text, keys it so and never finds it by int. Both paths take it out of
    /// the meeting. A content object that is not a motion (topic/2) keeps the note's id on both paths (upstream reads
    /// content objects as motions).
    /// </summary>
    [Fact]
    public async Task M0075_personal_notes_leave_their_motion_only_in_the_database()
    {
        var models = """
            {
                "meeting/1": {"id": 1, "meeting_user_ids": [5], "personal_note_ids": [8, 9]},
                "motion/3": {"id": 3, "meeting_id": 1, "personal_note_ids": [8, 10]},
                "topic/2": {"id": 2, "meeting_id": 1, "personal_note_ids": [9]},
                "meeting_user/5": {"id": 5, "meeting_id": 1, "personal_note_ids": [8, 9]},
                "personal_note/8": {"id": 8, "meeting_id": 1, "meeting_user_id": 5, "content_object_id": "motion/3"},
                "personal_note/9": {"id": 9, "meeting_id": 1, "meeting_user_id": 5, "content_object_id": "topic/2"}
            }
            """;
        await Write(Creates(models));
        await Finalize(Name);
        await AssertBackendModel("meeting/1", """{"id": 1, "meeting_user_ids": [], "personal_note_ids": []}""");
        await AssertBackendModel("motion/3", """{"id": 3, "meeting_id": 1, "personal_note_ids": [10]}""");
        await AssertBackendModel("topic/2", """{"id": 2, "meeting_id": 1, "personal_note_ids": [9]}""");
        await AssertBackendModel("meeting_user/5", """{"id": 5, "meeting_id": 1, "personal_note_ids": [8, 9], "meta_deleted": true}""");
        await AssertBackendModel("personal_note/8", """{"id": 8, "meeting_id": 1, "meeting_user_id": 5, "content_object_id": "motion/3", "meta_deleted": true}""");
        await AssertBackendModel("personal_note/9", """{"id": 9, "meeting_id": 1, "meeting_user_id": 5, "content_object_id": "topic/2", "meta_deleted": true}""");
        await AssertMigrationEvents(
            ("listfields", "meeting/1", """{"add": {}, "remove": {"meeting_user_ids": [5], "personal_note_ids": [8, 9]}}"""),
            ("delete", "meeting_user/5", "null"),
            ("listfields", "motion/3", """{"add": {}, "remove": {"personal_note_ids": [8]}}"""),
            ("delete", "personal_note/8", "null"),
            ("delete", "personal_note/9", "null"));

        AssertModels(await MigrateInMemory(Name, models), """
            {
                "meeting/1": {"id": 1, "meeting_user_ids": [], "personal_note_ids": []},
                "motion/3": {"id": 3, "meeting_id": 1, "personal_note_ids": [8, 10]},
                "topic/2": {"id": 2, "meeting_id": 1, "personal_note_ids": [9]},
                "meeting_user/5": {"id": 5, "meeting_id": 1, "personal_note_ids": [8, 9]},
                "personal_note/8": {"id": 8, "meeting_id": 1, "meeting_user_id": 5, "content_object_id": "motion/3"},
                "personal_note/9": {"id": 9, "meeting_id": 1, "meeting_user_id": 5, "content_object_id": "topic/2"}
            }
            """);
    }

    /// <summary>
    /// Ours, in memory on upstream's simple cases (with ids, as an export has them): their meeting users have
    /// <c>group_ids: []</c> or a group, which upstream's in-memory filter does not match, so nothing changes.
    /// </summary>
    [Fact]
    public async Task M0075_in_memory_upstreams_simple_cases_are_left_as_they_are()
    {
        var simple = """
            {
                "user/1": {"id": 1, "meeting_ids": [1], "meeting_user_ids": [1]},
                "meeting/1": {"id": 1, "user_ids": [1], "meeting_user_ids": [1]},
                "meeting_user/1": {"id": 1, "user_id": 1, "meeting_id": 1, "group_ids": []}
            }
            """;
        AssertModels(await MigrateInMemory(Name, simple), simple);

        var withGroups = """
            {
                "user/1": {"id": 1, "meeting_ids": [1], "meeting_user_ids": [1]},
                "meeting/1": {"id": 1, "user_ids": [1], "meeting_user_ids": [1], "group_ids": [1]},
                "meeting_user/1": {"id": 1, "user_id": 1, "meeting_id": 1, "group_ids": [1]},
                "group/1": {"id": 1, "meeting_id": 1, "meeting_user_ids": [1]}
            }
            """;
        AssertModels(await MigrateInMemory(Name, withGroups), withGroups);
    }

    /// <summary>
    /// Ours, in memory on upstream's complex case: its models as an export of the database before finalize has them
    /// (with ids; the models the test deletes left out). As upstream's in-memory run: meeting_user/12
    /// (<c>group_ids: []</c>) stays, with its speaker 1112; the motions keep the ids of the deleted personal notes; the
    /// deleted models stay in the result, without their flag.
    /// </summary>
    [Fact]
    public async Task M0075_in_memory_upstreams_complex_case()
    {
        AssertModels(await MigrateInMemory(Name, ComplexModels), ComplexExpected);
    }

    /// <summary>
    /// Ours: targets that are deleted (user/9, speaker/7, personal_note/4) or missing (meeting/3, speaker/8) are left
    /// alone; only the meeting user is deleted and its chat message loses it. In memory (where the deleted ones are
    /// not part of an export) the same.
    /// </summary>
    [Fact]
    public async Task M0075_deleted_and_missing_targets_are_left_alone()
    {
        await Write(Creates("""
            {
                "meeting_user/1": {"id": 1, "user_id": 9, "meeting_id": 3, "speaker_ids": [7, 8], "personal_note_ids": [4], "chat_message_ids": [6]},
                "user/9": {"id": 9, "meeting_user_ids": [1]},
                "speaker/7": {"id": 7, "meeting_user_id": 1},
                "personal_note/4": {"id": 4, "meeting_user_id": 1},
                "chat_message/6": {"id": 6, "meeting_user_id": 1}
            }
            """));
        await Write("""{"type": "delete", "fqid": "user/9"}""", """{"type": "delete", "fqid": "speaker/7"}""",
            """{"type": "delete", "fqid": "personal_note/4"}""");
        await Finalize(Name);
        await AssertMigrationEvents(("deletefields", "chat_message/6", """["meeting_user_id"]"""), ("delete", "meeting_user/1", "null"));
        await AssertBackendModel("chat_message/6", """{"id": 6}""");
        await AssertBackendModel("user/9", """{"id": 9, "meeting_user_ids": [1], "meta_deleted": true, "meta_position": 2}""");
        await AssertBackendModel("speaker/7", """{"id": 7, "meeting_user_id": 1, "meta_deleted": true, "meta_position": 2}""");
        await AssertBackendModel("personal_note/4", """{"id": 4, "meeting_user_id": 1, "meta_deleted": true, "meta_position": 2}""");

        AssertModels(await MigrateInMemory(Name, """
            {
                "meeting_user/1": {"id": 1, "user_id": 9, "meeting_id": 3, "speaker_ids": [7, 8], "personal_note_ids": [4], "chat_message_ids": [6]},
                "chat_message/6": {"id": 6, "meeting_user_id": 1}
            }
            """), """
            {
                "meeting_user/1": {"id": 1, "user_id": 9, "meeting_id": 3, "speaker_ids": [7, 8], "personal_note_ids": [4], "chat_message_ids": [6]},
                "chat_message/6": {"id": 6}
            }
            """);
    }

    /// <summary>
    /// Ours, deliberate (upstream fails with a Python error: TypeError, IndexError, AttributeError or ValueError): relation
    /// values that are no ids fail the migration with one <see cref="MigrationException"/> naming each model and field;
    /// nothing is written. The in-memory path fails the same way.
    /// </summary>
    [Fact]
    public async Task M0075_relation_values_that_are_no_ids_fail_naming_them()
    {
        var models = """
            {
                "meeting_user/1": {"id": 1, "speaker_ids": "12"},
                "meeting_user/2": {"id": 2, "user_id": "1", "structure_level_ids": [1, 2.5]},
                "meeting_user/3": {"id": 3, "vote_delegated_to_id": true, "meeting_id": 0}
            }
            """;
        await Write(Creates(models));
        const string Expected = "Migration exception:\n"
            + "* meeting_user/1: speaker_ids must be a list of ids, not \"12\"\n"
            + "* meeting_user/2: structure_level_ids must be a list of ids, not [1,2.5]\n"
            + "* meeting_user/2: user_id must be an id, not \"1\"\n"
            + "* meeting_user/3: vote_delegated_to_id must be an id, not true";
        var error = Assert.IsType<MigrationException>(await FinalizeFails(Name));
        Assert.Equal(Expected, error.Message);

        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => MigrateInMemory(Name, models));
        Assert.Equal(Expected, Assert.IsType<MigrationException>(failure.InnerException).Message);
    }

    /// <summary>
    /// Ours, deliberate (upstream: AssertionError): a personal note to be deleted whose <c>content_object_id</c> is no
    /// fqid fails the migration naming it.
    /// </summary>
    [Fact]
    public async Task M0075_a_content_object_that_is_no_fqid_fails()
    {
        await Write(Creates("""
            {
                "meeting_user/1": {"id": 1, "personal_note_ids": [4]},
                "personal_note/4": {"id": 4, "meeting_user_id": 1, "content_object_id": 5}
            }
            """));
        var error = Assert.IsType<MigrationException>(await FinalizeFails(Name));
        Assert.Equal("Migration exception:\n* personal_note/4: content_object_id must be an fqid, not 5", error.Message);
    }

    /// <summary>Ours: without a live groupless meeting user nothing is written (no position).</summary>
    [Fact]
    public async Task M0075_without_groupless_meeting_users_nothing_is_written()
    {
        await Write(Creates("""
            {
                "user/1": {"id": 1, "meeting_user_ids": [1, 2]},
                "meeting_user/1": {"id": 1, "user_id": 1, "group_ids": [3]},
                "meeting_user/2": {"id": 2, "user_id": 1, "group_ids": []}
            }
            """));
        await Write("""{"type": "delete", "fqid": "meeting_user/2"}""");
        await Finalize(Name);
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
        await AssertBackendModel("user/1", """{"id": 1, "meeting_user_ids": [1, 2]}""");
    }

    /// <summary>Upstream's complex case as an export of the database before finalize (models with ids, deleted ones left out).</summary>
    private const string ComplexModels = """
        {
            "meeting/1": {"id": 1, "name": "City hall", "list_of_speakers_countdown_id": 1, "projector_countdown_ids": [1], "group_ids": [1], "meeting_user_ids": [11, 12, 13, 14, 15, 16], "motion_ids": [11, 12, 13, 15], "list_of_speakers_ids": [11, 21, 31, 51], "personal_note_ids": [3], "chat_message_ids": [1, 2, 3, 4, 5, 6, 7, 9, 10], "structure_level_ids": [1, 2, 3], "point_of_order_category_ids": [1, 2], "speaker_ids": [1112, 1113, 1114, 2111, 2115, 2116, 3111, 3116, 4111, 5115], "motion_editor_ids": [1, 2], "motion_working_group_speaker_ids": [1, 2], "motion_submitter_ids": [1, 2], "motion_supporter_ids": [1, 2], "structure_level_list_of_speakers_ids": [111, 112, 113, 211, 512]},
            "meeting/2": {"id": 2, "name": "County congress", "list_of_speakers_couple_countdown": true, "list_of_speakers_countdown_id": 2, "projector_countdown_ids": [2], "group_ids": [2], "meeting_user_ids": [21, 23], "personal_note_ids": [1], "motion_ids": [21, 22], "list_of_speakers_ids": [12, 22], "structure_level_ids": [5, 6], "speaker_ids": [1221, 1223, 2221], "structure_level_list_of_speakers_ids": [125, 126]},
            "meeting/3": {"id": 3, "name": "National congress", "list_of_speakers_couple_countdown": true, "list_of_speakers_countdown_id": 3, "projector_countdown_ids": [3], "group_ids": [3], "meeting_user_ids": [31, 32, 33], "motion_ids": [31], "list_of_speakers_ids": [13], "structure_level_ids": [7, 8, 9], "assignment_candidate_ids": [1, 2, 3], "speaker_ids": [1331, 1332, 1333], "motion_editor_ids": [3], "motion_working_group_speaker_ids": [3], "motion_submitter_ids": [3], "motion_supporter_ids": [3], "structure_level_list_of_speakers_ids": [139]},
            "group/1": {"id": 1, "name": "Group A", "meeting_user_ids": [13], "meeting_id": 1},
            "group/2": {"id": 2, "name": "Group B", "meeting_user_ids": [], "meeting_id": 2},
            "group/3": {"id": 3, "name": "Group C", "meeting_user_ids": [], "meeting_id": 3},
            "projector_countdown/1": {"id": 1, "title": "LOS", "used_as_list_of_speakers_countdown_meeting_id": 1, "meeting_id": 1, "default_time": 60, "countdown_time": 200, "running": true},
            "projector_countdown/2": {"id": 2, "title": "LOS", "used_as_list_of_speakers_countdown_meeting_id": 2, "meeting_id": 2, "default_time": 60, "countdown_time": 60, "running": false},
            "projector_countdown/3": {"id": 3, "title": "LOS", "used_as_list_of_speakers_countdown_meeting_id": 3, "meeting_id": 3, "default_time": 60, "countdown_time": 300, "running": true},
            "user/1": {"id": 1, "username": "admin", "meeting_user_ids": [11, 21, 31, 41]},
            "user/2": {"id": 2, "username": "bob", "meeting_user_ids": [12, 32]},
            "user/3": {"id": 3, "username": "charlotte", "meeting_user_ids": [13, 23, 33]},
            "user/5": {"id": 5, "username": "elizabeth", "meeting_user_ids": [15, 25]},
            "user/6": {"id": 6, "username": "george", "meeting_user_ids": [16]},
            "meeting_user/11": {"id": 11, "meeting_id": 1, "user_id": 1, "speaker_ids": [1111, 2111, 3111, 4111], "structure_level_ids": [1], "chat_message_ids": [9]},
            "meeting_user/12": {"id": 12, "meeting_id": 1, "user_id": 2, "vote_delegations_from_ids": [13], "speaker_ids": [1112], "structure_level_ids": [1, 2], "group_ids": []},
            "meeting_user/13": {"id": 13, "meeting_id": 1, "user_id": 3, "speaker_ids": [1113], "structure_level_ids": [1, 2], "chat_message_ids": [], "group_ids": [1], "vote_delegated_to_id": 12, "vote_delegations_from_ids": [14, 15, 16]},
            "meeting_user/14": {"id": 14, "meeting_id": 1, "user_id": 4, "speaker_ids": [1114], "structure_level_ids": [1, 2], "chat_message_ids": [5, 7], "vote_delegated_to_id": 13, "motion_editor_ids": [1], "motion_working_group_speaker_ids": [1], "motion_submitter_ids": [1], "motion_supporter_ids": [1]},
            "meeting_user/15": {"id": 15, "meeting_id": 1, "user_id": 5, "speaker_ids": [2115, 5115], "structure_level_ids": [3], "chat_message_ids": [2, 4, 10], "personal_note_ids": [3], "vote_delegated_to_id": 13, "motion_editor_ids": [2, 4], "motion_working_group_speaker_ids": [2, 4], "motion_submitter_ids": [2, 4], "motion_supporter_ids": [2, 4]},
            "meeting_user/16": {"id": 16, "meeting_id": 1, "user_id": 6, "vote_delegated_to_id": 13, "speaker_ids": [2116, 3116], "chat_message_ids": [1, 3, 6]},
            "meeting_user/21": {"id": 21, "meeting_id": 2, "user_id": 1, "speaker_ids": [1221, 2221], "structure_level_ids": [4, 5], "assignment_candidate_ids": [4], "personal_note_ids": [1], "vote_delegations_from_ids": [22]},
            "meeting_user/23": {"id": 23, "meeting_id": 2, "user_id": 3, "speaker_ids": [1223], "structure_level_ids": [4], "personal_note_ids": [2], "vote_delegated_to_id": 22},
            "meeting_user/25": {"id": 25, "meeting_id": 2, "user_id": 5, "structure_level_ids": [6], "personal_note_ids": [4]},
            "meeting_user/31": {"id": 31, "meeting_id": 3, "user_id": 1, "speaker_ids": [1331], "structure_level_ids": [7, 9], "assignment_candidate_ids": [1], "vote_delegated_to_id": 32, "motion_editor_ids": [3], "motion_working_group_speaker_ids": [3], "motion_submitter_ids": [3], "motion_supporter_ids": [3]},
            "meeting_user/32": {"id": 32, "meeting_id": 3, "user_id": 2, "speaker_ids": [1332], "structure_level_ids": [8], "assignment_candidate_ids": [2], "vote_delegations_from_ids": [31]},
            "meeting_user/33": {"id": 33, "meeting_id": 3, "user_id": 3, "speaker_ids": [1333], "structure_level_ids": [8], "assignment_candidate_ids": [3]},
            "meeting_user/41": {"id": 41, "meeting_id": 4, "user_id": 1},
            "list_of_speakers/11": {"id": 11, "meeting_id": 1, "sequential_number": 1, "content_object_id": "motion/11", "structure_level_list_of_speakers_ids": [111, 112, 113], "speaker_ids": [1112, 1113, 1114]},
            "list_of_speakers/21": {"id": 21, "meeting_id": 1, "sequential_number": 2, "content_object_id": "motion/12", "structure_level_list_of_speakers_ids": [211], "speaker_ids": [2111, 2115, 2116]},
            "list_of_speakers/31": {"id": 31, "meeting_id": 1, "sequential_number": 3, "content_object_id": "motion/13", "structure_level_list_of_speakers_ids": [], "speaker_ids": [3111, 3116]},
            "list_of_speakers/51": {"id": 51, "meeting_id": 1, "sequential_number": 5, "content_object_id": "motion/15", "structure_level_list_of_speakers_ids": [512], "speaker_ids": [5115]},
            "list_of_speakers/12": {"id": 12, "meeting_id": 2, "sequential_number": 1, "content_object_id": "motion/21", "structure_level_list_of_speakers_ids": [125, 126], "speaker_ids": [1221, 1223]},
            "list_of_speakers/22": {"id": 22, "meeting_id": 2, "sequential_number": 2, "content_object_id": "motion/22", "speaker_ids": [2221]},
            "list_of_speakers/13": {"id": 13, "meeting_id": 3, "sequential_number": 1, "content_object_id": "motion/31", "structure_level_list_of_speakers_ids": [139], "speaker_ids": [1331, 1332, 1333]},
            "motion/11": {"id": 11, "meeting_id": 1, "title": "Motion 1", "list_of_speakers_id": 11, "editor_ids": [1, 2], "working_group_speaker_ids": [1, 2], "submitter_ids": [1, 2], "supporter_ids": [1, 2]},
            "motion/12": {"id": 12, "meeting_id": 1, "title": "Motion 2", "list_of_speakers_id": 21},
            "motion/13": {"id": 13, "meeting_id": 1, "title": "Motion 3", "list_of_speakers_id": 31, "personal_note_ids": [3]},
            "motion/15": {"id": 15, "meeting_id": 1, "title": "Motion 5", "list_of_speakers_id": 51},
            "motion/21": {"id": 21, "meeting_id": 2, "title": "Motion 1", "list_of_speakers_id": 12, "personal_note_ids": [1, 2]},
            "motion/22": {"id": 22, "meeting_id": 2, "title": "Motion 2", "list_of_speakers_id": 22},
            "motion/31": {"id": 31, "meeting_id": 3, "title": "Motion 1", "list_of_speakers_id": 13, "editor_ids": [3], "working_group_speaker_ids": [3], "submitter_ids": [3], "supporter_ids": [3]},
            "personal_note/1": {"id": 1, "meeting_id": 2, "content_object_id": "motion/21", "meeting_user_id": 21},
            "personal_note/2": {"id": 2, "meeting_id": 2, "content_object_id": "motion/21", "meeting_user_id": 23},
            "personal_note/3": {"id": 3, "meeting_id": 1, "content_object_id": "motion/13", "meeting_user_id": 15},
            "motion_editor/1": {"id": 1, "meeting_id": 1, "motion_id": 11, "meeting_user_id": 14, "weight": 1},
            "motion_editor/2": {"id": 2, "meeting_id": 1, "motion_id": 11, "meeting_user_id": 15, "weight": 2},
            "motion_editor/3": {"id": 3, "meeting_id": 3, "motion_id": 31, "meeting_user_id": 31, "weight": 1},
            "motion_working_group_speaker/1": {"id": 1, "meeting_id": 1, "motion_id": 11, "meeting_user_id": 14, "weight": 1},
            "motion_working_group_speaker/2": {"id": 2, "meeting_id": 1, "motion_id": 11, "meeting_user_id": 15, "weight": 2},
            "motion_working_group_speaker/3": {"id": 3, "meeting_id": 3, "motion_id": 31, "meeting_user_id": 31, "weight": 1},
            "motion_submitter/1": {"id": 1, "meeting_id": 1, "motion_id": 11, "meeting_user_id": 14, "weight": 1},
            "motion_submitter/2": {"id": 2, "meeting_id": 1, "motion_id": 11, "meeting_user_id": 15, "weight": 2},
            "motion_submitter/3": {"id": 3, "meeting_id": 3, "motion_id": 31, "meeting_user_id": 31, "weight": 1},
            "motion_supporter/1": {"id": 1, "meeting_id": 1, "motion_id": 11, "meeting_user_id": 14},
            "motion_supporter/2": {"id": 2, "meeting_id": 1, "motion_id": 11, "meeting_user_id": 15},
            "motion_supporter/3": {"id": 3, "meeting_id": 3, "motion_id": 31, "meeting_user_id": 31},
            "assignment_candidate/1": {"id": 1, "meeting_id": 3, "meeting_user_id": 31},
            "assignment_candidate/2": {"id": 2, "meeting_id": 3, "meeting_user_id": 32},
            "assignment_candidate/3": {"id": 3, "meeting_id": 3, "meeting_user_id": 33},
            "chat_message/1": {"id": 1, "meeting_user_id": 16, "meeting_id": 1, "content": "Hey, any of u up?", "created": 100},
            "chat_message/2": {"id": 2, "meeting_user_id": 15, "meeting_id": 1, "content": "I am, wazzup dude?", "created": 200},
            "chat_message/3": {"id": 3, "meeting_user_id": 16, "meeting_id": 1, "content": "Wanna go ditch tomorrows conference and go bar hopping?", "created": 300},
            "chat_message/4": {"id": 4, "meeting_user_id": 15, "meeting_id": 1, "content": "Absolutely, ma man! Conf's gonna be hella boring anyway...", "created": 400},
            "chat_message/5": {"id": 5, "meeting_user_id": 14, "meeting_id": 1, "content": "Yo guys, can I join in?", "created": 500},
            "chat_message/6": {"id": 6, "meeting_user_id": 16, "meeting_id": 1, "content": "Why u even asking, bro? Of course!", "created": 600},
            "chat_message/7": {"id": 7, "meeting_user_id": 14, "meeting_id": 1, "content": "Totally rad, thx.", "created": 700},
            "chat_message/9": {"id": 9, "meeting_user_id": 11, "meeting_id": 1, "content": "Have fun everyone, I'll go to the conference and catch you up later.", "created": 1200},
            "chat_message/10": {"id": 10, "meeting_user_id": 15, "meeting_id": 1, "content": "You da man!", "created": 1300},
            "structure_level/1": {"id": 1, "meeting_id": 1, "meeting_user_ids": [11, 12, 13, 14], "name": "red", "color": "#ff0000", "structure_level_list_of_speakers_ids": [111, 211]},
            "structure_level/2": {"id": 2, "meeting_id": 1, "meeting_user_ids": [12, 13, 14], "name": "green", "color": "#00ff00", "structure_level_list_of_speakers_ids": [112, 512]},
            "structure_level/3": {"id": 3, "meeting_id": 1, "meeting_user_ids": [15], "name": "blue", "color": "#0000ff", "structure_level_list_of_speakers_ids": [113]},
            "structure_level/5": {"id": 5, "meeting_id": 2, "meeting_user_ids": [21], "name": "green", "color": "#00ff00", "structure_level_list_of_speakers_ids": [125]},
            "structure_level/6": {"id": 6, "meeting_id": 2, "meeting_user_ids": [25], "name": "blue", "color": "#0000ff", "structure_level_list_of_speakers_ids": [126]},
            "structure_level/7": {"id": 7, "meeting_id": 3, "meeting_user_ids": [31], "name": "red", "color": "#ff0000"},
            "structure_level/8": {"id": 8, "meeting_id": 3, "meeting_user_ids": [32, 33], "name": "green", "color": "#00ff00"},
            "structure_level/9": {"id": 9, "meeting_id": 3, "meeting_user_ids": [31], "name": "blue", "color": "#0000ff", "structure_level_list_of_speakers_ids": [139]},
            "point_of_order_category/1": {"id": 1, "text": "A", "rank": 1, "meeting_id": 1, "speaker_ids": [1112, 1113]},
            "point_of_order_category/2": {"id": 2, "text": "B", "rank": 2, "meeting_id": 1, "speaker_ids": [2111]},
            "speaker/1112": {"id": 1112, "meeting_id": 1, "list_of_speakers_id": 11, "meeting_user_id": 12, "structure_level_list_of_speakers_id": 112, "point_of_order": true, "point_of_order_category_id": 1},
            "speaker/1113": {"id": 1113, "meeting_id": 1, "list_of_speakers_id": 11, "meeting_user_id": 13, "structure_level_list_of_speakers_id": 112, "point_of_order": true, "point_of_order_category_id": 1},
            "speaker/1114": {"id": 1114, "meeting_id": 1, "list_of_speakers_id": 11, "meeting_user_id": 14, "structure_level_list_of_speakers_id": 113, "speech_state": "intervention"},
            "speaker/2111": {"id": 2111, "meeting_id": 1, "list_of_speakers_id": 21, "meeting_user_id": 11, "structure_level_list_of_speakers_id": 211, "point_of_order": true, "point_of_order_category_id": 2},
            "speaker/2115": {"id": 2115, "meeting_id": 1, "list_of_speakers_id": 21, "meeting_user_id": 15, "structure_level_list_of_speakers_id": 211},
            "speaker/2116": {"id": 2116, "meeting_id": 1, "list_of_speakers_id": 21, "meeting_user_id": 16, "structure_level_list_of_speakers_id": 211, "speech_state": "interposed_question"},
            "speaker/3111": {"id": 3111, "meeting_id": 1, "list_of_speakers_id": 31, "meeting_user_id": 11, "structure_level_list_of_speakers_id": 311, "point_of_order": true, "point_of_order_category_id": 3},
            "speaker/3116": {"id": 3116, "meeting_id": 1, "list_of_speakers_id": 31, "meeting_user_id": 16, "speech_state": "pro"},
            "speaker/4111": {"id": 4111, "meeting_id": 1, "list_of_speakers_id": 41, "meeting_user_id": 11},
            "speaker/5115": {"id": 5115, "meeting_id": 1, "list_of_speakers_id": 51, "meeting_user_id": 15, "structure_level_list_of_speakers_id": 512, "begin_time": 100, "pause_time": 200},
            "speaker/1221": {"id": 1221, "meeting_id": 2, "list_of_speakers_id": 12, "meeting_user_id": 21, "structure_level_list_of_speakers_id": 125},
            "speaker/1223": {"id": 1223, "meeting_id": 2, "list_of_speakers_id": 12, "meeting_user_id": 23, "structure_level_list_of_speakers_id": 126},
            "speaker/2221": {"id": 2221, "meeting_id": 2, "list_of_speakers_id": 22, "meeting_user_id": 21},
            "speaker/1331": {"id": 1331, "meeting_id": 3, "list_of_speakers_id": 13, "meeting_user_id": 31, "begin_time": 100, "end_time": 200},
            "speaker/1332": {"id": 1332, "meeting_id": 3, "list_of_speakers_id": 13, "meeting_user_id": 32, "begin_time": 300},
            "speaker/1333": {"id": 1333, "meeting_id": 3, "list_of_speakers_id": 13, "meeting_user_id": 33, "structure_level_list_of_speakers_id": 139, "speech_state": "contra"},
            "structure_level_list_of_speakers/111": {"id": 111, "meeting_id": 1, "structure_level_id": 1, "list_of_speakers_id": 11},
            "structure_level_list_of_speakers/112": {"id": 112, "meeting_id": 1, "structure_level_id": 2, "list_of_speakers_id": 11, "speaker_ids": [1112, 1113]},
            "structure_level_list_of_speakers/113": {"id": 113, "meeting_id": 1, "structure_level_id": 3, "list_of_speakers_id": 11, "speaker_ids": [1114]},
            "structure_level_list_of_speakers/211": {"id": 211, "meeting_id": 1, "structure_level_id": 1, "list_of_speakers_id": 21, "speaker_ids": [2111, 2115, 2116]},
            "structure_level_list_of_speakers/512": {"id": 512, "meeting_id": 1, "structure_level_id": 2, "list_of_speakers_id": 51, "speaker_ids": [5115]},
            "structure_level_list_of_speakers/125": {"id": 125, "meeting_id": 2, "structure_level_id": 5, "list_of_speakers_id": 12, "speaker_ids": [1221]},
            "structure_level_list_of_speakers/126": {"id": 126, "meeting_id": 2, "structure_level_id": 6, "list_of_speakers_id": 12, "speaker_ids": [1223]},
            "structure_level_list_of_speakers/139": {"id": 139, "meeting_id": 3, "structure_level_id": 9, "list_of_speakers_id": 13, "speaker_ids": [1333]}
        }
        """;

    /// <summary>What upstream's in-memory run makes of <see cref="ComplexModels"/>.</summary>
    private const string ComplexExpected = """
        {
            "meeting/1": {"id": 1, "name": "City hall", "list_of_speakers_countdown_id": 1, "projector_countdown_ids": [1], "group_ids": [1], "meeting_user_ids": [12, 13], "motion_ids": [11, 12, 13, 15], "list_of_speakers_ids": [11, 21, 31, 51], "personal_note_ids": [], "chat_message_ids": [1, 2, 3, 4, 5, 6, 7, 9, 10], "structure_level_ids": [1, 2, 3], "point_of_order_category_ids": [1, 2], "speaker_ids": [1112, 1113, 5115], "motion_editor_ids": [1, 2], "motion_working_group_speaker_ids": [1, 2], "motion_submitter_ids": [1, 2], "motion_supporter_ids": [1, 2], "structure_level_list_of_speakers_ids": [111, 112, 113, 211, 512]},
            "meeting/2": {"id": 2, "name": "County congress", "list_of_speakers_couple_countdown": true, "list_of_speakers_countdown_id": 2, "projector_countdown_ids": [2], "group_ids": [2], "meeting_user_ids": [], "personal_note_ids": [], "motion_ids": [21, 22], "list_of_speakers_ids": [12, 22], "structure_level_ids": [5, 6], "speaker_ids": [], "structure_level_list_of_speakers_ids": [125, 126]},
            "meeting/3": {"id": 3, "name": "National congress", "list_of_speakers_couple_countdown": true, "list_of_speakers_countdown_id": 3, "projector_countdown_ids": [3], "group_ids": [3], "meeting_user_ids": [], "motion_ids": [31], "list_of_speakers_ids": [13], "structure_level_ids": [7, 8, 9], "assignment_candidate_ids": [1, 2, 3], "speaker_ids": [1331, 1332], "motion_editor_ids": [3], "motion_working_group_speaker_ids": [3], "motion_submitter_ids": [3], "motion_supporter_ids": [3], "structure_level_list_of_speakers_ids": [139]},
            "group/1": {"id": 1, "name": "Group A", "meeting_user_ids": [13], "meeting_id": 1},
            "group/2": {"id": 2, "name": "Group B", "meeting_user_ids": [], "meeting_id": 2},
            "group/3": {"id": 3, "name": "Group C", "meeting_user_ids": [], "meeting_id": 3},
            "projector_countdown/1": {"id": 1, "title": "LOS", "used_as_list_of_speakers_countdown_meeting_id": 1, "meeting_id": 1, "default_time": 60, "countdown_time": 200, "running": true},
            "projector_countdown/2": {"id": 2, "title": "LOS", "used_as_list_of_speakers_countdown_meeting_id": 2, "meeting_id": 2, "default_time": 60, "countdown_time": 60, "running": false},
            "projector_countdown/3": {"id": 3, "title": "LOS", "used_as_list_of_speakers_countdown_meeting_id": 3, "meeting_id": 3, "default_time": 60, "countdown_time": 300, "running": true},
            "user/1": {"id": 1, "username": "admin", "meeting_user_ids": []},
            "user/2": {"id": 2, "username": "bob", "meeting_user_ids": [12]},
            "user/3": {"id": 3, "username": "charlotte", "meeting_user_ids": [13]},
            "user/5": {"id": 5, "username": "elizabeth", "meeting_user_ids": []},
            "user/6": {"id": 6, "username": "george", "meeting_user_ids": []},
            "meeting_user/11": {"id": 11, "meeting_id": 1, "user_id": 1, "speaker_ids": [1111, 2111, 3111, 4111], "structure_level_ids": [1], "chat_message_ids": [9]},
            "meeting_user/12": {"id": 12, "meeting_id": 1, "user_id": 2, "vote_delegations_from_ids": [13], "speaker_ids": [1112], "structure_level_ids": [1, 2], "group_ids": []},
            "meeting_user/13": {"id": 13, "meeting_id": 1, "user_id": 3, "speaker_ids": [1113], "structure_level_ids": [1, 2], "chat_message_ids": [], "group_ids": [1], "vote_delegated_to_id": 12, "vote_delegations_from_ids": []},
            "meeting_user/14": {"id": 14, "meeting_id": 1, "user_id": 4, "speaker_ids": [1114], "structure_level_ids": [1, 2], "chat_message_ids": [5, 7], "vote_delegated_to_id": 13, "motion_editor_ids": [1], "motion_working_group_speaker_ids": [1], "motion_submitter_ids": [1], "motion_supporter_ids": [1]},
            "meeting_user/15": {"id": 15, "meeting_id": 1, "user_id": 5, "speaker_ids": [2115, 5115], "structure_level_ids": [3], "chat_message_ids": [2, 4, 10], "personal_note_ids": [3], "vote_delegated_to_id": 13, "motion_editor_ids": [2, 4], "motion_working_group_speaker_ids": [2, 4], "motion_submitter_ids": [2, 4], "motion_supporter_ids": [2, 4]},
            "meeting_user/16": {"id": 16, "meeting_id": 1, "user_id": 6, "vote_delegated_to_id": 13, "speaker_ids": [2116, 3116], "chat_message_ids": [1, 3, 6]},
            "meeting_user/21": {"id": 21, "meeting_id": 2, "user_id": 1, "speaker_ids": [1221, 2221], "structure_level_ids": [4, 5], "assignment_candidate_ids": [4], "personal_note_ids": [1], "vote_delegations_from_ids": [22]},
            "meeting_user/23": {"id": 23, "meeting_id": 2, "user_id": 3, "speaker_ids": [1223], "structure_level_ids": [4], "personal_note_ids": [2], "vote_delegated_to_id": 22},
            "meeting_user/25": {"id": 25, "meeting_id": 2, "user_id": 5, "structure_level_ids": [6], "personal_note_ids": [4]},
            "meeting_user/31": {"id": 31, "meeting_id": 3, "user_id": 1, "speaker_ids": [1331], "structure_level_ids": [7, 9], "assignment_candidate_ids": [1], "vote_delegated_to_id": 32, "motion_editor_ids": [3], "motion_working_group_speaker_ids": [3], "motion_submitter_ids": [3], "motion_supporter_ids": [3]},
            "meeting_user/32": {"id": 32, "meeting_id": 3, "user_id": 2, "speaker_ids": [1332], "structure_level_ids": [8], "assignment_candidate_ids": [2], "vote_delegations_from_ids": [31]},
            "meeting_user/33": {"id": 33, "meeting_id": 3, "user_id": 3, "speaker_ids": [1333], "structure_level_ids": [8], "assignment_candidate_ids": [3]},
            "meeting_user/41": {"id": 41, "meeting_id": 4, "user_id": 1},
            "list_of_speakers/11": {"id": 11, "meeting_id": 1, "sequential_number": 1, "content_object_id": "motion/11", "structure_level_list_of_speakers_ids": [111, 112, 113], "speaker_ids": [1112, 1113]},
            "list_of_speakers/21": {"id": 21, "meeting_id": 1, "sequential_number": 2, "content_object_id": "motion/12", "structure_level_list_of_speakers_ids": [211], "speaker_ids": []},
            "list_of_speakers/31": {"id": 31, "meeting_id": 1, "sequential_number": 3, "content_object_id": "motion/13", "structure_level_list_of_speakers_ids": [], "speaker_ids": []},
            "list_of_speakers/51": {"id": 51, "meeting_id": 1, "sequential_number": 5, "content_object_id": "motion/15", "structure_level_list_of_speakers_ids": [512], "speaker_ids": [5115]},
            "list_of_speakers/12": {"id": 12, "meeting_id": 2, "sequential_number": 1, "content_object_id": "motion/21", "structure_level_list_of_speakers_ids": [125, 126], "speaker_ids": []},
            "list_of_speakers/22": {"id": 22, "meeting_id": 2, "sequential_number": 2, "content_object_id": "motion/22", "speaker_ids": []},
            "list_of_speakers/13": {"id": 13, "meeting_id": 3, "sequential_number": 1, "content_object_id": "motion/31", "structure_level_list_of_speakers_ids": [139], "speaker_ids": [1331, 1332]},
            "motion/11": {"id": 11, "meeting_id": 1, "title": "Motion 1", "list_of_speakers_id": 11, "editor_ids": [1, 2], "working_group_speaker_ids": [1, 2], "submitter_ids": [1, 2], "supporter_ids": [1, 2]},
            "motion/12": {"id": 12, "meeting_id": 1, "title": "Motion 2", "list_of_speakers_id": 21},
            "motion/13": {"id": 13, "meeting_id": 1, "title": "Motion 3", "list_of_speakers_id": 31, "personal_note_ids": [3]},
            "motion/15": {"id": 15, "meeting_id": 1, "title": "Motion 5", "list_of_speakers_id": 51},
            "motion/21": {"id": 21, "meeting_id": 2, "title": "Motion 1", "list_of_speakers_id": 12, "personal_note_ids": [1, 2]},
            "motion/22": {"id": 22, "meeting_id": 2, "title": "Motion 2", "list_of_speakers_id": 22},
            "motion/31": {"id": 31, "meeting_id": 3, "title": "Motion 1", "list_of_speakers_id": 13, "editor_ids": [3], "working_group_speaker_ids": [3], "submitter_ids": [3], "supporter_ids": [3]},
            "personal_note/1": {"id": 1, "meeting_id": 2, "content_object_id": "motion/21", "meeting_user_id": 21},
            "personal_note/2": {"id": 2, "meeting_id": 2, "content_object_id": "motion/21", "meeting_user_id": 23},
            "personal_note/3": {"id": 3, "meeting_id": 1, "content_object_id": "motion/13", "meeting_user_id": 15},
            "motion_editor/1": {"id": 1, "meeting_id": 1, "motion_id": 11, "weight": 1},
            "motion_editor/2": {"id": 2, "meeting_id": 1, "motion_id": 11, "weight": 2},
            "motion_editor/3": {"id": 3, "meeting_id": 3, "motion_id": 31, "weight": 1},
            "motion_working_group_speaker/1": {"id": 1, "meeting_id": 1, "motion_id": 11, "weight": 1},
            "motion_working_group_speaker/2": {"id": 2, "meeting_id": 1, "motion_id": 11, "weight": 2},
            "motion_working_group_speaker/3": {"id": 3, "meeting_id": 3, "motion_id": 31, "weight": 1},
            "motion_submitter/1": {"id": 1, "meeting_id": 1, "motion_id": 11, "weight": 1},
            "motion_submitter/2": {"id": 2, "meeting_id": 1, "motion_id": 11, "weight": 2},
            "motion_submitter/3": {"id": 3, "meeting_id": 3, "motion_id": 31, "weight": 1},
            "motion_supporter/1": {"id": 1, "meeting_id": 1, "motion_id": 11},
            "motion_supporter/2": {"id": 2, "meeting_id": 1, "motion_id": 11},
            "motion_supporter/3": {"id": 3, "meeting_id": 3, "motion_id": 31},
            "assignment_candidate/1": {"id": 1, "meeting_id": 3},
            "assignment_candidate/2": {"id": 2, "meeting_id": 3},
            "assignment_candidate/3": {"id": 3, "meeting_id": 3},
            "chat_message/1": {"id": 1, "meeting_id": 1, "content": "Hey, any of u up?", "created": 100},
            "chat_message/2": {"id": 2, "meeting_id": 1, "content": "I am, wazzup dude?", "created": 200},
            "chat_message/3": {"id": 3, "meeting_id": 1, "content": "Wanna go ditch tomorrows conference and go bar hopping?", "created": 300},
            "chat_message/4": {"id": 4, "meeting_id": 1, "content": "Absolutely, ma man! Conf's gonna be hella boring anyway...", "created": 400},
            "chat_message/5": {"id": 5, "meeting_id": 1, "content": "Yo guys, can I join in?", "created": 500},
            "chat_message/6": {"id": 6, "meeting_id": 1, "content": "Why u even asking, bro? Of course!", "created": 600},
            "chat_message/7": {"id": 7, "meeting_id": 1, "content": "Totally rad, thx.", "created": 700},
            "chat_message/9": {"id": 9, "meeting_id": 1, "content": "Have fun everyone, I'll go to the conference and catch you up later.", "created": 1200},
            "chat_message/10": {"id": 10, "meeting_id": 1, "content": "You da man!", "created": 1300},
            "structure_level/1": {"id": 1, "meeting_id": 1, "meeting_user_ids": [12, 13], "name": "red", "color": "#ff0000", "structure_level_list_of_speakers_ids": [111, 211]},
            "structure_level/2": {"id": 2, "meeting_id": 1, "meeting_user_ids": [12, 13], "name": "green", "color": "#00ff00", "structure_level_list_of_speakers_ids": [112, 512]},
            "structure_level/3": {"id": 3, "meeting_id": 1, "meeting_user_ids": [], "name": "blue", "color": "#0000ff", "structure_level_list_of_speakers_ids": [113]},
            "structure_level/5": {"id": 5, "meeting_id": 2, "meeting_user_ids": [], "name": "green", "color": "#00ff00", "structure_level_list_of_speakers_ids": [125]},
            "structure_level/6": {"id": 6, "meeting_id": 2, "meeting_user_ids": [], "name": "blue", "color": "#0000ff", "structure_level_list_of_speakers_ids": [126]},
            "structure_level/7": {"id": 7, "meeting_id": 3, "meeting_user_ids": [], "name": "red", "color": "#ff0000"},
            "structure_level/8": {"id": 8, "meeting_id": 3, "meeting_user_ids": [], "name": "green", "color": "#00ff00"},
            "structure_level/9": {"id": 9, "meeting_id": 3, "meeting_user_ids": [], "name": "blue", "color": "#0000ff", "structure_level_list_of_speakers_ids": [139]},
            "point_of_order_category/1": {"id": 1, "text": "A", "rank": 1, "meeting_id": 1, "speaker_ids": [1112, 1113]},
            "point_of_order_category/2": {"id": 2, "text": "B", "rank": 2, "meeting_id": 1, "speaker_ids": []},
            "speaker/1112": {"id": 1112, "meeting_id": 1, "list_of_speakers_id": 11, "meeting_user_id": 12, "structure_level_list_of_speakers_id": 112, "point_of_order": true, "point_of_order_category_id": 1},
            "speaker/1113": {"id": 1113, "meeting_id": 1, "list_of_speakers_id": 11, "meeting_user_id": 13, "structure_level_list_of_speakers_id": 112, "point_of_order": true, "point_of_order_category_id": 1},
            "speaker/1114": {"id": 1114, "meeting_id": 1, "list_of_speakers_id": 11, "meeting_user_id": 14, "structure_level_list_of_speakers_id": 113, "speech_state": "intervention"},
            "speaker/2111": {"id": 2111, "meeting_id": 1, "list_of_speakers_id": 21, "meeting_user_id": 11, "structure_level_list_of_speakers_id": 211, "point_of_order": true, "point_of_order_category_id": 2},
            "speaker/2115": {"id": 2115, "meeting_id": 1, "list_of_speakers_id": 21, "meeting_user_id": 15, "structure_level_list_of_speakers_id": 211},
            "speaker/2116": {"id": 2116, "meeting_id": 1, "list_of_speakers_id": 21, "meeting_user_id": 16, "structure_level_list_of_speakers_id": 211, "speech_state": "interposed_question"},
            "speaker/3111": {"id": 3111, "meeting_id": 1, "list_of_speakers_id": 31, "meeting_user_id": 11, "structure_level_list_of_speakers_id": 311, "point_of_order": true, "point_of_order_category_id": 3},
            "speaker/3116": {"id": 3116, "meeting_id": 1, "list_of_speakers_id": 31, "meeting_user_id": 16, "speech_state": "pro"},
            "speaker/4111": {"id": 4111, "meeting_id": 1, "list_of_speakers_id": 41, "meeting_user_id": 11},
            "speaker/5115": {"id": 5115, "meeting_id": 1, "list_of_speakers_id": 51, "structure_level_list_of_speakers_id": 512, "begin_time": 100, "pause_time": 200},
            "speaker/1221": {"id": 1221, "meeting_id": 2, "list_of_speakers_id": 12, "meeting_user_id": 21, "structure_level_list_of_speakers_id": 125},
            "speaker/1223": {"id": 1223, "meeting_id": 2, "list_of_speakers_id": 12, "meeting_user_id": 23, "structure_level_list_of_speakers_id": 126},
            "speaker/2221": {"id": 2221, "meeting_id": 2, "list_of_speakers_id": 22, "meeting_user_id": 21},
            "speaker/1331": {"id": 1331, "meeting_id": 3, "list_of_speakers_id": 13, "begin_time": 100, "end_time": 200},
            "speaker/1332": {"id": 1332, "meeting_id": 3, "list_of_speakers_id": 13, "begin_time": 300},
            "speaker/1333": {"id": 1333, "meeting_id": 3, "list_of_speakers_id": 13, "meeting_user_id": 33, "structure_level_list_of_speakers_id": 139, "speech_state": "contra"},
            "structure_level_list_of_speakers/111": {"id": 111, "meeting_id": 1, "structure_level_id": 1, "list_of_speakers_id": 11},
            "structure_level_list_of_speakers/112": {"id": 112, "meeting_id": 1, "structure_level_id": 2, "list_of_speakers_id": 11, "speaker_ids": [1112, 1113]},
            "structure_level_list_of_speakers/113": {"id": 113, "meeting_id": 1, "structure_level_id": 3, "list_of_speakers_id": 11, "speaker_ids": []},
            "structure_level_list_of_speakers/211": {"id": 211, "meeting_id": 1, "structure_level_id": 1, "list_of_speakers_id": 21, "speaker_ids": []},
            "structure_level_list_of_speakers/512": {"id": 512, "meeting_id": 1, "structure_level_id": 2, "list_of_speakers_id": 51, "speaker_ids": [5115]},
            "structure_level_list_of_speakers/125": {"id": 125, "meeting_id": 2, "structure_level_id": 5, "list_of_speakers_id": 12, "speaker_ids": []},
            "structure_level_list_of_speakers/126": {"id": 126, "meeting_id": 2, "structure_level_id": 6, "list_of_speakers_id": 12, "speaker_ids": []},
            "structure_level_list_of_speakers/139": {"id": 139, "meeting_id": 3, "structure_level_id": 9, "list_of_speakers_id": 13, "speaker_ids": []}
        }
        """;
}
