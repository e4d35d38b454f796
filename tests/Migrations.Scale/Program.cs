using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Migrations.Generated;
using Migrations.Runtime.Database;
using Migrations.Runtime.Engine;
using Migrations.Scale;
using Npgsql;

// migrate-scale generate <positions> [seed] | migrate | finalize | fingerprint | io-floor | schema-floor [keyframes]
// The database comes from DATABASE_* as for the migrate tool. Results go to stdout as "key: value" lines.
var settings = DatabaseSettings.FromEnvironment();
await using var dataSource = settings.CreateDataSource();
var clock = Stopwatch.StartNew();
switch (args.FirstOrDefault())
{
    case "generate":
        var data = new SyntheticDatastore(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1);
        await data.WriteAsync(dataSource, CancellationToken.None);
        Console.WriteLine($"generated: {args[1]} positions, {data.Events} events in {clock.Elapsed.TotalSeconds:F2} s");
        break;
    case "migrate" or "finalize":
        // The runtime's defaults; SCALE_BATCH (positions per batch), SCALE_CHECKPOINT_SECONDS and SCALE_CACHE_MB override them.
        var options = new MigrationOptions { LockTimeout = TimeSpan.FromMinutes(10) };
        if (Environment.GetEnvironmentVariable("SCALE_BATCH") is { } batch)
        {
            options = options with { BatchPositions = int.Parse(batch, System.Globalization.CultureInfo.InvariantCulture) };
        }

        if (Environment.GetEnvironmentVariable("SCALE_CHECKPOINT_SECONDS") is { } checkpoint)
        {
            options = options with { CheckpointInterval = TimeSpan.FromSeconds(double.Parse(checkpoint, System.Globalization.CultureInfo.InvariantCulture)) };
        }

        if (Environment.GetEnvironmentVariable("SCALE_CACHE_MB") is { } cache)
        {
            options = options with { KeyframeCacheBytes = long.Parse(cache, System.Globalization.CultureInfo.InvariantCulture) << 20 };
        }

        var handler = new MigrationHandler(dataSource, GeneratedMigrations.All, new MigrationLogger(_ => { }), options);
        if (args[0] == "migrate")
        {
            await handler.MigrateAsync();
        }
        else
        {
            await handler.FinalizeAsync();
        }

        using (var process = Process.GetCurrentProcess())
        {
            Console.WriteLine($"{args[0]}: {clock.Elapsed.TotalSeconds:F2} s, peak working set {process.PeakWorkingSet64 / 1048576} MB, "
                + $"allocated {GC.GetTotalAllocatedBytes() >> 20} MB, GC pauses {GC.GetTotalPauseDuration().TotalSeconds:F2} s ({GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}), CPU {process.TotalProcessorTime.TotalSeconds:F2} s");
        }

        break;
    case "fingerprint":
        Console.WriteLine($"fingerprint: {await FingerprintAsync(dataSource)}");
        break;
    case "io-floor":
        Console.WriteLine($"io-floor: {await IoFloorAsync(dataSource):F2} s");
        break;
    case "schema-floor":
        Console.WriteLine($"schema-floor: {await SchemaFloorAsync(dataSource, args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 4):F2} s");
        break;
    default:
        Console.Error.WriteLine("usage: migrate-scale generate <positions> [seed] | migrate | finalize | fingerprint | io-floor | schema-floor [keyframes]");
        return 2;
}

return 0;

// A hash of everything a migration result consists of: positions, events (in order) and models.
static async Task<string> FingerprintAsync(NpgsqlDataSource dataSource)
{
    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    foreach (var sql in new[]
             {
                 "SELECT position::text || '|' || migration_index || '|' || user_id || '|' || coalesce(information::text, '~') FROM positions ORDER BY position",
                 "SELECT position::text || '|' || fqid || '|' || type::text || '|' || coalesce(data::text, '~') || '|' || weight FROM events ORDER BY position, weight",
                 "SELECT fqid || '|' || data::text || '|' || deleted FROM models ORDER BY fqid",
                 "SELECT count(*)::text FROM migration_events",
             })
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            hash.AppendData(Encoding.UTF8.GetBytes(reader.GetString(0) + "\n"));
        }
    }

    return Convert.ToHexString(hash.GetHashAndReset());
}

