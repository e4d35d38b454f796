extern alias scale;

using Migrations.Generated;
using Migrations.Runtime.Engine;
using scale::Migrations.Scale;

namespace Migrations.Runtime.Tests.OpenSlides;

/// <summary>The whole chain of ported OpenSlides migrations over data it was not written for.</summary>
public class ChainTests(DatabaseFixture database) : BackendMigrationTest(database)
{
    [Fact]
    public async Task The_whole_chain_migrates_and_finalizes_the_synthetic_datastore_consistently()
    {
        Options = new MigrationOptions();
        await new SyntheticDatastore(1500, 2026).WriteAsync(DataSource, default);
        var positions = await Scalar<long>("SELECT count(*) FROM positions");
        var migrations = GeneratedMigrations.All.ToArray();
        Assert.Equal(44, GeneratedMigrations.TargetMigrationIndex);

        await Handler(migrations).MigrateAsync();
        await Handler(migrations).FinalizeAsync();

        await AssertFinalized(44);
        Assert.Equal(positions, await Scalar<long>("SELECT count(*) FROM positions"));
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
}
