using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0008;

/// <summary>Removes <c>motion_state/dont_set_identifier</c> (added by 0003) from the history.</summary>
[TargetMigrationIndex(9)]
public sealed class Migration() : RemoveFieldsMigration(new Dictionary<string, IReadOnlyList<string>> { ["motion_state"] = ["dont_set_identifier"] });
