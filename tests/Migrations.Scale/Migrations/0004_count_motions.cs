using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.Scale.M0004;

/// <summary>Benchmark step 4 (model migration): stamps every live motion with its meeting's motion count, streamed.</summary>
[TargetMigrationIndex(5)]
public sealed class Migration : ModelMigration
{
    protected override async IAsyncEnumerable<RequestEvent> StreamEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var counts = new Dictionary<long, int>();
        var alive = new FilterOperator("meta_deleted", "!=", true);
        await foreach (var (_, motion) in Reader.StreamAsync("motion", alive, ["meeting_id"], cancellationToken))
        {
            var meeting = motion["meeting_id"]?.GetValue<long>() ?? 0;
            counts[meeting] = counts.GetValueOrDefault(meeting) + 1;
        }

        await foreach (var (id, motion) in Reader.StreamAsync("motion", alive, ["meeting_id"], cancellationToken))
        {
            var meeting = motion["meeting_id"]?.GetValue<long>() ?? 0;
            yield return new UpdateRequestEvent($"motion/{id}", new JsonObject { ["meeting_motion_count"] = counts[meeting] });
        }
    }
}
