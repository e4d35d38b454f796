using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0079;

/// <summary>
/// Cleans up two motion fields: a truthy <c>origin_meeting_id</c> that names no meeting that is read (missing or
/// deleted) is unset, and a <c>recommendation_extension_reference_ids</c> list with duplicates loses them. As
/// upstream, the meetings are read first (<c>get_all("meeting", ["id"])</c>), then the motions with both fields; a
/// motion with something to change gets one update (<c>origin_meeting_id</c> first, then the list), in read order.
/// The origin compares as Python's <c>in</c> on a set of ints does: a whole number (<c>5.0</c> is 5, <c>true</c> is
/// 1) names the meeting with that id, any other value (a string, a fraction) names none and is unset. A list without
/// duplicates, and an empty or missing one, is not written. No change, no position.
/// <para>Database and memory, as upstream: in the database deleted motions are not read (they keep their fields) and
/// an origin naming a deleted meeting is unset; in memory (an import) every motion of the import is read, and every
/// meeting of the import counts as existing, so the origin of a forwarded motion, whose meeting is not part of the
/// import, is unset there.</para>
/// <para>Deliberate differences. The de-duplicated list keeps the first occurrence of each value, in the list's
/// order; upstream writes <c>list(set(old))</c>, whose order for strings (the fqids this list holds) follows their
/// hashes and so changes from run to run. Values compare as Python's set compares them (strings by text, numbers by
/// value, <c>true</c> as 1, <c>false</c> as 0). For data upstream crashes on: a list with an entry that is a list or an
/// object fails the migration with a <see cref="MigrationException"/> naming the motion (upstream: TypeError,
/// unhashable); an origin that is a list or an object is unset (upstream: TypeError); a
/// <c>recommendation_extension_reference_ids</c> that is truthy but no list is left alone (upstream: a
/// TypeError for a number, and a string with a repeated character became the list of its distinct characters).</para>
/// </summary>
[TargetMigrationIndex(80)]
public sealed class Migration : ModelMigration
{
    private const string OriginField = "origin_meeting_id";
    private const string ReferencesField = "recommendation_extension_reference_ids";

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var meetingIds = (await Reader.GetAllAsync("meeting", ["id"], cancellationToken)).Keys.Select(id => (decimal)id).ToHashSet();
        var motions = await Reader.GetAllAsync("motion", [OriginField, ReferencesField], cancellationToken);
        var events = new List<RequestEvent>();
        var errors = new List<string>();
        foreach (var (id, motion) in motions)
        {
            var fqid = DatastoreKeys.Fqid("motion", id);
            var fields = new JsonObject();
            var origin = motion[OriginField];
            if (PythonTruth.IsTruthy(origin) && !(WholeNumber(origin) is { } meetingId && meetingIds.Contains(meetingId)))
            {
                fields[OriginField] = null;
            }

            if (motion[ReferencesField] is JsonArray { Count: > 0 } references && WithoutDuplicates(fqid, references, errors) is { } distinct)
            {
                fields[ReferencesField] = distinct;
            }

            if (fields.Count > 0)
            {
                events.Add(new UpdateRequestEvent(fqid, fields));
            }
        }

        if (errors.Count > 0)
        {
            throw new MigrationException(errors);
        }

        return events;
    }

    /// <summary>
    /// The list without repeated values, each first occurrence kept in place; null if it has none (or an entry
    /// Python cannot put into a set, which goes to <paramref name="errors"/>).
    /// </summary>
    private static JsonArray? WithoutDuplicates(string fqid, JsonArray list, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new JsonArray();
        foreach (var entry in list)
        {
            if (entry is JsonArray or JsonObject)
            {
                errors.Add($"{fqid}/{ReferencesField} has an entry that is a list or an object: {entry.ToJsonString()}");
                return null;
            }

            if (seen.Add(SetKey(entry)))
            {
                distinct.Add(entry?.DeepClone());
            }
        }

        return distinct.Count < list.Count ? distinct : null;
    }

    /// <summary>A scalar's identity in a Python set: equal keys for values Python's <c>==</c> finds equal.</summary>
    private static string SetKey(JsonNode? entry)
    {
        if (entry is null || entry.GetValueKind() == JsonValueKind.Null)
        {
            return "None";
        }

        if (entry.GetValueKind() == JsonValueKind.String)
        {
            return "s:" + entry.GetValue<string>();
        }

        return WholeNumber(entry) is { } whole
            ? "n:" + whole.ToString(CultureInfo.InvariantCulture)
            : "f:" + double.Parse(entry.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>A number with an integral value, or a boolean as Python's int (1, 0); null for anything else.</summary>
    private static decimal? WholeNumber(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.True:
                return 1;
            case JsonValueKind.False:
                return 0;
            case JsonValueKind.Number:
                return decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number)
                    ? decimal.Truncate(number)
                    : null;
            default:
                return null;
        }
    }
}
