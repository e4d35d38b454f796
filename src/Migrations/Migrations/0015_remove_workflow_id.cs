using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0015;

/// <summary>Removes <c>motion/workflow_id</c>, which a bug in motion.update once wrote.</summary>
[TargetMigrationIndex(16)]
public sealed class Migration() : RemoveFieldsMigration(new Dictionary<string, IReadOnlyList<string>> { ["motion"] = ["workflow_id"] });
