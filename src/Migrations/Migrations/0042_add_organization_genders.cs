using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0042;

/// <summary>Adds <c>organization/genders</c>: male, female, diverse, non-binary.</summary>
[TargetMigrationIndex(43)]
public sealed class Migration() : AddFieldMigration("organization", "genders", new JsonArray("male", "female", "diverse", "non-binary"));
