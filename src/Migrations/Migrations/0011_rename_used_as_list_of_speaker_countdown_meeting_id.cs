using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0011;

/// <summary>
/// Renames <c>projector_countdown/used_as_list_of_speaker_countdown_meeting_id</c> to
/// <c>used_as_list_of_speakers_countdown_meeting_id</c>.
/// </summary>
[TargetMigrationIndex(12)]
public sealed class Migration() : RenameFieldMigration(
    "projector_countdown", "used_as_list_of_speaker_countdown_meeting_id", "used_as_list_of_speakers_countdown_meeting_id");
