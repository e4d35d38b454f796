using Migrations.Runtime.Database;
using Migrations.Runtime.Errors;
using Npgsql;

namespace Migrations.Runtime.Tests.Infrastructure;

/// <summary>
/// A database of its own for one test class, on the server eng/db-start.sh started (DATABASE_* variables), with
/// the datastore schema applied by the runtime. Dropped when the class is done.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private DatabaseSettings? _server;

    public string DatabaseName { get; } = "test_" + Guid.NewGuid().ToString("N")[..16];

    public DatabaseSettings Settings { get; private set; } = null!;

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        try
        {
            _server = DatabaseSettings.FromEnvironment();
        }
        catch (DatabaseConfigurationException e)
        {
            throw new InvalidOperationException(
                $"These tests need a PostgreSQL server: run `eval \"$(bash eng/db-start.sh)\"` first, or use `bash eng/test.sh`. ({e.Message})", e);
        }

        await using (var admin = _server.CreateDataSource())
        {
            await using var create = admin.CreateCommand($"CREATE DATABASE {DatabaseName}");
            await create.ExecuteNonQueryAsync();
        }

        Settings = _server.WithDatabase(DatabaseName);
        DataSource = Settings.CreateDataSource();
        await DatastoreSchema.ApplyAsync(DataSource);
    }

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = _server!.CreateDataSource();
        await using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }
}
