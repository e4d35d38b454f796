using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Data;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0069;

/// <summary>
/// Carries the history kept in <c>positions.information</c> over into the history collections: for every position
/// whose information is not null, one <c>history_position</c> (id = the position) and one <c>history_entry</c> per
/// motion, assignment or user the information names, linked to the live model (<c>history_entry_ids</c>), to its
/// meeting (<c>relevant_history_entry_ids</c>) and to the acting user (<c>history_position_ids</c>). The payloads are
/// those of the backend's <c>calculate_history_event_payloads</c>:
/// <list type="bullet">
/// <item>information stored as a JSON string is decoded once; an object names the models by its keys and holds the
/// entries per model; a list (the older form) is the entries of every motion, assignment and user the position's
/// events touched;</item>
/// <item>entry ids count from 1 across the whole history, position by position, within a position in Python's
/// order of the model fqids; the entries are created in the information's key order, then the history position,
/// then the list additions (models, meetings in first-seen order, the acting user);</item>
/// <item><c>model_id</c> only for a live model, <c>meeting_id</c> for a motion or assignment whose
/// <c>meeting_id</c> names a live meeting (deleted motions and assignments count here, as upstream reads them
/// without a deletion filter); <c>user_id</c> and the back relation only for a live acting user with an id above 0,
/// <c>original_user_id</c> always;</item>
/// <item>the timestamp is the position's, in seconds, rounded as Python's <c>round</c> rounds (half to even);</item>
/// <item>information <c>{}</c> gives a history position without entries.</item>
/// </list>
/// In memory (an import) there is no history and nothing changes, as upstream.
/// <para>Unlike upstream, which builds every event of the whole history in memory and writes them as one request
/// (OpenSlides/OpenSlides#7006: out of memory at 3 million positions), the positions are read in pages of 1,000 and
/// the events are streamed to the writer, which writes them in chunks as the same single position: memory is bounded
/// by a page. Pages stop at the highest position seen at the start, so the position this migration writes is never
/// read back. What upstream cannot process fails the migration here too, with a message naming the position instead
/// of a Python error: information that after decoding is neither an object nor a list, a string that is no JSON, a
/// position without timestamp.</para>
/// </summary>
[TargetMigrationIndex(70)]
public sealed class Migration : ModelMigration
{
    private const int PageLength = 1000;
    private static readonly string[] Collections = ["motion", "assignment", "user"];

