using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0003;

/// <summary>Adds <c>motion_state/dont_set_identifier</c>, false, to every motion state.</summary>
[TargetMigrationIndex(4)]
public sealed class Migration() : AddFieldMigration("motion_state", "dont_set_identifier", false);
