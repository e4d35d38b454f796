using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Migrations.Generator.CodeFixes;

namespace Migrations.Generator.Tests;

/// <summary>The index code fix: add a missing index, or set the one the file name or the sequence expects.</summary>
public class CodeFixTests
{
    private static async Task Verify(string path, string source, string fixedSource, params (string Path, string Source)[] others)
    {
        var test = new CSharpCodeFixTest<MigrationAnalyzer, TargetIndexCodeFixProvider, DefaultVerifier> { ReferenceAssemblies = References.None };
        test.TestState.Sources.Add((path, source));
        test.FixedState.Sources.Add((path, fixedSource));
        foreach (var other in others)
        {
            test.TestState.Sources.Add(other);
            test.FixedState.Sources.Add(other);
        }

        test.TestState.AdditionalReferences.AddRange(References.All);
        test.FixedState.AdditionalReferences.AddRange(References.All);
        await test.RunAsync();
    }

    [Fact]
    public Task A_missing_index_is_added_from_the_file_name() => Verify(
        "/src/0004_add_things.cs",
        """
        using Migrations.Runtime.Authoring;

        namespace A;

        public sealed class {|MIG001:Migration|} : ModelMigration
        {
        }
        """,
        """
        using Migrations.Runtime.Authoring;

        namespace A;

        [Migrations.Runtime.Authoring.TargetMigrationIndex(5)]
        public sealed class Migration : ModelMigration
        {
        }
        """,
        ("/src/0001_a.cs", Sources.Event(2, "M1")), ("/src/0002_b.cs", Sources.Event(3, "M2")), ("/src/0003_c.cs", Sources.Model(4, "M3")));

    [Fact]
    public Task An_index_that_disagrees_with_the_file_name_is_set_from_it() => Verify(
        "/src/0001_a.cs",
        """
        using Migrations.Runtime.Authoring;

        namespace A;

        [{|MIG002:{|MIG010:TargetMigrationIndex(7)|}|}]
        public sealed class Migration : ModelMigration
        {
        }
        """,
        """
        using Migrations.Runtime.Authoring;

        namespace A;

        [TargetMigrationIndex(2)]
        public sealed class Migration : ModelMigration
        {
        }
        """);

    [Fact]
    public Task A_missing_index_outside_the_file_name_convention_gets_the_next_free_index() => Verify(
        "/src/special.cs",
        """
        using Migrations.Runtime.Authoring;

        namespace B;

        public sealed class {|MIG001:Migration|} : ModelMigration
        {
        }
        """,
        """
        using Migrations.Runtime.Authoring;

        namespace B;

        [Migrations.Runtime.Authoring.TargetMigrationIndex(3)]
        public sealed class Migration : ModelMigration
        {
        }
        """,
        ("/src/a.cs", Sources.Event(2, "A")));
}
