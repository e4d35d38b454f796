namespace Migrations.Tests;

/// <summary>0040_rename_last_email_send_and_100: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0040RenameLastEmailSendAnd100Tests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task M0040_migration()
    {
        await Write("""{"type": "create", "fqid": "meeting/1", "fields": {"a": 1, "motion_poll_default_100_percent_base": "90", "assignment_poll_default_100_percent_base": "50", "poll_default_100_percent_base": "30"}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"b": 1, "last_email_send": 100000}}""");
        await Write("""{"type": "update", "fqid": "meeting/1", "fields": {"a": 2, "motion_poll_default_100_percent_base": "95", "assignment_poll_default_100_percent_base": "55", "poll_default_100_percent_base": "35"}}""",
            """{"type": "update", "fqid": "user/1", "fields": {"b": 2, "last_email_send": 150000}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""",
            """{"type": "delete", "fqid": "user/1"}""");
        await Write("""{"type": "restore", "fqid": "meeting/1"}""",
            """{"type": "restore", "fqid": "user/1"}""");
        await Finalize("0040_rename_last_email_send_and_100");
        await AssertBackendModel("meeting/1", """{"a": 1, "meta_deleted": false, "meta_position": 1, "motion_poll_default_onehundred_percent_base": "90", "assignment_poll_default_onehundred_percent_base": "50", "poll_default_onehundred_percent_base": "30"}""", 1);
        await AssertBackendModel("user/1", """{"b": 1, "last_email_sent": 100000, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 2, "motion_poll_default_onehundred_percent_base": "95", "assignment_poll_default_onehundred_percent_base": "55", "poll_default_onehundred_percent_base": "35"}""", 2);
        await AssertBackendModel("user/1", """{"b": 2, "last_email_sent": 150000, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": true, "meta_position": 3, "motion_poll_default_onehundred_percent_base": "95", "assignment_poll_default_onehundred_percent_base": "55", "poll_default_onehundred_percent_base": "35"}""", 3);
        await AssertBackendModel("user/1", """{"b": 2, "last_email_sent": 150000, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel("meeting/1", """{"a": 2, "meta_deleted": false, "meta_position": 4, "motion_poll_default_onehundred_percent_base": "95", "assignment_poll_default_onehundred_percent_base": "55", "poll_default_onehundred_percent_base": "35"}""", 4);
        await AssertBackendModel("user/1", """{"b": 2, "last_email_sent": 150000, "meta_deleted": false, "meta_position": 4}""", 4);
    }
}
