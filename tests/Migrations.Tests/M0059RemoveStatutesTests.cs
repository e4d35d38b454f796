using System.Text.Json.Nodes;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;

namespace Migrations.Tests;

/// <summary>
/// 0059_remove_statutes: upstream's cases (tests/system/migrations/test_0059_remove_statutes.py) and ours. The expected
/// values of ours come from running upstream's migration (backend 4.2.30 on datastore 832a7812, both paths) on the
/// same data; where they show our deliberate differences, the comment says so.
/// </summary>
public class M0059RemoveStatutesTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0059_remove_statutes";

    /// <summary>Upstream's <c>write_comprehensive_data</c>: one position, a meeting with two statute motions and all that hangs off them.</summary>
    private static readonly string[] ComprehensiveData =
    [
        """{"type": "create", "fqid": "meeting/11", "fields": {"id": 11, "name": "string", "language": "string", "motions_statutes_enabled": true, "motions_statute_recommendations_by": 12, "motion_statute_paragraph_ids": [1, 2], "motions_default_statute_amendment_workflow_id": 1, "motion_ids": [1, 2], "motion_workflow_ids": [1], "motion_state_ids": [1], "motion_category_ids": [1], "motion_block_ids": [1], "meeting_user_ids": [1, 2], "tag_ids": [1, 2], "mediafile_ids": [1], "meeting_mediafile_ids": [1], "motion_working_group_speaker_ids": [1], "motion_change_recommendation_ids": [1], "motion_submitter_ids": [1], "motion_editor_ids": [1], "motion_comment_ids": [1], "motion_comment_section_ids": [1], "all_projection_ids": [1, 2, 3, 4, 5, 6, 7], "projector_ids": [1, 2], "personal_note_ids": [1], "group_ids": [1], "poll_candidate_list_ids": [1], "vote_ids": [1], "option_ids": [1, 2, 3], "poll_ids": [1], "agenda_item_ids": [1, 2, 3], "topic_ids": [1], "structure_level_list_of_speakers_ids": [1], "list_of_speakers_ids": [1], "structure_level_ids": [1], "speaker_ids": [1], "point_of_order_category_ids": [1]}}""",
        """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "statute_paragraph_id": 1, "title": "text", "recommendation_id": 1, "amendment_ids": [666], "state_extension_reference_ids": ["motion/2"], "referenced_in_motion_state_extension_ids": [2], "recommendation_extension_reference_ids": ["motion/2"], "referenced_in_motion_recommendation_extension_ids": [2], "category_id": 1, "block_id": 1, "supporter_meeting_user_ids": [1], "tag_ids": [1, 2], "attachment_meeting_mediafile_ids": [1], "working_group_speaker_ids": [1], "submitter_ids": [1], "editor_ids": [1], "comment_ids": [1], "projection_ids": [1], "personal_note_ids": [1], "option_ids": [1], "poll_ids": [1], "agenda_item_id": 2, "list_of_speakers_id": 1, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "statute_paragraph_id": 2, "title": "text", "meeting_id": 11, "recommendation_id": 1, "state_extension_reference_ids": ["motion/1"], "referenced_in_motion_state_extension_ids": [1], "recommendation_extension_reference_ids": ["motion/1"], "referenced_in_motion_recommendation_extension_ids": [1], "change_recommendation_ids": [1], "agenda_item_id": 1}}""",
        """{"type": "create", "fqid": "motion/666", "fields": {"id": 666, "lead_motion_id": 1}}""",
        """{"type": "create", "fqid": "motion_category/1", "fields": {"id": 1, "name": "AA", "meeting_id": 11, "motion_ids": [1]}}""",
        """{"type": "create", "fqid": "motion_block/1", "fields": {"id": 1, "name": "AA", "meeting_id": 11, "motion_ids": [1]}}""",
        """{"type": "create", "fqid": "meeting_user/1", "fields": {"id": 1, "user_id": 1, "motion_editor_ids": [1], "motion_submitter_ids": [1], "motion_working_group_speaker_ids": [1], "supported_motion_ids": [1], "speaker_ids": [1], "personal_note_ids": [1], "meeting_id": 11}}""",
        """{"type": "create", "fqid": "meeting_user/2", "fields": {"id": 2, "user_id": 2, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "user/1", "fields": {"id": 1, "meeting_ids": [11], "meeting_user_ids": [1], "poll_voted_ids": [1], "vote_ids": [1], "option_ids": [2]}}""",
        """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "meeting_ids": [11], "meeting_user_ids": [2], "delegated_vote_ids": [1]}}""",
        """{"type": "create", "fqid": "tag/1", "fields": {"id": 1, "name": "A Tag", "meeting_id": 11, "tagged_ids": ["motion/1", "agenda_item/3"]}}""",
        """{"type": "create", "fqid": "tag/2", "fields": {"id": 2, "name": "A 2nd Tag", "meeting_id": 11, "tagged_ids": ["motion/1", "agenda_item/1", "agenda_item/2"]}}""",
        """{"type": "create", "fqid": "meeting_mediafile/1", "fields": {"id": 1, "attachment_ids": ["motion/1"], "mediafile_id": 1, "is_public": true, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "mediafile/1", "fields": {"id": 1, "title": "A Media Attachment", "owner_id": "meeting/11", "is_public": true, "meeting_mediafile_ids": [1]}}""",
        """{"type": "create", "fqid": "motion_submitter/1", "fields": {"id": 1, "meeting_user_id": 1, "motion_id": 1, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "motion_editor/1", "fields": {"id": 1, "meeting_user_id": 1, "motion_id": 1, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "motion_working_group_speaker/1", "fields": {"id": 1, "meeting_user_id": 1, "motion_id": 1, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "motion_change_recommendation/1", "fields": {"id": 1, "line_from": 1, "line_to": 5, "text": "HTML", "motion_id": 2, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "motion_comment/1", "fields": {"id": 1, "comment": "HTML", "motion_id": 1, "section_id": 1, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "motion_comment_section/1", "fields": {"id": 1, "name": "A Comment Section", "comment_ids": [1], "meeting_id": 11}}""",
        """{"type": "create", "fqid": "projection/1", "fields": {"id": 1, "content_object_id": "motion/1", "current_projector_id": 1, "preview_projector_id": 1, "history_projector_id": 2, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "projection/2", "fields": {"id": 2, "content_object_id": "poll/1", "current_projector_id": 1, "history_projector_id": 2, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "projection/3", "fields": {"id": 3, "content_object_id": "agenda_item/1", "current_projector_id": 1, "preview_projector_id": 2, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "projection/4", "fields": {"id": 4, "content_object_id": "agenda_item/2", "current_projector_id": 2, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "projection/5", "fields": {"id": 5, "content_object_id": "agenda_item/3", "history_projector_id": 1, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "projection/6", "fields": {"id": 6, "content_object_id": "topic/1", "history_projector_id": 1, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "projection/7", "fields": {"id": 7, "content_object_id": "list_of_speakers/1", "preview_projector_id": 2, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "projector/1", "fields": {"id": 1, "current_projection_ids": [1, 2, 3], "preview_projection_ids": [1], "history_projection_ids": [5, 6], "meeting_id": 11}}""",
        """{"type": "create", "fqid": "projector/2", "fields": {"id": 2, "current_projection_ids": [4], "preview_projection_ids": [3, 7], "history_projection_ids": [1, 2], "meeting_id": 11}}""",
        """{"type": "create", "fqid": "personal_note/1", "fields": {"id": 1, "meeting_user_id": 1, "content_object_id": "motion/1", "meeting_id": 11}}""",
        """{"type": "create", "fqid": "poll/1", "fields": {"id": 1, "content_object_id": "motion/1", "option_ids": [1, 2, 3], "global_option_id": 1, "voted_ids": [1], "entitled_group_ids": [1], "projection_ids": [2], "meeting_id": 11}}""",
        """{"type": "create", "fqid": "option/1", "fields": {"id": 1, "content_object_id": "motion/1", "used_as_global_option_in_poll_id": 1, "vote_ids": [1], "poll_id": 1, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "option/2", "fields": {"id": 2, "content_object_id": "user/1", "vote_ids": [], "poll_id": 1, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "option/3", "fields": {"id": 3, "content_object_id": "poll_candidate_list/1", "vote_ids": [], "poll_id": 1, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "vote/1", "fields": {"id": 1, "delegated_user_id": 2, "user_id": 1, "meeting_id": 11, "option_id": 1}}""",
        """{"type": "create", "fqid": "poll_candidate_list/1", "fields": {"id": 1, "option_id": 3, "entries": {"user_id": 1, "weight": 20}, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "group/1", "fields": {"id": 1, "poll_ids": [1], "name": "A Group", "meeting_id": 11}}""",
        """{"type": "create", "fqid": "agenda_item/1", "fields": {"id": 1, "content_object_id": "motion/2", "parent_id": null, "child_ids": [2], "tag_ids": [2], "projection_ids": [3], "meeting_id": 11}}""",
        """{"type": "create", "fqid": "agenda_item/2", "fields": {"id": 2, "content_object_id": "motion/1", "parent_id": 1, "child_ids": [3], "tag_ids": [2], "projection_ids": [4], "meeting_id": 11}}""",
        """{"type": "create", "fqid": "agenda_item/3", "fields": {"id": 3, "content_object_id": "topic/1", "parent_id": 2, "child_ids": [], "tag_ids": [1], "projection_ids": [5], "meeting_id": 11}}""",
        """{"type": "create", "fqid": "topic/1", "fields": {"id": 1, "title": "A tropical topic", "agenda_item_id": 3, "projection_ids": [6], "meeting_id": 11}}""",
        """{"type": "create", "fqid": "list_of_speakers/1", "fields": {"id": 1, "content_object_id": "motion/1", "speaker_ids": [1], "structure_level_list_of_speakers_ids": [1], "projection_ids": [7], "meeting_id": 11}}""",
        """{"type": "create", "fqid": "structure_level_list_of_speakers/1", "fields": {"id": 1, "structure_level_id": 1, "list_of_speakers_id": 1, "initial_time": 30, "speaker_ids": [1], "meeting_id": 11}}""",
        """{"type": "create", "fqid": "structure_level/1", "fields": {"id": 1, "name": "ErstePartei", "color": "#FF0000", "default_time": 30, "structure_level_list_of_speakers_ids": [1], "meeting_id": 11}}""",
        """{"type": "create", "fqid": "speaker/1", "fields": {"id": 1, "meeting_user_id": 1, "point_of_order_category_id": 1, "list_of_speakers_id": 1, "structure_level_list_of_speakers_id": 1, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "point_of_order_category/1", "fields": {"id": 1, "text": "A point of order category", "speaker_ids": [1], "rank": 1, "meeting_id": 11}}""",
        """{"type": "create", "fqid": "motion_workflow/1", "fields": {"id": 1, "default_statute_amendment_workflow_meeting_id": 11, "state_ids": [1], "meeting_id": 11}}""",
        """{"type": "create", "fqid": "motion_statute_paragraph/1", "fields": {"id": 1, "title": "string", "text": "HTML", "meeting_id": 11, "motion_ids": [1]}}""",
        """{"type": "create", "fqid": "motion_statute_paragraph/2", "fields": {"id": 2, "title": "string", "text": "HTML", "meeting_id": 11, "motion_ids": [2]}}""",
        """{"type": "create", "fqid": "motion_state/1", "fields": {"id": 1, "name": "string", "workflow_id": 1, "motion_recommendation_ids": [1, 2], "meeting_id": 11}}""",
    ];

    /// <summary>
    /// Upstream's <c>data_update</c> of test_migration_full: per model of <see cref="ComprehensiveData"/>, what the
    /// migration changes (null: the field is removed).
    /// </summary>
    private const string MigrationFullChanges = """
        {
            "meeting/11": {"motion_statute_paragraph_ids": null, "motions_statutes_enabled": null, "motions_statute_recommendations_by": null, "motions_default_statute_amendment_workflow_id": null, "agenda_item_ids": [3], "all_projection_ids": [5, 6], "motion_change_recommendation_ids": null, "motion_comment_ids": null, "motion_editor_ids": null, "motion_ids": null, "motion_submitter_ids": null, "list_of_speakers_ids": null, "structure_level_list_of_speakers_ids": null, "vote_ids": null, "speaker_ids": null, "poll_ids": null, "personal_note_ids": null, "option_ids": null, "motion_working_group_speaker_ids": null},
            "motion/1": {"meta_deleted": true},
            "motion/2": {"meta_deleted": true},
            "motion/666": {"meta_deleted": true},
            "motion_category/1": {"motion_ids": null},
            "motion_block/1": {"motion_ids": null},
            "meeting_user/1": {"motion_editor_ids": null, "motion_submitter_ids": null, "motion_working_group_speaker_ids": null, "personal_note_ids": null, "speaker_ids": null, "supported_motion_ids": null},
            "meeting_user/2": {"motion_editor_ids": null, "motion_submitter_ids": null, "motion_working_group_speaker_ids": null, "personal_note_ids": null, "speaker_ids": null, "supported_motion_ids": null},
            "user/1": {"motion_ids": null, "option_ids": null, "poll_voted_ids": null, "vote_ids": null},
            "user/2": {"motion_ids": null, "delegated_vote_ids": null},
            "tag/1": {"tagged_ids": ["agenda_item/3"]},
            "tag/2": {"tagged_ids": null},
            "meeting_mediafile/1": {"attachment_ids": null},
            "motion_submitter/1": {"meta_deleted": true},
            "motion_editor/1": {"meta_deleted": true},
            "motion_working_group_speaker/1": {"meta_deleted": true},
            "motion_change_recommendation/1": {"meta_deleted": true},
            "motion_statute_paragraph/1": {"meta_deleted": true},
            "motion_statute_paragraph/2": {"meta_deleted": true},
            "motion_comment/1": {"meta_deleted": true},
            "motion_comment_section/1": {"comment_ids": null},
            "projection/1": {"meta_deleted": true},
            "projection/2": {"meta_deleted": true},
            "projection/3": {"meta_deleted": true},
            "projection/4": {"meta_deleted": true},
            "projection/7": {"meta_deleted": true},
            "projector/1": {"preview_projection_ids": null, "current_projection_ids": null},
            "projector/2": {"preview_projection_ids": null, "current_projection_ids": null, "history_projection_ids": null},
            "personal_note/1": {"meta_deleted": true},
            "poll/1": {"meta_deleted": true},
            "option/1": {"meta_deleted": true},
            "option/2": {"meta_deleted": true},
            "option/3": {"meta_deleted": true},
            "vote/1": {"meta_deleted": true},
            "poll_candidate_list/1": {"option_id": null},
            "group/1": {"poll_ids": null},
            "agenda_item/1": {"meta_deleted": true},
            "agenda_item/2": {"meta_deleted": true},
            "agenda_item/3": {"parent_id": null},
            "list_of_speakers/1": {"meta_deleted": true},
            "structure_level_list_of_speakers/1": {"meta_deleted": true},
            "structure_level/1": {"structure_level_list_of_speakers_ids": null},
            "speaker/1": {"meta_deleted": true},
            "point_of_order_category/1": {"speaker_ids": null},
            "motion_workflow/1": {"default_statute_amendment_workflow_meeting_id": null},
            "motion_state/1": {"motion_recommendation_ids": null}
        }
        """;

    // ---------------------------------------------------------------------------------------------------------------
    // upstream's cases

    [Fact]
    public async Task M0059_delete_motion_without_sideffects()
    {
        await Write("""{"type": "create", "fqid": "meeting/11", "fields": {"id": 11, "name": "string", "language": "string", "motions_statutes_enabled": true, "motions_statute_recommendations_by": 12, "motion_statute_paragraph_ids": [1], "motion_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "statute_paragraph_id": 1, "title": "text", "meeting_id": 11}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "title": "text", "meeting_id": 11}}""",
            """{"type": "create", "fqid": "motion_statute_paragraph/1", "fields": {"id": 1, "title": "string", "text": "HTML", "meeting_id": 11, "motion_ids": [1]}}""");
        await Finalize(Name);
        await AssertBackendModel("motion/2", """{"id": 2, "title": "text", "meeting_id": 11}""");
        await AssertBackendModel("motion/1", """{"id": 1, "statute_paragraph_id": 1, "title": "text", "meeting_id": 11, "meta_deleted": true}""");
    }

    [Fact]
    public async Task M0059_no_sideffects_submodels()
    {
        string[] submodels =
        [
            """{"type": "create", "fqid": "motion/3", "fields": {"id": 3, "title": "text", "recommendation_id": 2, "state_extension_reference_ids": ["motion/4"], "referenced_in_motion_state_extension_ids": [4], "recommendation_extension_reference_ids": ["motion/4"], "referenced_in_motion_recommendation_extension_ids": [4], "category_id": 1, "block_id": 2, "supporter_meeting_user_ids": [1], "tag_ids": [1], "attachment_meeting_mediafile_ids": [2], "working_group_speaker_ids": [2], "submitter_ids": [2], "editor_ids": [2], "comment_ids": [2], "projection_ids": [11], "personal_note_ids": [2], "option_ids": [11], "poll_ids": [2], "agenda_item_id": 12, "list_of_speakers_id": 2, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "motion/4", "fields": {"id": 4, "title": "text", "recommendation_id": 2, "state_extension_reference_ids": ["motion/3"], "referenced_in_motion_state_extension_ids": [3], "recommendation_extension_reference_ids": ["motion/3"], "referenced_in_motion_recommendation_extension_ids": [3], "change_recommendation_ids": [2], "agenda_item_id": 11, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "motion_block/2", "fields": {"id": 2, "name": "AA", "meeting_id": 11, "motion_ids": [3]}}""",
            """{"type": "create", "fqid": "meeting_mediafile/2", "fields": {"id": 2, "mediafile_id": 2, "attachment_ids": ["motion/3"], "is_public": true, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "mediafile/2", "fields": {"id": 2, "title": "A Media Attachment", "owner_id": "meeting/11", "is_public": true, "meeting_mediafile_ids": [2]}}""",
            """{"type": "create", "fqid": "motion_submitter/2", "fields": {"id": 2, "meeting_user_id": 1, "motion_id": 3, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "motion_editor/2", "fields": {"id": 2, "meeting_user_id": 1, "motion_id": 3, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "motion_working_group_speaker/2", "fields": {"id": 2, "meeting_user_id": 1, "motion_id": 3, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "motion_change_recommendation/2", "fields": {"id": 2, "line_from": 1, "line_to": 5, "text": "HTML", "motion_id": 4, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "motion_comment/2", "fields": {"id": 2, "comment": "HTML", "motion_id": 3, "section_id": 2, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "motion_comment_section/2", "fields": {"id": 2, "name": "A Comment Section", "comment_ids": [2], "meeting_id": 11}}""",
            """{"type": "create", "fqid": "projection/11", "fields": {"id": 11, "content_object_id": "motion/3", "current_projector_id": 3, "preview_projector_id": 3, "history_projector_id": 4, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "projection/12", "fields": {"id": 12, "content_object_id": "poll/2", "current_projector_id": 3, "history_projector_id": 4, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "projection/13", "fields": {"id": 13, "content_object_id": "agenda_item/11", "current_projector_id": 3, "preview_projector_id": 4, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "projection/14", "fields": {"id": 14, "content_object_id": "agenda_item/12", "current_projector_id": 4, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "projection/15", "fields": {"id": 15, "content_object_id": "agenda_item/13", "history_projector_id": 3, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "projection/16", "fields": {"id": 16, "content_object_id": "topic/2", "history_projector_id": 3, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "projection/17", "fields": {"id": 17, "content_object_id": "list_of_speakers/2", "preview_projector_id": 4, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "projector/3", "fields": {"id": 3, "current_projection_ids": [11, 12, 13], "preview_projection_ids": [11], "history_projection_ids": [15, 16], "meeting_id": 11}}""",
            """{"type": "create", "fqid": "projector/4", "fields": {"id": 4, "current_projection_ids": [14], "preview_projection_ids": [13, 17], "history_projection_ids": [11, 12], "meeting_id": 11}}""",
            """{"type": "create", "fqid": "personal_note/2", "fields": {"id": 2, "meeting_user_id": 1, "content_object_id": "motion/3", "meeting_id": 11}}""",
            """{"type": "create", "fqid": "poll/2", "fields": {"id": 2, "content_object_id": "motion/3", "option_ids": [11, 12, 13], "global_option_id": 11, "voted_ids": [1, 2], "entitled_group_ids": [1], "projection_ids": [12], "meeting_id": 11}}""",
            """{"type": "create", "fqid": "option/11", "fields": {"id": 11, "content_object_id": "motion/3", "used_as_global_option_in_poll_id": 2, "vote_ids": [2], "poll_id": 2, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "option/12", "fields": {"id": 12, "content_object_id": "user/1", "vote_ids": [], "poll_id": 2, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "option/13", "fields": {"id": 13, "content_object_id": "poll_candidate_list/2", "vote_ids": [], "poll_id": 2, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "vote/2", "fields": {"id": 2, "delegated_user_id": 2, "user_id": 1, "meeting_id": 11, "option_id": 11}}""",
            """{"type": "create", "fqid": "poll_candidate_list/2", "fields": {"id": 2, "option_id": 13, "entries": {"user_id": 1, "weight": 20}, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "agenda_item/11", "fields": {"id": 11, "content_object_id": "motion/4", "parent_id": null, "child_ids": [12], "tag_ids": [2], "projection_ids": [13], "meeting_id": 11}}""",
            """{"type": "create", "fqid": "agenda_item/12", "fields": {"id": 12, "content_object_id": "motion/3", "parent_id": 11, "child_ids": [13], "tag_ids": [2], "projection_ids": [14], "meeting_id": 11}}""",
            """{"type": "create", "fqid": "agenda_item/13", "fields": {"id": 13, "content_object_id": "topic/2", "parent_id": 12, "child_ids": [], "tag_ids": [1], "projection_ids": [15], "meeting_id": 11}}""",
            """{"type": "create", "fqid": "topic/2", "fields": {"id": 2, "title": "A topical tropic", "agenda_item_id": 13, "projection_ids": [16], "meeting_id": 11}}""",
            """{"type": "create", "fqid": "list_of_speakers/2", "fields": {"id": 2, "content_object_id": "motion/3", "speaker_ids": [2], "structure_level_list_of_speakers_ids": [2], "projection_ids": [17], "meeting_id": 11}}""",
            """{"type": "create", "fqid": "structure_level_list_of_speakers/2", "fields": {"id": 2, "structure_level_id": 1, "list_of_speakers_id": 2, "initial_time": 30, "speaker_ids": [2], "meeting_id": 11}}""",
            """{"type": "create", "fqid": "speaker/2", "fields": {"id": 2, "meeting_user_id": 1, "point_of_order_category_id": 2, "list_of_speakers_id": 2, "structure_level_list_of_speakers_id": 2, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "point_of_order_category/2", "fields": {"id": 2, "text": "A point of order category", "speaker_ids": [2], "rank": 1, "meeting_id": 11}}""",
            """{"type": "create", "fqid": "motion_workflow/2", "fields": {"id": 2, "state_ids": [2], "meeting_id": 11}}""",
            """{"type": "create", "fqid": "motion_state/2", "fields": {"id": 2, "name": "string", "workflow_id": 2, "motion_recommendation_ids": [3, 4], "meeting_id": 11}}""",
        ];
        await Write(ComprehensiveData);
        await Write(
        [
            """{"type": "update", "fqid": "meeting/11", "fields": {"motion_ids": [1, 2, 3, 4], "motion_workflow_ids": [1, 2], "motion_state_ids": [1, 2], "motion_block_ids": [1, 2], "mediafile_ids": [1, 2], "meeting_mediafile_ids": [1, 2], "motion_working_group_speaker_ids": [1, 2], "motion_change_recommendation_ids": [1, 2], "motion_submitter_ids": [1, 2], "motion_editor_ids": [1, 2], "motion_comment_ids": [1, 2], "motion_comment_section_ids": [1, 2], "all_projection_ids": [1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 14, 15, 16, 17], "projector_ids": [1, 2, 3, 4], "personal_note_ids": [1, 2], "poll_candidate_list_ids": [1, 2], "vote_ids": [1, 2], "option_ids": [1, 2, 3, 11, 12, 13], "poll_ids": [1, 2], "agenda_item_ids": [1, 2, 3, 11, 12, 13], "topic_ids": [1, 2], "list_of_speakers_ids": [1, 2], "structure_level_list_of_speakers_ids": [1, 2], "speaker_ids": [1, 2], "point_of_order_category_ids": [1, 2]}}""",
            """{"type": "update", "fqid": "structure_level/1", "fields": {"structure_level_list_of_speakers_ids": [1, 2]}}""",
            """{"type": "update", "fqid": "motion_category/1", "fields": {"motion_ids": [1, 3]}}""",
            """{"type": "update", "fqid": "meeting_user/1", "fields": {"motion_editor_ids": [1, 2], "motion_submitter_ids": [1, 2], "motion_working_group_speaker_ids": [1, 2], "supported_motion_ids": [1, 3], "speaker_ids": [1, 2], "personal_note_ids": [1, 2], "meeting_id": 11}}""",
            """{"type": "update", "fqid": "user/1", "fields": {"poll_voted_ids": [1, 2], "vote_ids": [1, 2], "option_ids": [2, 12]}}""",
            """{"type": "update", "fqid": "user/2", "fields": {"delegated_vote_ids": [1, 2], "poll_voted_ids": [1, 2]}}""",
            """{"type": "update", "fqid": "group/1", "fields": {"poll_ids": [1, 2]}}""",
            """{"type": "update", "fqid": "poll/1", "fields": {"voted_ids": [1, 2]}}""",
            """{"type": "update", "fqid": "tag/1", "fields": {"tagged_ids": ["motion/1", "agenda_item/3", "motion/3", "agenda_item/13"]}}""",
            """{"type": "update", "fqid": "tag/2", "fields": {"tagged_ids": ["agenda_item/1", "agenda_item/2", "agenda_item/11", "agenda_item/12"]}}""",
            .. submodels,
        ]);
        await Finalize(Name);
        await AssertBackendModel("motion/1", """{"id": 1, "statute_paragraph_id": 1, "title": "text", "amendment_ids": [666], "agenda_item_id": 2, "attachment_meeting_mediafile_ids": [1], "block_id": 1, "category_id": 1, "comment_ids": [1], "working_group_speaker_ids": [1], "editor_ids": [1], "list_of_speakers_id": 1, "option_ids": [1], "personal_note_ids": [1], "poll_ids": [1], "recommendation_extension_reference_ids": ["motion/2"], "recommendation_id": 1, "referenced_in_motion_recommendation_extension_ids": [2], "referenced_in_motion_state_extension_ids": [2], "state_extension_reference_ids": ["motion/2"], "submitter_ids": [1], "supporter_meeting_user_ids": [1], "tag_ids": [1, 2], "meeting_id": 11, "projection_ids": [1], "meta_deleted": true}""");
        await AssertBackendModel("motion/2", """{"id": 2, "title": "text", "agenda_item_id": 1, "change_recommendation_ids": [1], "recommendation_extension_reference_ids": ["motion/1"], "recommendation_id": 1, "referenced_in_motion_recommendation_extension_ids": [1], "referenced_in_motion_state_extension_ids": [1], "state_extension_reference_ids": ["motion/1"], "statute_paragraph_id": 2, "meeting_id": 11, "meta_deleted": true}""");
        await AssertBackendModel("tag/2", """{"id": 2, "name": "A 2nd Tag", "meeting_id": 11, "tagged_ids": ["agenda_item/11", "agenda_item/12"]}""");
        // Upstream then asserts each of its dicts, which its write stripped of their None values.
        foreach (var (fqid, fields) in Created(submodels))
        {
            await AssertBackendModel(fqid, fields.ToJsonString());
        }
    }

    [Fact]
    public async Task M0059_two_meetings()
    {
        await Write(ComprehensiveData);
        await Write("""{"type": "create", "fqid": "meeting/12", "fields": {"id": 12, "name": "string", "language": "string", "motions_statutes_enabled": true, "motions_statute_recommendations_by": 12, "motion_statute_paragraph_ids": [3], "motion_ids": [3], "motion_state_ids": [2], "motion_workflow_ids": [2], "motions_default_statute_amendment_workflow_id": 2}}""",
            """{"type": "create", "fqid": "motion_statute_paragraph/3", "fields": {"id": 3, "title": "string", "text": "HTML", "meeting_id": 12, "motion_ids": [3]}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"id": 3, "statute_paragraph_id": 3, "title": "text", "meeting_id": 12, "recommendation_id": 2}}""",
            """{"type": "create", "fqid": "motion_workflow/2", "fields": {"id": 2, "default_statute_amendment_workflow_meeting_id": 12, "state_ids": [2], "meeting_id": 12}}""",
            """{"type": "create", "fqid": "motion_state/2", "fields": {"id": 2, "name": "string", "workflow_id": 2, "motion_recommendation_ids": [3], "meeting_id": 12}}""");
        await Finalize(Name);
        await AssertBackendModel("motion/1", """{"id": 1, "statute_paragraph_id": 1, "title": "text", "meeting_id": 11, "recommendation_id": 1, "amendment_ids": [666], "state_extension_reference_ids": ["motion/2"], "referenced_in_motion_state_extension_ids": [2], "recommendation_extension_reference_ids": ["motion/2"], "referenced_in_motion_recommendation_extension_ids": [2], "attachment_meeting_mediafile_ids": [1], "block_id": 1, "category_id": 1, "supporter_meeting_user_ids": [1], "tag_ids": [1, 2], "comment_ids": [1], "working_group_speaker_ids": [1], "editor_ids": [1], "personal_note_ids": [1], "submitter_ids": [1], "poll_ids": [1], "option_ids": [1], "agenda_item_id": 2, "list_of_speakers_id": 1, "projection_ids": [1], "meta_deleted": true}""");
        await AssertBackendModel("motion/3", """{"id": 3, "statute_paragraph_id": 3, "title": "text", "meeting_id": 12, "recommendation_id": 2, "meta_deleted": true}""");
        await AssertBackendModel("meeting/11", """{"id": 11, "name": "string", "language": "string", "motion_workflow_ids": [1], "motion_state_ids": [1], "mediafile_ids": [1], "meeting_mediafile_ids": [1], "meeting_user_ids": [1, 2], "motion_block_ids": [1], "motion_category_ids": [1], "motion_comment_section_ids": [1], "tag_ids": [1, 2], "group_ids": [1], "poll_candidate_list_ids": [1], "agenda_item_ids": [3], "all_projection_ids": [5, 6], "projector_ids": [1, 2], "topic_ids": [1], "point_of_order_category_ids": [1], "structure_level_ids": [1]}""");
        await AssertBackendModel("meeting/12", """{"id": 12, "name": "string", "language": "string", "motion_state_ids": [2], "motion_workflow_ids": [2]}""");
        await AssertBackendModel("motion_statute_paragraph/1", """{"id": 1, "title": "string", "text": "HTML", "meeting_id": 11, "motion_ids": [1], "meta_deleted": true}""");
        await AssertBackendModel("motion_statute_paragraph/2", """{"id": 2, "title": "string", "text": "HTML", "meeting_id": 11, "motion_ids": [2], "meta_deleted": true}""");
        await AssertBackendModel("motion_statute_paragraph/3", """{"id": 3, "title": "string", "text": "HTML", "meeting_id": 12, "motion_ids": [3], "meta_deleted": true}""");
        await AssertBackendModel("motion_workflow/2", """{"id": 2, "state_ids": [2], "meeting_id": 12}""");
    }

    [Fact]
    public async Task M0059_migration_full()
    {
        await Write(ComprehensiveData);
        await Finalize(Name);
        var changes = Json.Obj(MigrationFullChanges);
        foreach (var (fqid, fields) in Created(ComprehensiveData))
        {
            Apply(fields, changes[fqid]?.AsObject());
            await AssertBackendModel(fqid, fields.ToJsonString());
        }
    }

    [Fact]
    public async Task M0059_non_deleted_motion_extension()
    {
        await Write(ComprehensiveData);
        await Write("""{"type": "update", "fqid": "motion/2", "fields": {"state_extension_reference_ids": ["motion/1", "motion/3"], "recommendation_extension_reference_ids": ["motion/1", "motion/3"]}}""",
            """{"type": "update", "fqid": "meeting/11", "fields": {"motion_ids": [1, 2, 3]}}""",
            """{"type": "update", "fqid": "motion_state/1", "fields": {"motion_recommendation_ids": [1, 2, 3]}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"id": 3, "title": "text", "meeting_id": 11, "recommendation_id": 1, "referenced_in_motion_state_extension_ids": [2], "referenced_in_motion_recommendation_extension_ids": [2]}}""");
        await Finalize(Name);
        await AssertBackendModel("motion/3", """{"id": 3, "title": "text", "meeting_id": 11, "recommendation_id": 1}""");
        await AssertBackendModel("motion/2", """{"id": 2, "statute_paragraph_id": 2, "title": "text", "recommendation_id": 1, "state_extension_reference_ids": ["motion/1", "motion/3"], "referenced_in_motion_state_extension_ids": [1], "recommendation_extension_reference_ids": ["motion/1", "motion/3"], "referenced_in_motion_recommendation_extension_ids": [1], "change_recommendation_ids": [1], "agenda_item_id": 1, "meeting_id": 11, "meta_deleted": true}""");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // ours

    /// <summary>
    /// Ours: the position upstream's migration writes for test_migration_full's data, event by event: the deletes per
    /// schema collection in Python set order, the cleaned back relations per foreign collection in staging order (as
    /// the writer splits them into update and deletefields), then paragraphs, workflows and meetings.
    /// </summary>
    [Fact]
    public async Task M0059_events_are_upstreams()
    {
        await Write(ComprehensiveData);
        await Finalize(Name);
        await AssertEvents(2,
        [
            ("motion/1", "delete", null),
            ("motion/2", "delete", null),
            ("motion/666", "delete", null),
            ("motion_submitter/1", "delete", null),
            ("motion_editor/1", "delete", null),
            ("motion_working_group_speaker/1", "delete", null),
            ("personal_note/1", "delete", null),
            ("motion_comment/1", "delete", null),
            ("motion_change_recommendation/1", "delete", null),
            ("poll/1", "delete", null),
            ("option/1", "delete", null),
            ("option/2", "delete", null),
            ("option/3", "delete", null),
            ("vote/1", "delete", null),
            ("agenda_item/1", "delete", null),
            ("agenda_item/2", "delete", null),
            ("list_of_speakers/1", "delete", null),
            ("speaker/1", "delete", null),
            ("structure_level_list_of_speakers/1", "delete", null),
            ("projection/1", "delete", null),
            ("projection/2", "delete", null),
            ("projection/3", "delete", null),
            ("projection/4", "delete", null),
            ("projection/7", "delete", null),
            ("meeting/11", "update", """{"agenda_item_ids": [3], "all_projection_ids": [5, 6]}"""),
            ("meeting/11", "deletefields", """["motion_ids", "motion_submitter_ids", "motion_editor_ids", "motion_working_group_speaker_ids", "personal_note_ids", "motion_comment_ids", "motion_change_recommendation_ids", "poll_ids", "list_of_speakers_ids", "option_ids", "speaker_ids", "structure_level_list_of_speakers_ids", "vote_ids"]"""),
            ("tag/1", "update", """{"tagged_ids": ["agenda_item/3"]}"""),
            ("tag/2", "deletefields", """["tagged_ids"]"""),
            ("motion_state/1", "deletefields", """["motion_recommendation_ids"]"""),
            ("motion_category/1", "deletefields", """["motion_ids"]"""),
            ("motion_block/1", "deletefields", """["motion_ids"]"""),
            ("meeting_user/1", "deletefields", """["supported_motion_ids", "motion_submitter_ids", "motion_editor_ids", "motion_working_group_speaker_ids", "personal_note_ids", "speaker_ids"]"""),
            ("meeting_mediafile/1", "deletefields", """["attachment_ids"]"""),
            ("motion_comment_section/1", "deletefields", """["comment_ids"]"""),
            ("group/1", "deletefields", """["poll_ids"]"""),
            ("user/1", "deletefields", """["poll_voted_ids", "option_ids", "vote_ids"]"""),
            ("user/2", "deletefields", """["delegated_vote_ids"]"""),
            ("poll_candidate_list/1", "deletefields", """["option_id"]"""),
            ("agenda_item/3", "deletefields", """["parent_id"]"""),
            ("point_of_order_category/1", "deletefields", """["speaker_ids"]"""),
            ("structure_level/1", "deletefields", """["structure_level_list_of_speakers_ids"]"""),
            ("projector/1", "deletefields", """["current_projection_ids", "preview_projection_ids"]"""),
            ("projector/2", "deletefields", """["history_projection_ids", "preview_projection_ids", "current_projection_ids"]"""),
            ("motion_statute_paragraph/1", "delete", null),
            ("motion_statute_paragraph/2", "delete", null),
            ("motion_workflow/1", "deletefields", """["default_statute_amendment_workflow_meeting_id"]"""),
            ("meeting/11", "deletefields", """["motions_statutes_enabled", "motions_statute_recommendations_by", "motion_statute_paragraph_ids", "motions_default_statute_amendment_workflow_id"]"""),
        ]);
    }

    /// <summary>
    /// Ours: in memory (migrate-file, the meeting import) the same events are applied, but deleted models stay in the
    /// result with their data (upstream's in-memory deletion only flags them, and the flag goes with the meta fields):
    /// the result is test_migration_full's data with its changes except the deletions, exactly, list order included.
    /// </summary>
    [Fact]
    public async Task M0059_in_memory_deleted_models_stay_and_relations_are_cleaned()
    {
        var result = await MigrateInMemory(Name, ModelsJson(ComprehensiveData));
        var changes = Json.Obj(MigrationFullChanges);
        var expected = new JsonObject();
        foreach (var (fqid, fields) in Created(ComprehensiveData))
        {
            var notDeleting = changes[fqid]?.AsObject().DeepClone().AsObject();
            notDeleting?.Remove("meta_deleted");
            Apply(fields, notDeleting);
            expected[fqid] = fields;
        }

        AssertModels(result, expected);
    }

    /// <summary>
    /// Ours: without statute motions nothing is cascaded; the live paragraph is deleted (the deleted one is not read),
    /// only a truthy workflow field is removed (0 stays; the database path's null key of a missing field adds no
    /// event), and every live meeting loses the four fields, whether it has them or not; the deleted meeting is left.
    /// </summary>
    [Fact]
    public async Task M0059_without_statute_motions_only_paragraphs_workflows_and_meetings_change()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motions_statutes_enabled": true, "motions_statute_recommendations_by": 2, "motions_default_statute_amendment_workflow_id": 1, "motion_statute_paragraph_ids": [1], "motion_ids": [5], "motion_workflow_ids": [1, 2, 3]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "name": "plain"}}""",
            """{"type": "create", "fqid": "meeting/3", "fields": {"id": 3, "motions_statutes_enabled": true}}""",
            """{"type": "create", "fqid": "motion/5", "fields": {"id": 5, "meeting_id": 1, "title": "t"}}""",
            """{"type": "create", "fqid": "motion_statute_paragraph/1", "fields": {"id": 1, "meeting_id": 1, "title": "p"}}""",
            """{"type": "create", "fqid": "motion_statute_paragraph/2", "fields": {"id": 2, "meeting_id": 1, "title": "gone"}}""",
            """{"type": "create", "fqid": "motion_workflow/1", "fields": {"id": 1, "meeting_id": 1, "default_statute_amendment_workflow_meeting_id": 1}}""",
            """{"type": "create", "fqid": "motion_workflow/2", "fields": {"id": 2, "meeting_id": 1}}""",
            """{"type": "create", "fqid": "motion_workflow/3", "fields": {"id": 3, "meeting_id": 1, "default_statute_amendment_workflow_meeting_id": 0}}""");
        await Write("""{"type": "delete", "fqid": "meeting/3"}""",
            """{"type": "delete", "fqid": "motion_statute_paragraph/2"}""");
        await Finalize(Name);
        await AssertEvents(3,
        [
            ("motion_statute_paragraph/1", "delete", null),
            ("motion_workflow/1", "deletefields", """["default_statute_amendment_workflow_meeting_id"]"""),
            ("meeting/1", "deletefields", """["motions_statutes_enabled", "motions_statute_recommendations_by", "motion_statute_paragraph_ids", "motions_default_statute_amendment_workflow_id"]"""),
            ("meeting/2", "deletefields", """["motions_statutes_enabled", "motions_statute_recommendations_by", "motion_statute_paragraph_ids", "motions_default_statute_amendment_workflow_id"]"""),
        ]);
        await AssertBackendModel("meeting/1", """{"id": 1, "motion_ids": [5], "motion_workflow_ids": [1, 2, 3]}""");
        await AssertBackendModel("meeting/2", """{"id": 2, "name": "plain"}""");
        await AssertBackendModel("meeting/3", """{"id": 3, "motions_statutes_enabled": true, "meta_deleted": true}""");
        await AssertBackendModel("motion/5", """{"id": 5, "meeting_id": 1, "title": "t"}""");
        await AssertBackendModel("motion_statute_paragraph/1", """{"id": 1, "meeting_id": 1, "title": "p", "meta_deleted": true}""");
        await AssertBackendModel("motion_statute_paragraph/2", """{"id": 2, "meeting_id": 1, "title": "gone", "meta_deleted": true}""");
        await AssertBackendModel("motion_workflow/1", """{"id": 1, "meeting_id": 1}""");
        await AssertBackendModel("motion_workflow/2", """{"id": 2, "meeting_id": 1}""");
        await AssertBackendModel("motion_workflow/3", """{"id": 3, "meeting_id": 1, "default_statute_amendment_workflow_meeting_id": 0}""");
    }

    /// <summary>
    /// Upstream refuses a statute motion with a lead motion (the datastore's MigrationException, "A statute motion
    /// cannot have a lead motion.", for the first it meets). Ours refuses the same data, with the backend-style
    /// exception naming every such motion; nothing is written.
    /// </summary>
    [Fact]
    public async Task M0059_a_statute_motion_with_a_lead_motion_fails_naming_it()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [1, 2, 3, 4]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "statute_paragraph_id": 1, "lead_motion_id": 2}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "meeting_id": 1, "amendment_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"id": 3, "meeting_id": 1, "statute_paragraph_id": 1, "lead_motion_id": 4}}""",
            """{"type": "create", "fqid": "motion/4", "fields": {"id": 4, "meeting_id": 1, "amendment_ids": [3]}}""",
            """{"type": "create", "fqid": "motion_statute_paragraph/1", "fields": {"id": 1, "meeting_id": 1, "motion_ids": [1, 3]}}""");
        var error = await FinalizeFails(Name);
        Assert.IsType<MigrationException>(error);
        Assert.Equal(
            "Migration exception:\n"
            + "* A statute motion cannot have a lead motion: motion/1 has lead_motion_id 2.\n"
            + "* A statute motion cannot have a lead motion: motion/3 has lead_motion_id 4.",
            error.Message);
    }

    /// <summary>Ours: the in-memory path refuses the same data (upstream's does too).</summary>
    [Fact]
    public async Task M0059_in_memory_a_statute_motion_with_a_lead_motion_fails()
    {
        string[] events =
        [
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [1, 2, 3, 4]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "statute_paragraph_id": 1, "lead_motion_id": 2}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "meeting_id": 1, "amendment_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"id": 3, "meeting_id": 1, "statute_paragraph_id": 1, "lead_motion_id": 4}}""",
            """{"type": "create", "fqid": "motion/4", "fields": {"id": 4, "meeting_id": 1, "amendment_ids": [3]}}""",
            """{"type": "create", "fqid": "motion_statute_paragraph/1", "fields": {"id": 1, "meeting_id": 1, "motion_ids": [1, 3]}}""",
        ];
        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => MigrateInMemory(Name, ModelsJson(events)));
        var error = Assert.IsType<MigrationException>(failure.InnerException);
        Assert.Contains("motion/1 has lead_motion_id 2", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Ours: a deleted statute motion is not read (meta_deleted != true), its lead motion is no obstacle, and its relations are left.</summary>
    [Fact]
    public async Task M0059_a_deleted_statute_motion_is_left_alone()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [2]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "statute_paragraph_id": 1, "lead_motion_id": 2}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "meeting_id": 1, "amendment_ids": [1]}}""",
            """{"type": "create", "fqid": "motion_statute_paragraph/1", "fields": {"id": 1, "meeting_id": 1, "motion_ids": [1]}}""");
        await Write("""{"type": "delete", "fqid": "motion/1"}""");
        await Finalize(Name);
        await AssertEvents(3,
        [
            ("motion_statute_paragraph/1", "delete", null),
            ("meeting/1", "deletefields", """["motions_statutes_enabled", "motions_statute_recommendations_by", "motion_statute_paragraph_ids", "motions_default_statute_amendment_workflow_id"]"""),
        ]);
        await AssertBackendModel("motion/1", """{"id": 1, "meeting_id": 1, "statute_paragraph_id": 1, "lead_motion_id": 2, "meta_deleted": true}""");
        await AssertBackendModel("motion/2", """{"id": 2, "meeting_id": 1, "amendment_ids": [1]}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "motion_ids": [2]}""");
    }

    /// <summary>
    /// Ours: the cascade runs in rounds: the statute motion's amendment, derived and origin motions (in other meetings,
    /// statute or not: upstream's schema follows these SET_NULL relations), the amendment's amendment a round later,
    /// and the submitters of all of them; the sort child and the meetings are cleaned. An identical motion keeps the
    /// deleted id: upstream's schema does not name <c>identical_motion_ids</c>. The deletes come in Python set order.
    /// </summary>
    [Fact]
    public async Task M0059_cascade_follows_amendments_origins_and_derived_motions()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [1, 2, 3, 30, 31], "motion_submitter_ids": [5], "meeting_user_ids": [7]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "motion_ids": [10], "motion_submitter_ids": [6]}}""",
            """{"type": "create", "fqid": "meeting/3", "fields": {"id": 3, "motion_ids": [20, 21]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "statute_paragraph_id": 1, "amendment_ids": [2], "derived_motion_ids": [10], "all_derived_motion_ids": [10], "origin_id": 20, "all_origin_ids": [20], "sort_child_ids": [30], "submitter_ids": [5]}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "meeting_id": 1, "lead_motion_id": 1, "amendment_ids": [3]}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"id": 3, "meeting_id": 1, "lead_motion_id": 2}}""",
            """{"type": "create", "fqid": "motion/10", "fields": {"id": 10, "meeting_id": 2, "origin_id": 1, "all_origin_ids": [1], "submitter_ids": [6]}}""",
            """{"type": "create", "fqid": "motion/20", "fields": {"id": 20, "meeting_id": 3, "derived_motion_ids": [1], "all_derived_motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/21", "fields": {"id": 21, "meeting_id": 3, "title": "stays"}}""",
            """{"type": "create", "fqid": "motion/30", "fields": {"id": 30, "meeting_id": 1, "sort_parent_id": 1}}""",
            """{"type": "create", "fqid": "motion/31", "fields": {"id": 31, "meeting_id": 1, "identical_motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion_submitter/5", "fields": {"id": 5, "meeting_id": 1, "motion_id": 1, "meeting_user_id": 7}}""",
            """{"type": "create", "fqid": "motion_submitter/6", "fields": {"id": 6, "meeting_id": 2, "motion_id": 10}}""",
            """{"type": "create", "fqid": "meeting_user/7", "fields": {"id": 7, "meeting_id": 1, "user_id": 1, "motion_submitter_ids": [5]}}""",
            """{"type": "create", "fqid": "motion_statute_paragraph/1", "fields": {"id": 1, "meeting_id": 1, "motion_ids": [1]}}""");
        await Finalize(Name);
        await AssertEvents(2,
        [
            ("motion/1", "delete", null),
            ("motion/2", "delete", null),
            ("motion/3", "delete", null),
            ("motion/20", "delete", null),
            ("motion/10", "delete", null),
            ("motion_submitter/5", "delete", null),
            ("motion_submitter/6", "delete", null),
            ("meeting/1", "update", """{"motion_ids": [30, 31]}"""),
            ("meeting/1", "deletefields", """["motion_submitter_ids"]"""),
            ("meeting/2", "deletefields", """["motion_ids", "motion_submitter_ids"]"""),
            ("meeting/3", "update", """{"motion_ids": [21]}"""),
            ("motion/30", "deletefields", """["sort_parent_id"]"""),
            ("meeting_user/7", "deletefields", """["motion_submitter_ids"]"""),
            ("motion_statute_paragraph/1", "delete", null),
            ("meeting/1", "deletefields", """["motions_statutes_enabled", "motions_statute_recommendations_by", "motion_statute_paragraph_ids", "motions_default_statute_amendment_workflow_id"]"""),
            ("meeting/2", "deletefields", """["motions_statutes_enabled", "motions_statute_recommendations_by", "motion_statute_paragraph_ids", "motions_default_statute_amendment_workflow_id"]"""),
            ("meeting/3", "deletefields", """["motions_statutes_enabled", "motions_statute_recommendations_by", "motion_statute_paragraph_ids", "motions_default_statute_amendment_workflow_id"]"""),
        ]);
        foreach (var id in new[] { 1, 2, 3, 10, 20 })
        {
            Assert.True((await ReadBackendModel($"motion/{id}"))["meta_deleted"]!.GetValue<bool>(), $"motion/{id} is not deleted");
        }

        await AssertBackendModel("motion_submitter/5", """{"id": 5, "meeting_id": 1, "motion_id": 1, "meeting_user_id": 7, "meta_deleted": true}""");
        await AssertBackendModel("motion_submitter/6", """{"id": 6, "meeting_id": 2, "motion_id": 10, "meta_deleted": true}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "motion_ids": [30, 31], "meeting_user_ids": [7]}""");
        await AssertBackendModel("meeting/2", """{"id": 2}""");
        await AssertBackendModel("meeting/3", """{"id": 3, "motion_ids": [21]}""");
        await AssertBackendModel("meeting_user/7", """{"id": 7, "meeting_id": 1, "user_id": 1}""");
        await AssertBackendModel("motion/21", """{"id": 21, "meeting_id": 3, "title": "stays"}""");
        await AssertBackendModel("motion/30", """{"id": 30, "meeting_id": 1}""");
        await AssertBackendModel("motion/31", """{"id": 31, "meeting_id": 1, "identical_motion_ids": [1]}""");
    }

    /// <summary>Ours: the same cascade in memory; every model stays in the result, the cleaned ones changed (upstream's in-memory result).</summary>
    [Fact]
    public async Task M0059_in_memory_cascade_cleans_relations_and_keeps_the_deleted_models()
    {
        string[] events =
        [
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [1, 2, 3, 30, 31], "motion_submitter_ids": [5], "meeting_user_ids": [7]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "motion_ids": [10], "motion_submitter_ids": [6]}}""",
            """{"type": "create", "fqid": "meeting/3", "fields": {"id": 3, "motion_ids": [20, 21]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "statute_paragraph_id": 1, "amendment_ids": [2], "derived_motion_ids": [10], "all_derived_motion_ids": [10], "origin_id": 20, "all_origin_ids": [20], "sort_child_ids": [30], "submitter_ids": [5]}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "meeting_id": 1, "lead_motion_id": 1, "amendment_ids": [3]}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"id": 3, "meeting_id": 1, "lead_motion_id": 2}}""",
            """{"type": "create", "fqid": "motion/10", "fields": {"id": 10, "meeting_id": 2, "origin_id": 1, "all_origin_ids": [1], "submitter_ids": [6]}}""",
            """{"type": "create", "fqid": "motion/20", "fields": {"id": 20, "meeting_id": 3, "derived_motion_ids": [1], "all_derived_motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/21", "fields": {"id": 21, "meeting_id": 3, "title": "stays"}}""",
            """{"type": "create", "fqid": "motion/30", "fields": {"id": 30, "meeting_id": 1, "sort_parent_id": 1}}""",
            """{"type": "create", "fqid": "motion/31", "fields": {"id": 31, "meeting_id": 1, "identical_motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion_submitter/5", "fields": {"id": 5, "meeting_id": 1, "motion_id": 1, "meeting_user_id": 7}}""",
            """{"type": "create", "fqid": "motion_submitter/6", "fields": {"id": 6, "meeting_id": 2, "motion_id": 10}}""",
            """{"type": "create", "fqid": "meeting_user/7", "fields": {"id": 7, "meeting_id": 1, "user_id": 1, "motion_submitter_ids": [5]}}""",
            """{"type": "create", "fqid": "motion_statute_paragraph/1", "fields": {"id": 1, "meeting_id": 1, "motion_ids": [1]}}""",
        ];
        var expected = new JsonObject();
        foreach (var (fqid, fields) in Created(events))
        {
            expected[fqid] = fields;
        }

        expected["meeting/1"] = Json.Obj("""{"id": 1, "motion_ids": [30, 31], "meeting_user_ids": [7]}""");
        expected["meeting/2"] = Json.Obj("""{"id": 2}""");
        expected["meeting/3"] = Json.Obj("""{"id": 3, "motion_ids": [21]}""");
        expected["motion/30"] = Json.Obj("""{"id": 30, "meeting_id": 1}""");
        expected["meeting_user/7"] = Json.Obj("""{"id": 7, "meeting_id": 1, "user_id": 1}""");
        AssertModels(await MigrateInMemory(Name, ModelsJson(events)), expected);
    }

    /// <summary>
    /// Ours: upstream's schema cleans a statute motion's <c>origin_meeting_id</c> as <c>forwarded_motion_ids</c> of the
    /// <b>motion</b> with that id (the relation table says meeting): the motion gets a no-op update, the meeting keeps
    /// the deleted id.
    /// </summary>
    [Fact]
    public async Task M0059_origin_meeting_id_is_cleaned_on_the_motion_with_the_meetings_id()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "forwarded_motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "statute_paragraph_id": 1, "origin_meeting_id": 2}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "meeting_id": 1, "title": "same id as meeting/2"}}""");
        await Finalize(Name);
        await AssertEvents(2,
        [
            ("motion/1", "delete", null),
            ("meeting/1", "update", """{"motion_ids": [2]}"""),
            ("motion/2", "deletefields", """["forwarded_motion_ids"]"""),
            ("meeting/1", "deletefields", """["motions_statutes_enabled", "motions_statute_recommendations_by", "motion_statute_paragraph_ids", "motions_default_statute_amendment_workflow_id"]"""),
            ("meeting/2", "deletefields", """["motions_statutes_enabled", "motions_statute_recommendations_by", "motion_statute_paragraph_ids", "motions_default_statute_amendment_workflow_id"]"""),
        ]);
        await AssertBackendModel("motion/2", """{"id": 2, "meeting_id": 1, "title": "same id as meeting/2"}""");
        await AssertBackendModel("meeting/2", """{"id": 2, "forwarded_motion_ids": [1]}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "motion_ids": [2]}""");
    }

    /// <summary>Ours: so when no live motion has the origin meeting's id, the update is refused and nothing is written (upstream: ModelDoesNotExist motion/7).</summary>
    [Fact]
    public async Task M0059_origin_meeting_id_without_a_motion_of_that_id_fails()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting/7", "fields": {"id": 7, "forwarded_motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "statute_paragraph_id": 1, "origin_meeting_id": 7}}""");
        var error = await FinalizeFails(Name);
        Assert.Contains("'motion/7'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Ours: a cascade field naming a missing model gives a delete the writer refuses, as upstream's (ModelDoesNotExist personal_note/9).</summary>
    [Fact]
    public async Task M0059_a_cascade_to_a_missing_model_fails()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "statute_paragraph_id": 1, "personal_note_ids": [9]}}""");
        var error = await FinalizeFails(Name);
        Assert.Contains("'personal_note/9'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Ours: the same for a model that is deleted already (upstream: ModelDoesNotExist personal_note/9).</summary>
    [Fact]
    public async Task M0059_a_cascade_to_a_deleted_model_fails()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "statute_paragraph_id": 1, "personal_note_ids": [9]}}""",
            """{"type": "create", "fqid": "personal_note/9", "fields": {"id": 9, "meeting_id": 1, "content_object_id": "motion/1"}}""");
        await Write("""{"type": "delete", "fqid": "personal_note/9"}""");
        var error = await FinalizeFails(Name);
        Assert.Contains("'personal_note/9'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Ours: a back relation to a deleted model is still updated, which the writer refuses (upstream: ModelDoesNotExist tag/5).</summary>
    [Fact]
    public async Task M0059_cleaning_a_deleted_model_fails()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "statute_paragraph_id": 1, "tag_ids": [5]}}""",
            """{"type": "create", "fqid": "tag/5", "fields": {"id": 5, "meeting_id": 1, "tagged_ids": ["motion/1"]}}""");
        await Write("""{"type": "delete", "fqid": "tag/5"}""");
        var error = await FinalizeFails(Name);
        Assert.Contains("'tag/5'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Ours: the schema's <c>referenced_in_…</c> entries remove the deleted motion's id from the other motion's fqid
    /// lists, so nothing is removed there (upstream the same) and the list is only rewritten. Upstream stores it in
    /// CPython's string-set order, which changes with the hash seed; ours sorts it (ordinal).
    /// </summary>
    [Fact]
    public async Task M0059_extension_reference_fqids_are_not_removed()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [1, 3, 4]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "statute_paragraph_id": 1, "referenced_in_motion_state_extension_ids": [3], "referenced_in_motion_recommendation_extension_ids": [3]}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"id": 3, "meeting_id": 1, "state_extension_reference_ids": ["motion/4", "motion/1"], "recommendation_extension_reference_ids": ["motion/1"]}}""",
            """{"type": "create", "fqid": "motion/4", "fields": {"id": 4, "meeting_id": 1, "referenced_in_motion_state_extension_ids": [3]}}""");
        await Finalize(Name);
        await AssertBackendModel("motion/3", """{"id": 3, "meeting_id": 1, "state_extension_reference_ids": ["motion/4", "motion/1"], "recommendation_extension_reference_ids": ["motion/1"]}""");
        await AssertBackendModel("motion/4", """{"id": 4, "meeting_id": 1, "referenced_in_motion_state_extension_ids": [3]}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "motion_ids": [3, 4]}""");
        Json.AssertEqual(Json.Node("""["motion/1", "motion/4"]"""), (await ReadBackendModel("motion/3"))["state_extension_reference_ids"]);
    }

    /// <summary>
    /// Ours: a single-valued back field counts as a list of one; when it names another model than the deleted one, it
    /// comes back as that one-element list (upstream writes <c>parent_id: [3]</c> too).
    /// </summary>
    [Fact]
    public async Task M0059_a_single_back_field_naming_another_model_becomes_a_list()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [1], "agenda_item_ids": [1, 2, 3]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "statute_paragraph_id": 1, "agenda_item_id": 1}}""",
            """{"type": "create", "fqid": "agenda_item/1", "fields": {"id": 1, "meeting_id": 1, "content_object_id": "motion/1", "child_ids": [2]}}""",
            """{"type": "create", "fqid": "agenda_item/2", "fields": {"id": 2, "meeting_id": 1, "parent_id": 3}}""",
            """{"type": "create", "fqid": "agenda_item/3", "fields": {"id": 3, "meeting_id": 1, "child_ids": [2]}}""");
        await Finalize(Name);
        await AssertEvents(2,
        [
            ("motion/1", "delete", null),
            ("agenda_item/1", "delete", null),
            ("meeting/1", "update", """{"agenda_item_ids": [2, 3]}"""),
            ("meeting/1", "deletefields", """["motion_ids"]"""),
            ("agenda_item/2", "update", """{"parent_id": [3]}"""),
            ("meeting/1", "deletefields", """["motions_statutes_enabled", "motions_statute_recommendations_by", "motion_statute_paragraph_ids", "motions_default_statute_amendment_workflow_id"]"""),
        ]);
        await AssertBackendModel("agenda_item/2", """{"id": 2, "meeting_id": 1, "parent_id": [3]}""");
        await AssertBackendModel("agenda_item/3", """{"id": 3, "meeting_id": 1, "child_ids": [2]}""");
    }

    /// <summary>
    /// Ours: the ids left in a list are stored in CPython's set order (<c>list({9, 1, 17, 2} - {1})</c> is
    /// <c>[9, 2, 17]</c>); the fqids left in a generic list are sorted (upstream's order depends on the hash seed);
    /// fqids of other collections stay.
    /// </summary>
    [Fact]
    public async Task M0059_remaining_ids_are_stored_in_python_set_order()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [9, 1, 17, 2], "tag_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "statute_paragraph_id": 1, "tag_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "meeting_id": 1}}""",
            """{"type": "create", "fqid": "motion/9", "fields": {"id": 9, "meeting_id": 1}}""",
            """{"type": "create", "fqid": "motion/17", "fields": {"id": 17, "meeting_id": 1}}""",
            """{"type": "create", "fqid": "tag/1", "fields": {"id": 1, "meeting_id": 1, "tagged_ids": ["topic/2", "motion/1", "agenda_item/7", "motion/2"]}}""");
        await Finalize(Name);
        var meeting = await ReadBackendModel("meeting/1");
        Json.AssertEqual(Json.Node("[9, 2, 17]"), meeting["motion_ids"]);
        Json.AssertEqual(Json.Node("""["agenda_item/7", "motion/2", "topic/2"]"""), (await ReadBackendModel("tag/1"))["tagged_ids"]);
    }

    /// <summary>Ours: the same orders in memory.</summary>
    [Fact]
    public async Task M0059_in_memory_remaining_ids_are_stored_in_python_set_order()
    {
        string[] events =
        [
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [9, 1, 17, 2], "tag_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "statute_paragraph_id": 1, "tag_ids": [1]}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "meeting_id": 1}}""",
            """{"type": "create", "fqid": "motion/9", "fields": {"id": 9, "meeting_id": 1}}""",
            """{"type": "create", "fqid": "motion/17", "fields": {"id": 17, "meeting_id": 1}}""",
            """{"type": "create", "fqid": "tag/1", "fields": {"id": 1, "meeting_id": 1, "tagged_ids": ["topic/2", "motion/1", "agenda_item/7", "motion/2"]}}""",
        ];
        var result = await MigrateInMemory(Name, ModelsJson(events));
        Json.AssertEqual(Json.Obj("""{"id": 1, "motion_ids": [9, 2, 17], "tag_ids": [1]}"""), result["meeting/1"]);
        Json.AssertEqual(Json.Obj("""{"id": 1, "meeting_id": 1, "tagged_ids": ["agenda_item/7", "motion/2", "topic/2"]}"""), result["tag/1"]);
        Json.AssertEqual(Json.Obj("""{"id": 1, "meeting_id": 1, "statute_paragraph_id": 1, "tag_ids": [1]}"""), result["motion/1"]);
    }

    /// <summary>
    /// Ours: upstream's schema held against the relation table of 4.2.30 (<c>ModelRelations</c>): exactly these entries
    /// differ from the models. The first four follow SET_NULL relations (upstream's choice, kept); origin_meeting_id and
    /// the two referenced_in entries are the schema's mistakes (kept, see the tests above); two fields are gone by
    /// 4.2.30 (supporter_meeting_user_ids became motion_supporter in 0071; structure_level_list_of_speakers never had
    /// meeting_user_ids); and three CASCADE relations of deleted collections are not followed (supporter_ids only
    /// exists from 0071 on).
    /// </summary>
    [Fact]
    public void M0059_schema_against_the_4_2_30_models()
    {
        var relations = global::Migrations.Shared.ModelRelations.Backend4230;
        var differences = new List<string>();
        foreach (var rules in global::Migrations.M0059.Migration.Schema.Collections)
        {
            var cascaded = new HashSet<string>(StringComparer.Ordinal);
            foreach (var cascade in rules.DeletesModelsFrom)
            {
                foreach (var own in cascade.OwnFields)
                {
                    cascaded.Add(own);
                    var field = relations.Field(rules.Collection, own);
                    if (field is null)
                    {
                        differences.Add($"{rules.Collection}/{own}: not in 4.2.30");
                    }
                    else if (!field.To.Any(t => t.Collection == cascade.ForeignCollection))
                    {
                        differences.Add($"{rules.Collection}/{own}: cascades to {cascade.ForeignCollection}, targets {string.Join(",", field.To.Select(t => t.Collection))}");
                    }
                    else if (field.OnDelete != global::Migrations.Shared.RelationOnDelete.Cascade)
                    {
                        differences.Add($"{rules.Collection}/{own}: cascades, on_delete {field.OnDelete}");
                    }
                }
            }

            foreach (var back in rules.UpdatesModelsFrom)
            {
                var field = relations.Field(rules.Collection, back.OwnField);
                if (field is null)
                {
                    differences.Add($"{rules.Collection}/{back.OwnField}: not in 4.2.30");
                    continue;
                }

                var target = field.To.Where(t => t.Collection == back.ForeignCollection).Select(t => t.Field).FirstOrDefault();
                if (target is null)
                {
                    differences.Add($"{rules.Collection}/{back.OwnField}: cleans {back.ForeignCollection}/{back.ForeignField}, targets {string.Join(",", field.To.Select(t => t.Collection))}");
                }
                else if (target != back.ForeignField)
                {
                    differences.Add($"{rules.Collection}/{back.OwnField}: cleans {back.ForeignCollection}/{back.ForeignField}, back field {target}");
                }
                else if (relations.Field(back.ForeignCollection, target)!.IsGeneric != back.ForeignFieldHoldsFqids)
                {
                    differences.Add($"{rules.Collection}/{back.OwnField}: cleans {back.ForeignCollection}/{target} as {(back.ForeignFieldHoldsFqids ? "fqids" : "ids")}, it holds {(back.ForeignFieldHoldsFqids ? "ids" : "fqids")}");
                }
            }

            foreach (var field in relations.Fields(rules.Collection))
            {
                if (field.OnDelete == global::Migrations.Shared.RelationOnDelete.Cascade && !cascaded.Contains(field.Name))
                {
                    differences.Add($"{rules.Collection}/{field.Name}: CASCADE in 4.2.30, not followed");
                }
            }
        }

        string[] expected =
        [
            "motion/origin_id: cascades, on_delete SetNull",
            "motion/derived_motion_ids: cascades, on_delete SetNull",
            "motion/all_origin_ids: cascades, on_delete SetNull",
            "motion/all_derived_motion_ids: cascades, on_delete SetNull",
            "motion/origin_meeting_id: cleans motion/forwarded_motion_ids, targets meeting",
            "motion/referenced_in_motion_state_extension_ids: cleans motion/state_extension_reference_ids as ids, it holds fqids",
            "motion/referenced_in_motion_recommendation_extension_ids: cleans motion/recommendation_extension_reference_ids as ids, it holds fqids",
            "motion/supporter_meeting_user_ids: not in 4.2.30",
            "motion/supporter_ids: CASCADE in 4.2.30, not followed",
            "motion/option_ids: CASCADE in 4.2.30, not followed",
            "poll/global_option_id: CASCADE in 4.2.30, not followed",
            "structure_level_list_of_speakers/meeting_user_ids: not in 4.2.30",
        ];
        Assert.Equal(expected, differences);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // helpers

    /// <summary>
    /// The models create events leave, as upstream's tests read them back from their own data: upstream's write drops
    /// the None fields of a create from the test's dict in place, so its later <c>assert_model(fqid, fields)</c>
    /// expects them absent.
    /// </summary>
    private static List<(string Fqid, JsonObject Fields)> Created(IEnumerable<string> events)
    {
        var models = new List<(string Fqid, JsonObject Fields)>();
        foreach (var text in events)
        {
            var request = Json.Obj(text);
            if (request["type"]?.GetValue<string>() != "create")
            {
                continue;
            }

            var fields = request["fields"]!.DeepClone().AsObject();
            foreach (var field in fields.Where(p => p.Value is null).Select(p => p.Key).ToList())
            {
                fields.Remove(field);
            }

            models.Add((request["fqid"]!.GetValue<string>(), fields));
        }

        return models;
    }

    /// <summary>Upstream's <c>data_fields.update(fields)</c> and removal of the None ones.</summary>
    private static void Apply(JsonObject fields, JsonObject? changes)
    {
        if (changes is null)
        {
            return;
        }

        foreach (var (field, value) in changes)
        {
            if (value is null)
            {
                fields.Remove(field);
            }
            else
            {
                fields[field] = value.DeepClone();
            }
        }
    }

    /// <summary>Import data (<c>{"fqid": {fields…}}</c>) of the models that create events leave.</summary>
    private static string ModelsJson(IEnumerable<string> events)
    {
        var models = new JsonObject();
        foreach (var (fqid, fields) in Created(events))
        {
            models[fqid] = fields;
        }

        return models.ToJsonString();
    }

    /// <summary>The events of the position, in order: fqid, type and data (JSON, lists in order).</summary>
    private async Task AssertEvents(int position, IReadOnlyList<(string Fqid, string Type, string? Data)> expected)
    {
        var rows = await Rows($"SELECT fqid, type::text, data::text FROM events WHERE position = {position} ORDER BY weight");
        Assert.Equal(expected.Select(e => $"{e.Fqid} {e.Type}"), rows.Select(r => $"{r[0]} {r[1]}"));
        for (var i = 0; i < expected.Count; i++)
        {
            Json.AssertEqual(expected[i].Data is { } data ? Json.Node(data) : null, rows[i][2] is string stored ? Json.Node(stored) : null);
        }
    }

    /// <summary>In-memory results: the same models, each exactly (lists in order).</summary>
    private static void AssertModels(Dictionary<string, JsonObject> actual, JsonObject expected)
    {
        Assert.Equal(expected.Select(p => p.Key).Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (fqid, model) in expected)
        {
            Json.AssertEqual(model, actual[fqid]);
        }
    }
}
