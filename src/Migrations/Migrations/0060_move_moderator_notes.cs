using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0060;

/// <summary>
/// Moves the moderator notes from the agenda item to the list of speakers of its content object, and the matching
/// permissions from <c>agenda_item.*</c> to <c>list_of_speakers.*</c>. Every agenda item read with a truthy
/// <c>moderator_notes</c> loses the field; the note is set on <c>list_of_speakers/&lt;list_of_speakers_id&gt;</c> of
/// the model its <c>content_object_id</c> names (one note per content object: when several agenda items name the
/// same one, the last note read wins, written where the first was). Every group read whose <c>permissions</c> hold
/// <c>agenda_item.can_see_moderator_notes</c> and/or <c>agenda_item.can_manage_moderator_notes</c> gets one list
/// update: those are removed and their <c>list_of_speakers.</c> counterparts added, together with
/// <c>agenda_item.can_see</c> unless the group has <c>agenda_item.can_see_internal</c> or
/// <c>agenda_item.can_manage</c>. Events come in upstream's order: agenda items, lists of speakers (in order of the
/// first agenda item naming each content object), groups; everything in read order.
/// <para>Kept from upstream: a falsy note (<c>""</c>) stays on the agenda item and is not moved (0063 drops it); an
/// existing note on the list of speakers is overwritten; the list update adds only what the list lacks (so
/// <c>agenda_item.can_see</c> is not repeated) and removes every copy; a list of speakers that does not exist or is
/// deleted ends in the writer's "does not exist" error. In the database deleted agenda items, content objects and
/// groups are not read; in memory every model is, deleted ones included (upstream's memory reader keeps them), so
/// there a deleted agenda item with a note or a deleted group with such a permission makes the writer fail, and a
/// deleted content object still passes the note on.</para>
/// <para>Where upstream would crash, this port does not (deliberate): an agenda item with a note but without a
/// string <c>content_object_id</c> (upstream: KeyError in memory, AttributeError on the database's null key), and a
/// content object that is not read (missing or deleted) or has no (or a null) <c>list_of_speakers_id</c> (KeyError;
/// for a null one in memory upstream fails on the fqid <c>list_of_speakers/None</c>), lose the note from the agenda
/// item without moving it; a <c>permissions</c> value that is no list counts as none (upstream: TypeError for a
/// nonzero number, and an object's keys would be matched). A <c>content_object_id</c> whose part before the first
/// <c>/</c> is no collection name, or whose part after it is missing or no positive integer, fails the migration
/// naming the agenda item, as upstream fails (IndexError, ValueError, or the get_many request's InvalidKeyFormat),
/// though with its own message (Python's <c>int</c> also takes digit-separating underscores, which this port does
/// not). The ids are the fqids' ids, which upstream reads from the <c>id</c> fields (the same for well-formed
/// data).</para>
/// </summary>
[TargetMigrationIndex(61)]
public sealed class Migration : ModelMigration
{
    private const string NotesField = "moderator_notes";
    private const string PermissionsField = "permissions";

    // Upstream's order: it decides the order of the added and removed permissions.
    private static readonly string[] MovedPermissions = [".can_see_moderator_notes", ".can_manage_moderator_notes"];

    private static readonly string[] SeeingPermissions = ["agenda_item.can_see_internal", "agenda_item.can_manage"];

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var events = new List<RequestEvent>();
        var notes = new OrderedDictionary<(string Collection, int Id), JsonNode>();
        await foreach (var (id, agendaItem) in Reader.StreamAllAsync("agenda_item", ["id", "content_object_id", NotesField], cancellationToken))
        {
            var note = agendaItem[NotesField];
            if (!PythonTruth.IsTruthy(note))
            {
                continue;
            }

            var fqid = DatastoreKeys.Fqid("agenda_item", id);
            events.Add(new UpdateRequestEvent(fqid, new JsonObject { [NotesField] = null }));
            if (ContentObject(fqid, agendaItem["content_object_id"]) is { } contentObject)
            {
                notes[contentObject] = note!.DeepClone();
            }
        }

        if (notes.Count > 0)
        {
            var parts = notes.Keys.GroupBy(key => key.Collection, StringComparer.Ordinal)
                .Select(group => new GetManyRequestPart(group.Key, [.. group.Select(key => key.Id)], ["list_of_speakers_id"]))
                .ToList();
            var contentObjects = await Reader.GetManyAsync(parts, cancellationToken);
            foreach (var ((collection, id), note) in notes)
            {
                if (contentObjects.TryGetValue(collection, out var byId) && byId.TryGetValue(id, out var contentObject)
                    && contentObject["list_of_speakers_id"] is { } listOfSpeakersId && listOfSpeakersId.GetValueKind() != JsonValueKind.Null)
                {
                    // As upstream's f-string: a string id as it is, a number as written; the event validates the fqid.
                    events.Add(new UpdateRequestEvent($"list_of_speakers/{JsonIds.Text(listOfSpeakersId)}", new JsonObject { [NotesField] = note.DeepClone() }));
                }
            }
        }

        await foreach (var (id, group) in Reader.StreamAllAsync("group", ["id", PermissionsField], cancellationToken))
        {
            var permissions = group[PermissionsField] as JsonArray ?? [];
            var moved = MovedPermissions.Where(suffix => Has(permissions, "agenda_item" + suffix)).ToList();
            if (moved.Count == 0)
            {
                continue;
            }

            var added = new JsonArray();
            if (!SeeingPermissions.Any(permission => Has(permissions, permission)))
            {
                added.Add((JsonNode)"agenda_item.can_see");
            }

            foreach (var suffix in moved)
            {
                added.Add((JsonNode)("list_of_speakers" + suffix));
            }

            var removed = new JsonArray([.. moved.Select(suffix => (JsonNode?)("agenda_item" + suffix))]);
            events.Add(new UpdateRequestEvent(
                DatastoreKeys.Fqid("group", id),
                new JsonObject(),
                new JsonObject { [PermissionsField] = added },
                new JsonObject { [PermissionsField] = removed }));
        }

        return events;
    }

    private static bool Has(JsonArray permissions, string permission) =>
        permissions.Any(p => p is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() == permission);

    /// <summary>
    /// Upstream's <c>collection_and_id_from_fqid</c> on the content object and the check of its get_many request:
    /// null for a missing or non-string value and for an id too large for any model (nothing to read); fails, naming
    /// the agenda item, where the collection is no collection name or the id part is missing or no positive integer.
    /// </summary>
    private static (string Collection, int Id)? ContentObject(string agendaItemFqid, JsonNode? contentObjectId)
    {
        if (contentObjectId is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetValue<string>();
        var parts = text.Split('/');
        if (parts.Length < 2 || !DatastoreKeys.IsCollection(parts[0])
            || !BigInteger.TryParse(parts[1], NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
            || id <= 0)
        {
            throw new InvalidOperationException($"{agendaItemFqid} has the content_object_id '{text}', which names no collection and id");
        }

        return id <= int.MaxValue ? (parts[0], (int)id) : null;
    }
}
