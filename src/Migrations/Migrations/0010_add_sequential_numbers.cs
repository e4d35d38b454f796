using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;

namespace Migrations.M0010;

/// <summary>
/// Numbers the models of ten collections per meeting: every create gets <c>sequential_number</c>, one more than the
/// highest number of its collection in its meeting so far. The counters live across positions; they start from
/// the new accessor (deleted models included) the first time they are needed, so a resumed run continues the
/// numbering where the previous one stopped.
/// </summary>
[TargetMigrationIndex(11)]
public sealed class Migration : EventMigration
{
    private const string Field = "sequential_number";

    private static readonly string[] Collections =
    [
        "assignment", "motion_block", "motion_category", "motion_workflow", "poll", "projector", "topic",
        "list_of_speakers", "motion_statute_paragraph", "motion_comment_section",
    ];

    /// <summary>Per collection: meeting id → highest number given so far. Null until first needed.</summary>
    private Dictionary<string, Dictionary<int, int>>? _highest;

    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        if (@event is not CreateEvent create || Array.IndexOf(Collections, create.Collection) < 0)
        {
            return null;
        }

        _highest ??= CountersFromNewAccessor();
        var perMeeting = _highest[create.Collection];
        var meeting = MeetingId(create.Fqid, create.Data);
        var next = perMeeting.GetValueOrDefault(meeting) + 1;
        perMeeting[meeting] = next;
        create.Data[Field] = next;
        return [create];
    }

    private Dictionary<string, Dictionary<int, int>> CountersFromNewAccessor()
    {
        var highest = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var collection in Collections)
        {
            var perMeeting = highest[collection] = [];
            foreach (var id in NewAccessor.GetAllIdsForCollection(collection, includeDeleted: true))
            {
                var fqid = $"{collection}/{id}";
                var (model, _) = NewAccessor.GetModelIgnoreDeleted(fqid);
                var meeting = MeetingId(fqid, model);
                var number = model[Field]?.GetValue<int>() ?? 0;
                if (perMeeting.GetValueOrDefault(meeting) < number)
                {
                    perMeeting[meeting] = number;
                }
            }
        }

        return highest;
    }

    private static int MeetingId(string fqid, JsonObject data) =>
        data["meeting_id"] is JsonValue value && value.TryGetValue<int>(out var id)
            ? id
            : throw new InvalidOperationException($"{fqid} has no integer meeting_id, so it cannot be numbered within its meeting");
}
