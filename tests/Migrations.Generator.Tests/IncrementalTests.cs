using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Migrations.Generator.Model;

namespace Migrations.Generator.Tests;

/// <summary>
/// The generator's caching: an unrelated edit and an edit of a migration's body leave the registry cached (no
/// re-emit); adding a migration changes it. And its models hold nothing but plain values.
/// </summary>
public class IncrementalTests
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    private static GeneratorDriver Driver() => CSharpGeneratorDriver.Create(
        [new MigrationRegistryGenerator().AsSourceGenerator()],
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true),
        parseOptions: Parse);

    private static SyntaxTree Tree(string path, string source) => CSharpSyntaxTree.ParseText(source, Parse, path);

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun()
    {
        var compilation = References.Compilation(
            ("/src/0001_a.cs", Sources.Event(2, "A")),
            ("/src/0002_b.cs", Sources.Model(3, "B")),
            ("/src/Other.cs", "namespace X; public class Other { public int F() => 1; }"));
        return (Driver().RunGenerators(compilation), compilation);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step)
    {
        var steps = driver.GetRunResult().Results[0].TrackedSteps;
        Assert.True(steps.ContainsKey(step), $"no step {step} in {string.Join(", ", steps.Keys)}");
        return steps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);
    }

    private static IncrementalStepRunReason RegistryReason(GeneratorDriver driver) => Assert.Single(Reasons(driver, MigrationRegistryGenerator.RegistryStep));

    [Fact]
    public void An_unrelated_edit_leaves_the_migrations_and_the_registry_cached()
    {
        var (driver, compilation) = FirstRun();
        var other = compilation.SyntaxTrees.Single(t => t.FilePath == "/src/Other.cs");
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(other, Tree("/src/Other.cs", "namespace X; public class Other { public int F() => 2; public int G() => 3; }"))
            .AddSyntaxTrees(Tree("/src/New.cs", "namespace Y; public class New { }")));
        // Roslyn re-runs a syntax provider's transform on every new compilation; the transform reads syntax only, is
        // cheap, and finds nothing changed, so everything after it stays cached.
        Assert.All(Reasons(driver, MigrationRegistryGenerator.CandidatesStep), r => Assert.NotEqual(IncrementalStepRunReason.Modified, r));
        Assert.All(Reasons(driver, MigrationRegistryGenerator.MigrationsStep), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(IncrementalStepRunReason.Cached, RegistryReason(driver));
    }

    [Fact]
    public void Changing_a_migrations_base_class_keeps_the_registry_text_the_compiler_picks_the_kind()
    {
        var (driver, compilation) = FirstRun();
        var b = compilation.SyntaxTrees.Single(t => t.FilePath == "/src/0002_b.cs");
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(b, Tree("/src/0002_b.cs", Sources.Event(3, "B"))));
        Assert.Equal(IncrementalStepRunReason.Cached, RegistryReason(driver));
    }

    [Fact]
    public void Editing_a_migrations_body_does_not_emit_the_registry_again()
    {
        var (driver, compilation) = FirstRun();
        var a = compilation.SyntaxTrees.Single(t => t.FilePath == "/src/0001_a.cs");
        var edited = Sources.Event(2, "A").Replace("=> null;", "=> e.Fqid == \"a/1\" ? [] : null;", StringComparison.Ordinal);
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(a, Tree("/src/0001_a.cs", edited)));
        // The edited class was read again and gave the same model, so the step after it reports it unchanged and
        // the registry was not emitted again.
        Assert.Contains(IncrementalStepRunReason.Unchanged, Reasons(driver, MigrationRegistryGenerator.CandidatesStep));
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, Reasons(driver, MigrationRegistryGenerator.CandidatesStep));
        Assert.Equal(IncrementalStepRunReason.Cached, RegistryReason(driver));
        Assert.Equal(IncrementalStepRunReason.Cached, RegistryReason(driver));
    }

    [Fact]
    public void Adding_a_migration_file_changes_the_registry()
    {
        var (driver, compilation) = FirstRun();
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(Tree("/src/0003_c.cs", Sources.Model(4, "C"))));
        Assert.Equal(IncrementalStepRunReason.Modified, RegistryReason(driver));
        var source = Assert.Single(driver.GetRunResult().GeneratedTrees).ToString();
        Assert.Contains("new(4, \"0003_c\"", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_an_index_changes_the_registry()
    {
        var (driver, compilation) = FirstRun();
        var b = compilation.SyntaxTrees.Single(t => t.FilePath == "/src/0002_b.cs");
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(b, Tree("/src/0002_b.cs", Sources.Model(5, "B"))));
        Assert.Equal(IncrementalStepRunReason.Modified, RegistryReason(driver));
    }

    [Fact]
    public void The_models_hold_no_symbols_syntax_or_compilations()
    {
        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(Compilation), typeof(SemanticModel), typeof(Location), typeof(SyntaxTree) };
        var seen = new HashSet<Type>();
        void Walk(Type type)
        {
            if (!seen.Add(type) || type.IsPrimitive || type == typeof(string))
            {
                return;
            }

            Assert.DoesNotContain(forbidden, f => f.IsAssignableFrom(type));
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                Walk(field.FieldType);
            }

            foreach (var argument in type.GetGenericArguments())
            {
                Walk(argument);
            }
        }

        Walk(typeof(MigrationSpec));
        Walk(typeof(EquatableArray<MigrationSpec>));
        Assert.Contains(typeof(MigrationSpec), seen);

        // And the values the pipeline produced compare equal when rebuilt from the same source.
        var (first, compilation) = FirstRun();
        var second = Driver().RunGenerators(compilation);
        var a = first.GetRunResult().Results[0].TrackedSteps[MigrationRegistryGenerator.RegistryStep].Single().Outputs.Single().Value;
        var b = second.GetRunResult().Results[0].TrackedSteps[MigrationRegistryGenerator.RegistryStep].Single().Outputs.Single().Value;
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
