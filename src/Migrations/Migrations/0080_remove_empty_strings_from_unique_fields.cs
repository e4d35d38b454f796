using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.M0080;

/// <summary>
/// Unsets the empty string in the seven fields that the relational datastore makes unique, so that empty values do
/// not collide there: <c>committee/external_id</c>, <c>group/external_id</c>, <c>meeting/external_id</c>,
/// <c>mediafile/title</c>, <c>motion/number</c>, <c>option/text</c>, <c>user/member_number</c>. For each, in that
/// order, the models matching upstream's filter <c>field = ""</c> and <c>meta_deleted != True</c> get an update that
/// deletes the field, in read order. Both paths match only the JSON string <c>""</c>: in the database the field's
/// text is compared (no other JSON value has the empty text; null and a missing field have none), in memory
/// Python's <c>==</c>. Deleted models keep their value (in memory only models that an earlier migration of the same
/// run deleted are flagged so). No empty string, no position. Nothing upstream does is changed.
/// </summary>
[TargetMigrationIndex(81)]
public sealed class Migration : ModelMigration
{
    /// <summary>Upstream's table, in its order, which orders the events.</summary>
    private static readonly (string Collection, string Field)[] UniqueFields =
    [
        ("committee", "external_id"),
        ("group", "external_id"),
        ("meeting", "external_id"),
        ("mediafile", "title"),
        ("motion", "number"),
        ("option", "text"),
        ("user", "member_number"),
    ];

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var events = new List<RequestEvent>();
        foreach (var (collection, field) in UniqueFields)
        {
            var models = await Reader.FilterAsync(
                collection,
                new And(new FilterOperator(field, "=", ""), new FilterOperator("meta_deleted", "!=", true)),
                ["id"],
                cancellationToken);
            events.AddRange(models.Keys.Select(id => new UpdateRequestEvent(DatastoreKeys.Fqid(collection, id), new JsonObject { [field] = null })));
        }

        return events;
    }
}
