using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0050;

/// <summary>
/// Gives every motion with a text hash (<see cref="MotionTextHash.ForMotion"/>: the backend's hash of its HTML text,
/// or of its amendment paragraphs) <c>text_hash</c> and <c>identical_motion_ids</c>: the other motions with the same
/// meeting, the same lead motion (or none) and the same hash, in read order. Motions without a hash are left alone.
/// Updates are written group by group, groups in the order their first motion is read, streamed as the one request
/// upstream writes (only the groups' ids are held).
/// <para>Kept from upstream: an existing <c>text_hash</c> or <c>identical_motion_ids</c> is overwritten; a motion that
/// has a hash but no identical motion gets <c>identical_motion_ids: []</c>. In the database deleted motions are not
/// read; in memory every motion of the import is.</para>
/// <para>Deliberate differences: a motion without <c>meeting_id</c> (KeyError upstream) is grouped under a missing
/// meeting id, with the other such motions. Where upstream's hash raises (markup that <c>html.parser</c> rejects, a
/// text or paragraph that is no string, paragraphs that are no object), the migration fails as upstream's does, but
/// with one message that names every such motion and why.</para>
/// </summary>
[TargetMigrationIndex(51)]
public sealed class Migration : ModelMigration
{
    protected override bool StreamsOneRequest => true;

    protected override async IAsyncEnumerable<RequestEvent> StreamEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var groups = new OrderedDictionary<(string MeetingId, string LeadMotionId, string Hash), List<int>>();
        var errors = new List<string>();
        await foreach (var (id, motion) in Reader.StreamAllAsync("motion", cancellationToken: cancellationToken))
        {
            string? hash;
            try
            {
                hash = MotionTextHash.ForMotion(motion);
            }
            catch (FormatException e)
            {
                errors.Add($"{DatastoreKeys.Fqid("motion", id)}: {e.Message}");
                continue;
            }

            if (hash is null)
            {
                continue;
            }

            // Python compares the key's values: by JSON value here, a missing value and null alike.
            (string MeetingId, string LeadMotionId, string Hash) key = (Key(motion["meeting_id"]), Key(motion["lead_motion_id"]), hash);
            if (!groups.TryGetValue(key, out var ids))
            {
                ids = [];
                groups.Add(key, ids);
            }

            ids.Add(id);
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The text hash of these motions cannot be computed (upstream's migration fails on them too):\n" + string.Join("\n", errors));
        }

        foreach (var (key, ids) in groups)
        {
            foreach (var id in ids)
            {
                yield return new UpdateRequestEvent(DatastoreKeys.Fqid("motion", id), new JsonObject
                {
                    ["text_hash"] = key.Hash,
                    ["identical_motion_ids"] = JsonIds.Array(ids.Where(other => other != id)),
                });
            }
        }
    }

    private static string Key(JsonNode? value) => value?.ToJsonString() ?? "null";
}
