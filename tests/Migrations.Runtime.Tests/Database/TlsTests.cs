using Migrations.Runtime.Database;
using Migrations.Runtime.Tests.Tool;
using Npgsql;

namespace Migrations.Runtime.Tests.Database;

/// <summary>TLS: the throwaway server of eng/db-start.sh speaks it; the runtime and the (native) tool use it when asked.</summary>
public class TlsTests(DatabaseFixture database) : DatabaseTest(database)
{
    [Fact]
    public async Task The_slim_data_source_connects_with_tls_when_required()
    {
        var builder = new NpgsqlConnectionStringBuilder(Database.Settings.ConnectionString) { SslMode = SslMode.Require };
        await using var dataSource = DatabaseSettings.FromConnectionString(builder.ConnectionString).CreateDataSource();
        await using var command = dataSource.CreateCommand("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
        Assert.Equal(true, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_tool_runs_over_tls_from_the_environment()
    {
        var builder = new NpgsqlConnectionStringBuilder(Database.Settings.ConnectionString);
        var passwordFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(passwordFile, builder.Password);
        var result = await MigrateTool.RunAsync(new Dictionary<string, string?>
        {
            ["DATABASE_HOST"] = builder.Host,
            ["DATABASE_PORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DATABASE_NAME"] = builder.Database,
            ["DATABASE_USER"] = builder.Username,
            ["DATABASE_PASSWORD_FILE"] = passwordFile,
            ["DATABASE_SSL_MODE"] = "require",
        }, "stats", "--json");
        Assert.True(result.Exit == 0, result.Error);
        Assert.Contains("\"status\"", result.Output, StringComparison.Ordinal);
        File.Delete(passwordFile);
    }
}
