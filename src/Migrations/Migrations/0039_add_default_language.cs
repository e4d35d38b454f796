using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0039;

/// <summary>Adds <c>organization/default_language</c>, "en".</summary>
[TargetMigrationIndex(40)]
public sealed class Migration() : AddFieldMigration("organization", "default_language", "en");
