using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0027;

/// <summary>
/// Removes <c>poll/publish_immediately</c> and <c>option/publish_immediately</c>, which a bug once wrote, and (as
/// upstream's migration also does) <c>user/meeting_id</c>.
/// </summary>
[TargetMigrationIndex(28)]
public sealed class Migration() : RemoveFieldsMigration(new Dictionary<string, IReadOnlyList<string>>
{
    ["poll"] = ["publish_immediately"],
    ["option"] = ["publish_immediately"],
    ["user"] = ["meeting_id"],
});
