using System.Text;
using System.Text.Json;
using Migrations.Runtime.Engine;

namespace Migrations.Cli;

/// <summary>Upstream's stats dictionary as JSON (the keys of spec §4.10), written without reflection.</summary>
internal static class StatsJson
{
    public static string Format(MigrationStats stats)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("status", stats.Status.ToName());
            writer.WriteNumber("current_migration_index", stats.CurrentMigrationIndex);
            writer.WriteNumber("target_migration_index", stats.TargetMigrationIndex);
            writer.WriteNumber("positions", stats.Positions);
            writer.WriteNumber("events", stats.Events);
            writer.WriteNumber("partially_migrated_positions", stats.PartiallyMigratedPositions);
            writer.WriteNumber("fully_migrated_positions", stats.FullyMigratedPositions);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
