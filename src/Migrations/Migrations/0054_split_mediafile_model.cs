using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0054;

/// <summary>
/// Splits the meeting data off the mediafile: each live mediafile owned by a meeting gets a
/// <c>meeting_mediafile</c> with the same id holding its 22 meeting fields (<see cref="SplitFields"/>, plus its
/// <c>id</c>, <c>meeting_id</c> and <c>mediafile_id</c>); the mediafile loses those fields and gets
/// <c>meeting_mediafile_ids: [id]</c>, and each such meeting gets <c>meeting_mediafile_ids</c> (set, not added to) in
/// mediafile read order. Every other mediafile only loses the split fields. Then <c>content_object_id</c>
/// <c>mediafile/x</c> becomes <c>meeting_mediafile/x</c> on lists of speakers and projections, and
/// <c>attachment_ids</c> moves to <c>attachment_meeting_mediafile_ids</c> on topics, motions and assignments.
/// Events come in upstream's order: per mediafile (create, update), then the meetings, the content objects, the
/// attachments. Upstream behaviour kept: the fields removed are those the read model has as keys, so on the database
/// path (where every mapped field comes back, null when absent) each mediafile update deletes all 22 fields and
/// every topic, motion and assignment is updated, while in memory only present fields and models with
/// <c>attachment_ids</c> are. A mediafile not owned by a meeting that carries a truthy meeting field (other than
/// <c>is_public</c>) fails the migration, naming it, and nothing is written (upstream: an AssertionError). The events are streamed
/// as the one request upstream writes (only the meetings' mediafile ids are held).
/// Deliberate differences, for data upstream crashes on: a mediafile without a string <c>owner_id</c> is treated as
/// not owned by a meeting (upstream: KeyError in memory, AttributeError in the database); an owner <c>meeting/x</c>
/// whose x is not an integer fails naming the mediafile (upstream: ValueError/IndexError); a non-string
/// <c>content_object_id</c> is left alone (upstream: AttributeError); a mediafile update with no field to remove
/// (possible only in memory) is left out (upstream: "No fields are given"); the ids in the meetings'
/// <c>meeting_mediafile_ids</c> are the fqids' ids, which upstream reads from the <c>id</c> field (the same for
/// well-formed data).
/// </summary>
[TargetMigrationIndex(55)]
public sealed class Migration : ModelMigration
{
    private static readonly string[] SplitFields =
    [
        "is_public",
        "inherited_access_group_ids",
        "access_group_ids",
        "list_of_speakers_id",
        "projection_ids",
        "attachment_ids",
        "used_as_logo_projector_main_in_meeting_id",
        "used_as_logo_projector_header_in_meeting_id",
        "used_as_logo_web_header_in_meeting_id",
        "used_as_logo_pdf_header_l_in_meeting_id",
        "used_as_logo_pdf_header_r_in_meeting_id",
        "used_as_logo_pdf_footer_l_in_meeting_id",
        "used_as_logo_pdf_footer_r_in_meeting_id",
        "used_as_logo_pdf_ballot_paper_in_meeting_id",
        "used_as_font_regular_in_meeting_id",
        "used_as_font_italic_in_meeting_id",
        "used_as_font_bold_in_meeting_id",
        "used_as_font_bold_italic_in_meeting_id",
        "used_as_font_monospace_in_meeting_id",
        "used_as_font_chyron_speaker_name_in_meeting_id",
        "used_as_font_projector_h1_in_meeting_id",
        "used_as_font_projector_h2_in_meeting_id",
    ];

    private static readonly string[] ContentObjectCollections = ["list_of_speakers", "projection"];

    private static readonly string[] AttachmentCollections = ["topic", "motion", "assignment"];

    protected override bool StreamsOneRequest => true;

    protected override async IAsyncEnumerable<RequestEvent> StreamEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var meetingMediafileIds = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        await foreach (var (id, mediafile) in Reader.StreamAllAsync("mediafile", ["id", "owner_id", .. SplitFields], cancellationToken))
        {
            var fqid = Fqid("mediafile", id);
            var ownerNode = mediafile["owner_id"];
            var owner = ownerNode is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
            mediafile.Remove("owner_id");
            var removed = new JsonObject();
            foreach (var field in SplitFields.Where(mediafile.ContainsKey))
            {
                removed[field] = null;
            }

            if (owner is not null && owner.Split('/')[0] == "meeting")
            {
                var meetingId = MeetingId(owner, fqid);
                if (!meetingMediafileIds.TryGetValue(owner, out var ids))
                {
                    meetingMediafileIds[owner] = ids = [];
                }

                ids.Add(id);
                var meetingMediafile = (JsonObject)mediafile.DeepClone();
                meetingMediafile["meeting_id"] = meetingId;
                meetingMediafile["mediafile_id"] = id;
                yield return new CreateRequestEvent(Fqid("meeting_mediafile", id), meetingMediafile);
                removed["meeting_mediafile_ids"] = new JsonArray(id);
                yield return new UpdateRequestEvent(fqid, removed);
            }
            else
            {
                var meetingField = SplitFields.FirstOrDefault(f => f != "is_public" && PythonTruth.IsTruthy(mediafile[f]));
                if (meetingField is not null)
                {
                    throw new InvalidOperationException(
                        $"{fqid} is not owned by a meeting (owner_id {ownerNode?.ToJsonString() ?? "missing"}) "
                        + $"but has the meeting field {meetingField}: {mediafile[meetingField]!.ToJsonString()}");
                }

                if (removed.Count > 0)
                {
                    yield return new UpdateRequestEvent(fqid, removed);
                }
            }
        }

        foreach (var (meetingFqid, ids) in meetingMediafileIds)
        {
            yield return new UpdateRequestEvent(meetingFqid, new JsonObject { ["meeting_mediafile_ids"] = JsonIds.Array(ids) });
        }

        foreach (var collection in ContentObjectCollections)
        {
            await foreach (var (id, model) in Reader.StreamAllAsync(collection, ["id", "content_object_id"], cancellationToken))
            {
                if (model["content_object_id"] is JsonValue content && content.GetValueKind() == JsonValueKind.String
                    && content.GetValue<string>() is { Length: > 0 } contentFqid && contentFqid.Split('/')[0] == "mediafile")
                {
                    yield return new UpdateRequestEvent(Fqid(collection, id), new JsonObject { ["content_object_id"] = "meeting_" + contentFqid });
                }
            }
        }

        foreach (var collection in AttachmentCollections)
        {
            await foreach (var (id, model) in Reader.StreamAllAsync(collection, ["id", "attachment_ids"], cancellationToken))
            {
                if (model.TryGetPropertyValue("attachment_ids", out var attachments))
                {
                    yield return new UpdateRequestEvent(Fqid(collection, id), new JsonObject
                    {
                        ["attachment_meeting_mediafile_ids"] = attachments?.DeepClone(),
                        ["attachment_ids"] = null,
                    });
                }
            }
        }
    }

    private static string Fqid(string collection, int id) => $"{collection}/{id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The id of <c>meeting/x</c> as upstream's <c>int(owner.split("/")[1])</c> reads it.</summary>
    private static int MeetingId(string owner, string fqid)
    {
        var parts = owner.Split('/');
        return parts.Length > 1 && int.TryParse(parts[1], NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new InvalidOperationException($"{fqid} has the owner_id '{owner}', which names no meeting id");
    }
}
