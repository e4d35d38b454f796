using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace Migrations.Generator.Tests;

/// <summary>Compilation references without any download: the running runtime's assemblies plus Migrations.Runtime.</summary>
internal static class References
{
    public static readonly ImmutableArray<MetadataReference> All =
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)),
        MetadataReference.CreateFromFile(typeof(Runtime.Authoring.BaseMigration).Assembly.Location),
    ];

    /// <summary>For the Roslyn testing harness: no reference pack, the references above instead.</summary>
    public static readonly ReferenceAssemblies None = new("net10.0");

    public static CSharpCompilation Compilation(params (string Path, string Source)[] files) =>
        CSharpCompilation.Create(
            "Tests",
            files.Select(f => CSharpSyntaxTree.ParseText(f.Source, new CSharpParseOptions(LanguageVersion.Latest), f.Path)),
            All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
}
