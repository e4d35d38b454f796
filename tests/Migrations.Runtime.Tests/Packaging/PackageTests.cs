using System.Diagnostics;

namespace Migrations.Runtime.Tests.Packaging;

/// <summary>
/// The framework as another datastore's project would take it: the runtime packed (with the generator, its analyzer
/// and its code fixes as analyzer assets) into a local folder, a fresh project that references the package and adds
/// one file with a class named <c>Migration</c>, published with Native AOT (warnings are errors there), and the
/// binary run against a database of the test server: the migration is found at compile time and applied.
/// </summary>
public sealed class PackageTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task A_fresh_project_built_from_the_package_finds_its_migration_publishes_native_and_runs_it()
    {
        var work = Directory.CreateTempSubdirectory("migrations-package-");
        try
        {
            // A version of its own per run: NuGet caches a package by id and version.
            var version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
            var feed = Path.Combine(work.FullName, "feed");
            var pack = await DotnetAsync(Repository.Root,
                "pack", Path.Combine("src", "Migrations.Runtime", "Migrations.Runtime.csproj"), "-c", Repository.Configuration, "--no-build", "-o", feed, $"-p:Version={version}");
            Assert.True(pack.ExitCode == 0, pack.Output);
            var package = Path.Combine(feed, $"Migrations.Runtime.{version}.nupkg");
            Assert.True(File.Exists(package), pack.Output);
            using (var zip = System.IO.Compression.ZipFile.OpenRead(package))
            {
                var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
                Assert.Contains("lib/net10.0/Migrations.Runtime.dll", entries);
                Assert.Contains("analyzers/dotnet/cs/Migrations.Generator.dll", entries);
                Assert.Contains("analyzers/dotnet/cs/Migrations.Generator.CodeFixes.dll", entries);
            }

            var project = Path.Combine(work.FullName, "Notes");
            WriteProject(project, feed, version);
            var publish = await DotnetAsync(project, "publish", "-c", "Release", "-r", "linux-x64", "-o", "out");
            Assert.True(publish.ExitCode == 0, publish.Output);
            Assert.DoesNotContain("warning IL", publish.Output, StringComparison.Ordinal);

            var run = await RunAsync(Path.Combine(project, "out", "Notes"), database.DatabaseName);
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains("Position 1 from MI 1 to MI 2 ...", run.Output, StringComparison.Ordinal);
            Assert.Contains("""note/1 {"id": 1, "body": "hello", "meta_deleted": false, "meta_position": 1}""", run.Output, StringComparison.Ordinal);

            // The analyzer comes with the package: a migration without its index is a build error.
            File.WriteAllText(Path.Combine(project, "0002_no_index.cs"), """
                namespace Notes.M0002;

                public sealed class Migration() : Migrations.Runtime.Authoring.Premade.RenameFieldMigration("note", "body", "text");
                """);
            var broken = await DotnetAsync(project, "build", "-c", "Release");
            Assert.NotEqual(0, broken.ExitCode);
            Assert.Contains("error MIG001", broken.Output, StringComparison.Ordinal);
            Assert.Contains("[TargetMigrationIndex(3)]", broken.Output, StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static void WriteProject(string directory, string feed, string version)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="Migrations.Runtime" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, "Notes.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <PublishAot>true</PublishAot>
                <InvariantGlobalization>true</InvariantGlobalization>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Migrations.Runtime" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "0001_rename_note_text.cs"), """
            using Migrations.Runtime.Authoring;
            using Migrations.Runtime.Authoring.Premade;

            namespace Notes.M0001;

            [TargetMigrationIndex(2)]
            public sealed class Migration() : RenameFieldMigration("note", "text", "body");
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            using System.Text.Json.Nodes;
            using Migrations.Generated;
            using Migrations.Runtime.Database;
            using Migrations.Runtime.Engine;
            using Migrations.Runtime.Writing;

            await using var dataSource = DatabaseSettings.FromEnvironment().CreateDataSource();
            await DatastoreSchema.ApplyAsync(dataSource);
            await new DatastoreWriter(dataSource).WriteAsync(new WriteRequest(
                [new CreateRequestEvent("note/1", new JsonObject { ["id"] = 1, ["text"] = "hello" })], migrationIndex: 1));
            var handler = new MigrationHandler(dataSource, GeneratedMigrations.All, MigrationLogger.Console(verbose: false));
            await handler.MigrateAsync();
            await handler.FinalizeAsync();
            await using var command = dataSource.CreateCommand("SELECT data::text FROM models WHERE fqid = 'note/1'");
            Console.WriteLine($"note/1 {await command.ExecuteScalarAsync()}");
            """);
    }

    private static Task<(int ExitCode, string Output)> DotnetAsync(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild settings are not the child build's.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        return RunAsync(start);
    }

    private static Task<(int ExitCode, string Output)> RunAsync(string binary, string databaseName)
    {
        var start = new ProcessStartInfo(binary);
        start.Environment["DATABASE_NAME"] = databaseName;
        return RunAsync(start);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(StepTimeout);
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, $"{start.FileName} {string.Join(' ', start.ArgumentList)} (exit {process.ExitCode}):\n{await stdout}{await stderr}");
    }
}
