using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0001;

/// <summary>Adds <c>organization/limit_of_meetings</c>, 0 (no limit), to every organization.</summary>
[TargetMigrationIndex(2)]
public sealed class Migration() : AddFieldMigration("organization", "limit_of_meetings", 0);
