using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0030;

/// <summary>Removes <c>meeting/users_sort_by</c>.</summary>
[TargetMigrationIndex(31)]
public sealed class Migration() : RemoveFieldsMigration(new Dictionary<string, IReadOnlyList<string>> { ["meeting"] = ["users_sort_by"] });
