using System.Collections;
using Migrations.Runtime.Errors;
using Npgsql;

namespace Migrations.Runtime.Database;

/// <summary>
/// Where the datastore lives. Read from upstream's environment variables (spec §6.1) or given as a connection
/// string.
/// </summary>
public sealed record DatabaseSettings
{
    /// <summary>The development password upstream uses when <c>OPENSLIDES_DEVELOPMENT</c> is truthy.</summary>
    public const string DevelopmentPassword = "openslides";

    /// <summary>The Npgsql connection string.</summary>
    public required string ConnectionString { get; init; }

    /// <summary>Where the settings came from, for messages (never includes the password).</summary>
    public required string Source { get; init; }

    /// <summary>Settings from an explicit connection string.</summary>
    public static DatabaseSettings FromConnectionString(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new DatabaseConfigurationException($"The connection string is malformed: {e.Message}");
        }

        return new DatabaseSettings
        {
            ConnectionString = builder.ConnectionString,
            Source = $"connection string (host {builder.Host ?? "?"}, port {builder.Port}, database {builder.Database ?? "?"}, user {builder.Username ?? "?"})",
        };
    }

    /// <summary>Settings from the process environment.</summary>
    public static DatabaseSettings FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariables());

    /// <summary>
    /// Settings from <c>DATABASE_HOST</c>, <c>DATABASE_PORT</c> (default 5432), <c>DATABASE_NAME</c>,
    /// <c>DATABASE_USER</c> and <c>DATABASE_PASSWORD_FILE</c>; with <c>OPENSLIDES_DEVELOPMENT</c> set to
    /// 1/on/true the password is upstream's development password. Optional: <c>DATABASE_SSL_MODE</c>.
    /// A missing or malformed setting gives <see cref="DatabaseConfigurationException"/> naming it.
    /// </summary>
    public static DatabaseSettings FromEnvironment(IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? Get(string name) => environment[name] as string is { Length: > 0 } value ? value : null;
        string Require(string name) => Get(name)
            ?? throw new DatabaseConfigurationException($"The environment variable {name} is not set.");

        var host = Require("DATABASE_HOST");
        var portText = Get("DATABASE_PORT") ?? "5432";
        if (!int.TryParse(portText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port)
            || port is < 1 or > 65535)
        {
            throw new DatabaseConfigurationException($"DATABASE_PORT must be a port number (1-65535), not '{portText}'.");
        }

        var name = Require("DATABASE_NAME");
        var user = Require("DATABASE_USER");
        var development = Get("OPENSLIDES_DEVELOPMENT") is { } dev && dev.ToLowerInvariant() is "1" or "on" or "true";
        string password;
        if (development)
        {
            password = DevelopmentPassword;
        }
        else
        {
            var file = Require("DATABASE_PASSWORD_FILE");
            try
            {
                // Upstream reads the file as is; a trailing line break is almost always an editor's, so it is dropped.
                password = File.ReadAllText(file).TrimEnd('\r', '\n');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new DatabaseConfigurationException($"Cannot read the password file DATABASE_PASSWORD_FILE={file}: {e.Message}");
            }
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = host,
            Port = port,
            Database = name,
            Username = user,
        };
        // An empty file means no password (as libpq takes it): a server that trusts the user lets it in, one that
        // wants a password refuses it by name.
        if (password.Length > 0)
        {
            builder.Password = password;
        }

        if (Get("DATABASE_SSL_MODE") is { } sslMode)
        {
            if (!Enum.TryParse<SslMode>(sslMode, ignoreCase: true, out var mode))
            {
                throw new DatabaseConfigurationException(
                    $"DATABASE_SSL_MODE must be one of {string.Join(", ", Enum.GetNames<SslMode>())}, not '{sslMode}'.");
            }

            builder.SslMode = mode;
        }

        return new DatabaseSettings
        {
            ConnectionString = builder.ConnectionString,
            Source = $"environment (host {host}, port {port}, database {name}, user {user})",
        };
    }

    /// <summary>The same settings for another database on the same server.</summary>
    public DatabaseSettings WithDatabase(string database)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database };
        return this with { ConnectionString = builder.ConnectionString, Source = $"{Source} → database {database}" };
    }

    /// <summary>Opens a data source for these settings (Npgsql's slim builder: AOT-safe, arrays and TLS enabled).</summary>
    public NpgsqlDataSource CreateDataSource()
    {
        var builder = new NpgsqlSlimDataSourceBuilder(ConnectionString);
        if (builder.ConnectionStringBuilder.MaxAutoPrepare == 0)
        {
            // The writer's and the migrater's statements repeat for every position: let the server keep their plans.
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
            builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }

        // A statement over millions of rows (a checkpoint, the models rebuilt in finalize) may run for minutes: no
        // command timeout, unless the connection string sets one. Keepalives still find a connection that died.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = ConnectionString };
        if (!given.ContainsKey("Command Timeout") && !given.ContainsKey("CommandTimeout"))
        {
            builder.ConnectionStringBuilder.CommandTimeout = 0;
        }

        if (!given.ContainsKey("Keepalive"))
        {
            builder.ConnectionStringBuilder.KeepAlive = 30;
        }

        builder.EnableArrays();
        builder.EnableTransportSecurity();
        return builder.Build();
    }
}
