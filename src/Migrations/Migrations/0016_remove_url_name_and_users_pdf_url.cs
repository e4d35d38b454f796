using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0016;

/// <summary>Removes <c>meeting/url_name</c> and <c>meeting/users_pdf_url</c>.</summary>
[TargetMigrationIndex(17)]
public sealed class Migration() : RemoveFieldsMigration(new Dictionary<string, IReadOnlyList<string>> { ["meeting"] = ["url_name", "users_pdf_url"] });
