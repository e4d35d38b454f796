namespace Migrations.Runtime.Authoring;

/// <summary>
/// The migration index the datastore has after this migration, read at compile time by the source generator. By
/// convention the class <c>Migration</c> in <c>NNNN_description.cs</c> carries <c>[TargetMigrationIndex(NNNN + 1)]</c>;
/// the first migration targets 2.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class TargetMigrationIndexAttribute(int index) : Attribute
{
    /// <summary>The target migration index.</summary>
    public int Index { get; } = index;
}
