using System.Text.Json.Nodes;

namespace Migrations.Runtime.Authoring;

/// <summary>The metadata of the position being migrated.</summary>
public sealed record PositionData(int Position, DateTimeOffset Timestamp, int UserId, JsonNode? Information);
