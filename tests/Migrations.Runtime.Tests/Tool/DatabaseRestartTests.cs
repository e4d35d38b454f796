using System.Diagnostics;
using Npgsql;
using Xunit.Abstractions;

namespace Migrations.Runtime.Tests.Tool;

/// <summary>
/// The database restarted while `migrate` runs (the 43 OpenSlides migrations over a synthetic datastore): the tool
/// stops with exit code 4 and says that the connection was lost and that committed work is kept; the next run
/// resumes from the last commit, and the finalized result is identical to an uninterrupted run. Runs on a cluster of
/// its own (eng/db-start.sh in a separate directory), since it restarts it.
/// </summary>
public sealed class DatabaseRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Positions = 5000;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"migrate-restart-{Environment.ProcessId}");
    private readonly Dictionary<string, string?> _environment = [];

    private async Task<string> Script(string name)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "eng", name));
        start.Environment["MIGRATE_DB_DIR"] = _directory;
        start.Environment.Remove("MIGRATE_DB_PORT");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, $"{name} failed: {await stderr}");
        return await stdout;
    }

    public async Task InitializeAsync()
    {
        foreach (var line in (await Script("db-start.sh")).Split('\n'))
        {
            if (line.StartsWith("export ", StringComparison.Ordinal) && line.IndexOf('=', StringComparison.Ordinal) is var equals and > 7)
            {
                _environment[line[7..equals]] = line[(equals + 1)..].Trim();
            }
        }

        Assert.True(_environment.ContainsKey("DATABASE_PORT"), "db-start.sh printed no settings");
    }

    public async Task DisposeAsync() => await Script("db-stop.sh");

    private async Task<long> Scalar(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = _environment["DATABASE_HOST"],
            Port = int.Parse(_environment["DATABASE_PORT"]!, System.Globalization.CultureInfo.InvariantCulture),
            Database = _environment["DATABASE_NAME"],
            Username = _environment["DATABASE_USER"],
            Password = (await File.ReadAllTextAsync(_environment["DATABASE_PASSWORD_FILE"]!)).Trim(),
            SslMode = SslMode.Prefer,
            Pooling = false,
        };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_restart_mid_run_stops_migrate_with_a_clear_error_and_the_next_run_resumes_to_the_same_result()
    {
        var positions = Positions.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ScaleHarness.RunAsync(_environment, "generate", positions, "11");
        var uninterrupted = await MigrateTool.RunAsync(_environment, "finalize");
        Assert.True(uninterrupted.Exit == 0, uninterrupted.Error);
        var expected = await ScaleHarness.RunAsync(_environment, "fingerprint");

        await ScaleHarness.RunAsync(_environment, "generate", positions, "11");
        using var run = MigrateTool.Start(_environment, "migrate", "--checkpoint-interval", "0", "--progress-interval", "0");
        var stdout = run.StandardOutput.ReadToEndAsync();
        var stderr = run.StandardError.ReadToEndAsync();
        // Restart once some positions are committed and the run is still going.
        var clock = Stopwatch.StartNew();
        long committed;
        while ((committed = await Scalar("SELECT count(*) FROM migration_positions")) < 200 && !run.HasExited && clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(20);
        }


        Assert.False(run.HasExited, "migrate ended before the restart");
        var startedBefore = await Scalar("SELECT extract(epoch from pg_postmaster_start_time())::bigint");
        await Script("db-restart.sh");
        Assert.NotEqual(startedBefore, await Scalar("SELECT extract(epoch from pg_postmaster_start_time())::bigint"));
        await run.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        var error = await stderr;
        Assert.True(run.ExitCode == 4, $"exit {run.ExitCode} after the restart at {committed} committed positions:\n{error}");
        // Either the server's "terminating connection" or the broken socket, named as such.
        Assert.Matches("(The database connection was lost|Cannot reach the database) .*What was committed is kept; run the command again to resume", error);
        output.WriteLine(error.Trim());

        var kept = await Scalar("SELECT count(*) FROM migration_positions");
        Assert.True(kept >= committed && kept < Positions, $"{kept} positions kept of {Positions} ({committed} seen before the restart)");
        Assert.Equal(Positions, await Scalar("SELECT count(*) FROM positions WHERE migration_index = 1"));

        var resumed = await MigrateTool.RunAsync(_environment, "migrate");
        Assert.True(resumed.Exit == 0, resumed.Error);
        var finalized = await MigrateTool.RunAsync(_environment, "finalize");
        Assert.True(finalized.Exit == 0, finalized.Error);
        Assert.Equal(expected, await ScaleHarness.RunAsync(_environment, "fingerprint"));
        output.WriteLine($"restarted with {committed} of {Positions} positions committed; {kept} were kept; the resumed run finished identical.");
    }
}
