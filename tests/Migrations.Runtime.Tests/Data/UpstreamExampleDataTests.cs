using System.Text.Json.Nodes;
using Migrations.Runtime.Tests.Tool;

namespace Migrations.Runtime.Tests.Data;

/// <summary>
/// OpenSlides' own example data as the backend published it (global/data/example-data.json at commits b18ee4cf6f,
/// MI 21, and 78c58fcbae, MI 37): both have motion states with a key twice (<c>allow_support</c>,
/// <c>allow_create_poll</c>: true, then false). Upstream's Python keeps the last value; so does the tool, on the
/// database path and in memory, and it says so once.
/// </summary>
public sealed class UpstreamExampleDataTests(DatabaseFixture database) : DatabaseTest(database)
{
    public static TheoryData<string, int> Files() => new()
    {
        { "b18ee4cf6f-example-data.json", 21 },
        { "78c58fcbae-example-data.json", 37 },
    };

    private Dictionary<string, string?> Environment()
    {
        return ToolEnvironment(Path.Combine(Path.GetTempPath(), $"pw-upstream-{Database.DatabaseName}"));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Files_with_duplicate_keys_import_and_migrate_with_the_last_value_on_both_paths(string name, int index)
    {
        var file = Path.Combine(Repository.Root, "tests", "Migrations.Runtime.Tests", "Data", "Upstream", name);
        var environment = Environment();
        var import = await MigrateTool.RunAsync(environment, "import-data", file);
        Assert.True(import.Exit == 0, import.Error);
        var warning = Assert.Single(import.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{name}: 2 duplicate keys in the file; the last value of each is kept, as upstream does (the first: \"motion_state\".\"6\".\"allow_support\" (at line ", warning, StringComparison.Ordinal);
        Assert.Equal(index, await Scalar<int>("SELECT migration_index FROM positions"));
        Assert.False((await ReadModel("motion_state/6"))["allow_support"]!.GetValue<bool>());
        Assert.False((await ReadModel("motion_state/7"))["allow_create_poll"]!.GetValue<bool>());

        Assert.Equal(0, (await MigrateTool.RunAsync(environment, "migrate")).Exit);
        Assert.Equal(0, (await MigrateTool.RunAsync(environment, "finalize")).Exit);
        var dir = Directory.CreateTempSubdirectory("upstream-").FullName;
        Assert.Equal(0, (await MigrateTool.RunAsync(environment, "export-data", Path.Combine(dir, "db.json"))).Exit);
        var inMemory = await MigrateTool.RunAsync(environment, "migrate-file", file, Path.Combine(dir, "memory.json"));
        Assert.True(inMemory.Exit == 0, inMemory.Error);
        Assert.Contains("2 duplicate keys", inMemory.Error, StringComparison.Ordinal);

        // The two paths' results are compared with upstream's own in tests/Migrations.Tests (UpstreamExportChainTests);
        // they differ from each other where upstream's do (0057 creates the gender models only in the database).
        foreach (var result in new[] { "db.json", "memory.json" })
        {
            var migrated = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(dir, result)))!;
            Assert.Equal(Migrations.Generated.GeneratedMigrations.TargetMigrationIndex, migrated["_migration_index"]!.GetValue<int>());
            Assert.False(migrated["motion_state"]!["6"]!["allow_support"]!.GetValue<bool>());
            Assert.False(migrated["motion_state"]!["7"]!["allow_create_poll"]!.GetValue<bool>());
        }

        Directory.Delete(dir, recursive: true);
    }
}
