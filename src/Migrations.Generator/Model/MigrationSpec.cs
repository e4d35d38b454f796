namespace Migrations.Generator.Model;

/// <summary>
/// One migration as the registry needs it: plain values only (no symbols, syntax or compilation), so the
/// generator's steps compare equal when nothing the registry shows has changed.
/// </summary>
/// <param name="TypeName">The fully qualified type name, <c>global::</c> included.</param>
/// <param name="Name">The name used in messages: the file name without <c>.cs</c>, else the type name.</param>
/// <param name="Index">The target migration index.</param>
/// <param name="FilePath">The file that declares it (orders migrations that share an index deterministically).</param>
internal sealed record MigrationSpec(string TypeName, string Name, int Index, string FilePath);
