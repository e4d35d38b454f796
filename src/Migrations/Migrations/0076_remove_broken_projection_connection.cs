using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0076;

/// <summary>
/// Repairs projections that lost their content object: every live projection without <c>content_object_id</c> gets,
/// as its content object, each live model of the eleven collections that can be projected (meeting, motion, meeting
/// mediafile, list of speakers, motion block, assignment, agenda item, topic, poll, projector message, projector
/// countdown; in that order, each as read) whose <c>projection_ids</c> lists it, one update per listing, so the last
/// one wins; such a projection that no model lists is deleted. The lists are cleaned as well: an entry that is neither
/// such a projection nor the id of a live projection is removed, with one update of the list per removed entry, each
/// carrying the list without every removed entry (upstream writes one per removal too). The events: per model and entry in
/// order the projection's update or the list's, then the deletions in the order the projections were read.
/// <para>
/// The two paths behave alike: both filters carry <c>meta_deleted != True</c>, and a model whose
/// <c>projection_ids</c> is <c>[]</c> matches the list filter only in memory (Python's <c>[] == "[]"</c> is false),
/// where there is nothing to do. In memory, as always there, the deleted projections stay in the result (their
/// deleted flag goes with the meta fields); a listed projection that an earlier migration of the same run deleted is
/// still in memory, flagged, and counts as deleted.
/// </para>
/// <para>
/// Deliberate difference, a data-losing bug fixed. Upstream removes every entry that is not an empty projection from
/// the list it is iterating over, so Python skips the entry after each removal, and every update of a model holds
/// that same list object, so all of them carry the final list: the ids it removes are those it happens to visit,
/// valid ones included. A model listing <c>[2, 1, 4, 3]</c>, where 2 and 4 are live projections showing it and 1
/// and 3 deleted ones, ends with <c>[1, 3]</c> upstream; here with <c>[2, 4]</c>. Here each entry is looked at once,
/// and the ids of live projections stay, also one whose <c>content_object_id</c> names another model (to tell live
/// projections, the listed ones are read, which upstream does not do). Where upstream's visits happen to hit exactly
/// the dead entries, as in its test, the events are upstream's. An entry that is no integer id is removed (upstream
/// removes it too when it visits it, but takes a float or boolean equal to an empty projection's id for that
/// projection and writes an fqid the writer refuses); a <c>projection_ids</c> that is no list fails with a
/// <see cref="MigrationException"/> naming the models (upstream: TypeError or AttributeError), except an empty string
/// or object, which upstream iterates as nothing.
/// </para>
/// </summary>
[TargetMigrationIndex(77)]
public sealed class Migration : ModelMigration
{
    private const string Projection = "projection";
    private const string ListField = "projection_ids";

    /// <summary>The collections whose models can be projected, in upstream's order.</summary>
    private static readonly string[] Collections =
    [
        "meeting", "motion", "meeting_mediafile", "list_of_speakers", "motion_block", "assignment", "agenda_item",
        "topic", "poll", "projector_message", "projector_countdown",
    ];

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var empty = await Reader.FilterAsync(
            Projection,
            new And(new FilterOperator("content_object_id", "=", null), new FilterOperator("meta_deleted", "!=", true)),
            ["content_object_id"],
            cancellationToken);

        var listFilter = new And(
            new Not(new Or(new FilterOperator(ListField, "=", null), new FilterOperator(ListField, "=", "[]"))),
            new FilterOperator("meta_deleted", "!=", true));
        var lists = new List<(string Fqid, JsonArray Entries)>();
        var errors = new List<string>();
        foreach (var collection in Collections)
        {
            foreach (var (id, model) in await Reader.FilterAsync(collection, listFilter, [ListField], cancellationToken))
            {
                var fqid = DatastoreKeys.Fqid(collection, id);
                switch (model[ListField])
                {
                    case JsonArray entries:
                        lists.Add((fqid, entries));
                        break;
                    case JsonObject { Count: 0 }:
                        break;
                    case JsonValue text when text.GetValueKind() == JsonValueKind.String && text.GetValue<string>().Length == 0:
                        break;
                    case var other:
                        errors.Add($"{fqid}: {ListField} must be a list, not {other?.ToJsonString() ?? "null"}");
                        break;
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new MigrationException(errors);
        }

        var live = await LiveProjectionsAsync(lists, empty, cancellationToken);
        var events = new List<RequestEvent>();
        var filled = new HashSet<int>();
        foreach (var (fqid, entries) in lists)
        {
            var kept = new JsonArray([.. entries.Where(e => IsEmpty(e, empty, out _) || IsLive(e, live)).Select(e => e?.DeepClone())]);
            foreach (var entry in entries)
            {
                if (IsEmpty(entry, empty, out var projectionId))
                {
                    events.Add(new UpdateRequestEvent(DatastoreKeys.Fqid(Projection, projectionId), new JsonObject { ["content_object_id"] = fqid }));
                    filled.Add(projectionId);
                }
                else if (!IsLive(entry, live))
                {
                    events.Add(new UpdateRequestEvent(fqid, new JsonObject { [ListField] = kept.DeepClone() }));
                }
            }
        }

        foreach (var id in empty.Keys)
        {
            if (!filled.Contains(id))
            {
                events.Add(new DeleteRequestEvent(DatastoreKeys.Fqid(Projection, id)));
            }
        }

        return events;
    }

    /// <summary>
    /// The listed projections (other than the empty ones) that exist and are not deleted: the database reads only
    /// live ones; in memory a model deleted earlier in the run is still there, flagged.
    /// </summary>
    private async Task<HashSet<int>> LiveProjectionsAsync(
        List<(string Fqid, JsonArray Entries)> lists, Dictionary<int, JsonObject> empty, CancellationToken cancellationToken)
    {
        var ids = new HashSet<int>();
        foreach (var entry in lists.SelectMany(l => l.Entries))
        {
            if (JsonIds.TryInteger(entry, out var id) && id >= 1 && !empty.ContainsKey(id))
            {
                ids.Add(id);
            }
        }

        if (ids.Count == 0)
        {
            return [];
        }

        var projections = (await Reader.GetManyAsync([new GetManyRequestPart(Projection, [.. ids], [DatastoreKeys.MetaDeleted])], cancellationToken))
            .GetValueOrDefault(Projection) ?? [];
        return [.. projections.Where(p => p.Value[DatastoreKeys.MetaDeleted]?.GetValueKind() != JsonValueKind.True).Select(p => p.Key)];
    }

    /// <summary>True if the entry is the id of a projection without content object (upstream's <c>in empty_projections</c>).</summary>
    private static bool IsEmpty(JsonNode? entry, Dictionary<int, JsonObject> empty, out int id) =>
        JsonIds.TryInteger(entry, out id) && empty.ContainsKey(id);

    private static bool IsLive(JsonNode? entry, HashSet<int> live) => JsonIds.TryInteger(entry, out var id) && live.Contains(id);
}
