using System.Globalization;
using System.Text.Json.Nodes;

namespace Migrations.Tests;

/// <summary>
/// 0049_enhance_structure_levels: upstream's cases (tests/system/migrations/test_0049_enhance_structure_levels.py)
/// and ours; expected values of ours come from upstream's migration run with python3 on the same models (in the
/// read order the models are written in), except where upstream crashes (KeyError), which the class comment of the
/// migration decides.
/// </summary>
public class M0049EnhanceStructureLevelsTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    private const string Name = "0049_enhance_structure_levels";

    private static readonly string[] UpstreamEvents =
    [
        // user with default_structure_level
        """{"type": "create", "fqid": "user/1", "fields": {"id": 1, "default_structure_level": "default", "meeting_user_ids": [11, 12, 13]}}""",
        // user without default_structure_level
        """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "meeting_user_ids": [21, 22]}}""",
        """{"type": "create", "fqid": "meeting/42", "fields": {"id": 42, "meeting_user_ids": [11, 13, 21, 22]}}""",
        """{"type": "create", "fqid": "meeting/43", "fields": {"id": 43, "meeting_user_ids": [12]}}""",
        // meeting_user with structure_level and default_structure_level
        """{"type": "create", "fqid": "meeting_user/11", "fields": {"id": 11, "user_id": 1, "meeting_id": 42, "structure_level": "level"}}""",
        // meeting_user in other meeting with structure_level and default_structure_level
        """{"type": "create", "fqid": "meeting_user/12", "fields": {"id": 12, "user_id": 1, "meeting_id": 43, "structure_level": "level"}}""",
        // meeting_user with structure_level, but without default_structure_level
        """{"type": "create", "fqid": "meeting_user/21", "fields": {"id": 21, "user_id": 2, "meeting_id": 42, "structure_level": "level"}}""",
        // meeting_user without structure_level, but with default_structure_level
        """{"type": "create", "fqid": "meeting_user/13", "fields": {"id": 13, "user_id": 1, "meeting_id": 42}}""",
        // meeting_user without structure_level and without default_structure_level
        """{"type": "create", "fqid": "meeting_user/22", "fields": {"id": 22, "user_id": 2, "meeting_id": 42}}""",
    ];

    [Fact]
    public async Task M0049_migration()
    {
        await Write(UpstreamEvents);
        await Finalize(Name);

        var slid1 = await StructureLevelId("level", 42);
        var slid2 = await StructureLevelId("level", 43);
        var slid3 = await StructureLevelId("default", 42);

        await AssertBackendModel("user/1", """{"id": 1, "meeting_user_ids": [11, 12, 13]}""");
        await AssertBackendModel("user/2", """{"id": 2, "meeting_user_ids": [21, 22]}""");
        await AssertBackendModel($"structure_level/{slid1}", $$"""{"id": {{slid1}}, "meeting_id": 42, "name": "level", "meeting_user_ids": [11, 21]}""");
        await AssertBackendModel($"structure_level/{slid2}", $$"""{"id": {{slid2}}, "meeting_id": 43, "name": "level", "meeting_user_ids": [12]}""");
        await AssertBackendModel($"structure_level/{slid3}", $$"""{"id": {{slid3}}, "meeting_id": 42, "name": "default", "meeting_user_ids": [13]}""");
        await AssertBackendModel("meeting_user/11", $$"""{"id": 11, "user_id": 1, "meeting_id": 42, "structure_level_ids": [{{slid1}}]}""");
        await AssertBackendModel("meeting_user/12", $$"""{"id": 12, "user_id": 1, "meeting_id": 43, "structure_level_ids": [{{slid2}}]}""");
        await AssertBackendModel("meeting_user/13", $$"""{"id": 13, "user_id": 1, "meeting_id": 42, "structure_level_ids": [{{slid3}}]}""");
        await AssertBackendModel("meeting_user/21", $$"""{"id": 21, "user_id": 2, "meeting_id": 42, "structure_level_ids": [{{slid1}}]}""");
        await AssertBackendModel("meeting_user/22", """{"id": 22, "user_id": 2, "meeting_id": 42}""");
        await AssertBackendModel("meeting/42", $$"""{"id": 42, "meeting_user_ids": [11, 13, 21, 22], "structure_level_ids": [{{slid1}}, {{slid3}}]}""");
        await AssertBackendModel("meeting/43", $$"""{"id": 43, "meeting_user_ids": [12], "structure_level_ids": [{{slid2}}]}""");
    }

    [Fact]
    public async Task M0049_no_events()
    {
        // Upstream's test only checks that finalize passes. Its name notwithstanding, the migration writes one event:
        // every meeting with a meeting user gets structure_level_ids, here an empty list (upstream's code, run).
        await Write(
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1, "meeting_user_ids": [11]}}""",
            """{"type": "create", "fqid": "meeting/42", "fields": {"id": 42, "meeting_user_ids": [11]}}""",
            """{"type": "create", "fqid": "meeting_user/11", "fields": {"id": 11, "user_id": 1, "meeting_id": 42}}""");
        await Finalize(Name);
        await AssertBackendModel("meeting/42", """{"id": 42, "meeting_user_ids": [11], "structure_level_ids": []}""");
        await AssertBackendModel("user/1", """{"id": 1, "meeting_user_ids": [11]}""");
        await AssertBackendModel("meeting_user/11", """{"id": 11, "user_id": 1, "meeting_id": 42}""");
        await AssertBackendModelDoesNotExist("structure_level/1");
    }

    [Fact]
    public async Task M0049_ids_follow_the_read_order_and_the_creations_come_first()
    {
        // The database reads in creation order: meeting users 11, 12, 21, 13, 22. So level@42 = 1, level@43 = 2,
        // default@42 = 3; the creations are grouped by meeting (1, 3, 2), then come the updates in upstream's order.
        await Write(UpstreamEvents);
        await Finalize(Name);
        Assert.Equal(1, await StructureLevelId("level", 42));
        Assert.Equal(2, await StructureLevelId("level", 43));
        Assert.Equal(3, await StructureLevelId("default", 42));
        var rows = await Rows("SELECT fqid FROM events WHERE position = 2 ORDER BY weight");
        string[] expected =
        [
            "structure_level/1", "structure_level/3", "structure_level/2", "user/1",
            "meeting_user/11", "meeting_user/12", "meeting_user/21", "meeting_user/13", "meeting/42", "meeting/43",
        ];
        Assert.Equal(expected, rows.Select(r => (string)r[0]!).Distinct());
    }

    [Fact]
    public async Task M0049_in_memory_ids_follow_the_import_order()
    {
        var models = new JsonObject();
        foreach (var e in UpstreamEvents)
        {
            var request = Json.Obj(e);
            models[request["fqid"]!.GetValue<string>()] = request["fields"]!.DeepClone();
        }

        var result = await MigrateInMemory(Name, models.ToJsonString());
        AssertModels(result, """
            {
                "user/1": {"id": 1, "meeting_user_ids": [11, 12, 13]},
                "user/2": {"id": 2, "meeting_user_ids": [21, 22]},
                "meeting/42": {"id": 42, "meeting_user_ids": [11, 13, 21, 22], "structure_level_ids": [1, 3]},
                "meeting/43": {"id": 43, "meeting_user_ids": [12], "structure_level_ids": [2]},
                "meeting_user/11": {"id": 11, "user_id": 1, "meeting_id": 42, "structure_level_ids": [1]},
                "meeting_user/12": {"id": 12, "user_id": 1, "meeting_id": 43, "structure_level_ids": [2]},
                "meeting_user/21": {"id": 21, "user_id": 2, "meeting_id": 42, "structure_level_ids": [1]},
                "meeting_user/13": {"id": 13, "user_id": 1, "meeting_id": 42, "structure_level_ids": [3]},
                "meeting_user/22": {"id": 22, "user_id": 2, "meeting_id": 42},
                "structure_level/1": {"id": 1, "name": "level", "meeting_id": 42, "meeting_user_ids": [11, 21]},
                "structure_level/3": {"id": 3, "name": "default", "meeting_id": 42, "meeting_user_ids": [13]},
                "structure_level/2": {"id": 2, "name": "level", "meeting_id": 43, "meeting_user_ids": [12]}
            }
            """);
    }

    [Fact]
    public async Task M0049_falsy_names_give_no_level_and_a_falsy_structure_level_stays()
    {
        // user/1's "" default is removed but names nothing; meeting_user/2 takes user/2's default and keeps its ""
        // structure_level (0052 removes it); meeting_user/6's user does not exist; meeting/2 has levels from
        // meeting_user/5 only.
        await Write(
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1, "default_structure_level": ""}}""",
            """{"type": "create", "fqid": "user/2", "fields": {"id": 2, "default_structure_level": "Gast"}}""",
            """{"type": "create", "fqid": "user/3", "fields": {"id": 3}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "meeting/2", "fields": {"id": 2}}""",
            """{"type": "create", "fqid": "meeting_user/1", "fields": {"id": 1, "user_id": 1, "meeting_id": 1, "structure_level": ""}}""",
            """{"type": "create", "fqid": "meeting_user/2", "fields": {"id": 2, "user_id": 2, "meeting_id": 1, "structure_level": ""}}""",
            """{"type": "create", "fqid": "meeting_user/3", "fields": {"id": 3, "user_id": 3, "meeting_id": 2}}""",
            """{"type": "create", "fqid": "meeting_user/5", "fields": {"id": 5, "user_id": 2, "meeting_id": 2, "structure_level": "Presse"}}""",
            """{"type": "create", "fqid": "meeting_user/6", "fields": {"id": 6, "user_id": 9, "meeting_id": 1}}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"id": 1}""");
        await AssertBackendModel("user/2", """{"id": 2}""");
        await AssertBackendModel("user/3", """{"id": 3}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "structure_level_ids": [1]}""");
        await AssertBackendModel("meeting/2", """{"id": 2, "structure_level_ids": [2]}""");
        await AssertBackendModel("meeting_user/1", """{"id": 1, "user_id": 1, "meeting_id": 1, "structure_level": ""}""");
        await AssertBackendModel("meeting_user/2", """{"id": 2, "user_id": 2, "meeting_id": 1, "structure_level": "", "structure_level_ids": [1]}""");
        await AssertBackendModel("meeting_user/3", """{"id": 3, "user_id": 3, "meeting_id": 2}""");
        await AssertBackendModel("meeting_user/5", """{"id": 5, "user_id": 2, "meeting_id": 2, "structure_level_ids": [2]}""");
        await AssertBackendModel("meeting_user/6", """{"id": 6, "user_id": 9, "meeting_id": 1}""");
        await AssertBackendModel("structure_level/1", """{"id": 1, "name": "Gast", "meeting_id": 1, "meeting_user_ids": [2]}""");
        await AssertBackendModel("structure_level/2", """{"id": 2, "name": "Presse", "meeting_id": 2, "meeting_user_ids": [5]}""");
        await AssertBackendModelDoesNotExist("structure_level/3");
    }

    [Fact]
    public async Task M0049_in_memory_a_null_default_is_removed_and_a_null_structure_level_stays()
    {
        // In memory a null value is present: "in" finds the default (it is removed), .get() finds nothing truthy.
        var result = await MigrateInMemory(Name, """
            {
                "user/1": {"id": 1, "default_structure_level": null},
                "meeting/1": {"id": 1},
                "meeting_user/1": {"id": 1, "user_id": 1, "meeting_id": 1, "structure_level": null}
            }
            """);
        AssertModels(result, """
            {
                "user/1": {"id": 1},
                "meeting/1": {"id": 1, "structure_level_ids": []},
                "meeting_user/1": {"id": 1, "user_id": 1, "meeting_id": 1, "structure_level": null}
            }
            """);
    }

    [Fact]
    public async Task M0049_a_meeting_user_without_meeting_or_user_does_not_crash()
    {
        // Upstream raises KeyError on both. The port passes over a meeting user without (or with a null) meeting_id,
        // and gives one without user_id no default level, but its own structure level still counts.
        await Write(
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1, "default_structure_level": "Gast"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "meeting_user/1", "fields": {"id": 1, "user_id": 1, "structure_level": "Presse"}}""",
            """{"type": "create", "fqid": "meeting_user/2", "fields": {"id": 2, "meeting_id": 1, "structure_level": "Presse"}}""",
            """{"type": "create", "fqid": "meeting_user/3", "fields": {"id": 3, "meeting_id": 1}}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"id": 1}""");
        await AssertBackendModel("meeting_user/1", """{"id": 1, "user_id": 1, "structure_level": "Presse"}""");
        await AssertBackendModel("meeting_user/2", """{"id": 2, "meeting_id": 1, "structure_level_ids": [1]}""");
        await AssertBackendModel("meeting_user/3", """{"id": 3, "meeting_id": 1}""");
        await AssertBackendModel("structure_level/1", """{"id": 1, "name": "Presse", "meeting_id": 1, "meeting_user_ids": [2]}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "structure_level_ids": [1]}""");
        await AssertBackendModelDoesNotExist("structure_level/2");
    }

    [Fact]
    public async Task M0049_deleted_users_and_meeting_users_are_not_read()
    {
        await Write(
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1, "default_structure_level": "Gast"}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "meeting_user/1", "fields": {"id": 1, "user_id": 1, "meeting_id": 1}}""",
            """{"type": "create", "fqid": "meeting_user/2", "fields": {"id": 2, "user_id": 1, "meeting_id": 1, "structure_level": "Presse"}}""");
        await Write("""{"type": "delete", "fqid": "user/1"}""", """{"type": "delete", "fqid": "meeting_user/2"}""");
        await Finalize(Name);
        await AssertBackendModel("user/1", """{"id": 1, "default_structure_level": "Gast", "meta_deleted": true}""");
        await AssertBackendModel("meeting_user/1", """{"id": 1, "user_id": 1, "meeting_id": 1}""");
        await AssertBackendModel("meeting_user/2", """{"id": 2, "user_id": 1, "meeting_id": 1, "structure_level": "Presse", "meta_deleted": true}""");
        await AssertBackendModel("meeting/1", """{"id": 1, "structure_level_ids": []}""");
        await AssertBackendModelDoesNotExist("structure_level/1");
    }

    [Fact]
    public async Task M0049_a_meeting_user_of_a_deleted_meeting_fails_as_upstreams_writer_does()
    {
        await Write(
            """{"type": "create", "fqid": "user/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "meeting/1", "fields": {"id": 1}}""",
            """{"type": "create", "fqid": "meeting_user/1", "fields": {"id": 1, "user_id": 1, "meeting_id": 1, "structure_level": "Presse"}}""");
        await Write("""{"type": "delete", "fqid": "meeting/1"}""");
        var error = await FinalizeFails(Name);
        Assert.Contains("meeting/1", error.Message, StringComparison.Ordinal);
    }

    // Upstream's get_structure_level_id: the one model with that name and meeting id, found with SQL.
    private async Task<int> StructureLevelId(string name, int meetingId)
    {
        var rows = await Rows(string.Create(CultureInfo.InvariantCulture,
            $"SELECT data->>'id' FROM models WHERE data->>'name' = '{name}' AND (data->>'meeting_id')::int = {meetingId}"));
        return int.Parse((string)Assert.Single(rows)[0]!, CultureInfo.InvariantCulture);
    }
}
