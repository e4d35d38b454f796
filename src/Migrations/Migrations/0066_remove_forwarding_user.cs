using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Keys;
using Migrations.Runtime.Writing;

namespace Migrations.M0066;

/// <summary>
/// Removes the forwarding user relation: <c>user/forwarding_committee_ids</c> and <c>committee/forwarding_user_id</c>
/// are deleted from every live model that has the field as a key, users first, then committees, each in read order.
/// Kept from upstream: the test is "the key is there", and upstream's database reader returns every requested field
/// as a key (null where the model lacks it), so on the database path every live user and every live committee gets
/// an update, with the field or without; in memory only the models that have the key (a null value counts) do.
/// The models come out the same either way. No live user or committee, no position. The events are streamed as the one request upstream writes.
/// </summary>
[TargetMigrationIndex(67)]
public sealed class Migration : ModelMigration
{
    private static readonly (string Collection, string Field)[] Relations =
    [
        ("user", "forwarding_committee_ids"),
        ("committee", "forwarding_user_id"),
    ];

    protected override bool StreamsOneRequest => true;

    protected override async IAsyncEnumerable<RequestEvent> StreamEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var (collection, field) in Relations)
        {
            await foreach (var (id, model) in Reader.StreamAllAsync(collection, ["id", field], cancellationToken))
            {
                if (model.ContainsKey(field))
                {
                    yield return new UpdateRequestEvent(DatastoreKeys.Fqid(collection, id), new JsonObject { [field] = null });
                }
            }
        }
    }
}
