namespace Migrations.Tests;

/// <summary>0019_calc_mediafile_is_public: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0019CalcMediafileIsPublicTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0019_migration_upload_without_is_public()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"id": 1, "mediafile_access_group_ids": [11], "mediafile_inherited_access_group_ids": [11]}}""",
            """{"type": "create", "fqid": "mediafile/11", "fields": {"id": 11, "access_group_ids": [1], "inherited_access_group_ids": [1]}}""");
        await Finalize("0019_calc_mediafile_is_public");
        await AssertBackendModel("group/1", """{"id": 1, "mediafile_access_group_ids": [11], "mediafile_inherited_access_group_ids": [11], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("mediafile/11", """{"id": 11, "access_group_ids": [1], "inherited_access_group_ids": [1], "is_public": false, "meta_deleted": false, "meta_position": 1}""", 1);
    }

    [Fact]
    public async Task M0019_migration_upload_with_parent_not_public()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"id": 1, "mediafile_access_group_ids": [11], "mediafile_inherited_access_group_ids": [11]}}""",
            """{"type": "create", "fqid": "mediafile/10", "fields": {"id": 10, "parent_id": 11, "access_group_ids": []}}""",
            """{"type": "create", "fqid": "mediafile/11", "fields": {"id": 11, "child_ids": [10], "is_directory": true, "is_public": false, "access_group_ids": [1], "inherited_access_group_ids": [1]}}""");
        await Finalize("0019_calc_mediafile_is_public");
        await AssertBackendModel("group/1", """{"id": 1, "mediafile_access_group_ids": [11], "mediafile_inherited_access_group_ids": [11, 10], "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("mediafile/10", """{"id": 10, "is_public": false, "access_group_ids": [], "inherited_access_group_ids": [1], "parent_id": 11, "meta_deleted": false, "meta_position": 1}""", 1);
    }

    [Fact]
    public async Task M0019_migration_varying()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"id": 1, "mediafile_access_group_ids": [10], "mediafile_inherited_access_group_ids": [10]}}""",
            """{"type": "create", "fqid": "mediafile/10", "fields": {"id": 10, "is_directory": true, "access_group_ids": [1]}}""");
        await Write("""{"type": "create", "fqid": "mediafile/11", "fields": {"id": 11, "parent_id": 10}}""",
            """{"type": "update", "fqid": "mediafile/10", "fields": {"child_ids": [11]}}""");
        await Write("""{"type": "create", "fqid": "mediafile/12", "fields": {"id": 12, "parent_id": 10, "is_directory": true}}""",
            """{"type": "update", "fqid": "mediafile/10", "fields": {"child_ids": [12]}}""",
            """{"type": "update", "fqid": "mediafile/11", "fields": {"parent_id": 12}}""",
            """{"type": "update", "fqid": "mediafile/12", "fields": {"child_ids": [11]}}""");
        await Write("""{"type": "update", "fqid": "mediafile/11", "list_fields": {"add": {"access_group_ids": [2]}, "remove": {"access_group_ids": []}}}""");
        await Write("""{"type": "update", "fqid": "group/1", "fields": {"mediafile_access_group_ids": [], "mediafile_inherited_access_group_ids": []}}""",
            """{"type": "update", "fqid": "mediafile/11", "list_fields": {"add": {"access_group_ids": []}, "remove": {"access_group_ids": [2]}}}""",
            """{"type": "update", "fqid": "mediafile/10", "list_fields": {"remove": {"access_group_ids": [1]}}}""");
        await Finalize("0019_calc_mediafile_is_public");
        await AssertBackendModel("mediafile/10", """{"id": 10, "is_public": false, "inherited_access_group_ids": [1], "access_group_ids": [1], "is_directory": true, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("mediafile/10", """{"id": 10, "is_public": false, "inherited_access_group_ids": [1], "access_group_ids": [1], "child_ids": [11], "is_directory": true, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("mediafile/11", """{"id": 11, "is_public": false, "inherited_access_group_ids": [1], "parent_id": 10, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("mediafile/10", """{"id": 10, "is_public": false, "inherited_access_group_ids": [1], "access_group_ids": [1], "child_ids": [12], "is_directory": true, "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("mediafile/11", """{"id": 11, "is_public": false, "inherited_access_group_ids": [1], "parent_id": 12, "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("mediafile/12", """{"id": 12, "is_public": false, "inherited_access_group_ids": [1], "parent_id": 10, "child_ids": [11], "is_directory": true, "meta_deleted": false, "meta_position": 3}""", 3);
        await AssertBackendModel("mediafile/11", """{"id": 11, "is_public": false, "inherited_access_group_ids": [], "access_group_ids": [2], "parent_id": 12, "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("mediafile/10", """{"id": 10, "is_public": true, "inherited_access_group_ids": [], "access_group_ids": [], "child_ids": [12], "is_directory": true, "meta_deleted": false, "meta_position": 5}""", 5);
        await AssertBackendModel("mediafile/11", """{"id": 11, "is_public": true, "inherited_access_group_ids": [], "access_group_ids": [], "parent_id": 12, "meta_deleted": false, "meta_position": 5}""", 5);
        await AssertBackendModel("mediafile/12", """{"id": 12, "is_public": true, "inherited_access_group_ids": [], "parent_id": 10, "child_ids": [11], "is_directory": true, "meta_deleted": false, "meta_position": 5}""", 5);
    }

    [Fact]
    public async Task M0019_migration_change_child_thru_parent()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "mediafile/10", "fields": {"id": 10, "is_directory": true, "child_ids": [11], "is_public": true, "inherited_access_group_ids": [], "access_group_ids": []}}""",
            """{"type": "create", "fqid": "mediafile/11", "fields": {"id": 11, "parent_id": 10, "is_public": true, "inherited_access_group_ids": [], "access_group_ids": []}}""");
        await Write("""{"type": "update", "fqid": "mediafile/10", "fields": {"access_group_ids": [1], "inherited_access_group_ids": [1]}}""",
            """{"type": "update", "fqid": "group/1", "fields": {"mediafile_access_group_ids": [10], "mediafile_inherited_access_group_ids": [10]}}""");
        await Finalize("0019_calc_mediafile_is_public");
        await AssertBackendModel("mediafile/10", """{"id": 10, "is_public": false, "inherited_access_group_ids": [1], "access_group_ids": [1], "child_ids": [11], "is_directory": true, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("mediafile/11", """{"id": 11, "is_public": false, "inherited_access_group_ids": [1], "access_group_ids": [], "parent_id": 10, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("group/1", """{"id": 1, "mediafile_access_group_ids": [10], "mediafile_inherited_access_group_ids": [10, 11], "meta_deleted": false, "meta_position": 2}""", 2);
    }

    /// <summary>
    /// Ours, pinning upstream's group bookkeeping: with two inherited groups at once, the second group's change is
    /// folded into the first group's entry (a shadowed loop variable), so group/2 is never updated.
    /// </summary>
    [Fact]
    public async Task M0019_two_groups_at_once_keep_upstreams_bookkeeping()
    {
        await Write("""{"type": "create", "fqid": "group/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "group/2", "fields": {"id": 2}}""",
            """{"type": "create", "fqid": "mediafile/10", "fields": {"id": 10, "access_group_ids": [1, 2]}}""");
        await Finalize("0019_calc_mediafile_is_public");
        await AssertBackendModel("mediafile/10", """{"id": 10, "access_group_ids": [1, 2], "inherited_access_group_ids": [1, 2], "is_public": false, "meta_position": 1}""");
        await AssertBackendModel("group/1", """{"id": 1, "mediafile_inherited_access_group_ids": [10], "meta_position": 1}""");
        await AssertBackendModel("group/2", """{"id": 2, "meta_position": 1}""");
    }

    /// <summary>Ours: a parent cycle fails the migration with a message naming it (upstream looped forever).</summary>
    [Fact]
    public async Task M0019_a_parent_cycle_fails_naming_the_mediafiles()
    {
        await Write("""{"type": "create", "fqid": "mediafile/1", "fields": {"id": 1, "parent_id": 2}}""",
            """{"type": "create", "fqid": "mediafile/2", "fields": {"id": 2, "parent_id": 1}}""");
        var e = await Assert.ThrowsAsync<Migrations.Runtime.Errors.MigrationFailedException>(() => Finalize("0019_calc_mediafile_is_public"));
        Assert.Contains("The parents of mediafile/1 form a cycle through mediafile/1", e.Message, StringComparison.Ordinal);
    }
}
