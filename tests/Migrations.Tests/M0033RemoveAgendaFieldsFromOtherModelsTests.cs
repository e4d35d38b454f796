namespace Migrations.Tests;

/// <summary>0033_remove_agenda_fields_from_other_models: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0033RemoveAgendaFieldsFromOtherModelsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0033_migration()
    {
        await Write("""{"type": "create", "fqid": "assignment/1", "fields": {"id": 1, "agenda_create": true, "agenda_type": "internal", "agenda_parent_id": 1, "agenda_comment": "comment", "agenda_duration": 30, "agenda_weight": 42}}""",
            """{"type": "create", "fqid": "motion/1", "fields": {"id": 1, "agenda_create": true, "agenda_type": "internal", "agenda_parent_id": 1, "agenda_comment": "comment", "agenda_duration": 30, "agenda_weight": 42}}""",
            """{"type": "create", "fqid": "motion_block/1", "fields": {"id": 1, "agenda_create": true, "agenda_type": "internal", "agenda_parent_id": 1, "agenda_comment": "comment", "agenda_duration": 30, "agenda_weight": 42}}""",
            """{"type": "create", "fqid": "topic/1", "fields": {"id": 1, "agenda_create": true, "agenda_type": "internal", "agenda_parent_id": 1, "agenda_comment": "comment", "agenda_duration": 30, "agenda_weight": 42}}""");
        await Write("""{"type": "update", "fqid": "assignment/1", "fields": {"id": 1, "agenda_create": true, "agenda_type": "internal", "agenda_parent_id": 1, "agenda_comment": "comment", "agenda_duration": 30, "agenda_weight": 42}}""",
            """{"type": "update", "fqid": "motion/1", "fields": {"id": 1, "agenda_create": true, "agenda_type": "internal", "agenda_parent_id": 1, "agenda_comment": "comment", "agenda_duration": 30, "agenda_weight": 42}}""",
            """{"type": "update", "fqid": "motion_block/1", "fields": {"id": 1, "agenda_create": true, "agenda_type": "internal", "agenda_parent_id": 1, "agenda_comment": "comment", "agenda_duration": 30, "agenda_weight": 42}}""",
            """{"type": "update", "fqid": "topic/1", "fields": {"id": 1, "agenda_create": true, "agenda_type": "internal", "agenda_parent_id": 1, "agenda_comment": "comment", "agenda_duration": 30, "agenda_weight": 42}}""");
        await Write("""{"type": "delete", "fqid": "assignment/1"}""",
            """{"type": "delete", "fqid": "motion/1"}""",
            """{"type": "delete", "fqid": "motion_block/1"}""",
            """{"type": "delete", "fqid": "topic/1"}""");
        await Write("""{"type": "restore", "fqid": "assignment/1"}""",
            """{"type": "restore", "fqid": "motion/1"}""",
            """{"type": "restore", "fqid": "motion_block/1"}""",
            """{"type": "restore", "fqid": "topic/1"}""");
        await Finalize("0033_remove_agenda_fields_from_other_models");
        await AssertBackendModel("assignment/1", """{"id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("assignment/1", """{"id": 1, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("assignment/1", """{"id": 1, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("assignment/1", """{"id": 1, "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("motion/1", """{"id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("motion/1", """{"id": 1, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("motion/1", """{"id": 1, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("motion/1", """{"id": 1, "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("motion_block/1", """{"id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("motion_block/1", """{"id": 1, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("motion_block/1", """{"id": 1, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("motion_block/1", """{"id": 1, "meta_deleted": false, "meta_position": 4}""", 4);
        await AssertBackendModel("topic/1", """{"id": 1, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("topic/1", """{"id": 1, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("topic/1", """{"id": 1, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("topic/1", """{"id": 1, "meta_deleted": false, "meta_position": 4}""", 4);
    }
}
