using System.Text;
using System.Text.Json;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Route;

namespace Migrations.Cli;

/// <summary>Upstream's stats dictionary (the same object the migration route answers with), indented.</summary>
internal static class StatsJson
{
    public static string Format(MigrationStats stats)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            MigrationRouteHandler.StatsJson(stats).WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
