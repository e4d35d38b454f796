using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>
/// 0012_committee_user_relation when one position updates a user twice, both times changing its meetings and the
/// committees it manages: each update is compared with the user as it was right before it, so the committee lists
/// stay in step with <c>user/committee_ids</c> and <c>user/committee_$can_manage_management_level</c>.
/// <para>
/// Upstream takes its "before" user from the new keyframe, which hands out its live model wherever it holds one: in
/// the datastore's first position for every event, and in a later position, when 0012 is not the last migration of
/// the run, for every event on a user after its first one there (for all of them if that position created the
/// user). The events applied after such a read change that model, so those updates are compared with the user as
/// the whole position leaves it, and their committee changes are lost. The upstream results quoted below were computed by running
/// upstream's 0012 and the datastore's keyframe code with python3.10 on these events.
/// </para>
/// </summary>
public class M0012DoubleUpdateOfAUserTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Committee1 = """{"type": "create", "fqid": "committee/1", "fields": {"meeting_ids": [10]}}""";
    private const string Committee2 = """{"type": "create", "fqid": "committee/2", "fields": {"meeting_ids": [20]}}""";
    private const string Committee3 = """{"type": "create", "fqid": "committee/3", "fields": {"meeting_ids": [30]}}""";
    private const string Meeting10 = """{"type": "create", "fqid": "meeting/10", "fields": {"committee_id": 1}}""";
    private const string Meeting20 = """{"type": "create", "fqid": "meeting/20", "fields": {"committee_id": 2}}""";
    private const string Meeting30 = """{"type": "create", "fqid": "meeting/30", "fields": {"committee_id": 3}}""";

    /// <summary>In meeting 10 (committee 1), manager of committee 3.</summary>
    private const string CreateUser = """
        {"type": "create", "fqid": "user/1000", "fields": {"group_$_ids": ["10"], "group_$10_ids": [100], "committee_$_management_level": ["3"], "committee_$3_management_level": "can_manage"}}
        """;

    /// <summary>Into meeting 20 (committee 2), manager of committee 1 instead of 3.</summary>
    private const string FirstUpdate = """
        {"type": "update", "fqid": "user/1000", "fields": {"group_$_ids": ["20"], "group_$20_ids": [200], "group_$10_ids": null, "committee_$_management_level": ["1"], "committee_$1_management_level": "can_manage", "committee_$3_management_level": null}}
        """;

    /// <summary>Into meeting 30 (committee 3), manager of committees 1 and 2.</summary>
    private const string SecondUpdate = """
        {"type": "update", "fqid": "user/1000", "fields": {"group_$_ids": ["30"], "group_$30_ids": [300], "group_$20_ids": null, "committee_$_management_level": ["1", "2"], "committee_$2_management_level": "can_manage"}}
        """;

    [Fact]
    public async Task Two_updates_of_an_existing_user_in_one_position()
    {
        await Write(Committee1, Committee2, Committee3, Meeting10, Meeting20, Meeting30, CreateUser);
        await Write(FirstUpdate, SecondUpdate);
        await Finalize("0012_committee_user_relation");

        // Upstream's own harness (0012 alone, so its keyframe is read afresh each time) stores the same. In a run
        // that goes on past 0012, upstream compares the second update with itself and stores instead:
        // user/1000 committee_ids [1, 2] (committee 3 of meeting 30 missing), committee/3 user_ids [] and
        // committee/2 user_ids [1000] without user_$can_manage_management_level or user_$_management_level.
        await AssertRelations();
        await AssertCommitteeIdsInOrder("[1,3,2]");
    }

    [Fact]
    public async Task A_user_created_and_updated_twice_in_the_first_position()
    {
        await Write(Committee1, Committee2, Committee3, Meeting10, Meeting20, Meeting30, CreateUser, FirstUpdate, SecondUpdate);
        await Finalize("0012_committee_user_relation");

        // Upstream, in any run (the first position's keyframe always hands out its live models), compares both
        // updates with the final user and stores instead: user/1000 committee_ids [1]; committee/1 user_ids [1000]
        // and no manager fields; committee/2 neither; committee/3 user_$can_manage_management_level [1000] and
        // user_$_management_level ["can_manage"] but no user_ids.
        await AssertRelations();
        await AssertCommitteeIdsInOrder("[1,2,3]");
    }

    [Fact]
    public async Task A_user_created_and_updated_twice_in_a_later_position()
    {
        await Write(Committee1, Committee2, Committee3, Meeting10, Meeting20, Meeting30);
        await Write(CreateUser, FirstUpdate, SecondUpdate);
        await Finalize("0012_committee_user_relation");

        // Upstream's own harness stores the same; in a run that goes on past 0012 upstream stores what it stores
        // in the first position (see above).
        await AssertRelations();
        await AssertCommitteeIdsInOrder("[1,2,3]");
    }

    /// <summary>The user ends in meeting 30 (committee 3) managing committees 1 and 2; every committee list agrees.</summary>
    private async Task AssertRelations()
    {
        await AssertBackendModel("user/1000", """
            {"group_$_ids": ["30"], "group_$30_ids": [300], "committee_$_management_level": ["can_manage"], "committee_$can_manage_management_level": [1, 2], "committee_ids": [1, 2, 3]}
            """);
        await AssertBackendModel("committee/1", """
            {"meeting_ids": [10], "user_ids": [1000], "user_$can_manage_management_level": [1000], "user_$_management_level": ["can_manage"]}
            """);
        await AssertBackendModel("committee/2", """
            {"meeting_ids": [20], "user_ids": [1000], "user_$can_manage_management_level": [1000], "user_$_management_level": ["can_manage"]}
            """);
        await AssertBackendModel("committee/3", """
            {"meeting_ids": [30], "user_ids": [1000], "user_$can_manage_management_level": [], "user_$_management_level": ["can_manage"]}
            """);

        // In step both ways: a committee lists the user exactly when the user lists the committee.
        var user = await ReadBackendModel("user/1000");
        var committeeIds = Ids(user["committee_ids"]);
        var managed = Ids(user["committee_$can_manage_management_level"]);
        for (var committee = 1; committee <= 3; committee++)
        {
            var model = await ReadBackendModel($"committee/{committee}");
            Assert.Equal(committeeIds.Contains(committee), Ids(model["user_ids"]).Contains(1000));
            Assert.Equal(managed.Contains(committee), Ids(model["user_$can_manage_management_level"]).Contains(1000));
        }
    }

    /// <summary>user/1000's committee_ids exactly, in the order of CPython's sets that upstream's list updates append.</summary>
    private async Task AssertCommitteeIdsInOrder(string expectedJson)
    {
        var user = await ReadBackendModel("user/1000");
        Assert.Equal(expectedJson, user["committee_ids"]?.ToJsonString());
    }

    private static List<int> Ids(JsonNode? list) => list is JsonArray array ? [.. array.Select(id => id!.GetValue<int>())] : [];
}
