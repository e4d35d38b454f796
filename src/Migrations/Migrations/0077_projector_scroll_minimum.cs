using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.M0077;

/// <summary>
/// Raises a negative <c>projector/scroll</c> to the minimum, 0: every projector that matches upstream's filter
/// <c>scroll &lt; 0</c> and <c>meta_deleted != True</c> gets <c>{"scroll": 0}</c>, in read order. No match, no
/// position. This is the only ordering operator of the model migrations, and its two paths compare differently,
/// each as its upstream twin. In the database the field's JSON number is compared as a <c>numeric</c>, so a
/// fraction such as <c>-0.5</c> or <c>-1.0</c> is raised as well. In memory (an import) the comparison is Python's
/// <c>is_comparable(scroll, 0) and scroll &lt; 0</c>, which holds only for an <c>int</c> (or <c>bool</c>, which
/// is never below 0): a fractional scroll, whose Python type is <c>float</c>, is left as it is there. Kept from
/// upstream, harmless: the filter asks for the mapped field <c>scroll</c>, which is not used.
/// <para>Deliberate difference, for data upstream crashes on: a <c>scroll</c> that is not a number (a string, a
/// boolean, a list, an object) is left alone on both paths; upstream's database filter casts the JSON value to
/// <c>numeric</c>, which PostgreSQL refuses for such a value, so the migration failed there (its in-memory filter
/// skips the value, as ours).</para>
/// </summary>
[TargetMigrationIndex(78)]
public sealed class Migration : ModelMigration
{
    private const string Field = "scroll";

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var projectors = await Reader.FilterAsync(
            "projector",
            new And(new FilterOperator(Field, "<", 0), new FilterOperator("meta_deleted", "!=", true)),
            [Field],
            cancellationToken);
        return [.. projectors.Keys.Select(id => new UpdateRequestEvent(DatastoreKeys.Fqid("projector", id), new JsonObject { [Field] = 0 }))];
    }
}
