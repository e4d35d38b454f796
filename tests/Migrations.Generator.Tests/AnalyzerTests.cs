using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Migrations.Generator.Tests;

/// <summary>Each diagnostic of <see cref="MigrationAnalyzer"/>: a case that raises it and a near miss that does not.</summary>
public class AnalyzerTests
{
    private static async Task Verify(params (string Path, string Source)[] files)
    {
        var test = new CSharpAnalyzerTest<MigrationAnalyzer, DefaultVerifier> { ReferenceAssemblies = References.None };
        foreach (var file in files)
        {
            test.TestState.Sources.Add(file);
        }

        test.TestState.AdditionalReferences.AddRange(References.All);
        await test.RunAsync();
    }

    private const string Usings = "using System.Collections.Generic; using Migrations.Runtime.Authoring; using Migrations.Runtime.Events;\n";
    private const string Body = "{ protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent e) => null; }";

    [Fact]
    public Task MIG001_a_migration_without_an_index() => Verify(
        ("/src/0001_a.cs", Usings + "namespace A; public sealed class {|MIG001:Migration|} : EventMigration " + Body));

    [Fact]
    public Task MIG001_near_miss_with_an_index() => Verify(("/src/0001_a.cs", Sources.Event(2)));

    [Fact]
    public Task MIG002_a_gap() => Verify(
        ("/src/0001_a.cs", Sources.Event(2, "A")),
        ("/src/b.cs", Usings + "namespace B; [{|MIG002:TargetMigrationIndex(4)|}] public sealed class Migration : EventMigration " + Body));

    [Fact]
    public Task MIG002_a_duplicate() => Verify(
        ("/src/a.cs", Sources.Event(2, "A")),
        ("/src/b.cs", Usings + "namespace B; [{|MIG002:TargetMigrationIndex(2)|}] public sealed class Migration : EventMigration " + Body));

    [Fact]
    public Task MIG002_a_wrong_start() => Verify(
        ("/src/a.cs", Usings + "namespace A; [{|MIG002:TargetMigrationIndex(3)|}] public sealed class Migration : EventMigration " + Body));

