using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Migrations.Generator;

namespace Migrations.Benchmarks;

/// <summary>
/// The generator over 2,000 migration classes (one file each, plus 200 unrelated files): a full run on a new
/// driver, and a run after an unrelated edit on a driver that has already run.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const int Migrations = 2000;
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        var trees = new List<SyntaxTree>();
        for (var i = 1; i <= Migrations; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText($$"""
                using System.Collections.Generic;
                using Migrations.Runtime.Authoring;
                using Migrations.Runtime.Events;
                namespace Bench.M{{i:D4}};
                [TargetMigrationIndex({{i + 1}})]
                public sealed class Migration : EventMigration
                {
                    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent e) => null;
                }
                """, Parse, $"/src/{i:D4}_migration.cs"));
        }

        for (var i = 0; i < 200; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText($"namespace Bench.Other; public class C{i} {{ public int F() => {i}; }}", Parse, $"/src/Other{i}.cs"));
        }

        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(Runtime.Authoring.BaseMigration).Assembly.Location));
        _compilation = CSharpCompilation.Create("Bench", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var other = trees[Migrations];
        _edited = _compilation.ReplaceSyntaxTree(other, CSharpSyntaxTree.ParseText("namespace Bench.Other; public class C0 { public int F() => 42; }", Parse, other.FilePath));
        _warm = NewDriver().RunGenerators(_compilation);
        _warmEmpty = CSharpGeneratorDriver.Create([new EmptyGenerator().AsSourceGenerator()], parseOptions: Parse).RunGenerators(_compilation);
    }

    private static GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create([new MigrationRegistryGenerator().AsSourceGenerator()], parseOptions: Parse);

    /// <summary>The same edit with a generator that does nothing: the driver's own cost, for comparison.</summary>
    [Benchmark(Description = "baseline: empty generator, unrelated edit")]
    public GeneratorDriver EmptyGeneratorEdit() => _warmEmpty.RunGenerators(_edited);

    private GeneratorDriver _warmEmpty = null!;

    private sealed class EmptyGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
        }
    }

    [Benchmark(Description = "full run, 2,000 migrations")]
    public GeneratorDriver FullRun() => NewDriver().RunGenerators(_compilation);

    [Benchmark(Description = "run after an unrelated edit")]
    public GeneratorDriver UnrelatedEdit() => _warm.RunGenerators(_edited);
}
