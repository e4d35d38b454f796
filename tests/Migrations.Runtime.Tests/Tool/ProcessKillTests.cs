using System.Diagnostics;
using Xunit.Abstractions;

namespace Migrations.Runtime.Tests.Tool;

/// <summary>
/// Real crashes: the scale harness (three event migrations, one model migration) is killed with SIGKILL at random
/// moments of migrate and of finalize on a synthetic datastore, then run to the end; the result must be identical to
/// an uninterrupted run (positions, events, models). And eight runs started at once give the same result.
/// </summary>
public sealed class ProcessKillTests(DatabaseFixture database, ITestOutputHelper output) : DatabaseTest(database)
{
    private const int Positions = 1200;

    private Dictionary<string, string?> Environment()
    {
        var environment = ToolEnvironment(Path.Combine(Path.GetTempPath(), $"pw-kill-{Database.DatabaseName}"));
        environment["DATABASE_SSL_MODE"] = "disable";
        // Small batches, each committed: a kill lands between many commits and the re-run resumes mid-way.
        environment["SCALE_BATCH"] = "50";
        environment["SCALE_CHECKPOINT_SECONDS"] = "0";
        return environment;
    }

    private System.Diagnostics.Process Start(params string[] arguments) => ScaleHarness.Start(Environment(), arguments);

    private Task<string> Run(params string[] arguments) => ScaleHarness.RunAsync(Environment(), arguments);

    private async Task<TimeSpan> Timed(params string[] arguments)
    {
        var clock = Stopwatch.StartNew();
        await Run(arguments);
        return clock.Elapsed;
    }

    [Fact]
    public async Task Killed_at_random_moments_of_migrate_and_finalize_then_rerun_ends_identical()
    {
        await Run("generate", Positions.ToString(System.Globalization.CultureInfo.InvariantCulture), "7");
        var migrateTime = await Timed("migrate");
        var finalizeTime = await Timed("finalize");
        var expected = await Run("fingerprint");

        var random = new Random(2026);
        var kills = 0;
        foreach (var phase in new[] { "migrate", "finalize" })
        {
            for (var i = 0; i < 10; i++)
            {
                await Run("generate", Positions.ToString(System.Globalization.CultureInfo.InvariantCulture), "7");
                if (phase == "finalize")
                {
                    await Run("migrate");
                }

                var window = phase == "migrate" ? migrateTime : finalizeTime;
                using (var victim = Start(phase))
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(random.NextDouble() * 0.8 * window.TotalMilliseconds));
                    if (!victim.HasExited)
                    {
                        victim.Kill(entireProcessTree: true);
                        kills++;
                    }

                    await victim.WaitForExitAsync();
                }

                await Run("migrate");
                await Run("finalize");
                Assert.Equal(expected, await Run("fingerprint"));
            }
        }

        output.WriteLine($"20 kill points tried, {kills} landed while the process ran; every re-run ended identical.");
        // Each delay lies inside 80% of a solo run's duration, so most kills land mid-run; under a
        // loaded machine a few runs may still finish first, hence the modest floor.
        Assert.True(kills >= 5, $"only {kills} of 20 kills landed while the process ran");
    }

    [Fact]
    public async Task Eight_runs_started_at_once_give_the_uninterrupted_result()
    {
        await Run("generate", "600", "3");
        await Run("migrate");
        await Run("finalize");
        var expected = await Run("fingerprint");

        await Run("generate", "600", "3");
        var runs = Enumerable.Range(0, 8).Select(i => Run(i % 2 == 0 ? "finalize" : "migrate")).ToList();
        await Task.WhenAll(runs);
        await Run("finalize");
        Assert.Equal(expected, await Run("fingerprint"));
    }
}
