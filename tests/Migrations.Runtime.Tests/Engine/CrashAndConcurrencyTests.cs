using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Authoring.Premade;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Writing;
using Xunit.Abstractions;

namespace Migrations.Runtime.Tests.Engine;

/// <summary>
/// Hardening beyond upstream: a run cut short at any point (every fail point of migrate and finalize: between the
/// statements of a batch, between the steps of finalize, inside model migrations) and then run again ends exactly
/// like an uninterrupted run; runs started at once apply each migration once; a held lock is reported clearly.
/// </summary>
public class CrashAndConcurrencyTests(DatabaseFixture database, ITestOutputHelper output) : EngineTest(database)
{
    private sealed class Crash(string point) : Exception($"crash at {point}");

    private sealed class RenameTitle() : RenameFieldMigration("motion", "title", "name");

    private sealed class AddWeight() : AddFieldMigration("motion", "weight", null)
    {
        protected override JsonNode? GetDefault(CreateEvent @event) => @event.Id * 10;
    }

    private static MigrationDescriptor[] Chain() =>
    [
        TestMigrations.Noop(2),
        new(3, "RenameTitle", MigrationKind.Event, () => new RenameTitle()),
        new(4, "AddWeight", MigrationKind.Event, () => new AddWeight()),
        TestMigrations.Model(async reader =>
        {
            var motions = await reader.GetAllAsync("motion", ["weight"]);
            return [.. motions.Select(m => (RequestEvent)new UpdateRequestEvent($"motion/{m.Key}", new JsonObject { ["weight_doubled"] = m.Value["weight"]!.GetValue<int>() * 2 }))];
        }, 5),
    ];

    private async Task WriteScenario()
    {
        await DataSourceReset();
        for (var i = 1; i <= 6; i++)
        {
            await Write($$$"""{"type": "create", "fqid": "motion/{{{i}}}", "fields": {"title": "m{{{i}}}", "tags": [1]}}""");
        }

        await Write("""{"type": "update", "fqid": "motion/2", "fields": {"title": "changed", "tags": null}}""", """{"type": "create", "fqid": "user/1", "fields": {"motion_ids": [1]}}""");
        await Write("""{"type": "update", "fqid": "motion/3", "list_fields": {"add": {"tags": [2, 3]}, "remove": {"tags": [1]}}}""");
        await Write("""{"type": "delete", "fqid": "motion/4"}""");
        await Write("""{"type": "restore", "fqid": "motion/4"}""");
        await Write("""{"type": "delete", "fqid": "motion/5"}""");
        await Write("""{"type": "update", "fqid": "user/1", "list_fields": {"add": {"motion_ids": [2, 3]}}}""");
        await SetMigrationIndexTo1();
    }

    private Task DataSourceReset() => Database.DataSource.CreateCommand(
        "TRUNCATE positions, events, id_sequences, collectionfields, events_to_collectionfields, models, migration_keyframes, migration_keyframe_models, migration_events, migration_positions RESTART IDENTITY CASCADE")
        .ExecuteNonQueryAsync();

    private async Task<string> Snapshot()
    {
        var parts = new List<string>();
        foreach (var sql in new[]
                 {
                     "SELECT fqid, data::text, deleted FROM models ORDER BY fqid",
                     "SELECT position, fqid, type::text, data::text, weight FROM events ORDER BY position, weight",
                     "SELECT position, migration_index, user_id, information::text FROM positions ORDER BY position",
                     "SELECT collection, id FROM id_sequences ORDER BY collection",
                     "SELECT count(*) FROM migration_events", "SELECT count(*) FROM migration_positions", "SELECT count(*) FROM migration_keyframes",
                 })
        {
            parts.AddRange((await Rows(sql)).Select(r => string.Join("|", r)));
        }

        await AssertReplayEqualsModels();
        return string.Join("\n", parts);
    }

    private MigrationHandler CrashingHandler(int crashAt, List<string> reached) => new(DataSource, Chain(), new MigrationLogger(_ => { }), Options with
    {
        FailPoint = point =>
        {
            reached.Add(point);
            return reached.Count == crashAt ? throw new Crash(point) : ValueTask.CompletedTask;
        },
    });