    protected override async IAsyncEnumerable<RequestEvent> StreamEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Only ids and meeting ids are kept (streamed, a page at a time): the collections can hold millions of models.
        var live = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var collection in Collections)
        {
            live[collection] = await IdsAsync(Reader.StreamAllAsync(collection, ["id"], cancellationToken));
        }

        var meetings = await IdsAsync(Reader.StreamAllAsync("meeting", ["id"], cancellationToken));
        var meetingOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var collection in (string[])["motion", "assignment"])
        {
            var models = Reader.StreamFilterAsync(collection, new FilterOperator("meeting_id", "!=", null), ["id", "meeting_id"], cancellationToken);
            await foreach (var (id, model) in models)
            {
                if (JsonIds.TryInteger(model["meeting_id"], out var meetingId) && meetings.Contains(meetingId))
                {
                    meetingOf[DatastoreKeys.Fqid(collection, id)] = meetingId;
                }
            }
        }

        bool IsLive(string fqid)
        {
            var slash = fqid.IndexOf('/', StringComparison.Ordinal);
            return slash > 0 && live.TryGetValue(fqid[..slash], out var ids)
                && int.TryParse(fqid.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
                && DatastoreKeys.Fqid(fqid[..slash], id) == fqid && ids.Contains(id);
        }

        var maxPosition = await Reader.GetMaxPositionAsync(cancellationToken);
        var nextEntryId = 1;
        for (var from = 0; from <= maxPosition; from += PageLength)
        {
            var page = await Reader.GetHistoryPositionsAsync(from, Math.Min(from + PageLength, maxPosition + 1), cancellationToken);
            foreach (var position in page.Positions)
            {
                var fqids = page.FqidsByPosition.TryGetValue(position.Position, out var touched) ? touched : [];
                foreach (var e in PositionEvents(position, fqids, IsLive, meetingOf, ref nextEntryId))
                {
                    yield return e;
                }
            }
        }
    }

    private static async Task<HashSet<int>> IdsAsync(IAsyncEnumerable<KeyValuePair<int, JsonObject>> models)
    {
        var ids = new HashSet<int>();
        await foreach (var (id, _) in models)
        {
            ids.Add(id);
        }

        return ids;
    }

    private static List<RequestEvent> PositionEvents(
        HistoryInformation position, IReadOnlyList<string> touched, Func<string, bool> isLive, Dictionary<string, int> meetingOf, ref int nextEntryId)
    {
        var information = Decoded(position);
        // The models in Python's order of their fqids: the information's keys, or for the list form the fqids the
        // position's events touched; only motions, assignments and users.
        var keys = information is JsonObject named ? named.Select(p => p.Key) : touched;
        var models = keys.Where(IsHistoryCollection).Distinct(StringComparer.Ordinal).ToList();
        models.Sort(PythonStringComparer.Instance);
        var entryIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var fqid in models)
        {
            entryIds[fqid] = nextEntryId++;
        }

        var entries = information is JsonObject byModel
            ? byModel.Where(p => IsHistoryCollection(p.Key)).Select(p => (Fqid: p.Key, Entries: p.Value))
            : models.Select(fqid => (Fqid: fqid, Entries: (JsonNode?)information));

        var creates = new List<RequestEvent>();
        var modelAdds = new List<RequestEvent>();
        var byMeeting = new Dictionary<int, JsonArray>();
        var meetingOrder = new List<int>();
        foreach (var (fqid, value) in entries)
        {
            var id = entryIds[fqid];
            var alive = isLive(fqid);
            int? meetingId = meetingOf.TryGetValue(fqid, out var m) ? m : null;
            creates.Add(new CreateRequestEvent(DatastoreKeys.Fqid("history_entry", id), new JsonObject
            {
                ["id"] = id,
                ["entries"] = value?.DeepClone(),
                ["position_id"] = position.Position,
                ["original_model_id"] = fqid,
                ["model_id"] = alive ? fqid : null,
                ["meeting_id"] = meetingId,
            }));
            if (alive)
            {
                modelAdds.Add(new UpdateRequestEvent(fqid, null, new JsonObject { ["history_entry_ids"] = new JsonArray(id) }));
            }

            if (meetingId is { } meeting and not 0)
            {
                if (!byMeeting.TryGetValue(meeting, out var ids))
                {
                    byMeeting[meeting] = ids = [];
                    meetingOrder.Add(meeting);
                }

                ids.Add((JsonNode)id);
            }
        }

        var userId = position.UserId;
        var setUser = userId > 0 && isLive(DatastoreKeys.Fqid("user", userId));
        creates.Add(new CreateRequestEvent(DatastoreKeys.Fqid("history_position", position.Position), new JsonObject
        {
            ["id"] = position.Position,
            ["timestamp"] = PythonRoundedSeconds(position),
            ["entry_ids"] = JsonIds.Array(entryIds.Values),
            ["original_user_id"] = userId,
            ["user_id"] = setUser ? userId : null,
        }));

        var events = creates;
        events.AddRange(modelAdds);
        events.AddRange(meetingOrder.Select(meeting => new UpdateRequestEvent(
            DatastoreKeys.Fqid("meeting", meeting), null, new JsonObject { ["relevant_history_entry_ids"] = byMeeting[meeting] })));
        if (setUser)
        {
            events.Add(new UpdateRequestEvent(
                DatastoreKeys.Fqid("user", userId), null, new JsonObject { ["history_position_ids"] = new JsonArray(position.Position) }));
        }

        return events;
    }

    /// <summary>The information as upstream uses it: a JSON string decoded once; then an object or a list.</summary>
    private static JsonNode Decoded(HistoryInformation position)
    {
        var information = position.Information;
        if (information is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>();
            try
            {
                information = JsonInput.ParseLastValueWins(text);
            }
            catch (JsonException e)
            {
                throw new MigrationException([$"The information of position {position.Position} is a string that is not JSON ({e.Message})"]);
            }
        }

        return information is JsonObject or JsonArray
            ? information
            : throw new MigrationException([
                $"The information of position {position.Position} is neither an object nor a list: {information?.ToJsonString() ?? "null"}"]);
    }

    /// <summary>Python's <c>round(datetime.timestamp())</c>: microseconds as a double in seconds, rounded half to even.</summary>
    private static long PythonRoundedSeconds(HistoryInformation position)
    {
        var timestamp = position.Timestamp
            ?? throw new MigrationException([$"Position {position.Position} has no timestamp"]);
        var microseconds = (timestamp.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        return (long)Math.Round(microseconds / 1e6, MidpointRounding.ToEven);
    }

    private static bool IsHistoryCollection(string fqid)
    {
        var slash = fqid.IndexOf('/', StringComparison.Ordinal);
        var collection = slash < 0 ? fqid : fqid[..slash];
        return Array.IndexOf(Collections, collection) >= 0;
    }
}
