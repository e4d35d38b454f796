using Microsoft.CodeAnalysis;

namespace Migrations.Generator;

/// <summary>
/// The runtime's types that the analyzer and the code fix compare symbols with, resolved once per compilation
/// (the only place that looks a type up by its metadata name: <c>BannedSymbols.txt</c> keeps that lookup and symbol
/// comparison by display string out of per-symbol analysis). A type the compilation does not see is null.
/// </summary>
internal sealed class KnownTypes
{
    private KnownTypes(Compilation compilation)
    {
#pragma warning disable RS0030 // the lookups by name, once per compilation
        BaseMigration = compilation.GetTypeByMetadataName(KnownNames.BaseMigrationMetadataName);
        EventMigration = compilation.GetTypeByMetadataName(KnownNames.EventMigrationMetadataName);
        TargetMigrationIndexAttribute = compilation.GetTypeByMetadataName(KnownNames.AttributeMetadataName);
#pragma warning restore RS0030
    }

    /// <summary><c>Migrations.Runtime.Authoring.BaseMigration</c>; null when the runtime is not referenced.</summary>
    public INamedTypeSymbol? BaseMigration { get; }

    /// <summary><c>Migrations.Runtime.Authoring.EventMigration</c>.</summary>
    public INamedTypeSymbol? EventMigration { get; }

    /// <summary><c>Migrations.Runtime.Authoring.TargetMigrationIndexAttribute</c>.</summary>
    public INamedTypeSymbol? TargetMigrationIndexAttribute { get; }

    /// <summary>Resolves the types in <paramref name="compilation"/>; call once per compilation, not per symbol.</summary>
    public static KnownTypes Of(Compilation compilation) => new(compilation);

    /// <summary>True if <paramref name="type"/> derives (directly or not) from <paramref name="baseType"/>.</summary>
    public static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <c>[TargetMigrationIndex]</c> on <paramref name="type"/>, or null.</summary>
    public AttributeData? TargetIndexAttributeOf(ISymbol type)
    {
        if (TargetMigrationIndexAttribute is null)
        {
            return null;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, TargetMigrationIndexAttribute))
            {
                return attribute;
            }
        }

        return null;
    }
}
