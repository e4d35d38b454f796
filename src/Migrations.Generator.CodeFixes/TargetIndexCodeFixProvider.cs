using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Migrations.Generator.Diagnostics;

namespace Migrations.Generator.CodeFixes;

/// <summary>
/// Sets the target index where the fix is obvious: adds <c>[TargetMigrationIndex(n)]</c> to a migration that has none
/// (n from the <c>NNNN_</c> file name, else the next free index), and replaces an index that disagrees with the file
/// name. (MIG002 is reported at the end of the compilation; such diagnostics cannot carry fixes.)
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TargetIndexCodeFixProvider)), Shared]
public sealed class TargetIndexCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MissingTargetIndex.Id, DiagnosticDescriptors.FileNameMismatch.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            int index;
            if (diagnostic.Properties.TryGetValue(MigrationAnalyzer.SuggestedIndexProperty, out var text)
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var suggested))
            {
                index = suggested;
            }
            else if (diagnostic.Id == DiagnosticDescriptors.MissingTargetIndex.Id)
            {
                index = await NextFreeIndexAsync(context.Document.Project, context.CancellationToken).ConfigureAwait(false);
            }
            else
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan);
            if (diagnostic.Id == DiagnosticDescriptors.MissingTargetIndex.Id && node.FirstAncestorOrSelf<ClassDeclarationSyntax>() is { } declaration)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Add [TargetMigrationIndex({index})]", ct => AddAttributeAsync(context.Document, root, declaration, index, ct), nameof(AddAttributeAsync)),
                    diagnostic);
            }
            else if (node.FirstAncestorOrSelf<AttributeSyntax>() is { ArgumentList.Arguments.Count: 1 } attribute)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Set the target migration index to {index}", ct => SetIndexAsync(context.Document, root, attribute, index, ct), nameof(SetIndexAsync)),
                    diagnostic);
            }
        }
    }

    /// <summary>The smallest index from 2 that no migration of the project declares.</summary>
    private static async Task<int> NextFreeIndexAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var used = new System.Collections.Generic.HashSet<int>();
        if (compilation is not null)
        {
            var known = KnownTypes.Of(compilation);
            foreach (var tree in compilation.SyntaxTrees)
            {
                var model = compilation.GetSemanticModel(tree);
                var treeRoot = await tree.GetRootAsync(cancellationToken).ConfigureAwait(false);
                foreach (var declaration in treeRoot.DescendantNodes().OfType<ClassDeclarationSyntax>().Where(c => c.Identifier.ValueText == KnownNames.MigrationClassName))
                {
                    var attribute = model.GetDeclaredSymbol(declaration, cancellationToken) is { } type ? known.TargetIndexAttributeOf(type) : null;
                    if (attribute is { ConstructorArguments.Length: 1 } && attribute.ConstructorArguments[0].Value is int value)
                    {
                        used.Add(value);
                    }
                }
            }
        }

        var next = 2;
        while (used.Contains(next))
        {
            next++;
        }

        return next;
    }

    private static Task<Document> AddAttributeAsync(Document document, SyntaxNode root, ClassDeclarationSyntax declaration, int index, CancellationToken cancellationToken)
    {
        var newline = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } eol ? eol : "\n";
        var attribute = SyntaxFactory.Attribute(
            SyntaxFactory.ParseName("Migrations.Runtime.Authoring.TargetMigrationIndex"),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(Literal(index)))));
        var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute)).WithTrailingTrivia(SyntaxFactory.EndOfLine(newline));
        var leading = declaration.GetLeadingTrivia();
        var updated = declaration.WithoutLeadingTrivia().AddAttributeLists(list.WithLeadingTrivia(leading));
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(declaration, updated)));
    }

    private static Task<Document> SetIndexAsync(Document document, SyntaxNode root, AttributeSyntax attribute, int index, CancellationToken cancellationToken)
    {
        var argument = attribute.ArgumentList!.Arguments[0];
        var updated = argument.WithExpression(Literal(index).WithTriviaFrom(argument.Expression));
        return Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(argument, updated)));
    }

    private static LiteralExpressionSyntax Literal(int value) =>
        SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));
}
