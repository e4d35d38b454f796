namespace Migrations.Runtime.Data;

/// <summary>Names shared by the data files.</summary>
internal static class DataFileNames
{
    /// <summary>The key of the migration index in an export.</summary>
    public const string MigrationIndexKey = "_migration_index";
}
