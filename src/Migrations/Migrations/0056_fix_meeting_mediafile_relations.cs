using System.Globalization;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Writing;
using Migrations.Shared;

namespace Migrations.M0056;

/// <summary>
/// Rebuilds the group side of the meeting mediafile access relations that 0054 left behind: every live group gets
/// <c>meeting_mediafile_access_group_ids</c> and <c>meeting_mediafile_inherited_access_group_ids</c> recomputed from
/// the live meeting mediafiles' <c>access_group_ids</c> and <c>inherited_access_group_ids</c> (in meeting mediafile
/// read order, an empty list where none refers to the group, a repeated group id repeating the entry), and loses
/// <c>mediafile_access_group_ids</c> and <c>mediafile_inherited_access_group_ids</c>. Upstream updates every group,
/// changed or not; so does this port. Deliberate differences, for data upstream crashes on: a group id that names
/// no live group (upstream: KeyError) is skipped, and a relation value that is not a list counts as empty (upstream:
/// TypeError when truthy); the ids are the fqids' ids, which upstream reads from the <c>id</c> fields (the same for
/// well-formed data).
/// </summary>
[TargetMigrationIndex(57)]
public sealed class Migration : ModelMigration
{
    private static readonly string[] GroupFields = ["access_group_ids", "inherited_access_group_ids"];

    protected override async Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken)
    {
        var groups = new Dictionary<int, Dictionary<string, List<int>>>();
        foreach (var id in (await Reader.GetAllAsync("group", ["id"], cancellationToken)).Keys)
        {
            groups[id] = GroupFields.ToDictionary(f => "meeting_mediafile_" + f, _ => new List<int>(), StringComparer.Ordinal);
        }

        await foreach (var (id, meetingMediafile) in Reader.StreamAllAsync("meeting_mediafile", ["id", .. GroupFields], cancellationToken))
        {
            foreach (var field in GroupFields)
            {
                if (meetingMediafile[field] is not JsonArray groupIds)
                {
                    continue;
                }

                foreach (var groupId in groupIds)
                {
                    if (groupId is JsonValue value && value.TryGetValue<int>(out var group) && groups.TryGetValue(group, out var lists))
                    {
                        lists["meeting_mediafile_" + field].Add(id);
                    }
                }
            }
        }

        var events = new List<RequestEvent>();
        foreach (var (id, lists) in groups)
        {
            var fields = new JsonObject();
            foreach (var field in GroupFields)
            {
                fields["mediafile_" + field] = null;
            }

            foreach (var (field, ids) in lists)
            {
                fields[field] = JsonIds.Array(ids);
            }

            events.Add(new UpdateRequestEvent($"group/{id.ToString(CultureInfo.InvariantCulture)}", fields));
        }

        return events;
    }
}
