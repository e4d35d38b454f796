using System.Diagnostics;

namespace Migrations.Generator.Tests;

/// <summary>
/// End to end: a project that references the runtime and the generator gains a migration file, is rebuilt, and the
/// new migration is in its registry and runs (in memory, no database needed).
/// </summary>
public sealed class EndToEndTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "migrations-e2e-" + Guid.NewGuid().ToString("N")[..8]);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Migrations.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<(int Exit, string Output)> Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task A_new_migration_file_is_found_at_build_time_and_runs()
    {
        var root = RepositoryRoot();
        Directory.CreateDirectory(_directory);
        await File.WriteAllTextAsync(Path.Combine(_directory, "Directory.Build.props"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(_directory, "Directory.Packages.props"), "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        await File.WriteAllTextAsync(Path.Combine(_directory, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{root}/src/Migrations.Runtime/Migrations.Runtime.csproj" />
                <ProjectReference Include="{root}/src/Migrations.Generator/Migrations.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(_directory, "Program.cs"), """
            using System.Text.Json.Nodes;
            using Migrations.Generated;
            using Migrations.Runtime.Engine;
            using Migrations.Runtime.InMemory;

            Console.WriteLine("registry: " + string.Join(",", GeneratedMigrations.All.Select(m => $"{m.TargetMigrationIndex}:{m.Name}:{m.Kind}")) + " target " + GeneratedMigrations.TargetMigrationIndex);
            var handler = new MemoryMigrationHandler(GeneratedMigrations.All, new MigrationLogger(_ => { }));
            var result = await handler.MigrateAsync(new Dictionary<string, JsonObject> { ["a/1"] = new() { ["f"] = 1 } }, 1);
            Console.WriteLine("a/1: " + result["a/1"].ToJsonString());
            """);

        var (exit, output) = await Run(_directory, "run", "-c", "Debug");
        Assert.True(exit == 0, output);
        Assert.Contains("registry:  target 1", output, StringComparison.Ordinal);
        Assert.Contains("a/1: {\"f\":1}", output, StringComparison.Ordinal);

        Directory.CreateDirectory(Path.Combine(_directory, "Migrations"));
        await File.WriteAllTextAsync(Path.Combine(_directory, "Migrations", "0001_double_f.cs"), """
            using Migrations.Runtime.Authoring;
            using Migrations.Runtime.Events;

            namespace App.Migrations.M0001;

            [TargetMigrationIndex(2)]
            public sealed class Migration : EventMigration
            {
                protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent e)
                {
                    if (e is CreateEvent create && create.Data["f"] is { } f)
                    {
                        create.Data["f"] = f.GetValue<int>() * 2;
                    }

                    return [e];
                }
            }
            """);

        (exit, output) = await Run(_directory, "run", "-c", "Debug");
        Assert.True(exit == 0, output);
        Assert.Contains("registry: 2:0001_double_f:Event target 2", output, StringComparison.Ordinal);
        Assert.Contains("a/1: {\"f\":2}", output, StringComparison.Ordinal);

        // A mistake is a build error, not a surprise at run time.
        await File.WriteAllTextAsync(Path.Combine(_directory, "Migrations", "0002_broken.cs"), """
            using Migrations.Runtime.Authoring;
            namespace App.Migrations.M0002;
            [TargetMigrationIndex(4)]
            public sealed class Migration : ModelMigration { }
            """);
        (exit, output) = await Run(_directory, "build", "-c", "Debug");
        Assert.NotEqual(0, exit);
        Assert.Contains("MIG002", output, StringComparison.Ordinal);
        Assert.Contains("MIG010", output, StringComparison.Ordinal);
    }
}
