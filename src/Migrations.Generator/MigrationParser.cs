using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Migrations.Generator.Model;

namespace Migrations.Generator;

/// <summary>Turns a class carrying <c>[TargetMigrationIndex]</c> into a <see cref="MigrationSpec"/>, or null if it cannot run.</summary>
internal static class MigrationParser
{
    /// <summary>The cheap syntax check: a class named <c>Migration</c>.</summary>
    public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken) =>
        node is ClassDeclarationSyntax { Identifier.ValueText: KnownNames.MigrationClassName };

    /// <summary>
    /// The migration, if it is one the registry can hold: named <c>Migration</c>, derived from an event or model
    /// migration, concrete, not generic, not nested, with an accessible parameterless constructor. Everything
    /// else is left to the analyzer, which reports it.
    /// </summary>
    public static MigrationSpec? Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type || !IsRunnable(type))
        {
            return null;
        }

        var isEvent = KnownNames.DerivesFrom(type, KnownNames.EventMigrationMetadataName);
        if (!isEvent && !KnownNames.DerivesFrom(type, KnownNames.ModelMigrationMetadataName))
        {
            return null;
        }

        var attribute = context.Attributes.FirstOrDefault();
        if (attribute is null || attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not int index)
        {
            return null;
        }

        var typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return new MigrationSpec(typeName, KnownNames.DisplayName(context.TargetNode.SyntaxTree.FilePath, typeName), index, isEvent);
    }

    /// <summary>Concrete, not generic, not nested, and constructible without arguments from the same assembly.</summary>
    public static bool IsRunnable(INamedTypeSymbol type) =>
        !type.IsAbstract && !type.IsGenericType && type.ContainingType is null && HasParameterlessConstructor(type);

    public static bool HasParameterlessConstructor(INamedTypeSymbol type) =>
        type.InstanceConstructors.Any(c => c.Parameters.Length == 0
            && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal);
}
