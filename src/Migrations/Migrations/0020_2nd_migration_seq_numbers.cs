using Migrations.Runtime.Authoring;
using Migrations.Shared;

namespace Migrations.M0020;

/// <summary>
/// Numbers the creates of eleven collections again, now including <c>motion</c>, so that every
/// <c>sequential_number</c> is unique per collection and meeting (see <see cref="SequentialNumberingMigration"/>).
/// </summary>
[TargetMigrationIndex(21)]
public sealed class Migration() : SequentialNumberingMigration(
    "assignment", "motion", "motion_block", "motion_category", "motion_workflow", "poll", "projector", "topic",
    "list_of_speakers", "motion_statute_paragraph", "motion_comment_section");
