namespace Migrations.Tests;

/// <summary>0020_2nd_migration_seq_numbers: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M00202ndMigrationSeqNumbersTests(DatabaseFixture database) : BackendMigrationTest(database)
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
}
