using System.Text.Json.Nodes;
using Migrations.Runtime.Database;
using Migrations.Runtime.Events;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;
using Npgsql;

namespace Migrations.Runtime.Tests.Infrastructure;

/// <summary>Base of tests against the real database: every test starts with an empty datastore.</summary>
public abstract class DatabaseTest(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    protected DatabaseFixture Database { get; } = database;

    protected NpgsqlDataSource DataSource => Database.DataSource;

    protected DatastoreWriter Writer => new(DataSource);

    private protected DatastoreReader Reader => new(DataSource);

    public virtual Task InitializeAsync() => DatastoreSchema.TruncateAsync(DataSource);

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>
    /// The <c>DATABASE_*</c> variables that point the tool, run as a process, at this test's database; the password
    /// is written to <paramref name="passwordFile"/>, followed by <paramref name="passwordSuffix"/>, atomically.
    /// </summary>
    protected Dictionary<string, string?> ToolEnvironment(string passwordFile, string passwordSuffix = "")
    {
        var builder = new NpgsqlConnectionStringBuilder(Database.Settings.ConnectionString);
        // Written aside and moved in place: a tool started a moment ago may be reading the file (runs at once).
        var written = $"{passwordFile}.{Guid.NewGuid():N}";
        File.WriteAllText(written, builder.Password + passwordSuffix);
        File.Move(written, passwordFile, overwrite: true);
        return new()
        {
            ["DATABASE_HOST"] = builder.Host,
            ["DATABASE_PORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DATABASE_NAME"] = builder.Database,
            ["DATABASE_USER"] = builder.Username,
            ["DATABASE_PASSWORD_FILE"] = passwordFile,
        };
    }

    /// <summary>Writes one request given in upstream's JSON shape (<c>{"type": "create", "fqid": …, "fields": …}</c>).</summary>
    protected Task<int> Write(params string[] requestEvents) => Writer.WriteAsync(Requests.Parse(requestEvents));

    protected async Task<T?> Scalar<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default : (T)value;
    }

    protected async Task Execute(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    protected async Task<List<object?[]>> Rows(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Every current model (from <c>models</c>) keyed by fqid.</summary>
    private protected async Task<Dictionary<string, ModelRecord>> CurrentModels()
    {
        var models = new Dictionary<string, ModelRecord>(StringComparer.Ordinal);
        await foreach (var (fqid, model) in Reader.GetAllModelsAsync())
        {
            models[fqid] = model;
        }

        return models;
    }

    /// <summary>Every model replayed from the events up to <paramref name="position"/>.</summary>
    private protected async Task<Dictionary<string, ModelRecord>> ReplayedModels(int? position = null)
    {
        var models = new Dictionary<string, ModelRecord>(StringComparer.Ordinal);
        await foreach (var (fqid, model) in Reader.ReplayAllAsync(position))
        {
            models[fqid] = model;
        }

        return models;
    }

    /// <summary>Asserts that the current model equals <paramref name="expected"/> (JSON) by read and by replay.</summary>
    protected Task AssertModel(string fqid, string expected, int? position = null) => AssertModel(fqid, Json.Obj(expected), position);

    /// <summary>The current model's data (deleted or not); fails if it does not exist.</summary>
    protected async Task<JsonObject> ReadModel(string fqid) => (await Reader.GetModelAsync(fqid))?.Data ?? throw new Xunit.Sdk.XunitException($"{fqid} does not exist");

    /// <summary>Asserts that the current model equals <paramref name="want"/> by read and by replay.</summary>
    protected async Task AssertModel(string fqid, JsonObject want, int? position = null)
    {
        if (position is null)
        {
            var current = await Reader.GetModelAsync(fqid);
            Assert.NotNull(current);
            Json.AssertEqual(want, current.Data);
        }

        var replayed = await Reader.GetModelAtPositionAsync(fqid, position ?? int.MaxValue);
        Assert.NotNull(replayed);
        Json.AssertEqual(want, replayed.Data);
    }
}
