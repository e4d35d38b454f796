using System.Text;
using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keyframes;

namespace Migrations.Runtime.Tests.Keyframes;

/// <summary>
/// The keyframes' byte-level apply must give exactly what the object-level <see cref="EventApplier"/> gives: the same
/// data with the same field order, the same deleted flag, the same exception and message (pure logic).
/// </summary>
public class StoredModelApplierTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_histories_give_the_same_models_and_errors_as_the_object_applier(int seed)
    {
        var random = new Random(seed);
        var objects = new Dictionary<string, ModelRecord>();
        var stored = new Dictionary<string, StoredModel>();
        int applied = 0, failed = 0;
        for (var position = 1; position <= 5000; position++)
        {
            var fqid = $"m/{random.Next(1, 30)}";
            var @event = RandomEvent(random, fqid);
            objects.TryGetValue(fqid, out var current);
            stored.TryGetValue(fqid, out var currentStored);
            Exception? objectError = null, storedError = null;
            ModelRecord? objectResult = null;
            StoredModel? storedResult = null;
            try
            {
                objectResult = EventApplier.Apply(current?.Clone(), @event, position);
            }
            catch (Exception e)
            {
                objectError = e;
            }

            try
            {
                storedResult = StoredModelApplier.Apply(currentStored, @event, position);
            }
            catch (Exception e)
            {
                storedError = e;
            }

            Assert.Equal(objectError?.GetType(), storedError?.GetType());
            Assert.Equal(objectError?.Message, storedError?.Message);
            if (objectError is not null)
            {
                failed++;
                continue;
            }

            applied++;
            Assert.Equal(objectResult!.Deleted, storedResult!.Deleted);
            Assert.Equal(objectResult.Data.ToJsonString(), JsonNode.Parse(storedResult.Json)!.ToJsonString());
            objects[fqid] = objectResult;
            // Half of the time continue from the database's text form of jsonb (spaces after ':' and ',').
            stored[fqid] = random.Next(2) == 0 ? storedResult : new StoredModel(Encoding.UTF8.GetBytes(Spaced(storedResult.Json)), storedResult.Deleted);
        }

        Assert.True(applied > 1200 && failed > 300, $"{applied} applied, {failed} failed");
    }

    [Fact]
    public void Escaped_and_non_ascii_names_and_values_are_kept()
    {
        var model = StoredModelApplier.Apply(null, new CreateEvent("a/1", Json.Obj("""{"t": "Grüße \"x\" \\ \u00e9", "l": [1]}""")), 1);
        var stored = new StoredModel(Encoding.UTF8.GetBytes("""{"t": "Gr\u00fc\u00dfe", "meta_deleted": false, "l": [1, 2], "meta_position": 1}"""), false);
        var updated = StoredModelApplier.Apply(stored, new UpdateEvent("a/1", Json.Obj("""{"t": "neu", "x": {"y": [null]}}""")), 2);
        Json.AssertEqual(Json.Obj("""{"t": "neu", "meta_deleted": false, "l": [1, 2], "meta_position": 2, "x": {"y": [null]}}"""), JsonNode.Parse(updated.Json)!);
        Json.AssertEqual(Json.Obj("""{"t": "Grüße \"x\" \\ é", "l": [1], "meta_deleted": false, "meta_position": 1}"""), JsonNode.Parse(model.Json)!);
    }

    [Fact]
    public void A_list_update_on_a_field_that_is_not_a_list_names_it()
    {
        var stored = new StoredModel(Encoding.UTF8.GetBytes("""{"l": 5, "meta_deleted": false, "meta_position": 1}"""), false);
        var e = Assert.Throws<BadEventException>(() => StoredModelApplier.Apply(stored, new ListUpdateEvent("a/1", Json.Obj("""{"add": {"l": [1]}}""")), 2));
        Assert.Equal("Field l on model a/1 is not a list, but of type number", e.Message);
    }

    internal static DatastoreEvent RandomEvent(Random random, string fqid)
    {
        switch (random.Next(12))
        {
            case 0 or 1 or 2:
                return new CreateEvent(fqid, RandomFields(random));
            case 3 or 4 or 5 or 6:
                return new UpdateEvent(fqid, RandomFields(random));
            case 7:
                return new DeleteFieldsEvent(fqid, Enumerable.Range(0, random.Next(1, 4)).Select(_ => Field(random)));
            case 8 or 9:
                var add = new JsonObject();
                var remove = new JsonObject();
                for (var i = random.Next(1, 3); i > 0; i--)
                {
                    (random.Next(2) == 0 ? add : remove)[Field(random)] = new JsonArray(Enumerable.Range(0, random.Next(0, 4)).Select(_ => (JsonNode?)ListValue(random)).ToArray());
                }

                return new ListUpdateEvent(fqid, add, remove);
            case 10:
                return new DeleteEvent(fqid);
            default:
                return new RestoreEvent(fqid);
        }
    }

    private static JsonObject RandomFields(Random random)
    {
        var data = new JsonObject();
        for (var i = random.Next(0, 5); i > 0; i--)
        {
            data[Field(random)] = Value(random);
        }

        return data;
    }

    private static string Field(Random random) => $"f{random.Next(6)}";

    private static JsonNode ListValue(Random random) => random.Next(2) == 0 ? random.Next(5) : $"v{random.Next(5)}";

    private static JsonNode Value(Random random) => random.Next(7) switch
    {
        0 => "",
        1 => random.Next(-5, 1000),
        2 => "text ü \"q\" \\ " + random.Next(9),
        3 => new JsonArray(Enumerable.Range(0, random.Next(0, 4)).Select(_ => (JsonNode?)ListValue(random)).ToArray()),
        4 => new JsonObject { ["a"] = random.Next(3), ["b"] = new JsonArray("x", null) },
        5 => random.Next(2) == 0,
        _ => random.NextDouble() * 100,
    };

    /// <summary>The text form PostgreSQL gives jsonb: a space after every ':' and ',' outside strings.</summary>
    private static string Spaced(byte[] json)
    {
        var text = Encoding.UTF8.GetString(json);
        var result = new StringBuilder();
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            result.Append(c);
            if (c == '\\' && inString)
            {
                result.Append(text[++i]);
                continue;
            }

            if (c == '"')
            {
                inString = !inString;
            }
            else if (!inString && (c == ':' || c == ','))
            {
                result.Append(' ');
            }
        }

        return result.ToString();
    }
}
