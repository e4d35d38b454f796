using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Writing;

namespace Migrations.M0063;

/// <summary>
/// Drops <c>agenda_item/moderator_notes</c> wherever it holds a value, the empty string (which 0060 left behind)
/// included. Upstream's condition is <c>get("moderator_notes") is not None</c>, so a missing field (on the database
/// path the null key of the mapped field) and, in memory, a null one give no update; each other value, falsy or
/// not, gives one. In the database deleted agenda items are not read, so they keep their notes; in memory every
/// agenda item of the import is (upstream's memory reader keeps deleted models, and the writer then refuses to
/// update them). Deliberate difference: the ids are the fqids' ids, which upstream reads from the <c>id</c> fields
/// (the same for well-formed data).
/// </summary>
[TargetMigrationIndex(64)]
public sealed class Migration : ModelMigration
{
    private const string NotesField = "moderator_notes";

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var agendaItems = await Reader.GetAllAsync("agenda_item", ["id", "content_object_id", NotesField], cancellationToken);
        return [.. agendaItems
            .Where(pair => pair.Value[NotesField] is { } note && note.GetValueKind() != JsonValueKind.Null)
            .Select(pair => new UpdateRequestEvent(DatastoreKeys.Fqid("agenda_item", pair.Key), new JsonObject { [NotesField] = null }))];
    }
}
