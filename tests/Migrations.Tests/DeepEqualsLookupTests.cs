using System.Text.Json.Nodes;
using Migrations.Shared;

namespace Migrations.Tests;

/// <summary>The list lookup of 0034 answers exactly as a scan with JsonNode.DeepEquals.</summary>
public class DeepEqualsLookupTests
{
    [Fact]
    public void It_agrees_with_a_linear_deep_equals_scan_for_every_kind_of_value()
    {
        var present = Json.Node("""[1, -3, "1", "a", 0, 1.0, 2e0, null, true, {"x": [1]}, [1, 2], 10000000000000000000000]""")!.AsArray();
        var probes = Json.Node("""[1, 1.0, 1e0, 2, 2.0, -3, "-3", "1", "b", 0, -0, 0.0, null, false, true, {"x": [1]}, {"x": [2]}, [1, 2], [2, 1], 10000000000000000000000, 1e22, "a"]""")!.AsArray();
        var lookup = new DeepEqualsLookup(present);
        foreach (var probe in probes)
        {
            Assert.True(present.Any(p => JsonNode.DeepEquals(p, probe)) == lookup.Contains(probe), $"{probe?.ToJsonString() ?? "null"}");
        }
    }
}