    [Fact]
    public async Task A_run_cut_short_at_any_point_resumes_to_the_same_result()
    {
        Options = new MigrationOptions { PageSize = 3, BatchPositions = 2, CheckpointInterval = TimeSpan.Zero };
        await WriteScenario();
        var reachedMigrate = new List<string>();
        var reachedFinalize = new List<string>();
        await CrashingHandler(int.MaxValue, reachedMigrate).MigrateAsync();
        await CrashingHandler(int.MaxValue, reachedFinalize).FinalizeAsync();
        var expected = await Snapshot();
        Assert.True(reachedMigrate.Count >= 20, $"only {reachedMigrate.Count} fail points in migrate");
        Assert.Contains("finalize:swap", reachedFinalize);

        var tried = new List<string>();
        // Every fail point of migrate, then every fail point of a finalize that follows a completed migrate.
        foreach (var (phase, count) in new[] { ("migrate", reachedMigrate.Count), ("finalize", reachedFinalize.Count) })
        {
            for (var k = 1; k <= count; k++)
            {
                await WriteScenario();
                if (phase == "finalize")
                {
                    await Handler(Chain()).MigrateAsync();
                }

                var reached = new List<string>();
                var crashing = CrashingHandler(k, reached);
                var e = await Record.ExceptionAsync(() => phase == "migrate" ? crashing.MigrateAsync() : crashing.FinalizeAsync());
                Assert.NotNull(e);
                tried.Add($"{phase}#{k}:{reached[^1]}");

                if (phase == "finalize")
                {
                    // A finalize cut short changes nothing: the positions still have their old index.
                    Assert.Equal(1, await Scalar<int>("SELECT max(migration_index) FROM positions"));
                }

                await Handler(Chain()).FinalizeAsync();
                var actual = await Snapshot();
                Assert.True(expected == actual, $"different result after a crash at {tried[^1]} ({string.Join(", ", reached)}):\n"
                    + string.Join("\n", expected.Split('\n').Except(actual.Split('\n')).Select(l => "- " + l).Concat(actual.Split('\n').Except(expected.Split('\n')).Select(l => "+ " + l))));
            }
        }

        Assert.True(tried.Count >= 30, string.Join(", ", tried));
        output.WriteLine($"{tried.Count} crash points tried ({reachedMigrate.Count} in migrate, {reachedFinalize.Count} in finalize); every re-run ended identical.");
    }

    [Fact]
    public async Task Runs_started_at_once_apply_each_migration_once()
    {
        Options = new MigrationOptions { PageSize = 3, BatchPositions = 2, CheckpointInterval = TimeSpan.Zero, LockTimeout = TimeSpan.FromMinutes(1) };
        await WriteScenario();
        var calls = new ConcurrentDictionary<(int Position, string Fqid, EventType Type), int>();
        MigrationDescriptor Counting() => TestMigrations.Event((e, m) =>
        {
            calls.AddOrUpdate((m.Position.Position, e.Fqid, e.Type), 1, (_, n) => n + 1);
            return null;
        });

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => Handler(Counting()).FinalizeAsync())));
        Assert.NotEmpty(calls);
        Assert.All(calls, c => Assert.Equal(1, c.Value));
        await AssertFinalized(2);
    }

    [Fact]
    public async Task A_second_run_reports_the_held_lock_after_its_wait()
    {
        await WriteScenario();
        using var entered = new SemaphoreSlim(0);
        using var release = new SemaphoreSlim(0);
        var blocking = Handler(TestMigrations.Event(e =>
        {
            if (e.Fqid == "motion/1")
            {
                entered.Release();
                release.Wait();
            }

            return null;
        }));
        var first = Task.Run(() => blocking.MigrateAsync());
        await entered.WaitAsync();
        try
        {
            Options = new MigrationOptions { LockTimeout = TimeSpan.FromMilliseconds(300) };
            var e = await Assert.ThrowsAsync<MigrationLockException>(() => Handler(TestMigrations.Noop()).FinalizeAsync());
            Assert.Equal("Another migration run holds the migration lock and did not release it within 0.3 s.", e.Message);
            Options = new MigrationOptions { LockTimeout = TimeSpan.Zero };
            e = await Assert.ThrowsAsync<MigrationLockException>(() => Handler(TestMigrations.Noop()).ResetAsync());
            Assert.Equal("Another migration run holds the migration lock; try again when it has finished.", e.Message);
        }
        finally
        {
            release.Release();
        }

        await first;
        Options = new MigrationOptions { LockTimeout = TimeSpan.Zero };
        await Handler(TestMigrations.Noop()).FinalizeAsync();
        await AssertFinalized(2);
    }

    [Fact]
    public async Task Positions_written_while_migrating_are_picked_up_by_the_next_run_and_finalize()
    {
        await WriteScenario();
        var handler = Handler(Chain());
        await handler.MigrateAsync();
        await Write("""{"type": "create", "fqid": "motion/7", "fields": {"title": "late"}}""");
        await Write("""{"type": "update", "fqid": "motion/1", "fields": {"title": "later"}}""");
        Assert.Equal(MigrationState.MigrationRequired, await handler.GetMigrationStateAsync());
        await handler.MigrateAsync();
        await Write("""{"type": "delete", "fqid": "motion/6"}""");
        await handler.FinalizeAsync();
        await AssertFinalized(5);
        await AssertModel("motion/7", """{"name": "late", "weight": 70, "weight_doubled": 140, "meta_deleted": false, "meta_position": 16}""");
        await AssertModel("motion/1", """{"name": "later", "tags": [1], "weight": 10, "weight_doubled": 20, "meta_deleted": false, "meta_position": 16}""");
        await AssertModel("motion/6", """{"name": "m6", "tags": [1], "weight": 60, "meta_deleted": true, "meta_position": 15}""");
        await AssertReplayEqualsModels();
    }
}
