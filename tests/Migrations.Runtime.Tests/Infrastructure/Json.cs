using System.Text.Json.Nodes;

namespace Migrations.Runtime.Tests.Infrastructure;

internal static class Json
{
    public static JsonObject Obj(string json) => JsonNode.Parse(json)!.AsObject();

    public static JsonNode? Node(string json) => JsonNode.Parse(json);

    public static void AssertEqual(JsonNode? expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected {expected?.ToJsonString()}\n  actual {actual?.ToJsonString()}");
}
