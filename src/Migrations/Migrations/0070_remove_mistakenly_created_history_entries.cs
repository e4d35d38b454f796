using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0070;

/// <summary>
/// Removes the history entries that an older backend created for models other than motions, assignments and users
/// (live entries whose <c>original_model_id</c> matches none of <c>motion/%</c>, <c>assignment/%</c>,
/// <c>user/%</c>): each is deleted; the live model it names loses <c>history_entry_ids</c> altogether; its live
/// meeting loses it from <c>relevant_history_entry_ids</c>; a live history position all of whose entries are removed
/// is deleted and taken from its user's <c>history_position_ids</c>; any other history position loses the removed
/// entries from <c>entry_ids</c> (a list update, empty if none of its entries had a meeting — see below). The events
/// in upstream's order: the models' field deletions, the users', meetings' and positions' list removals, the position
/// deletions, the entry deletions; positions and users in CPython's set order (<see cref="PythonIntSet"/>), entries
/// and meetings as read. In memory (an import) nothing changes, as upstream (its filter would not work there).
/// <para>Deliberate differences. Upstream takes an entry out of its kept position only if the entry has a meeting,
/// so an entry without meeting stays listed in <c>entry_ids</c> after it is deleted, a dangling reference; here every
/// removed entry leaves its position. The models that lose <c>history_entry_ids</c> come in ascending fqid order
/// (upstream: a set of strings, in an order that changes from run to run). A history position without
/// <c>entry_ids</c> counts as one without entries (upstream fails with a KeyError); an entry whose
/// <c>position_id</c> or <c>model_id</c> is no id is not followed there (upstream would fail on it).</para>
/// </summary>
[TargetMigrationIndex(71)]
public sealed class Migration : ModelMigration
{
    private static readonly string[] Collections = ["motion", "assignment", "user"];

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        if (Reader.IsInMemoryMigration)
        {
            return null;
        }

        var filter = new And(
            new Not(new Or([.. Collections.Select(c => (Filter)new FilterOperator("original_model_id", "%=", $"{c}/%"))])),
            new FilterOperator("meta_deleted", "!=", true));
        var broken = await Reader.FilterAsync("history_entry", filter, ["position_id", "model_id", "meeting_id"], cancellationToken);
        if (broken.Count == 0)
        {
            return [];
        }

        var positionIds = new PythonIntSet();
        var meetingEntries = new OrderedDictionary<int, List<int>>();
        var modelIds = new OrderedDictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var entry in broken.Values)
        {
            if (JsonIds.TryInteger(entry["position_id"], out var positionId))
            {
                positionIds.Add(positionId);
            }

            if (MeetingOf(entry) is { } meetingId)
            {
                meetingEntries[meetingId] = [];
            }

            if (entry["model_id"] is JsonValue modelValue && modelValue.TryGetValue<string>(out var modelId) && PythonTruth.IsTruthy(modelValue)
                && SplitFqid(modelId) is var (collection, id))
            {
                if (!modelIds.TryGetValue(collection, out var ids))
                {
                    modelIds[collection] = ids = [];
                }

                ids.Add(id);
            }
        }

        var liveModels = modelIds.Count == 0 ? []
            : await Reader.GetManyAsync([.. modelIds.Select(p => new GetManyRequestPart(p.Key, p.Value, ["id"]))], cancellationToken);
        var modelFqids = liveModels.SelectMany(p => p.Value.Keys.Select(id => DatastoreKeys.Fqid(p.Key, id))).Distinct(StringComparer.Ordinal).ToList();
        modelFqids.Sort(PythonStringComparer.Instance);

        var positions = (await Reader.GetManyAsync([new GetManyRequestPart("history_position", [.. positionIds], ["user_id", "entry_ids"])], cancellationToken))
            .GetValueOrDefault("history_position") ?? [];
        var deletable = new PythonIntSet();
        var keptPositions = new OrderedDictionary<int, List<int>>();
        foreach (var (positionId, position) in positions)
        {
            var entryIds = position["entry_ids"] as JsonArray ?? [];
            if (entryIds.All(e => JsonIds.TryInteger(e, out var entryId) && broken.ContainsKey(entryId)))
            {
                deletable.Add(positionId);
            }
        }

        foreach (var positionId in positions.Keys)
        {
            if (!deletable.Contains(positionId))
            {
                keptPositions[positionId] = [];
            }
        }

        foreach (var (id, entry) in broken)
        {
            if (MeetingOf(entry) is { } meetingId)
            {
                meetingEntries[meetingId].Add(id);
            }

            if (JsonIds.TryInteger(entry["position_id"], out var positionId) && keptPositions.TryGetValue(positionId, out var kept))
            {
                kept.Add(id);
            }
        }

        if (meetingEntries.Count > 0)
        {
            var liveMeetings = (await Reader.GetManyAsync([new GetManyRequestPart("meeting", [.. meetingEntries.Keys], ["id"])], cancellationToken))
                .GetValueOrDefault("meeting") ?? [];
            foreach (var meetingId in meetingEntries.Keys.Where(m => !liveMeetings.ContainsKey(m)).ToList())
            {
                meetingEntries.Remove(meetingId);
            }
        }

        var userPositions = new OrderedDictionary<int, List<int>>();
        foreach (var positionId in deletable)
        {
            if (JsonIds.TryInteger(positions[positionId]["user_id"], out var userId) && userId != 0)
            {
                if (!userPositions.TryGetValue(userId, out var ids))
                {
                    userPositions[userId] = ids = [];
                }

                ids.Add(positionId);
            }
        }

        var events = new List<RequestEvent>();
        events.AddRange(modelFqids.Select(fqid => new UpdateRequestEvent(fqid, new JsonObject { ["history_entry_ids"] = null })));
        events.AddRange(userPositions.Select(p => Remove(DatastoreKeys.Fqid("user", p.Key), "history_position_ids", p.Value)));
        events.AddRange(meetingEntries.Select(p => Remove(DatastoreKeys.Fqid("meeting", p.Key), "relevant_history_entry_ids", p.Value)));
        events.AddRange(keptPositions.Select(p => Remove(DatastoreKeys.Fqid("history_position", p.Key), "entry_ids", p.Value)));
        events.AddRange(deletable.Select(id => new DeleteRequestEvent(DatastoreKeys.Fqid("history_position", id))));
        events.AddRange(broken.Keys.Select(id => new DeleteRequestEvent(DatastoreKeys.Fqid("history_entry", id))));
        return events;
    }

    private static UpdateRequestEvent Remove(string fqid, string field, List<int> ids) =>
        new(fqid, null, removeFromLists: new JsonObject { [field] = JsonIds.Array(ids) });

    /// <summary>The entry's meeting if it is truthy, as upstream's <c>if meeting_id := entry.get("meeting_id")</c>.</summary>
    private static int? MeetingOf(JsonObject entry) =>
        JsonIds.TryInteger(entry["meeting_id"], out var meetingId) && meetingId != 0 ? meetingId : null;

    private static (string Collection, int Id)? SplitFqid(string fqid)
    {
        var slash = fqid.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && int.TryParse(fqid.AsSpan(slash + 1), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? (fqid[..slash], id)
            : null;
    }
}
