using System.Text.Json.Nodes;
using Migrations.Runtime.Events;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.Tests.Reading;

/// <summary>
/// The replay reader (spec §2.4) against the writer: after any sequence of writes the models replayed from the
/// events equal the <c>models</c> table, and the model at an earlier position equals what it was then.
/// </summary>
public class ReplayTests(DatabaseFixture database) : DatabaseTest(database)
{
    [Fact]
    public async Task A_model_does_not_exist_before_its_create()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Write("""{"type": "create", "fqid": "a/2", "fields": {"f": 1}}""");
        Assert.Null(await Reader.GetModelAtPositionAsync("a/2", 1));
        Assert.NotNull(await Reader.GetModelAtPositionAsync("a/2", 2));
        Assert.Null(await Reader.GetModelAtPositionAsync("a/3", 2));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Replay_equals_models_after_random_writes_and_earlier_snapshots_stay_reproducible(int seed)
    {
        var random = new Random(seed);
        var snapshots = new List<(int Position, Dictionary<string, ModelRecord> Models)>();
        for (var i = 0; i < 60; i++)
        {
            var request = RandomRequest(random, await CurrentModels());
            var position = await Writer.WriteAsync(request);
            if (i % 10 == 9)
            {
                snapshots.Add((position, await CurrentModels()));
            }
        }

        AssertSameModels(await CurrentModels(), await ReplayedModels());
        foreach (var (position, models) in snapshots)
        {
            AssertSameModels(models, await ReplayedModels(position));
        }
    }

    private static void AssertSameModels(Dictionary<string, ModelRecord> expected, Dictionary<string, ModelRecord> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (fqid, model) in expected)
        {
            Assert.True(JsonNode.DeepEquals(model.Data, actual[fqid].Data), $"{fqid}: {model.Data.ToJsonString()} != {actual[fqid].Data.ToJsonString()}");
            Assert.Equal(model.Deleted, actual[fqid].Deleted);
        }
    }

    // Creates, updates with deleted fields, list adds and removes, deletes and restores over a few collections.
    private static WriteRequest RandomRequest(Random random, Dictionary<string, ModelRecord> models)
    {
        var events = new List<RequestEvent>();
        var touched = new Dictionary<string, bool>(); // fqid -> deleted after this request's events so far
        bool Deleted(string fqid) => touched.TryGetValue(fqid, out var d) ? d : models[fqid].Deleted;
        bool Exists(string fqid) => touched.ContainsKey(fqid) || models.ContainsKey(fqid);

        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            var collection = new[] { "meeting", "user", "motion" }[random.Next(3)];
            var fqid = $"{collection}/{random.Next(1, 8)}";
            if (!Exists(fqid))
            {
                events.Add(new CreateRequestEvent(fqid, new JsonObject
                {
                    ["title"] = $"t{random.Next(100)}",
                    ["weight"] = random.Next(10),
                    ["ids"] = new JsonArray(random.Next(5), random.Next(5)),
                }));
                touched[fqid] = false;
                continue;
            }

            if (Deleted(fqid))
            {
                events.Add(new RestoreRequestEvent(fqid));
                touched[fqid] = false;
                continue;
            }

            switch (random.Next(4))
            {
                case 0:
                    events.Add(new UpdateRequestEvent(fqid, new JsonObject
                    {
                        ["title"] = random.Next(2) == 0 ? null : $"u{random.Next(100)}",
                        ["extra"] = random.Next(3),
                    }));
                    break;
                case 1:
                    events.Add(new UpdateRequestEvent(fqid, null,
                        new JsonObject { ["ids"] = new JsonArray(random.Next(8), random.Next(8)) },
                        new JsonObject { ["ids"] = new JsonArray(random.Next(8)), ["missing"] = new JsonArray(1) }));
                    break;
                case 2:
                    events.Add(new DeleteRequestEvent(fqid));
                    touched[fqid] = true;
                    break;
                default:
                    events.Add(new UpdateRequestEvent(fqid, new JsonObject { ["weight"] = random.Next(100) },
                        new JsonObject { ["tags"] = new JsonArray("a", "b") }));
                    break;
            }

            touched.TryAdd(fqid, false);
        }

        return new WriteRequest(events, random.Next(2) == 0 ? null : new JsonArray("changed"), random.Next(3));
    }
}
