using System.Net;
using System.Net.Sockets;
using System.Text;
using Migrations.Runtime.Data;

namespace Migrations.Runtime.Tests.Tool;

/// <summary>
/// Every kind of bad input through the tool as a process (the native binary in CI): its documented exit code, a
/// message that names what and where, never exit 70, and a datastore that is exactly as before (a digest of every
/// row of every table).
/// </summary>
public sealed class BadInputTests(DatabaseFixture database) : DatabaseTest(database)
{
    private const string Example = "{example}";

    /// <summary>One bad input: the files it needs (name → content), the command line, the environment changes.</summary>
    private sealed record Case(string[] Args, int Exit, string Message, Dictionary<string, byte[]>? Files = null, Dictionary<string, string?>? Env = null);

    private static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Bytes(params object[] parts) => parts.SelectMany(p => p is string s ? Encoding.UTF8.GetBytes(s) : (byte[])p).ToArray();

    private static readonly byte[] Invalid = [0xFF, 0xFE];

    private const string EventsHeader = "{\"format\":\"openslides-datastore-events\",\"version\":1}\n";

    private static string EventsLine(string migrationIndex = "1", string fqid = "motion/1", string title = "\"t\"", string position = "1") =>
        $$$"""{"position":{{{position}}},"timestamp":"2026-01-01T00:00:00Z","user_id":0,"information":null,"migration_index":{{{migrationIndex}}},"events":[{"fqid":"{{{fqid}}}","type":"create","data":{"id":1,"title":{{{title}}}}}]}""" + "\n";

