using System.Collections;
using Migrations.Runtime.Database;
using Migrations.Runtime.Errors;
using Npgsql;

namespace Migrations.Runtime.Tests.Database;

/// <summary>Connection settings from upstream's environment variables (spec §6.1), with clear errors.</summary>
public sealed class DatabaseSettingsTests : IDisposable
{
    private readonly string _passwordFile = Path.GetTempFileName();

    public void Dispose() => File.Delete(_passwordFile);

    private Hashtable Environment(params (string Name, string Value)[] overrides)
    {
        var env = new Hashtable
        {
            ["DATABASE_HOST"] = "db.example",
            ["DATABASE_NAME"] = "openslides",
            ["DATABASE_USER"] = "openslides",
            ["DATABASE_PASSWORD_FILE"] = _passwordFile,
        };
        foreach (var (name, value) in overrides)
        {
            env[name] = value;
        }

        return env;
    }

    [Fact]
    public void Upstream_variables_make_the_connection_with_the_default_port()
    {
        File.WriteAllText(_passwordFile, "s3cret\n");
        var settings = DatabaseSettings.FromEnvironment(Environment());
        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        Assert.Equal(("db.example", 5432, "openslides", "openslides", "s3cret"), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
        Assert.DoesNotContain("s3cret", settings.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_statements_are_not_cut_off_unless_the_connection_string_says_so()
    {
        File.WriteAllText(_passwordFile, "s3cret\n");
        await using (var fromEnvironment = DatabaseSettings.FromEnvironment(Environment()).CreateDataSource())
        {
            var builder = new NpgsqlConnectionStringBuilder(fromEnvironment.ConnectionString);
            Assert.Equal((0, 30), (builder.CommandTimeout, builder.KeepAlive));
        }

        await using var given = DatabaseSettings.FromConnectionString("Host=db;Username=u;Password=p;Command Timeout=5;Keepalive=7").CreateDataSource();
        var explicitBuilder = new NpgsqlConnectionStringBuilder(given.ConnectionString);
        Assert.Equal((5, 7), (explicitBuilder.CommandTimeout, explicitBuilder.KeepAlive));
    }

    [Fact]
    public void Development_mode_uses_upstreams_development_password()
    {
        var settings = DatabaseSettings.FromEnvironment(Environment(("OPENSLIDES_DEVELOPMENT", "On"), ("DATABASE_PASSWORD_FILE", "")));
        Assert.Equal("openslides", new NpgsqlConnectionStringBuilder(settings.ConnectionString).Password);
    }

    [Theory]
    [InlineData("DATABASE_HOST", "", "The environment variable DATABASE_HOST is not set.")]
    [InlineData("DATABASE_NAME", "", "The environment variable DATABASE_NAME is not set.")]
    [InlineData("DATABASE_USER", "", "The environment variable DATABASE_USER is not set.")]
    [InlineData("DATABASE_PASSWORD_FILE", "", "The environment variable DATABASE_PASSWORD_FILE is not set.")]
    [InlineData("DATABASE_PORT", "54x", "DATABASE_PORT must be a port number (1-65535), not '54x'.")]
    [InlineData("DATABASE_PORT", "70000", "DATABASE_PORT must be a port number (1-65535), not '70000'.")]
    public void Missing_or_malformed_settings_name_the_variable(string name, string value, string message)
    {
        File.WriteAllText(_passwordFile, "x");
        var e = Assert.Throws<DatabaseConfigurationException>(() => DatabaseSettings.FromEnvironment(Environment((name, value))));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void An_unreadable_password_file_is_reported_with_its_path()
    {
        var e = Assert.Throws<DatabaseConfigurationException>(() =>
            DatabaseSettings.FromEnvironment(Environment(("DATABASE_PASSWORD_FILE", "/nonexistent/password"))));
        Assert.StartsWith("Cannot read the password file DATABASE_PASSWORD_FILE=/nonexistent/password:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ssl_mode_is_optional_and_validated()
    {
        File.WriteAllText(_passwordFile, "x");
        var settings = DatabaseSettings.FromEnvironment(Environment(("DATABASE_SSL_MODE", "require")));
        Assert.Equal(SslMode.Require, new NpgsqlConnectionStringBuilder(settings.ConnectionString).SslMode);
        Assert.StartsWith("DATABASE_SSL_MODE must be one of", Assert.Throws<DatabaseConfigurationException>(() =>
            DatabaseSettings.FromEnvironment(Environment(("DATABASE_SSL_MODE", "sometimes")))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_connection_string_is_a_configuration_error()
    {
        Assert.StartsWith("The connection string is malformed:", Assert.Throws<DatabaseConfigurationException>(() =>
            DatabaseSettings.FromConnectionString("Host=x;Port=notaport")).Message, StringComparison.Ordinal);
        Assert.Contains("host x", DatabaseSettings.FromConnectionString("Host=x;Database=d").Source, StringComparison.Ordinal);
    }
}
