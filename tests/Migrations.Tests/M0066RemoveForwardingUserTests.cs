using System.Text.Json.Nodes;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.Tests;

/// <summary>0066_remove_forwarding_user: upstream's case (tests/system/migrations/test_0066_remove_forwarding_user.py) and ours.</summary>
public class M0066RemoveForwardingUserTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0066_remove_forwarding_user";

    private static readonly string[] UpstreamData =
    [
        """{"type": "create", "fqid": "organization/1", "fields": {"id": 1, "user_ids": [2, 3, 4, 5], "committee_ids": [1, 2, 3, 4, 5]}}""",
        """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "organization_id": 1, "forwarding_committee_ids": [1, 2, 3]}}""",
        """{"type": "create", "fqid": "user/3", "fields": {"id": 3, "organization_id": 1, "forwarding_committee_ids": [4]}}""",
        """{"type": "create", "fqid": "user/4", "fields": {"id": 4, "organization_id": 1, "forwarding_committee_ids": []}}""",
        """{"type": "create", "fqid": "committee/1", "fields": {"id": 1, "organization_id": 1, "forwarding_user_id": 2}}""",
        """{"type": "create", "fqid": "committee/2", "fields": {"id": 2, "organization_id": 1, "forwarding_user_id": 2}}""",
        """{"type": "create", "fqid": "committee/3", "fields": {"id": 3, "organization_id": 1, "forwarding_user_id": 2}}""",
        """{"type": "create", "fqid": "committee/4", "fields": {"id": 4, "organization_id": 1, "forwarding_user_id": 3}}""",
        """{"type": "create", "fqid": "user/5", "fields": {"id": 5, "organization_id": 1}}""",
        """{"type": "create", "fqid": "committee/5", "fields": {"id": 5, "organization_id": 1}}""",
    ];

    // Ours, for the in-memory cases: with the field, without it, and with a null value.
    private const string InMemoryModels = """
        {
            "user/1": {"id": 1, "forwarding_committee_ids": [1]},
            "user/2": {"id": 2},
            "user/6": {"id": 6, "forwarding_committee_ids": null},
            "committee/1": {"id": 1, "forwarding_user_id": 1},
            "committee/2": {"id": 2, "name": "c"},
            "committee/7": {"id": 7, "forwarding_user_id": null}
        }
        """;

    [Fact]
    public async Task M0066_migration_forwarding_migration()
    {
        await Write(UpstreamData);
        await Finalize(Name);
        await AssertBackendModel("user/2", """{"id": 2, "organization_id": 1}""");
        await AssertBackendModel("user/3", """{"id": 3, "organization_id": 1}""");
        await AssertBackendModel("user/4", """{"id": 4, "organization_id": 1}""");
        await AssertBackendModel("user/5", """{"id": 5, "organization_id": 1}""");
        await AssertBackendModel("committee/1", """{"id": 1, "organization_id": 1}""");
        await AssertBackendModel("committee/2", """{"id": 2, "organization_id": 1}""");
        await AssertBackendModel("committee/3", """{"id": 3, "organization_id": 1}""");
        await AssertBackendModel("committee/4", """{"id": 4, "organization_id": 1}""");
        await AssertBackendModel("committee/5", """{"id": 5, "organization_id": 1}""");
    }

    /// <summary>
    /// Ours: on the database path the mapped field comes back as a key for every model (null where absent), so
    /// user/5 and committee/5, which lack the field, get an update too: upstream's own run writes these nine events.
    /// </summary>
    [Fact]
    public async Task M0066_on_the_database_path_every_user_and_committee_is_updated()
    {
        await Write(UpstreamData);
        await Finalize(Name);
        await AssertMigrationEvents(
            ("deletefields", "user/2", """["forwarding_committee_ids"]"""),
            ("deletefields", "user/3", """["forwarding_committee_ids"]"""),
            ("deletefields", "user/4", """["forwarding_committee_ids"]"""),
            ("deletefields", "user/5", """["forwarding_committee_ids"]"""),
            ("deletefields", "committee/1", """["forwarding_user_id"]"""),
            ("deletefields", "committee/2", """["forwarding_user_id"]"""),
            ("deletefields", "committee/3", """["forwarding_user_id"]"""),
            ("deletefields", "committee/4", """["forwarding_user_id"]"""),
            ("deletefields", "committee/5", """["forwarding_user_id"]"""));
        await AssertBackendModel("user/5", """{"id": 5, "organization_id": 1, "meta_position": 2}""");
        await AssertBackendModel("organization/1", """{"id": 1, "user_ids": [2, 3, 4, 5], "committee_ids": [1, 2, 3, 4, 5], "meta_position": 1}""");
    }

    /// <summary>Ours: deleted users and committees keep their fields and get no event (upstream's run on this data).</summary>
    [Fact]
    public async Task M0066_deleted_models_are_left_alone()
    {
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"id": 1, "forwarding_committee_ids": [1]}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2}}""",
            """{"type": "create", "fqid": "user/3", "fields": {"id": 3, "forwarding_committee_ids": [1]}}""",
            """{"type": "create", "fqid": "committee/1", "fields": {"id": 1, "forwarding_user_id": 1}}""",
            """{"type": "create", "fqid": "committee/2", "fields": {"id": 2, "name": "c"}}""",
            """{"type": "create", "fqid": "committee/3", "fields": {"id": 3, "forwarding_user_id": 3}}""");
        await Write("""{"type": "delete", "fqid": "user/3"}""", """{"type": "delete", "fqid": "committee/3"}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"id": 1, "meta_position": 3}""");
        await AssertBackendModel("user/2", """{"id": 2, "meta_position": 3}""");
        await AssertBackendModel("user/3", """{"id": 3, "forwarding_committee_ids": [1], "meta_deleted": true, "meta_position": 2}""");
        await AssertBackendModel("committee/1", """{"id": 1, "meta_position": 3}""");
        await AssertBackendModel("committee/2", """{"id": 2, "name": "c", "meta_position": 3}""");
        await AssertBackendModel("committee/3", """{"id": 3, "forwarding_user_id": 3, "meta_deleted": true, "meta_position": 2}""");
        await AssertMigrationEvents(
            ("deletefields", "user/1", """["forwarding_committee_ids"]"""),
            ("deletefields", "user/2", """["forwarding_committee_ids"]"""),
            ("deletefields", "committee/1", """["forwarding_user_id"]"""),
            ("deletefields", "committee/2", """["forwarding_user_id"]"""));
    }

    /// <summary>Ours: no live user or committee, no position.</summary>
    [Fact]
    public async Task M0066_without_users_and_committees_nothing_is_written()
    {
        await Write("""{"type": "create", "fqid": "organization/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1, "forwarding_committee_ids": [1]}}""");
        await Write("""{"type": "delete", "fqid": "user/1"}""");
        await Finalize(Name);
        Assert.Equal(2L, await Scalar<long>("SELECT count(*) FROM positions"));
    }

    /// <summary>
    /// Ours, in memory (upstream's in-memory run on this data gives these models): the fields go, a null value too;
    /// models without the field are unchanged.
    /// </summary>
    [Fact]
    public async Task M0066_in_memory()
    {
        var result = await MigrateInMemory(Name, InMemoryModels);
        AssertModels(result, """
            {
                "user/1": {"id": 1},
                "user/2": {"id": 2},
                "user/6": {"id": 6},
                "committee/1": {"id": 1},
                "committee/2": {"id": 2, "name": "c"},
                "committee/7": {"id": 7}
            }
            """);
    }

    /// <summary>
    /// Ours, in memory: only the models that have the key (a null value counts) get an update, as upstream's
    /// in-memory run emits: user/1, user/6, committee/1, committee/7.
    /// </summary>
    [Fact]
    public async Task M0066_in_memory_only_models_with_the_field_are_updated()
    {
        var models = Json.Obj(InMemoryModels).ToDictionary(p => p.Key, p => p.Value!.AsObject(), StringComparer.Ordinal);
        var events = new List<RequestEvent>();
        await foreach (var e in new global::Migrations.M0066.Migration().StreamAsync(new MemoryMigrationReader(models), CancellationToken.None))
        {
            events.Add(e);
        }

        string[] fqids = ["user/1", "user/6", "committee/1", "committee/7"];
        Assert.Equal(fqids, events.Select(e => e.Fqid));
        string[] fields =
        [
            """{"forwarding_committee_ids":null}""", """{"forwarding_committee_ids":null}""", """{"forwarding_user_id":null}""", """{"forwarding_user_id":null}""",
        ];
        Assert.Equal(fields, events.Cast<UpdateRequestEvent>().Select(e => e.Fields.ToJsonString()));
    }
}