    private static readonly Dictionary<string, Case> Cases = new()
    {
        // import-data: what PostgreSQL cannot store, and what is not an export.
        ["import-data NUL"] = new(["import-data", "{dir}/f.json"], 7, "f.json: \"motion\".\"1\".\"title\": \\u0000",
            new() { ["f.json"] = Text("""{"_migration_index": 1, "motion": {"1": {"title": "a\u0000b"}}}""") }),
        ["import-data huge number"] = new(["import-data", "{dir}/f.json"], 7, "f.json: \"motion\".\"1\".\"weight\": the number 1e400000 is too large to store",
            new() { ["f.json"] = Text("""{"_migration_index": 1, "motion": {"1": {"weight": 1e400000}}}""") }),
        ["import-data long collection"] = new(["import-data", "{dir}/f.json"], 7, "\"abcdefghijklmnopqrstuvwxyzabcdefgh\": the collection name has 34 characters; at most 32",
            new() { ["f.json"] = Text("""{"_migration_index": 1, "abcdefghijklmnopqrstuvwxyzabcdefgh": {"1": {"x": 1}}}""") }),
        ["import-data id over 2^31"] = new(["import-data", "{dir}/f.json"], 7, "\"motion\".\"2147483648\": the id 2147483648 is too large",
            new() { ["f.json"] = Text("""{"_migration_index": 1, "motion": {"2147483648": {"x": 1}}}""") }),
        ["import-data invalid UTF-8 key"] = new(["import-data", "{dir}/f.json"], 7, "f.json: a key in \"motion\".\"1\": invalid UTF-8 (at line 1, byte 41)",
            new() { ["f.json"] = Bytes("{\"_migration_index\": 1, \"motion\": {\"1\": {\"t", Invalid, "\": 1}}}") }),
        ["import-data invalid UTF-8 value"] = new(["import-data", "{dir}/f.json"], 7, "f.json: \"motion\".\"1\".\"title\": invalid UTF-8",
            new() { ["f.json"] = Bytes("{\"_migration_index\": 1, \"motion\": {\"1\": {\"title\": \"a", Invalid, "\"}}}") }),
        ["import-data lone surrogate"] = new(["import-data", "{dir}/f.json"], 7, "\"motion\".\"1\".\"title\": an unpaired surrogate escape",
            new() { ["f.json"] = Text("""{"_migration_index": 1, "motion": {"1": {"title": "\ud800"}}}""") }),
        ["import-data text after the object"] = new(["import-data", "{dir}/f.json"], 7, "f.json: malformed JSON at line 2, column 1: 'x' is invalid after a single JSON value",
            new() { ["f.json"] = Text("{\"_migration_index\": 1, \"motion\": {\"1\": {\"x\": 1}}}\nx") }),
        ["import-data malformed"] = new(["import-data", "{dir}/f.json"], 7, "f.json: malformed JSON",
            new() { ["f.json"] = Text("{\"_migration_index\": 1,\n \"motion\": {\"1\": }") }),
        ["import-data bad field name"] = new(["import-data", "{dir}/f.json"], 7, "f.json: \"motion\".\"1\": ",
            new() { ["f.json"] = Text("""{"_migration_index": 1, "motion": {"1": {"Bad-Field": 1}}}""") }),
        ["import-data index too large"] = new(["import-data", "{dir}/f.json"], 7, "\"_migration_index\" 99999999999 is too large to store",
            new() { ["f.json"] = Text("""{"_migration_index": 99999999999, "motion": {"1": {"x": 1}}}""") }),
        ["import-data index 0"] = new(["import-data", "{dir}/f.json"], 7, "\"_migration_index\" must be at least 1, not 0",
            new() { ["f.json"] = Text("""{"_migration_index": 0, "motion": {"1": {"x": 1}}}""") }),
        ["import-data a directory"] = new(["import-data", "{dir}"], 7, "is a directory, not a file"),
        ["import-data a missing file"] = new(["import-data", "{dir}/missing.json"], 7, "Cannot read {dir}/missing.json"),
        ["import-data an option-looking name"] = new(["import-data", "--bogus"], 2, "'--bogus' is not an option of this command"),

        // import-events: the same checks line by line, and the indices a position may have.
        ["import-events index 0"] = new(["import-events", "{dir}/e.jsonl"], 7, "e.jsonl, line 2, \"migration_index\": must be -1 or at least 1, not 0",
            new() { ["e.jsonl"] = Text(EventsHeader + EventsLine(migrationIndex: "0")) }),
        ["import-events index -5"] = new(["import-events", "{dir}/e.jsonl"], 7, "must be -1 or at least 1, not -5",
            new() { ["e.jsonl"] = Text(EventsHeader + EventsLine(migrationIndex: "-5")) }),
        ["import-events position 0"] = new(["import-events", "{dir}/e.jsonl"], 7, "e.jsonl, line 2, \"position\": must be at least 1, not 0",
            new() { ["e.jsonl"] = Text(EventsHeader + EventsLine(position: "0")) }),
        ["import-events invalid UTF-8"] = new(["import-events", "{dir}/e.jsonl"], 7, "e.jsonl: \"events\"[0].\"data\".\"title\": invalid UTF-8 (at line 2, byte ",
            new() { ["e.jsonl"] = Bytes(EventsHeader, EventsLine(title: "\"a^\"").Split('^')[0], Invalid, EventsLine(title: "\"a^\"").Split('^')[1]) }),
        ["import-events NUL"] = new(["import-events", "{dir}/e.jsonl"], 7, "e.jsonl: \"events\"[0].\"data\".\"title\": \\u0000 (a NUL character, which PostgreSQL cannot store) (at line 2, byte ",
            new() { ["e.jsonl"] = Text(EventsHeader + EventsLine(title: "\"\\u0000\"")) }),
        ["import-events id too large"] = new(["import-events", "{dir}/e.jsonl"], 7, "e.jsonl, line 2, \"events[0]\": motion/2147483647: the id 2147483647 is too large",
            new() { ["e.jsonl"] = Text(EventsHeader + EventsLine(fqid: "motion/2147483647")) }),
        ["import-events not a backup"] = new(["import-events", "{dir}/e.jsonl"], 7, "e.jsonl, line 1: not an events file",
            new() { ["e.jsonl"] = Text("{}\n") }),

        // migrate-file: every input error is the tool's error, not a crash.
        ["migrate-file malformed"] = new(["migrate-file", "{dir}/f.json", "{dir}/out.json"], 7, "f.json: malformed JSON at line 2",
            new() { ["f.json"] = Text("{\"_migration_index\": 1,\n \"motion\": {\"1\": }") }),
        ["migrate-file NUL"] = new(["migrate-file", "{dir}/f.json", "{dir}/out.json"], 7, "f.json: \"motion\".\"1\".\"title\": \\u0000",
            new() { ["f.json"] = Text("""{"_migration_index": 1, "motion": {"1": {"title": "\u0000"}}}""") }),
        ["migrate-file bad field name"] = new(["migrate-file", "{dir}/f.json", "{dir}/out.json"], 7, "motion/1: ",
            new() { ["f.json"] = Text("""{"_migration_index": 1, "organization": {"1": {"id": 1}}, "motion": {"1": {"Bad-Field": 1}}}""") }),
        ["migrate-file index too large"] = new(["migrate-file", "{dir}/f.json", "{dir}/out.json"], 6, "Given migration index of import data: 99999999999,",
            new() { ["f.json"] = Text("""{"_migration_index": 99999999999, "motion": {"1": {"x": 1}}}""") }),
        ["migrate-file index 0"] = new(["migrate-file", "{dir}/f.json", "{dir}/out.json"], 6, "Given migration index of import data: 0,",
            new() { ["f.json"] = Text("""{"_migration_index": 0, "motion": {"1": {"x": 1}}}""") }),
        ["migrate-file no index"] = new(["migrate-file", "{dir}/f.json", "{dir}/out.json"], 7, "f.json: the file has no integer \"_migration_index\"",
            new() { ["f.json"] = Text("""{"motion": {"1": {"x": 1}}}""") }),
        ["migrate-file a directory"] = new(["migrate-file", "{dir}", "{dir}/out.json"], 7, "is a directory, not a file"),
        ["migrate-file a missing file"] = new(["migrate-file", "{dir}/missing.json", "{dir}/out.json"], 7, "Cannot read {dir}/missing.json"),
        ["migrate-file onto a full disk"] = new(["migrate-file", Example, "/dev/full"], 7, "Cannot write /dev/full: No space left on device"),

        // export-data and export-events: an output that cannot be written.
        ["export-data onto a full disk"] = new(["export-data", "/dev/full"], 7, "Cannot write /dev/full: No space left on device"),
        ["export-events onto a full disk"] = new(["export-events", "/dev/full"], 7, "Cannot write /dev/full: No space left on device"),
        ["export-data into a directory"] = new(["export-data", "{dir}"], 7, "is a directory, not a file"),
        ["export-data an option-looking name"] = new(["export-data", "--foo"], 2, "'--foo' is not an option of this command"),

        // Configuration.
        ["an empty password file"] = new(["stats"], 4, "The database refused the login (environment (host",
            new() { ["pw"] = [] }, new() { ["DATABASE_PASSWORD_FILE"] = "{dir}/pw" }),
        ["an untrusted certificate"] = new(["stats"], 4, "The TLS connection to the database failed (environment (host",
            Env: new() { ["DATABASE_SSL_MODE"] = "VerifyFull" }),
        ["an unknown TLS mode"] = new(["stats"], 2, "Configuration error: DATABASE_SSL_MODE must be one of", Env: new() { ["DATABASE_SSL_MODE"] = "sometimes" }),
        ["--lock-timeout NaN"] = new(["--lock-timeout", "NaN", "migrate"], 2, "--lock-timeout must be a number of seconds from 0 to 2147483, not NaN."),
        ["--lock-timeout 1e20"] = new(["--lock-timeout", "1e20", "migrate"], 2, "--lock-timeout must be a number of seconds from 0 to 2147483, not 1e20."),
        ["--lock-timeout 3000000"] = new(["--lock-timeout", "3000000", "finalize"], 2, "--lock-timeout must be a number of seconds from 0 to 2147483, not 3000000."),
        ["--lock-timeout -1"] = new(["migrate", "--lock-timeout", "-1"], 2, "--lock-timeout must be a number of seconds from 0 to 2147483, not -1."),
        ["--progress-interval 1e300"] = new(["--progress-interval", "1e300", "migrate"], 2, "--progress-interval must be a number of seconds from 0 to 2147483, not 1e300."),
        ["--progress-interval -1"] = new(["--progress-interval", "-1", "migrate"], 2, "--progress-interval must be a number of seconds from 0 to 2147483, not -1."),
        ["--checkpoint-interval -0.5"] = new(["--checkpoint-interval", "-0.5", "migrate"], 2, "--checkpoint-interval must be a number of seconds from 0 to 2147483, not -0.5."),
        ["an unknown command"] = new(["bogus"], 2, "Unrecognized command or argument 'bogus'."),
        ["serve on a bad URL"] = new(["serve", "--urls", "not a url"], 2, "--urls: 'not a url' is not a URL to listen on"),
        ["serve on a URL with a path"] = new(["serve", "--urls", "http://127.0.0.1:9/x"], 2, "--urls: 'http://127.0.0.1:9/x' is not a URL to listen on"),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    private Dictionary<string, string?> Environment(string dir, Dictionary<string, string?>? changes)
    {
        var environment = ToolEnvironment(Path.Combine(dir, "db-password"));
        foreach (var (name, value) in changes ?? [])
        {
            environment[name] = value?.Replace("{dir}", dir, StringComparison.Ordinal);
        }

        return environment;
    }

    private async Task SeedAsync()
    {
        await using var example = File.OpenRead(Path.Combine(Repository.Root, "data", "example-data.json"));
        await ModelsFile.ImportAsync(DataSource, example, "example-data.json");
        // Some migration state as well, so that the digest covers the migration tables.
        await Execute("INSERT INTO migration_positions (position, migration_index) VALUES (1, 2)");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_bad_input_gets_its_exit_code_and_a_message_naming_the_place_and_leaves_the_data_untouched(string name)
    {
        var @case = Cases[name];
        await SeedAsync();
        var dir = Directory.CreateTempSubdirectory("bad-input-").FullName;
        foreach (var (file, content) in @case.Files ?? [])
        {
            await File.WriteAllBytesAsync(Path.Combine(dir, file), content);
        }

        var before = await DatastoreFingerprint.TakeAsync(DataSource);
        var args = @case.Args.Select(a => a.Replace("{dir}", dir, StringComparison.Ordinal)
            .Replace(Example, Path.Combine(Repository.Root, "data", "example-data.json"), StringComparison.Ordinal)).ToArray();
        var result = await MigrateTool.RunInAsync(dir, Environment(dir, @case.Env), args);

        Assert.True(result.Exit == @case.Exit, $"exit {result.Exit}, expected {@case.Exit}; stderr: {result.Error}");
        Assert.Contains(@case.Message.Replace("{dir}", dir, StringComparison.Ordinal), result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Internal error", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await DatastoreFingerprint.TakeAsync(DataSource));
        Assert.False(File.Exists(Path.Combine(dir, "out.json")), "a failed migrate-file left an output file");
        Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public async Task Tls_required_by_the_settings_but_not_offered_by_the_server_is_exit_4()
    {
        // A server that answers PostgreSQL's SSLRequest with 'N' (no TLS), as one without certificates does.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var stop = new CancellationTokenSource();
        var server = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
                var stream = client.GetStream();
                // 'N' to every request (GSS encryption first, then TLS) until the client gives up.
                var request = new byte[8];
                while (await stream.ReadAtLeastAsync(request, 8, throwOnEndOfStream: false, stop.Token) == 8)
                {
                    await stream.WriteAsync("N"u8.ToArray(), stop.Token);
                }
            }
        });
        var dir = Directory.CreateTempSubdirectory("bad-input-").FullName;
        var result = await MigrateTool.RunInAsync(dir, Environment(dir, new()
        {
            ["DATABASE_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DATABASE_SSL_MODE"] = "Require",
        }), "stats");
        await stop.CancelAsync();
        Assert.Equal(4, result.Exit);
        Assert.StartsWith($"The database does not offer TLS, which the settings require (environment (host 127.0.0.1, port {port},", result.Error, StringComparison.Ordinal);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => server);
    }

    [Fact]
    public async Task Serve_on_a_busy_port_says_so_before_serving_anything()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var dir = Directory.CreateTempSubdirectory("bad-input-").FullName;
        var result = await MigrateTool.RunInAsync(dir, Environment(dir, null), "serve", "--urls", $"http://127.0.0.1:{port}");
        Assert.Equal(2, result.Exit);
        Assert.StartsWith($"Cannot serve on http://127.0.0.1:{port}: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Serving", result.Output, StringComparison.Ordinal);
    }
}
