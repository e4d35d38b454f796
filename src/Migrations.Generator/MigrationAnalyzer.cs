using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Migrations.Generator.Diagnostics;

namespace Migrations.Generator;

/// <summary>
/// Reports every mistake in the migrations on the offending declaration (the class name, or the index argument),
/// in the IDE and at build time, suppressible with <c>#pragma</c>. The checks across all migrations (sequence from
/// 2, event migrations first) run at the end of the compilation, with upstream's messages.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MigrationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The property that carries the suggested index to the code fix.</summary>
    public const string SuggestedIndexProperty = "SuggestedIndex";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MissingTargetIndex, DiagnosticDescriptors.NotSequential, DiagnosticDescriptors.EventAfterModel,
        DiagnosticDescriptors.DoesNotInherit, DiagnosticDescriptors.Abstract, DiagnosticDescriptors.Generic, DiagnosticDescriptors.Nested,
        DiagnosticDescriptors.NoParameterlessConstructor, DiagnosticDescriptors.NotNamedMigration, DiagnosticDescriptors.FileNameMismatch,
            DiagnosticDescriptors.IndexNotLiteral);

    private sealed record Found(string Name, int Index, bool IsEvent, Location Location, string FilePath);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var known = KnownTypes.Of(start.Compilation);
            if (known.BaseMigration is null)
            {
                return;
            }

            var found = new ConcurrentBag<Found>();
            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, known, found), SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end => AnalyzeAll(end, found));
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, KnownTypes known, ConcurrentBag<Found> found)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (type.TypeKind != TypeKind.Class || type.Locations.FirstOrDefault(l => l.IsInSource) is not { } location)
        {
            return;
        }

        var isMigration = KnownTypes.DerivesFrom(type, known.BaseMigration);
        var filePath = location.SourceTree?.FilePath ?? "";
        if (type.Name != KnownNames.MigrationClassName)
        {
            if (isMigration && MigrationParser.IsRunnable(type))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotNamedMigration, location, type.Name));
            }

            return;
        }

        var name = KnownNames.DisplayName(filePath, type);
        if (!isMigration)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DoesNotInherit, location, name));
            return;
        }

        var runnable = true;
        if (type.IsAbstract)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Abstract, location, name));
            runnable = false;
        }

        if (type.IsGenericType)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Generic, location, name));
            runnable = false;
        }

        if (type.ContainingType is { } container)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.Nested, location, name, container.Name));
            runnable = false;
        }

        if (!type.IsAbstract && !MigrationParser.HasParameterlessConstructor(type))
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NoParameterlessConstructor, location, name));
            runnable = false;
        }

        var attribute = known.TargetIndexAttributeOf(type);
        if (attribute is null || attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int index)
        {
            var suggested = KnownNames.IndexFromFileName(filePath);
            var properties = suggested is null ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(SuggestedIndexProperty, suggested.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MissingTargetIndex, location, properties, name, suggested?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "n"));
            return;
        }

        var attributeSyntax = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) as Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax;
        var indexLocation = attributeSyntax?.GetLocation() ?? location;
        if (attributeSyntax?.Parent?.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax declaration && MigrationParser.IndexOf(declaration) != index)
        {
            // The generator reads the index from the source text; an expression would leave the migration out.
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.IndexNotLiteral, indexLocation, name));
            return;
        }

        if (KnownNames.IndexFromFileName(filePath) is { } expected && expected != index)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.FileNameMismatch, indexLocation,
                ImmutableDictionary<string, string?>.Empty.Add(SuggestedIndexProperty, expected.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                KnownNames.DisplayName(filePath, "") + ".cs", expected, index));
        }

        if (runnable)
        {
            found.Add(new Found(name, index, KnownTypes.DerivesFrom(type, known.EventMigration), indexLocation, filePath));
        }
    }

    // Upstream's loader checks (spec §3.7), in its order: sequence from 2, then event migrations before model ones.
    private static void AnalyzeAll(CompilationAnalysisContext context, ConcurrentBag<Found> found)
    {
        var sorted = found.OrderBy(f => f.Index).ThenBy(f => f.Name, System.StringComparer.Ordinal).ToList();
        var lastEvent = 1;
        for (var i = 0; i < sorted.Count; i++)
        {
            var migration = sorted[i];
            if (migration.Index != i + 2)
            {
                var free = Enumerable.Range(2, sorted.Count + 1).First(n => sorted.All(f => f.Index != n));
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NotSequential, migration.Location,
                    ImmutableDictionary<string, string?>.Empty.Add(SuggestedIndexProperty, free.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    migration.Name, i + 1, migration.Index, i + 2));
                return;
            }

            if (migration.IsEvent)
            {
                if (lastEvent < migration.Index - 1)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.EventAfterModel, migration.Location, lastEvent, migration.Name));
                    return;
                }

                lastEvent = migration.Index;
            }
        }
    }
}
