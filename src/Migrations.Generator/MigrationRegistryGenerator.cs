using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Migrations.Generator.Model;

namespace Migrations.Generator;

/// <summary>
/// Finds every class <c>Migration</c> with <c>[TargetMigrationIndex]</c> and emits
/// <c>Migrations.Generated.GeneratedMigrations</c>: the migrations ordered by index, each with a factory, and the
/// resulting target index. Nothing scans assemblies at run time. Discovery is syntactic (a cheap predicate and a
/// transform without a semantic model), so an edit re-reads only the edited file. Mistakes are reported by
/// <see cref="MigrationAnalyzer"/>, a pipeline of its own; this generator only writes source.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class MigrationRegistryGenerator : IIncrementalGenerator
{
    /// <summary>Tracking name of the per-class transform (re-runs only for classes in edited files).</summary>
    public const string CandidatesStep = "Candidates";

    /// <summary>Tracking name of the per-migration step.</summary>
    public const string MigrationsStep = "Migrations";

    /// <summary>Tracking name of the collected, ordered registry.</summary>
    public const string RegistryStep = "Registry";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var migrations = context.SyntaxProvider
            .CreateSyntaxProvider(MigrationParser.IsCandidate, MigrationParser.Parse)
            .WithTrackingName(CandidatesStep)
            .Where(static m => m is not null)
            .Select(static (m, _) => m!)
            .WithTrackingName(MigrationsStep);

        var registry = migrations
            .Collect()
            .Select(static (all, _) => new EquatableArray<MigrationSpec>(
                all.OrderBy(m => m.Index).ThenBy(m => m.FilePath, System.StringComparer.Ordinal).ThenBy(m => m.TypeName, System.StringComparer.Ordinal).ToImmutableArray()))
            .WithTrackingName(RegistryStep);

        context.RegisterSourceOutput(registry, static (output, all) => output.AddSource(RegistryEmitter.FileName, RegistryEmitter.Emit(all)));
    }
}
