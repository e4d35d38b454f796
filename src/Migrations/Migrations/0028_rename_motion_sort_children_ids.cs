using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0028;

/// <summary>Renames <c>motion/sort_children_ids</c> (written by a bug in motion.sort) to <c>sort_child_ids</c>.</summary>
[TargetMigrationIndex(29)]
public sealed class Migration() : RenameFieldMigration("motion", "sort_children_ids", "sort_child_ids");
