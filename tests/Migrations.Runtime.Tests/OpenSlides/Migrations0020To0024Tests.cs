namespace Migrations.Runtime.Tests.OpenSlides;

/// <summary>
/// OpenSlides migrations 0020–0024 with the upstream backend's test cases (tests/system/migrations), converted by
/// <c>eng/port-upstream-tests.py</c>.
/// </summary>
public class Migrations0020To0024Tests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0020_migration_all()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "assignment_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "assignment/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "assignment/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("assignment/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("assignment/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("motion/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_block_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "motion_block/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_block/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("motion_block/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_block/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_category_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "motion_category/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_category/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("motion_category/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_category/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_workflow_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "motion_workflow/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_workflow/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("motion_workflow/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_workflow/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "poll_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "poll/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "poll/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("poll/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("poll/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "projector_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "projector/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "projector/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("projector/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("projector/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "topic_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "topic/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "topic/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("topic/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("topic/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "list_of_speakers_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "list_of_speakers/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "list_of_speakers/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("list_of_speakers/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("list_of_speakers/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_statute_paragraph_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "motion_statute_paragraph/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_statute_paragraph/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("motion_statute_paragraph/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_statute_paragraph/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_comment_section_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "motion_comment_section/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_comment_section/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("motion_comment_section/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_comment_section/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
    }

    [Fact]
    public async Task M0020_migration_motion_block_more_objects()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "assignment_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "assignment_ids": [3, 4]}}""",
            """{"type": "create", "fqid": "assignment/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "assignment/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "assignment/3", "fields": {"id": 3, "meeting_id": 2, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "assignment/4", "fields": {"id": 4, "meeting_id": 2, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("assignment/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("assignment/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("assignment/3", """{"id": 3, "sequential_number": 1, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("assignment/4", """{"id": 4, "sequential_number": 2, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "motion_ids": [3, 4]}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion/3", "fields": {"id": 3, "meeting_id": 2, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion/4", "fields": {"id": 4, "meeting_id": 2, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("motion/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion/3", """{"id": 3, "sequential_number": 1, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion/4", """{"id": 4, "sequential_number": 2, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_block_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "motion_block_ids": [3, 4]}}""",
            """{"type": "create", "fqid": "motion_block/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_block/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_block/3", "fields": {"id": 3, "meeting_id": 2, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_block/4", "fields": {"id": 4, "meeting_id": 2, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("motion_block/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_block/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_block/3", """{"id": 3, "sequential_number": 1, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_block/4", """{"id": 4, "sequential_number": 2, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_category_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "motion_category_ids": [3, 4]}}""",
            """{"type": "create", "fqid": "motion_category/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_category/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_category/3", "fields": {"id": 3, "meeting_id": 2, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_category/4", "fields": {"id": 4, "meeting_id": 2, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("motion_category/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_category/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_category/3", """{"id": 3, "sequential_number": 1, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_category/4", """{"id": 4, "sequential_number": 2, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_workflow_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "motion_workflow_ids": [3, 4]}}""",
            """{"type": "create", "fqid": "motion_workflow/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_workflow/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_workflow/3", "fields": {"id": 3, "meeting_id": 2, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_workflow/4", "fields": {"id": 4, "meeting_id": 2, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("motion_workflow/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_workflow/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_workflow/3", """{"id": 3, "sequential_number": 1, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_workflow/4", """{"id": 4, "sequential_number": 2, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "poll_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "poll_ids": [3, 4]}}""",
            """{"type": "create", "fqid": "poll/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "poll/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "poll/3", "fields": {"id": 3, "meeting_id": 2, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "poll/4", "fields": {"id": 4, "meeting_id": 2, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("poll/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("poll/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("poll/3", """{"id": 3, "sequential_number": 1, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("poll/4", """{"id": 4, "sequential_number": 2, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "projector_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "projector_ids": [3, 4]}}""",
            """{"type": "create", "fqid": "projector/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "projector/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "projector/3", "fields": {"id": 3, "meeting_id": 2, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "projector/4", "fields": {"id": 4, "meeting_id": 2, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("projector/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("projector/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("projector/3", """{"id": 3, "sequential_number": 1, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("projector/4", """{"id": 4, "sequential_number": 2, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "topic_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "topic_ids": [3, 4]}}""",
            """{"type": "create", "fqid": "topic/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "topic/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "topic/3", "fields": {"id": 3, "meeting_id": 2, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "topic/4", "fields": {"id": 4, "meeting_id": 2, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("topic/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("topic/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("topic/3", """{"id": 3, "sequential_number": 1, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("topic/4", """{"id": 4, "sequential_number": 2, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "list_of_speakers_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "list_of_speakers_ids": [3, 4]}}""",
            """{"type": "create", "fqid": "list_of_speakers/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "list_of_speakers/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "list_of_speakers/3", "fields": {"id": 3, "meeting_id": 2, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "list_of_speakers/4", "fields": {"id": 4, "meeting_id": 2, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("list_of_speakers/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("list_of_speakers/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("list_of_speakers/3", """{"id": 3, "sequential_number": 1, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("list_of_speakers/4", """{"id": 4, "sequential_number": 2, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_statute_paragraph_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "motion_statute_paragraph_ids": [3, 4]}}""",
            """{"type": "create", "fqid": "motion_statute_paragraph/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_statute_paragraph/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_statute_paragraph/3", "fields": {"id": 3, "meeting_id": 2, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_statute_paragraph/4", "fields": {"id": 4, "meeting_id": 2, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("motion_statute_paragraph/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_statute_paragraph/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_statute_paragraph/3", """{"id": 3, "sequential_number": 1, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_statute_paragraph/4", """{"id": 4, "sequential_number": 2, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "motion_comment_section_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "motion_comment_section_ids": [3, 4]}}""",
            """{"type": "create", "fqid": "motion_comment_section/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_comment_section/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_comment_section/3", "fields": {"id": 3, "meeting_id": 2, "sequential_number": 1}}""",
            """{"type": "create", "fqid": "motion_comment_section/4", "fields": {"id": 4, "meeting_id": 2, "sequential_number": 1}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("motion_comment_section/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_comment_section/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_comment_section/3", """{"id": 3, "sequential_number": 1, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("motion_comment_section/4", """{"id": 4, "sequential_number": 2, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await ClearDatastore();
    }

    [Fact]
    public async Task M0020_assignment_two_stages()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "assignment_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "assignment/1", "fields": {"id": 1, "meeting_id": 1, "sequential_number": 11}}""",
            """{"type": "create", "fqid": "assignment/2", "fields": {"id": 2, "meeting_id": 1, "sequential_number": 12}}""");
        await Migrate("0020_2nd_migration_seq_numbers");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"assignment_ids": [1, 2, 3, 4]}}""",
            """{"type": "create", "fqid": "assignment/3", "fields": {"id": 3, "meeting_id": 1, "sequential_number": 13}}""",
            """{"type": "create", "fqid": "assignment/4", "fields": {"id": 4, "meeting_id": 1, "sequential_number": 14}}""");
        await Finalize("0020_2nd_migration_seq_numbers");
        await AssertBackendModel("assignment/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("assignment/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("assignment/3", """{"id": 3, "sequential_number": 3, "meeting_id": 1, "meta_deleted": false, "meta_position": 2}""");
        await AssertBackendModel("assignment/4", """{"id": 4, "sequential_number": 4, "meeting_id": 1, "meta_deleted": false, "meta_position": 2}""");
    }

    [Fact]
    public async Task M0021_migration()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 1, "resource_ids": [8]}}""",
            """{"type": "create", "fqid": "resource/8", "fields": {"id": 8, "token": "weblogo"}}""",
            """{"type": "create", "fqid": "theme/11", "fields": {"id": 11}}""");
        await Write("""{"type": "update", "fqid": "resource/8", "fields": {"token": "testlogo"}}""");
        await Write("""{"type": "delete", "fqid": "resource/8", "fields": {"token": "testlogo"}}""",
            """{"type": "update", "fqid": "organization/1", "fields": {"resource_ids": null}}""");
        await Finalize("0021_remove_resource");
        await AssertBackendModelDoesNotExist("resource/8", 2);
        await AssertBackendModel("organization/1", """{"id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("theme/11", """{"id": 11, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("organization/1", """{"id": 1, "meta_deleted": false, "meta_position": 1}""", 3);
    }

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

    [Fact]
    public async Task M0023_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"a": 1, "enable_chat": false}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"a": 2, "enable_chat": true}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        await Write("""{"type": "restore", "fqid": "meeting/1"}""");
        await Finalize("0023_remove_meeting_enable_chat");
        await AssertBackendModel("meeting/1", """{"a": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }

    [Fact]
    public async Task M0024_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "motion_change_recommendation/1", "fields": {"id": 1, "line_from": 3, "line_to": 4}}""");
        await Finalize("0024_decrease_motion_change_recommendation_line_to");
        await AssertBackendModel("motion_change_recommendation/1", """{"id": 1, "line_from": 3, "line_to": 3, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
    }

    [Fact]
    public async Task M0024_migration_mcr_title()
    {
        await Write("""{"type": "create", "fqid": "motion_change_recommendation/1", "fields": {"id": 1, "line_from": 0, "line_to": 0}}""");
        await Finalize("0024_decrease_motion_change_recommendation_line_to");
        await AssertBackendModel("motion_change_recommendation/1", """{"id": 1, "line_from": 0, "line_to": 0, "meta_deleted": false, "meta_position": 1}""", 1);
    }
}
