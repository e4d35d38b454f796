namespace Migrations.Tests;

/// <summary>0010_add_sequential_numbers: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0010AddSequentialNumbersTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    public static TheoryData<string> NumberedCollections =>
    [
        "assignment", "motion_block", "motion_category", "motion_workflow", "poll", "projector", "topic",
        "list_of_speakers", "motion_statute_paragraph", "motion_comment_section",
    ];

    [Theory, MemberData(nameof(NumberedCollections))]
    public async Task M0010_migration_all(string collection)
    {
        await Write($$$"""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "{{{collection}}}_ids": [1]}}""",
            $$$"""{"type": "create", "fqid": "{{{collection}}}/1", "fields": {"id": 1, "meeting_id": 1}}""");
        await Write($$$"""{"type": "update", "fqid": "meeting/1", "fields": {"{{{collection}}}_ids": [1, 2]}}""",
            $$$"""{"type": "create", "fqid": "{{{collection}}}/2", "fields": {"id": 2, "meeting_id": 1}}""");
        await Finalize("0010_add_sequential_numbers");
        await AssertBackendModel($"{collection}/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel($"{collection}/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 2}""");
    }

    [Theory, MemberData(nameof(NumberedCollections))]
    public async Task M0010_migration_more_objects(string collection)
    {
        await Write($$$"""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "{{{collection}}}_ids": [1]}}""",
            $$$"""{"type": "create", "fqid": "{{{collection}}}/1", "fields": {"id": 1, "meeting_id": 1}}""");
        await Write($$$"""{"type": "update", "fqid": "meeting/1", "fields": {"{{{collection}}}_ids": [1, 2]}}""",
            $$$"""{"type": "create", "fqid": "{{{collection}}}/2", "fields": {"id": 2, "meeting_id": 1}}""");
        await Write($$$"""{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "{{{collection}}}_ids": [3]}}""",
            $$$"""{"type": "create", "fqid": "{{{collection}}}/3", "fields": {"id": 3, "meeting_id": 2}}""");
        await Write($$$"""{"type": "update", "fqid": "meeting/2", "fields": {"{{{collection}}}_ids": [3, 4]}}""",
            $$$"""{"type": "create", "fqid": "{{{collection}}}/4", "fields": {"id": 4, "meeting_id": 2}}""");
        await Finalize("0010_add_sequential_numbers");
        await AssertBackendModel($"{collection}/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel($"{collection}/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 2}""");
        await AssertBackendModel($"{collection}/3", """{"id": 3, "sequential_number": 1, "meeting_id": 2, "meta_deleted": false, "meta_position": 3}""");
        await AssertBackendModel($"{collection}/4", """{"id": 4, "sequential_number": 2, "meeting_id": 2, "meta_deleted": false, "meta_position": 4}""");
    }

    [Fact]
    public async Task M0010_assignment_two_stages()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""");
        await Write("""{"type": "create", "fqid": "meeting/2", "fields": {"id": 2}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"id": 1, "assignment_ids": [1]}}""",
            """{"type": "create", "fqid": "assignment/1", "fields": {"id": 1, "meeting_id": 1}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"assignment_ids": [1, 2]}}""",
            """{"type": "create", "fqid": "assignment/2", "fields": {"id": 2, "meeting_id": 1}}""");
        await Migrate("0010_add_sequential_numbers");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"assignment_ids": [1, 2, 3]}}""",
            """{"type": "create", "fqid": "assignment/3", "fields": {"id": 3, "meeting_id": 1}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"assignment_ids": [1, 2, 3, 4]}}""",
            """{"type": "create", "fqid": "assignment/4", "fields": {"id": 4, "meeting_id": 1}}""");
        await Finalize("0010_add_sequential_numbers");
        await AssertBackendModel("assignment/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 3}""");
        await AssertBackendModel("assignment/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 4}""");
        await AssertBackendModel("assignment/3", """{"id": 3, "sequential_number": 3, "meeting_id": 1, "meta_deleted": false, "meta_position": 5}""");
        await AssertBackendModel("assignment/4", """{"id": 4, "sequential_number": 4, "meeting_id": 1, "meta_deleted": false, "meta_position": 6}""");
    }

    [Fact]
    public async Task M0010_assignment_only_2_position()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"id": 1, "assignment_ids": [1]}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2, "assignment_ids": [2, 3]}}""",
            """{"type": "create", "fqid": "assignment/1", "fields": {"id": 1, "meeting_id": 1}}""",
            """{"type": "create", "fqid": "assignment/2", "fields": {"id": 2, "meeting_id": 2}}""",
            """{"type": "create", "fqid": "assignment/3", "fields": {"id": 3, "meeting_id": 2}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"assignment_ids": [1, 4, 5]}}""",
            """{"type": "create", "fqid": "assignment/4", "fields": {"id": 4, "meeting_id": 1}}""",
            """{"type": "create", "fqid": "assignment/5", "fields": {"id": 5, "meeting_id": 1}}""");
        await Finalize("0010_add_sequential_numbers");
        await AssertBackendModel("assignment/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("assignment/2", """{"id": 2, "sequential_number": 1, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("assignment/3", """{"id": 3, "sequential_number": 2, "meeting_id": 2, "meta_deleted": false, "meta_position": 1}""");
        await AssertBackendModel("assignment/4", """{"id": 4, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 2}""");
        await AssertBackendModel("assignment/5", """{"id": 5, "sequential_number": 3, "meeting_id": 1, "meta_deleted": false, "meta_position": 2}""");
    }

    /// <summary>Ours: a deleted model keeps its number, also when the run resumes after it (the counters start from the keyframe).</summary>
    [Theory, InlineData(false), InlineData(true)]
    public async Task M0010_a_resumed_run_counts_deleted_models_as_an_uninterrupted_one_does(bool resume)
    {
        await Write("""{"type": "create", "fqid": "topic/1", "fields": {"id": 1, "meeting_id": 1}}""");
        await Write("""{"type": "delete", "fqid": "topic/1"}""");
        if (resume)
        {
            await Migrate("0010_add_sequential_numbers");
        }

        await Write("""{"type": "create", "fqid": "topic/2", "fields": {"id": 2, "meeting_id": 1}}""");
        await Finalize("0010_add_sequential_numbers");
        await AssertBackendModel("topic/1", """{"id": 1, "sequential_number": 1, "meeting_id": 1, "meta_deleted": true, "meta_position": 2}""", 2);
        await AssertBackendModel("topic/2", """{"id": 2, "sequential_number": 2, "meeting_id": 1, "meta_deleted": false, "meta_position": 3}""");
    }

    [Fact]
    public async Task M0010_a_create_without_meeting_fails_naming_the_model()
    {
        await Write("""{"type": "create", "fqid": "poll/7", "fields": {"id": 7}}""");
        var e = await Assert.ThrowsAsync<Migrations.Runtime.Errors.MigrationFailedException>(() => Finalize("0010_add_sequential_numbers"));
        Assert.Contains("poll/7 has no integer meeting_id, so it cannot be numbered within its meeting", e.Message, StringComparison.Ordinal);
    }
}
