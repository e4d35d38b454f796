using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;

namespace Migrations.Shared;

/// <summary>
/// Numbers the models of some collections per meeting (used by 0010 and 0020): every create gets
/// <c>sequential_number</c>, one more than the highest number of its collection in its meeting so far; a value
/// the create already carries is overwritten. The counters live across positions; they start from the new
/// accessor (deleted models included) the first time they are needed, so a resumed run continues the numbering
/// where the previous one stopped.
/// </summary>
public abstract class SequentialNumberingMigration(params string[] collections) : EventMigration
{
    private const string Field = "sequential_number";

    /// <summary>Per collection: meeting id → highest number given so far. Null until first needed.</summary>
    private Dictionary<string, Dictionary<int, int>>? _highest;

    /// <inheritdoc/>
    protected override IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        if (@event is not CreateEvent create || Array.IndexOf(collections, create.Collection) < 0)
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
        foreach (var collection in collections)
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
