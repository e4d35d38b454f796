using Migrations.Runtime.Database;
using Npgsql;

namespace Migrations.Runtime.Tests.Infrastructure;

/// <summary>
/// A digest of every row of every table of the datastore (the migration tables included), to show that a refused
/// command left the data exactly as it was.
/// </summary>
internal static class DatastoreFingerprint
{
    public static async Task<string> TakeAsync(NpgsqlDataSource dataSource)
    {
        var parts = new List<string>();
        foreach (var table in DatastoreSchema.AllTables)
        {
            await using var command = dataSource.CreateCommand(
                $"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM {table} t");
            parts.Add($"{table}={await command.ExecuteScalarAsync()}");
        }

        return string.Join(", ", parts);
    }
}
