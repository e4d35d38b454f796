namespace Migrations.Runtime.Tests.Tool;

/// <summary>
/// Help and version answer everywhere and touch nothing: no file is written or read (a `--help` after a data command
/// once became a file name, and `import-data --help` emptied the datastore), and the datastore is unchanged.
/// </summary>
public sealed class HelpTests(DatabaseFixture database) : DatabaseTest(database)
{
    public static TheoryData<string[]> HelpLines() => new(
        ["--help"], ["-h"], ["-?"], ["help"], ["help", "import-data"], ["help", "migrate-file"], ["import-data", "--help"],
        ["export-data", "--help"], ["export-events", "-h"], ["import-events", "--help"], ["migrate-file", "--help"],
        ["migrate-file", "in.json", "--help"], ["finalize", "--help"], ["serve", "--help"], ["-v", "migrate", "--help"]);

    private Dictionary<string, string?> Environment(string dir)
    {
        return ToolEnvironment(Path.Combine(Path.GetTempPath(), $"pw-help-{Database.DatabaseName}"));
    }

    [Theory]
    [MemberData(nameof(HelpLines))]
    public async Task Help_is_printed_with_the_programs_name_and_nothing_is_read_or_written(string[] args)
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        var before = await DatastoreFingerprint.TakeAsync(DataSource);
        var dir = Directory.CreateTempSubdirectory("help-").FullName;
        var result = await MigrateTool.RunInAsync(dir, Environment(dir), args);
        Assert.True(result.Exit == 0, result.Error);
        Assert.Equal("", result.Error);
        Assert.Contains("Usage:\n  migrate", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("datastore-migrate", result.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir));
        Assert.Equal(before, await DatastoreFingerprint.TakeAsync(DataSource));
    }

    [Fact]
    public async Task Help_of_a_command_shows_its_arguments_and_help_of_an_unknown_command_is_an_error()
    {
        var dir = Directory.CreateTempSubdirectory("help-").FullName;
        var import = await MigrateTool.RunInAsync(dir, Environment(dir), "help", "import-data");
        Assert.Contains("migrate import-data <file> [options]", import.Output, StringComparison.Ordinal);
        var unknown = await MigrateTool.RunInAsync(dir, Environment(dir), "help", "bogus");
        Assert.Equal(2, unknown.Exit);
        Assert.StartsWith("Unknown command 'bogus'. The commands: migrate, finalize,", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_tools_version()
    {
        var result = await MigrateTool.RunAsync(Environment(Path.GetTempPath()), "--version");
        Assert.Equal(0, result.Exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Output);
    }

    [Fact]
    public async Task A_file_whose_name_starts_with_a_dash_is_named_after_double_dash()
    {
        var dir = Directory.CreateTempSubdirectory("help-").FullName;
        await File.WriteAllTextAsync(Path.Combine(dir, "-weird.json"), """{"_migration_index": 1, "a": {"1": {"f": 1}}}""");
        var refused = await MigrateTool.RunInAsync(dir, Environment(dir), "import-data", "-weird.json");
        Assert.Equal(2, refused.Exit);
        Assert.Contains("'-weird.json' is not an option of this command, and a file name that starts with '-' must come after --.", refused.Error, StringComparison.Ordinal);
        var imported = await MigrateTool.RunInAsync(dir, Environment(dir), "import-data", "--", "-weird.json");
        Assert.True(imported.Exit == 0, imported.Error);
        Assert.StartsWith("Imported 1 models from", imported.Output, StringComparison.Ordinal);
        await AssertModel("a/1", """{"f": 1, "meta_deleted": false, "meta_position": 1}""");
    }
}
