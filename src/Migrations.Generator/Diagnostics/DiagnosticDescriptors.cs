using Microsoft.CodeAnalysis;

namespace Migrations.Generator.Diagnostics;

/// <summary>Every diagnostic of the migration analyzer. Ids are stable and never reused; see AnalyzerReleases.*.md.</summary>
public static class DiagnosticDescriptors
{
    private const string Category = "Migrations";

    /// <summary>MIG001: a migration without a target index.</summary>
    public static readonly DiagnosticDescriptor MissingTargetIndex = new(
        "MIG001", "Migration has no target migration index",
        "You need to specify target_migration_index of {0}: add [TargetMigrationIndex({1})]",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "Every class named Migration needs [TargetMigrationIndex(n)]; by convention NNNN_description.cs targets NNNN + 1.");

    /// <summary>MIG002: indices not sequential from 2 (gap, duplicate, wrong start).</summary>
#pragma warning disable RS1032 // upstream's message, word for word
    public static readonly DiagnosticDescriptor NotSequential = new(
        "MIG002", "Migrations are not numbered sequentially beginning at 2",
        "target_migration_index: Migrations are not numbered sequentially beginning at 2. Found {0} at position {1} and target_migration_index {2}, expected migration index {3}",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.CompilationEnd);
#pragma warning restore RS1032

    /// <summary>MIG003: an event migration after a model migration.</summary>
    public static readonly DiagnosticDescriptor EventAfterModel = new(
        "MIG003", "Event migration after a model migration",
        "All migrations with target_migration_index > {0} must be model migrations. Invalid event migration: {1}.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>MIG004: a class named Migration that is no migration.</summary>
    public static readonly DiagnosticDescriptor DoesNotInherit = new(
        "MIG004", "Migration does not inherit from a migration base",
        "The class 'Migration' in {0} does not inherit from 'BaseMigration': derive from EventMigration, ModelMigration or a premade migration",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>MIG005: an abstract class named Migration.</summary>
    public static readonly DiagnosticDescriptor Abstract = new(
        "MIG005", "Migration is abstract", "The migration {0} is abstract and cannot run",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>MIG006: a generic class named Migration.</summary>
    public static readonly DiagnosticDescriptor Generic = new(
        "MIG006", "Migration is generic", "The migration {0} is generic and cannot run",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>MIG007: a class named Migration nested in another type.</summary>
    public static readonly DiagnosticDescriptor Nested = new(
        "MIG007", "Migration is nested", "The migration {0} is nested in {1}; declare it at namespace level",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>MIG008: no accessible parameterless constructor.</summary>
    public static readonly DiagnosticDescriptor NoParameterlessConstructor = new(
        "MIG008", "Migration has no accessible parameterless constructor",
        "The migration {0} needs a public or internal constructor without parameters",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    /// <summary>MIG009: a concrete migration class that is not named Migration (it would never run).</summary>
    public static readonly DiagnosticDescriptor NotNamedMigration = new(
        "MIG009", "Migration class is not named Migration",
        "The class {0} is a concrete migration but is not named 'Migration', so it will never run",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <summary>MIG011: the index is not an integer literal.</summary>
    public static readonly DiagnosticDescriptor IndexNotLiteral = new(
        "MIG011", "Target index is not an integer literal",
        "Write the target migration index of {0} as an integer literal, like [TargetMigrationIndex(2)]",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
        description: "The registry is built from the source text, so the index must be readable without evaluating expressions.");

    /// <summary>MIG010: the index disagrees with the NNNN_ file name.</summary>
    public static readonly DiagnosticDescriptor FileNameMismatch = new(
        "MIG010", "Target index disagrees with the file name",
        "The file {0} implies target migration index {1}, but the migration declares {2}",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
}