// The I/O floor: the events table copied out and back in with binary COPY, the least any migration must do.
static async Task<double> IoFloorAsync(NpgsqlDataSource dataSource)
{
    await using var connection = await dataSource.OpenConnectionAsync();
    await using (var create = new NpgsqlCommand("DROP TABLE IF EXISTS io_floor; CREATE UNLOGGED TABLE io_floor (LIKE events)", connection))
    {
        await create.ExecuteNonQueryAsync();
    }

    var clock = Stopwatch.StartNew();
    await CopyEventsAsync(connection, "io_floor");
    var seconds = clock.Elapsed.TotalSeconds;
    await using (var drop = new NpgsqlCommand("DROP TABLE io_floor", connection))
    {
        await drop.ExecuteNonQueryAsync();
    }

    return seconds;
}

// The schema floor: what the spec's tables make every run write, done the cheapest way there is (server-side, no
// client work, each row once): the events copied into a table with the indexes of migration_events, the current
// models written once per keyframe (a finished run leaves keyframes (P, m…L), one row per keyframe and model, with the
// unique constraint, the index and the foreign key the schema prescribes), and the models written again (finalize's
// rebuild). A run that can resume must write at least this; it ignores reading, migrating, checkpoints and the
// model migration.
static async Task<double> SchemaFloorAsync(NpgsqlDataSource dataSource, int keyframes)
{
    await using var connection = await dataSource.OpenConnectionAsync();
    const string Drop = "DROP TABLE IF EXISTS floor_events, floor_keyframe_models, floor_keyframes, floor_models";
    await using (var create = new NpgsqlCommand($"""
        {Drop};
        CREATE TABLE floor_events (LIKE events INCLUDING ALL);
        CREATE TABLE floor_keyframes (id integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY);
        INSERT INTO floor_keyframes SELECT FROM generate_series(1, {keyframes});
        CREATE TABLE floor_keyframe_models (LIKE migration_keyframe_models INCLUDING ALL);
        ALTER TABLE floor_keyframe_models ADD FOREIGN KEY (keyframe_id) REFERENCES floor_keyframes (id) ON DELETE CASCADE;
        CREATE TABLE floor_models (LIKE models INCLUDING ALL);
        """, connection))
    {
        await create.ExecuteNonQueryAsync();
    }

    var clock = Stopwatch.StartNew();
    await CopyEventsAsync(connection, "floor_events");
    await using (var rows = new NpgsqlCommand("""
        INSERT INTO floor_keyframe_models (keyframe_id, fqid, data, deleted) SELECT k.id, m.fqid, m.data, m.deleted FROM floor_keyframes k, models m;
        INSERT INTO floor_models (fqid, data, deleted) SELECT fqid, data, deleted FROM models;
        """, connection))
    {
        await rows.ExecuteNonQueryAsync();
    }

    var seconds = clock.Elapsed.TotalSeconds;
    await using (var drop = new NpgsqlCommand(Drop, connection))
    {
        await drop.ExecuteNonQueryAsync();
    }

    return seconds;
}

// The events table copied out to a file and into <table> with binary COPY.
static async Task CopyEventsAsync(NpgsqlConnection connection, string table)
{
    var file = Path.GetTempFileName();
    await using (var output = File.Create(file))
    await using (var export = await connection.BeginRawBinaryCopyAsync("COPY events TO STDOUT (FORMAT BINARY)"))
    {
        await export.CopyToAsync(output);
    }

    await using (var input = File.OpenRead(file))
    await using (var import = await connection.BeginRawBinaryCopyAsync($"COPY {table} FROM STDIN (FORMAT BINARY)"))
    {
        await input.CopyToAsync(import);
    }

    File.Delete(file);
}
