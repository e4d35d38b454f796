using System.Diagnostics;

namespace Migrations.Runtime.Tests.Tool;

/// <summary>
/// Runs the `migrate` tool as a process: the binary named by MIGRATE_TOOL_BINARY (CI sets it to the native binary
/// that eng/aot-check.sh just published), else the managed build through `dotnet`.
/// </summary>
internal static class MigrateTool
{
    public sealed record Result(int Exit, string Output, string Error);

    private static readonly Lazy<(string File, string[] Prefix)> Command = new(Locate);

    public static string Kind => Command.Value.Prefix.Length == 0 ? "native" : "managed";

    private static (string, string[]) Locate()
    {
        var root = Repository.Root;
        if (System.Environment.GetEnvironmentVariable("MIGRATE_TOOL_BINARY") is { Length: > 0 } binary)
        {
            return (Path.GetFullPath(binary, root), []);
        }

        return ("dotnet", [Path.Combine(root, "src", "Migrations", "bin", Repository.Configuration, "net10.0", "migrate.dll")]);
    }

    /// <summary>Starts the tool as a long-running process (the route server); the caller kills it.</summary>
    public static Process Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = StartInfo(environment, arguments);
        return Process.Start(start)!;
    }

    public static Task<Result> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments) =>
        RunInAsync(null, environment, arguments);

    /// <summary>Runs the tool in <paramref name="workingDirectory"/> (null: the test's own).</summary>
    public static async Task<Result> RunInAsync(string? workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        var start = StartInfo(environment, arguments);
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new Result(process.ExitCode, await output, await error);
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> environment, string[] arguments)
    {
        var (file, prefix) = Command.Value;
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in prefix.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "DATABASE_HOST", "DATABASE_PORT", "DATABASE_NAME", "DATABASE_USER", "DATABASE_PASSWORD_FILE", "OPENSLIDES_DEVELOPMENT", "CI", "INTERNAL_AUTH_PASSWORD_FILE", "DATABASE_SSL_MODE" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
