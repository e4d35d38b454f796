using Microsoft.CodeAnalysis;

namespace Migrations.Generator;

/// <summary>The runtime's names the generator and the analyzer look for.</summary>
internal static class KnownNames
{
    public const string MigrationClassName = "Migration";
    public const string AttributeMetadataName = "Migrations.Runtime.Authoring.TargetMigrationIndexAttribute";
    public const string BaseMigrationMetadataName = "Migrations.Runtime.Authoring.BaseMigration";
    public const string EventMigrationMetadataName = "Migrations.Runtime.Authoring.EventMigration";
    public const string ModelMigrationMetadataName = "Migrations.Runtime.Authoring.ModelMigration";

    /// <summary>The name a migration carries in messages: its file name without <c>.cs</c>, else its type's full name.</summary>
    public static string DisplayName(string filePath, INamedTypeSymbol type)
    {
#pragma warning disable RS0030 // a name for a message, not a comparison
        return DisplayName(filePath, type.ToDisplayString());
#pragma warning restore RS0030
    }

    /// <summary>The name a migration carries in messages: its file name without <c>.cs</c>, else <paramref name="typeName"/>.</summary>
    public static string DisplayName(string filePath, string typeName)
    {
        var slash = System.Math.Max(filePath.LastIndexOf('/'), filePath.LastIndexOf('\\'));
        var file = filePath.Substring(slash + 1);
        if (file.EndsWith(".cs", System.StringComparison.OrdinalIgnoreCase))
        {
            file = file.Substring(0, file.Length - 3);
        }

        return file.Length > 0 ? file : typeName;
    }

    /// <summary>The index the <c>NNNN_description.cs</c> convention gives (NNNN + 1), or null if the file does not follow it.</summary>
    public static int? IndexFromFileName(string filePath)
    {
        var name = DisplayName(filePath, "");
        if (name.Length < 5 || name[4] != '_')
        {
            return null;
        }

        var number = 0;
        for (var i = 0; i < 4; i++)
        {
            if (name[i] < '0' || name[i] > '9')
            {
                return null;
            }

            number = (number * 10) + (name[i] - '0');
        }

        return number + 1;
    }
}
