using Migrations.Runtime.Authoring;
using Migrations.Shared;

namespace Migrations.M0010;

/// <summary>Adds <c>sequential_number</c> per meeting to the models of ten collections (see <see cref="SequentialNumberingMigration"/>).</summary>
[TargetMigrationIndex(11)]
public sealed class Migration() : SequentialNumberingMigration(
    "assignment", "motion_block", "motion_category", "motion_workflow", "poll", "projector", "topic",
    "list_of_speakers", "motion_statute_paragraph", "motion_comment_section");
