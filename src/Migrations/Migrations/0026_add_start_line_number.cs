using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;

namespace Migrations.M0026;

/// <summary>Adds <c>motion/start_line_number</c>, 1, to every motion.</summary>
[TargetMigrationIndex(27)]
public sealed class Migration() : AddFieldsMigration(new Dictionary<string, IReadOnlyDictionary<string, FieldDefault>>
{
    ["motion"] = new Dictionary<string, FieldDefault> { ["start_line_number"] = FieldDefault.Of(1) },
});
