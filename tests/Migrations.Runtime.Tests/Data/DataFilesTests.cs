using System.Text;
using System.Text.Json.Nodes;
using Migrations.Runtime.Data;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.Tests.Data;

/// <summary>The data scripts: models as an export file, and a lossless backup of positions and events.</summary>
public class DataFilesTests(DatabaseFixture database) : DatabaseTest(database)
{
    private async Task WriteHistory()
    {
        await Writer.WriteAsync(new WriteRequest(
            [
                Requests.Event("""{"type": "create", "fqid": "organization/1", "fields": {"name": "Org", "committee_ids": [1]}}"""),
                Requests.Event("""{"type": "create", "fqid": "committee/1", "fields": {"name": "Board", "organization_id": 1}}"""),
            ], Json.Node("""["created"]"""), userId: 3, migrationIndex: 1));
        await Write("""{"type": "create", "fqid": "motion/2", "fields": {"title": "Ünïcode \"quoted\"\n", "tags": [1, "a"], "nested": {"x": [1.5, null, true]}}}""");
        await Write("""{"type": "update", "fqid": "motion/2", "fields": {"tags": null, "text": "t"}, "list_fields": {"add": {"supporter_ids": [5]}}}""");
        await Write("""{"type": "create", "fqid": "motion/10", "fields": {"title": "big", "text": "%BIG%"}}""".Replace("%BIG%", new string('x', 200_000), StringComparison.Ordinal));
        await Write("""{"type": "delete", "fqid": "motion/10"}""");
        await Write("""{"type": "create", "fqid": "user/1", "fields": {"username": "admin"}}""");
        await Write("""{"type": "delete", "fqid": "user/1"}""");
        await Write("""{"type": "restore", "fqid": "user/1"}""");
    }

    private static async Task<byte[]> Export(Func<Stream, Task> export)
    {
        using var stream = new MemoryStream();
        await export(stream);
        return stream.ToArray();
    }

    [Fact]
    public async Task Exported_models_import_as_one_position_with_the_same_fields()
    {
        await WriteHistory();
        var before = await CurrentModels();
        var file = await Export(s => ModelsFile.ExportAsync(DataSource, s));
        var json = JsonNode.Parse(file)!.AsObject();
        Assert.Equal(1, json["_migration_index"]!.GetValue<int>());
        Assert.Equal(["_migration_index", "committee", "motion", "organization", "user"], json.Select(p => p.Key));
        Assert.Equal(["2"], json["motion"]!.AsObject().Select(p => p.Key)); // motion/10 is deleted

        Assert.Equal(4, await ModelsFile.ImportAsync(DataSource, new MemoryStream(file), "export.json"));
        Assert.Equal(1L, await Scalar<long>("SELECT count(*) FROM positions"));
        Assert.Equal(1, await Scalar<int>("SELECT migration_index FROM positions"));
        var after = await CurrentModels();
        Assert.Equal(["committee/1", "motion/2", "organization/1", "user/1"], after.Keys.Order());
        foreach (var (fqid, model) in after)
        {
            var expected = (JsonObject)before[fqid].Data.DeepClone();
            expected["meta_position"] = 1;
            Json.AssertEqual(expected, model.Data);
        }

        Assert.Equal(file, await Export(s => ModelsFile.ExportAsync(DataSource, s)));
        Assert.Equal(3, await Scalar<int>("SELECT id FROM id_sequences WHERE collection = 'motion'"));
    }

