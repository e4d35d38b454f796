namespace Migrations.Shared;

/// <summary>One end a relation field points to: a collection and the back field there that points back.</summary>
internal readonly record struct RelationTarget(string Collection, string Field);
