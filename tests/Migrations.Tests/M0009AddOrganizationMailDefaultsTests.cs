namespace Migrations.Tests;

/// <summary>0009_add_organization_mail_defaults: the upstream backend's test cases (tests/system/migrations) and ours.</summary>
public class M0009AddOrganizationMailDefaultsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Org = "organization/1";

    [Fact]
    public async Task M0009_add_organization_mail_defaults()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 42}}""");
        await Write("""{"type": "update", "fqid": "organization/1", "fields": {"f": 2}}""");
        await Write("""{"type": "delete", "fqid": "organization/1"}""");
        await Write("""{"type": "restore", "fqid": "organization/1"}""");
        await Finalize("0009_add_organization_mail_defaults");
        const string body = "      Dear {name},\\n\\n\\n\\n      this is your personal OpenSlides login:\\n\\n          {url}\\n\\n"
            + "          username: {username}\\n\\n          password: {password}\\n\\n\\n\\n      This email was generated automatically.";
        const string defaults = $$"""
            "users_email_sender": "OpenSlides", "users_email_subject": "OpenSlides access data",
            "users_email_body": "{{body}}", "url": "http://example.com:8000"
            """;
        await AssertBackendModel(Org, $$"""{"id": 42, {{defaults}}, "meta_deleted": false, "meta_position": 1}""", 1);
        await AssertBackendModel(Org, $$"""{"id": 42, {{defaults}}, "f": 2, "meta_deleted": false, "meta_position": 2}""", 2);
        await AssertBackendModel(Org, $$"""{"id": 42, {{defaults}}, "f": 2, "meta_deleted": true, "meta_position": 3}""", 3);
        await AssertBackendModel(Org, $$"""{"id": 42, {{defaults}}, "f": 2, "meta_deleted": false, "meta_position": 4}""", 4);
    }
}
