using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0007;

/// <summary>Adds <c>organization/limit_of_users</c>, 0 (no limit), to every organization.</summary>
[TargetMigrationIndex(8)]
public sealed class Migration() : AddFieldMigration("organization", "limit_of_users", 0);
