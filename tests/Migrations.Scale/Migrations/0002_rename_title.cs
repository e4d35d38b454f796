using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.Scale.M0002;

/// <summary>Benchmark step 2: renames motion.title to motion.name.</summary>
[TargetMigrationIndex(3)]
public sealed class Migration() : RenameFieldMigration("motion", "title", "name");
