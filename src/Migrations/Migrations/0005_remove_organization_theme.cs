using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0005;

/// <summary>
/// Removes <c>organization/theme</c> from creates, updates and field deletions (upstream's own migration leaves
/// list updates alone; the premade one also strips them, which no history of this field contains).
/// </summary>
[TargetMigrationIndex(6)]
public sealed class Migration() : RemoveFieldsMigration(new Dictionary<string, IReadOnlyList<string>> { ["organization"] = ["theme"] });
