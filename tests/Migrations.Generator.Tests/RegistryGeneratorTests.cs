using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Migrations.Generator.Tests;

/// <summary>The registry the generator emits, compared with a reviewed golden file.</summary>
public class RegistryGeneratorTests
{
    private static string Golden(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name)).ReplaceLineEndings("\n");

    [Fact]
    public async Task The_registry_lists_the_migrations_by_index_with_names_kinds_and_factories()
    {
        var test = new CSharpSourceGeneratorTest<MigrationRegistryGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = References.None,
            TestState =
            {
                Sources =
                {
                    ("/src/Migrations/0003_add_weights.cs", Sources.Model(4, "Migrations.M0003")),
                    ("/src/Migrations/0001_limit_of_meetings.cs", Sources.Event(2, "Migrations.M0001")),
                    ("/src/Migrations/0002_rename.cs", Sources.Event(3, "Migrations.M0002")),
                    ("/src/Other.cs", "namespace Migrations.Test; public sealed class Unrelated { }"),
                },
                GeneratedSources =
                {
                    (typeof(MigrationRegistryGenerator), "GeneratedMigrations.g.cs", Golden("GeneratedMigrations.g.cs")),
                },
            },
        };
        test.TestState.AdditionalReferences.AddRange(References.All);
        await test.RunAsync();
    }

    [Fact]
    public void The_generated_registry_compiles_and_an_empty_one_targets_index_one()
    {
        foreach (var files in new[] { new[] { ("/0001_a.cs", Sources.Event(2)) }, [] })
        {
            var compilation = References.Compilation(files);
            var driver = CSharpGeneratorDriver.Create(new MigrationRegistryGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
            Assert.Empty(diagnostics);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var source = Assert.Single(driver.GetRunResult().GeneratedTrees).ToString();
            Assert.Contains($"public const int TargetMigrationIndex = {files.Length + 1};", source, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Classes_that_cannot_run_are_left_out_of_the_registry()
    {
        var compilation = References.Compilation(
            ("/0001_a.cs", Sources.Event(2)),
            ("/abstract.cs", """
                using Migrations.Runtime.Authoring;
                namespace B;
                [TargetMigrationIndex(3)] public abstract class Migration : ModelMigration { }
                """),
            ("/noctor.cs", """
                using Migrations.Runtime.Authoring;
                namespace C;
                [TargetMigrationIndex(3)] public sealed class Migration : ModelMigration { public Migration(int x) { } }
                """),
            ("/notmigration.cs", """
                using Migrations.Runtime.Authoring;
                namespace D;
                [TargetMigrationIndex(3)] public sealed class Migration { }
                """),
            ("/othername.cs", """
                using Migrations.Runtime.Authoring;
                namespace E;
                [TargetMigrationIndex(3)] public sealed class Other : ModelMigration { }
                """));
        var driver = CSharpGeneratorDriver.Create(new MigrationRegistryGenerator()).RunGenerators(compilation);
        var source = Assert.Single(driver.GetRunResult().GeneratedTrees).ToString();
        Assert.Contains("new global::Migrations.Test.Migration()", source, StringComparison.Ordinal);
        Assert.DoesNotContain("B.Migration", source, StringComparison.Ordinal);
        Assert.DoesNotContain("C.Migration", source, StringComparison.Ordinal);
        Assert.DoesNotContain("D.Migration", source, StringComparison.Ordinal);
        Assert.DoesNotContain("E.Other", source, StringComparison.Ordinal);
    }
}
