using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Migrations.Generator.Model;

namespace Migrations.Generator;

/// <summary>
/// Reads a migration from syntax alone: a class named <c>Migration</c> with <c>[TargetMigrationIndex(literal)]</c>.
/// No semantic model is needed, so an edit re-reads only the edited file; whether the class really derives from a
/// migration base is decided by the compiler in the generated code (see <see cref="RegistryEmitter"/>) and reported
/// by <see cref="MigrationAnalyzer"/>.
/// </summary>
internal static class MigrationParser
{
    /// <summary>The cheap syntax check: a class named <c>Migration</c> with at least one attribute.</summary>
    public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken) =>
        node is ClassDeclarationSyntax { Identifier.ValueText: KnownNames.MigrationClassName, AttributeLists.Count: > 0 };

    /// <summary>
    /// The migration, if the registry can hold it: at namespace level, not abstract, not generic, with an integer
    /// literal index. Anything else is left out here and reported by the analyzer.
    /// </summary>
    public static MigrationSpec? Parse(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var declaration = (ClassDeclarationSyntax)context.Node;
        if (declaration.Parent is TypeDeclarationSyntax
            || declaration.BaseList is null
            || !HasParameterlessConstructorSyntax(declaration)
            || declaration.TypeParameterList is not null
            || declaration.Modifiers.Any(SyntaxKind.AbstractKeyword)
            || declaration.Modifiers.Any(SyntaxKind.StaticKeyword)
            || IndexOf(declaration) is not { } index)
        {
            return null;
        }

        var ns = Namespace(declaration);
        var typeName = "global::" + (ns.Length > 0 ? ns + "." : "") + KnownNames.MigrationClassName;
        return new MigrationSpec(typeName, KnownNames.DisplayName(declaration.SyntaxTree.FilePath, typeName), index, declaration.SyntaxTree.FilePath);
    }

    /// <summary>No constructors declared, or one without parameters that is not private or protected.</summary>
    private static bool HasParameterlessConstructorSyntax(ClassDeclarationSyntax declaration)
    {
        if (declaration.ParameterList is { Parameters.Count: > 0 })
        {
            return false;
        }

        var constructors = declaration.Members.OfType<ConstructorDeclarationSyntax>().Where(c => !c.Modifiers.Any(SyntaxKind.StaticKeyword)).ToList();
        return constructors.Count == 0 || constructors.Any(c => c.ParameterList.Parameters.Count == 0
            && !c.Modifiers.Any(SyntaxKind.PrivateKeyword) && !(c.Modifiers.Any(SyntaxKind.ProtectedKeyword) && !c.Modifiers.Any(SyntaxKind.InternalKeyword)));
    }

    /// <summary>The integer literal of the class's <c>[TargetMigrationIndex(n)]</c>, if it has one.</summary>
    public static int? IndexOf(ClassDeclarationSyntax declaration)
    {
        foreach (var attribute in declaration.AttributeLists.SelectMany(l => l.Attributes))
        {
            if (!IsTargetIndexAttribute(attribute.Name) || attribute.ArgumentList is not { Arguments.Count: 1 } arguments)
            {
                continue;
            }

            return arguments.Arguments[0].Expression switch
            {
                LiteralExpressionSyntax { Token.Value: int value } => value,
                PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax { Token.Value: int value } } => -value,
                _ => null,
            };
        }

        return null;
    }

    /// <summary>True for <c>TargetMigrationIndex</c> and <c>TargetMigrationIndexAttribute</c>, however qualified.</summary>
    public static bool IsTargetIndexAttribute(NameSyntax name)
    {
        var simple = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax plain => plain.Identifier.ValueText,
            _ => "",
        };
        return simple is "TargetMigrationIndex" or "TargetMigrationIndexAttribute";
    }

    private static string Namespace(SyntaxNode node)
    {
        var parts = new StringBuilder();
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (current is BaseNamespaceDeclarationSyntax ns)
            {
                parts.Insert(0, parts.Length > 0 ? ns.Name + "." : ns.Name.ToString());
            }
        }

        return parts.ToString();
    }

    /// <summary>Concrete, not generic, not nested, and constructible without arguments from the same assembly.</summary>
    public static bool IsRunnable(INamedTypeSymbol type) =>
        !type.IsAbstract && !type.IsGenericType && type.ContainingType is null && HasParameterlessConstructor(type);

    public static bool HasParameterlessConstructor(INamedTypeSymbol type) =>
        type.InstanceConstructors.Any(c => c.Parameters.Length == 0
            && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal);

    /// <summary>Formats an index for messages and code.</summary>
    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