    [Fact]
    public async Task MIG002_reports_upstreams_text()
    {
        var test = new CSharpAnalyzerTest<MigrationAnalyzer, DefaultVerifier> { ReferenceAssemblies = References.None };
        test.TestState.Sources.Add(("/src/a.cs", Usings + "namespace A; [{|#0:TargetMigrationIndex(1)|}] public sealed class Migration : EventMigration " + Body));
        test.TestState.AdditionalReferences.AddRange(References.All);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Diagnostics.DiagnosticDescriptors.NotSequential).WithLocation(0)
            .WithArguments("a", 1, 1, 2));
        await test.RunAsync();
    }

    [Fact]
    public Task MIG002_near_miss_two_three_four() => Verify(
        ("/src/a.cs", Sources.Event(2, "A")), ("/src/b.cs", Sources.Event(3, "B")), ("/src/c.cs", Sources.Model(4, "C")));

    [Fact]
    public Task MIG003_an_event_migration_after_a_model_migration() => Verify(
        ("/src/a.cs", Sources.Event(2, "A")),
        ("/src/b.cs", Sources.Model(3, "B")),
        ("/src/c.cs", Usings + "namespace C; [{|MIG003:TargetMigrationIndex(4)|}] public sealed class Migration : EventMigration " + Body));

    [Fact]
    public Task MIG003_near_miss_model_after_event() => Verify(
        ("/src/a.cs", Sources.Model(3, "A")), ("/src/b.cs", Sources.Event(2, "B")));

    [Fact]
    public Task MIG004_a_migration_that_inherits_nothing_usable() => Verify(
        ("/src/0001_a.cs", "namespace A; public sealed class {|MIG004:Migration|} { }"));

    [Fact]
    public Task MIG004_near_miss_premade_base() => Verify(
        ("/src/0001_a.cs", "using Migrations.Runtime.Authoring; using Migrations.Runtime.Authoring.Premade; namespace A; [TargetMigrationIndex(2)] public sealed class Migration() : AddFieldMigration(\"a\", \"f\", 0);"));

    [Fact]
    public Task MIG005_abstract() => Verify(
        ("/src/a.cs", "using Migrations.Runtime.Authoring; namespace A; [TargetMigrationIndex(2)] public abstract class {|MIG005:Migration|} : ModelMigration { }"));

    [Fact]
    public Task MIG006_generic() => Verify(
        ("/src/a.cs", "using Migrations.Runtime.Authoring; namespace A; [TargetMigrationIndex(2)] public sealed class {|MIG006:Migration|}<T> : ModelMigration { }"));

    [Fact]
    public Task MIG007_nested() => Verify(
        ("/src/a.cs", "using Migrations.Runtime.Authoring; namespace A; public static class Outer { [TargetMigrationIndex(2)] public sealed class {|MIG007:Migration|} : ModelMigration { } }"));

    [Fact]
    public Task MIG005_to_MIG007_near_miss_sealed_plain_top_level_class_with_a_generic_base_method() => Verify(
        ("/src/a.cs", "using Migrations.Runtime.Authoring; namespace A; [TargetMigrationIndex(2)] public sealed class Migration : ModelMigration { private static T Id<T>(T t) => t; }"));

    [Fact]
    public Task MIG007_near_miss_a_nested_class_that_is_no_migration() => Verify(
        ("/src/a.cs", "using Migrations.Runtime.Authoring; namespace A; [TargetMigrationIndex(2)] public sealed class Migration : ModelMigration { private sealed class Helper { } }"));

    [Fact]
    public Task MIG008_no_parameterless_constructor() => Verify(
        ("/src/a.cs", "using Migrations.Runtime.Authoring; namespace A; [TargetMigrationIndex(2)] public sealed class {|MIG008:Migration|} : ModelMigration { public Migration(int x) { } }"));

    [Fact]
    public Task MIG008_near_miss_internal_constructor() => Verify(
        ("/src/a.cs", "using Migrations.Runtime.Authoring; namespace A; [TargetMigrationIndex(2)] public sealed class Migration : ModelMigration { internal Migration() { } }"));

    [Fact]
    public Task MIG009_a_concrete_migration_with_another_name() => Verify(
        ("/src/a.cs", "using Migrations.Runtime.Authoring; namespace A; public sealed class {|MIG009:AddThings|} : ModelMigration { }"));

    [Fact]
    public Task MIG009_near_miss_abstract_base_class() => Verify(
        ("/src/a.cs", "using Migrations.Runtime.Authoring; namespace A; public abstract class OurBase : ModelMigration { }"));

    [Fact]
    public Task MIG010_index_disagrees_with_the_file_name() => Verify(
        ("/src/0002_b.cs", Usings + "namespace B; [{|MIG010:TargetMigrationIndex(2)|}] public sealed class Migration : EventMigration " + Body));

    [Fact]
    public Task MIG010_near_miss_file_without_the_convention() => Verify(("/src/special.cs", Sources.Event(2)));

    [Fact]
    public Task MIG011_an_index_that_is_a_constant_expression() => Verify(
        ("/src/a.cs", "using Migrations.Runtime.Authoring; namespace A; static class K { public const int I = 2; } [{|MIG011:TargetMigrationIndex(K.I)|}] public sealed class Migration : ModelMigration { }"));

    [Fact]
    public Task MIG011_near_miss_fully_qualified_attribute_with_a_literal() => Verify(
        ("/src/a.cs", "namespace A; [global::Migrations.Runtime.Authoring.TargetMigrationIndexAttribute(2)] public sealed class Migration : Migrations.Runtime.Authoring.ModelMigration { }"));

    [Fact]
    public Task Diagnostics_can_be_suppressed_with_pragma() => Verify(
        ("/src/0001_a.cs", Usings + "namespace A;\n#pragma warning disable MIG001\npublic sealed class Migration : EventMigration " + Body + "\n#pragma warning restore MIG001"));

    [Fact]
    public Task Nothing_is_reported_without_the_runtime()
    {
        var test = new CSharpAnalyzerTest<MigrationAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = References.None,
            TestState = { Sources = { "namespace A; public sealed class Migration { }" } },
        };
        test.TestState.AdditionalReferences.AddRange(References.All.Take(References.All.Length - 1));
        return test.RunAsync();
    }
}
