using System.Diagnostics;

namespace Migrations.Runtime.Tests.Tool;

/// <summary>
/// Runs the scale harness (tests/Migrations.Scale: synthetic datastores, the benchmark chain, fingerprints) as a
/// process against the database named by the given DATABASE_* environment.
/// </summary>
internal static class ScaleHarness
{
    private static readonly string Dll =
        Path.Combine(Repository.Root, "tests", "Migrations.Scale", "bin", Repository.Configuration, "net10.0", "migrate-scale.dll");

    public static Process Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs to the end (exit 0 required) and returns stdout.</summary>
    public static async Task<string> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        using var process = Start(environment, arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        Assert.True(process.ExitCode == 0, $"{string.Join(' ', arguments)} failed: {await stderr}");
        return (await stdout).Trim();
    }
}