    [Fact]
    public async Task Duplicate_collections_ids_and_fields_keep_the_last_value_as_pythons_dict_and_are_reported_once()
    {
        var file = Encoding.UTF8.GetBytes("""
            {"_migration_index": 3,
             "motion": {"1": {"title": "first"}, "9": {"title": "only in the first object"}},
             "user": {"1": {"name": "a", "name": "b"}, "2": {"name": "old"}, "2": {"name": "new", "x": 1}},
             "motion": {"2": {"title": "second"}, "1": {"title": "last", "title": "really last"}},
             "_migration_index": 2}
            """);
        var warnings = new List<string>();
        Assert.Equal(4, await ModelsFile.ImportAsync(DataSource, new MemoryStream(file), "dup.json", warn: warnings.Add));
        Assert.Equal("dup.json: 5 duplicate keys in the file; the last value of each is kept, as upstream does (the first: \"user\".\"1\".\"name\" (at line 3, byte 135)).", Assert.Single(warnings));
        Assert.Equal(2, await Scalar<int>("SELECT migration_index FROM positions"));
        var models = await CurrentModels();
        Assert.Equal(["motion/1", "motion/2", "user/1", "user/2"], models.Keys.Order());
        Assert.Equal("really last", models["motion/1"].Data["title"]!.GetValue<string>());
        Assert.Equal("b", models["user/1"].Data["name"]!.GetValue<string>());
        Assert.Equal("new", models["user/2"].Data["name"]!.GetValue<string>());
        Assert.Equal(1, models["user/2"].Data["x"]!.GetValue<int>());

        // In the rows' order (the order upstream's model migrations read): a duplicated id where it first stood, as a
        // Python dict keeps it; a collection named twice where its last object stands (ours; Python's dict would keep
        // it at its first place).
        Assert.Equal(["user/1", "user/2", "motion/2", "motion/1"], (await Rows("SELECT fqid FROM models ORDER BY ctid")).Select(r => (string)r[0]!));
    }

