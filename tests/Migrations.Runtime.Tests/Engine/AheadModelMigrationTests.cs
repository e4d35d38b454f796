using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Database;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.Tests.Engine;

/// <summary>
/// A streamed model migration whose reads do not see its writes (<c>ReadsDoNotSeeItsWrites</c>, as 0069): the engine
/// takes its next chunk on a task of its own while it writes the last one, the reads and the writes taking turns on
/// the one connection of finalize's transaction. Its rows are those of the same migration in turn, and a failure on
/// either side is reported as it is in turn.
/// </summary>
public class AheadModelMigrationTests(DatabaseFixture database) : EngineTest(database)
{
    // Reads the a's through a cursor (pages of 1,000 between writes) and one a now and then, and writes b's, list
    // additions to c/1 and updates of a's it has already read: nothing it reads changes by what it writes.
    private sealed class CopiesEveryA(bool ahead, int? failAfter = null, bool createExisting = false) : ModelMigration
    {
        protected override bool ReadsDoNotSeeItsWrites => ahead;

        protected override async IAsyncEnumerable<RequestEvent> StreamEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var count = 0;
            await foreach (var (id, model) in Reader.StreamAsync("a", null, ["w"], cancellationToken))
            {
                var w = model["w"]!.GetValue<int>();
                if (id % 97 == 0)
                {
                    // A read between two events, while earlier chunks are written.
                    var again = await Reader.GetAsync($"a/{id}", ["w"], cancellationToken);
                    Assert.Equal(w, again["w"]!.GetValue<int>());
                    Assert.True(await Reader.ModelExistsAsync($"a/{id}", cancellationToken));
                }

                yield return new CreateRequestEvent(createExisting && id == 1500 ? "a/3" : $"b/{id}", new JsonObject { ["w"] = w, ["a_id"] = id });
                yield return new UpdateRequestEvent("c/1", null, new JsonObject { ["b_ids"] = new JsonArray(id) });
                if (id % 3 == 0)
                {
                    yield return new UpdateRequestEvent($"a/{id}", new JsonObject { ["copied"] = true });
                }

                if (++count == failAfter)
                {
                    throw new InvalidOperationException($"stopped after {count} a's");
                }
            }
        }
    }

    private async Task<string[]> Finalize(bool ahead)
    {
        await DatastoreSchema.TruncateAsync(DataSource);
        await Write([.. Enumerable.Range(1, 2500).Select(i => $$$"""{"type": "create", "fqid": "a/{{{i}}}", "fields": {"w": {{{i * 3}}}}}""")]);
        await Write("""{"type": "create", "fqid": "c/1", "fields": {"b_ids": []}}""");
        await SetMigrationIndexTo1();
        Options = Options with { ModelMigrationChunk = 7 };
        await Handler(new MigrationDescriptor(2, "CopiesEveryA", MigrationKind.Model, () => new CopiesEveryA(ahead))).FinalizeAsync();
        await AssertFinalized(2);
        await AssertReplayEqualsModels();
        return [
            .. (await Rows("SELECT position, fqid, type::text, data::text, weight FROM events WHERE position > 2 ORDER BY id")).Select(r => string.Join("|", r)),
            .. (await Rows("SELECT fqid, data::text, deleted FROM models ORDER BY ctid")).Select(r => string.Join("|", r)),
        ];
    }

    [Fact]
    public async Task Written_a_chunk_ahead_it_leaves_the_events_and_models_of_the_run_in_turn()
    {
        var inTurn = await Finalize(ahead: false);
        var ahead = await Finalize(ahead: true);
        Assert.Equal(inTurn.Length, ahead.Length);
        Assert.Equal(inTurn, ahead);
        // 2,500 creates, 2,500 additions, 833 updates in one position; c/1 holds every b.
        Assert.Equal(5833, inTurn.Count(r => r.StartsWith("3|", StringComparison.Ordinal)));
        Assert.Equal(2500, (await ReadModel("c/1"))["b_ids"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_failure_of_the_migration_while_chunks_are_written_is_reported_and_nothing_is_kept()
    {
        await Write([.. Enumerable.Range(1, 2500).Select(i => $$$"""{"type": "create", "fqid": "a/{{{i}}}", "fields": {"w": {{{i}}}}}""")]);
        await Write("""{"type": "create", "fqid": "c/1", "fields": {"b_ids": []}}""");
        await SetMigrationIndexTo1();
        Options = Options with { ModelMigrationChunk = 7 };
        var e = await Assert.ThrowsAsync<MigrationFailedException>(() =>
            Handler(new MigrationDescriptor(2, "CopiesEveryA", MigrationKind.Model, () => new CopiesEveryA(ahead: true, failAfter: 1200))).FinalizeAsync());
        Assert.IsType<InvalidOperationException>(e.InnerException);
        Assert.Contains("stopped after 1200 a's", e.Message, StringComparison.Ordinal);
        await AssertCount("positions", 2);
        await AssertCount("models", 2501);
        Assert.Equal(1, await Scalar<int>("SELECT max(migration_index) FROM positions"));
    }

    [Fact]
    public async Task A_failure_of_the_writer_is_the_one_reported_while_the_migration_reads_ahead()
    {
        await Write([.. Enumerable.Range(1, 2500).Select(i => $$$"""{"type": "create", "fqid": "a/{{{i}}}", "fields": {"w": {{{i}}}}}""")]);
        await Write("""{"type": "create", "fqid": "c/1", "fields": {"b_ids": []}}""");
        await SetMigrationIndexTo1();
        Options = Options with { ModelMigrationChunk = 7 };
        var e = await Assert.ThrowsAsync<MigrationFailedException>(() =>
            Handler(new MigrationDescriptor(2, "CopiesEveryA", MigrationKind.Model, () => new CopiesEveryA(ahead: true, createExisting: true))).FinalizeAsync());
        Assert.IsType<ModelExistsException>(e.InnerException);
        await AssertCount("positions", 2);
        await AssertCount("models", 2501);
        Assert.False((await ReadModel("a/3")).ContainsKey("copied"));
    }
}
