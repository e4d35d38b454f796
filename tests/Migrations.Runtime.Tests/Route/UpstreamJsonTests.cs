using System.Text.Json.Nodes;
using Migrations.Runtime.Route;

namespace Migrations.Runtime.Tests.Route;

/// <summary>The route's bodies byte for byte as simplejson's dumps writes them (the operator client prints them raw).</summary>
public class UpstreamJsonTests
{
    [Fact]
    public void Separators_order_and_ascii_escapes_are_simplejsons()
    {
        var body = new JsonObject
        {
            ["success"] = false,
            ["message"] = "Unknown command: b\u00f6gus \ud83d\ude00 'x' \"q\" \\ / \n\t\u007f\u0001",
            ["list"] = new JsonArray(1, 2.5, null, "a"),
            ["nested"] = new JsonObject(),
        };
        Assert.Equal(
            """{"success": false, "message": "Unknown command: b\u00f6gus \ud83d\ude00 'x' \"q\" \\ / \n\t\u007f\u0001", "list": [1, 2.5, null, "a"], "nested": {}}""",
            UpstreamJson.Serialize(body));
    }
}