    [Theory]
    [InlineData("""{"motion": {"1": {}}}""", "data.json: the file has no integer \"_migration_index\" at the top level.")]
    [InlineData("""{"_migration_index": "x", "motion": {}}""", "data.json: \"_migration_index\" must be an integer, not \"x\".")]
    [InlineData("""{"_migration_index": 1, "Motion": {}}""", "data.json: \"Motion\" at the top level is not a collection name.")]
    [InlineData("""{"_migration_index": 1, "motion": []}""", "data.json: \"motion\" must map ids to models.")]
    [InlineData("""{"_migration_index": 1, "motion": {"0": {}}}""", "data.json: \"motion\".\"0\": \"0\" is not an id.")]
    [InlineData("""{"_migration_index": 1, "motion": {"1": [1]}}""", "data.json: \"motion\".\"1\" must be an object, not array.")]
    [InlineData("""{"_migration_index": 1, "motion": {"1": {"meta_position": 1}}}""", "data.json: \"motion\".\"1\": Field meta_position is reserved")]
    [InlineData("""[1, 2]""", "data.json: the file must hold one JSON object.")]
    [InlineData("""{"_migration_index": 1, "motion": {"1": {"title": "a"}, }""", "data.json: malformed JSON")]
    [InlineData("""{"_migration_index": 1, "motion": {"1": {"title": "a"}""", "data.json: malformed JSON")]
    [InlineData("""{"_migration_index": 1, "motion": {"1": {"title": "a""", "data.json: malformed JSON")]
    public async Task A_malformed_export_names_the_place_and_changes_nothing(string content, string message)
    {
        await WriteHistory();
        var before = await Rows("SELECT fqid, data::text FROM models ORDER BY fqid");
        var e = await Assert.ThrowsAnyAsync<Exception>(() => ModelsFile.ImportAsync(DataSource, new MemoryStream(Encoding.UTF8.GetBytes(content)), "data.json"));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Rows("SELECT fqid, data::text FROM models ORDER BY fqid"));
        Assert.Equal(8L, await Scalar<long>("SELECT count(*) FROM positions"));
    }

    [Fact]
    public async Task A_backup_of_positions_and_events_round_trips_losslessly()
    {
        await WriteHistory();
        await Execute("UPDATE positions SET information = NULL WHERE position = 4");  // SQL NULL, not JSON null
        var models = await CurrentModels();
        var positions = await Rows("SELECT position, timestamp, user_id, information::text, information IS NULL, migration_index FROM positions ORDER BY position");
        var events = await Rows("SELECT position, fqid, type::text, data::text, data IS NULL, weight FROM events ORDER BY position, weight");
        var backup = await Export(s => EventsFile.ExportAsync(DataSource, s));
        Assert.StartsWith("{\"format\":\"openslides-datastore-events\",\"version\":1}\n", Encoding.UTF8.GetString(backup), StringComparison.Ordinal);

        await Execute("TRUNCATE positions, events, models, id_sequences RESTART IDENTITY CASCADE");
        Assert.Equal(8, await EventsFile.ImportAsync(DataSource, new MemoryStream(backup), "backup.jsonl"));
        Assert.Equal(positions, await Rows("SELECT position, timestamp, user_id, information::text, information IS NULL, migration_index FROM positions ORDER BY position"));
        Assert.Equal(events, await Rows("SELECT position, fqid, type::text, data::text, data IS NULL, weight FROM events ORDER BY position, weight"));
        var restored = await CurrentModels();
        Assert.Equal(models.Keys.Order(), restored.Keys.Order());
        foreach (var (fqid, model) in models)
        {
            Json.AssertEqual(model.Data, restored[fqid].Data);
            Assert.Equal(model.Deleted, restored[fqid].Deleted);
        }

        Assert.Equal(backup, await Export(s => EventsFile.ExportAsync(DataSource, s)));
        Assert.Equal(11, await Scalar<int>("SELECT id FROM id_sequences WHERE collection = 'motion'"));
        Assert.Equal(9, await Write("""{"type": "create", "fqid": "motion/11", "fields": {}}"""));
    }

    [Theory]
    [InlineData("{\"x\":1}\n", "backup.jsonl, line 1: not an events file")]
    [InlineData("{\"format\":\"openslides-datastore-events\",\"version\":1}\n{\"position\": 1, \"user_id\": 0, \"migration_index\": 1, \"events\": [\n", "backup.jsonl: malformed JSON in \"events\" at line 2, byte ")]
    [InlineData("{\"format\":\"openslides-datastore-events\",\"version\":1}\n{\"position\": 1, \"user_id\": 0, \"migration_index\": 1}\n", "backup.jsonl, line 2, \"events\": must be a list.")]
    [InlineData("{\"format\":\"openslides-datastore-events\",\"version\":1}\n{\"position\": \"a\", \"user_id\": 0, \"migration_index\": 1, \"events\": []}\n", "backup.jsonl, line 2, \"position\": must be an integer.")]
    [InlineData("{\"format\":\"openslides-datastore-events\",\"version\":1}\n{\"position\": 1, \"user_id\": 0, \"migration_index\": 1, \"events\": [{\"fqid\": \"a/1\", \"type\": \"bogus\", \"data\": null}]}\n", "backup.jsonl, line 2, \"events[0]\": Type bogus is unknown")]
    [InlineData("{\"format\":\"openslides-datastore-events\",\"version\":1}\n{\"position\": 1, \"user_id\": 0, \"migration_index\": 1, \"events\": [{\"fqid\": \"a/1\", \"type\": \"update\", \"data\": {\"f\": 1}}]}\n", "backup.jsonl: the events of a/1 do not fit together at position 1: Model a/1 does not exist")]
    [InlineData("{\"format\":\"openslides-datastore-events\",\"version\":1}\n{\"position\": 2, \"user_id\": 0, \"migration_index\": 1, \"events\": []}\n{\"position\": 2, \"user_id\": 0, \"migration_index\": 1, \"events\": []}\n", "backup.jsonl, line 3: position 2 does not follow position 2.")]
    public async Task A_malformed_backup_names_the_line_and_changes_nothing(string content, string message)
    {
        await WriteHistory();
        var e = await Assert.ThrowsAsync<DataFileException>(() => EventsFile.ImportAsync(DataSource, new MemoryStream(Encoding.UTF8.GetBytes(content)), "backup.jsonl"));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(8L, await Scalar<long>("SELECT count(*) FROM positions"));
        Assert.Equal(4L, await Scalar<long>("SELECT count(*) FROM models WHERE NOT deleted"));
    }
}
