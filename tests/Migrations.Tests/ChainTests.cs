extern alias scale;

using Migrations.Generated;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Engine;
using scale::Migrations.Scale;

namespace Migrations.Tests;

/// <summary>The whole chain of ported OpenSlides migrations, event and model migrations, over data it was not written for.</summary>
public class ChainTests(DatabaseFixture database) : BackendMigrationTest(database)
{

    [Fact]
    public async Task The_whole_chain_migrates_and_finalizes_the_synthetic_datastore_consistently()
    {
        Options = new MigrationOptions();
        await new SyntheticDatastore(1500, 2026).WriteAsync(DataSource, default);
        var positions = await Scalar<long>("SELECT count(*) FROM positions");
        var migrations = GeneratedMigrations.All.ToArray();
        Assert.Equal(GeneratedMigrations.TargetMigrationIndex, migrations[^1].TargetMigrationIndex);

        await Handler(migrations).MigrateAsync();
        await Handler(migrations).FinalizeAsync();

        await AssertFinalized(GeneratedMigrations.TargetMigrationIndex);
        // The history is kept; each model migration that wrote something added one position (user 0, no information).
        Assert.Equal(positions, await Scalar<long>($"SELECT count(*) FROM positions WHERE position <= {positions}"));
        var added = await Rows($"SELECT user_id, information::text FROM positions WHERE position > {positions}");
        Assert.InRange(added.Count, 1, migrations.Count(m => m.Kind == MigrationKind.Model));
        Assert.All(added, row => Assert.Equal([0, "null"], row));
        await AssertReplayEqualsModels();

        // Every created user belongs to organization/1 (0029), whose list holds only users that were created. (A
        // restored user is not listed again: upstream's 0029 only removes on delete.)
        var users = (await CurrentModels()).Where(m => m.Key.StartsWith("user/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(users);
        Assert.All(users, user => Assert.Equal(1, (int?)user.Value.Data["organization_id"]));
        var organization = await ReadModel("organization/1");
        var listed = organization["user_ids"]!.AsArray().Select(id => $"user/{(int)id!}").ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, fqid => Assert.Contains(users, user => user.Key == fqid));
        Assert.Equal("en", (string?)organization["default_language"]);
    }

    [Fact]
    public async Task Keyframes_that_keep_no_model_in_memory_and_runs_cut_short_give_the_same_result()
    {
        var migrations = GeneratedMigrations.All.ToArray();
        Options = new MigrationOptions();
        await new SyntheticDatastore(1200, 7).WriteAsync(DataSource, default);
        await Handler(migrations).FinalizeAsync();
        var expected = await Fingerprint();

        // Again: every model is evicted after every batch (read back from the keyframe tables when needed), and
        // the run is cut short after every 7th batch and started again.
        await new SyntheticDatastore(1200, 7).WriteAsync(DataSource, default);
        var batches = 0;
        var cuts = 0;
        Options = new MigrationOptions
        {
            KeyframeCacheBytes = 0,
            CheckpointInterval = TimeSpan.Zero,
            PageSize = 40,
            BatchPositions = 25,
            FailPoint = point => point == "migrate:flush:committed" && ++batches % 7 == 0 ? throw new InvalidOperationException("cut") : ValueTask.CompletedTask,
        };
        while (await Record.ExceptionAsync(() => Handler(migrations).MigrateAsync()) is InvalidOperationException)
        {
            cuts++;
        }

        await Handler(migrations).FinalizeAsync();
        Assert.True(cuts >= 3, $"{cuts} cuts");
        Assert.Equal(expected, await Fingerprint());
        await AssertReplayEqualsModels();
    }

    private async Task<string> Fingerprint()
    {
        var rows = await Rows("SELECT fqid, data::text, deleted FROM models ORDER BY fqid");
        rows.AddRange(await Rows("SELECT position, fqid, type::text, data::text, weight FROM events ORDER BY position, weight"));
        return string.Join("\n", rows.Select(r => string.Join("|", r)));
    }
}
