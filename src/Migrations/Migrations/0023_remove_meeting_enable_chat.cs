using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0023;

/// <summary>Removes <c>meeting/enable_chat</c>.</summary>
[TargetMigrationIndex(24)]
public sealed class Migration() : RemoveFieldsMigration(new Dictionary<string, IReadOnlyList<string>> { ["meeting"] = ["enable_chat"] });
