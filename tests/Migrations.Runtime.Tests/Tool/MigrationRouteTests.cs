using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Npgsql;

namespace Migrations.Runtime.Tests.Tool;

/// <summary>`migrate serve`: upstream's migration route over HTTP against the real database (test_migration_route).</summary>
public sealed class MigrationRouteTests(DatabaseFixture database) : DatabaseTest(database)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private static readonly int T = Migrations.Generated.GeneratedMigrations.TargetMigrationIndex;

    private Dictionary<string, string?> Environment(string? internalPassword)
    {
        var environment = ToolEnvironment(Path.GetTempFileName());
        if (internalPassword is not null)
        {
            var file = Path.GetTempFileName();
            File.WriteAllText(file, internalPassword);
            environment["INTERNAL_AUTH_PASSWORD_FILE"] = file;
            InternalPasswordFile = file;
        }

        return environment;
    }

    /// <summary>The internal password file of the last server started.</summary>
    private string? InternalPasswordFile { get; set; }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Server(System.Diagnostics.Process process, string url) : IDisposable
    {
        public string Url { get; } = url;

        /// <summary>Sends SIGINT, as Ctrl+C does, and returns the exit code and what the server printed.</summary>
        public async Task<(int Exit, string Output, string Error)> InterruptAsync()
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.False(SigintIgnored(), "SIGINT is ignored by this test process, so the server inherits that and never sees it: "
                + "the tests were started as a background job of a non-interactive shell (which ignores SIGINT). Run them in the foreground.");
            Assert.Equal(0, Kill(process.Id, 2));
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
            return (process.ExitCode, await output, await error);
        }

        /// <summary>True if SIGINT is ignored here (the SigIgn mask of /proc/self/status), which a child process inherits.</summary>
        private static bool SigintIgnored()
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
            return line is not null && (ulong.Parse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) & (1UL << 1)) != 0;
        }

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill")]
        private static extern int Kill(int pid, int signal);

        public void Dispose()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }

            process.Dispose();
        }
    }

    private async Task<Server> Serve(string? internalPassword)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var process = MigrateTool.Start(Environment(internalPassword), "serve", "--urls", url);
        var server = new Server(process, url + "/internal/migrations");
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, new Uri(url).Port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        server.Dispose();
        throw new InvalidOperationException("the route server did not start");
    }

    private static async Task<(HttpStatusCode Status, JsonObject Body)> Post(Server server, string body, string? password = "secret", string? rawHeader = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (rawHeader is not null || password is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", rawHeader ?? Convert.ToBase64String(Encoding.UTF8.GetBytes(password!)));
        }

        using var response = await Http.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    /// <summary>A request as OpenSlides' operator client sends it: the password file's bytes in base64, no "verbose".</summary>
    private static async Task<(HttpStatusCode Status, string Body)> ClientPost(Server server, string command, byte[] password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Url)
        {
            Content = new StringContent($$"""{"cmd":"{{command}}"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("authorization", Convert.ToBase64String(password));
        using var response = await Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// The operator client's `openslides migrations migrate`: one request, then while the status is
    /// migration_running a `progress` poll per interval that prints the output lines it has not printed yet
    /// (counted as the client counts them: the trimmed output split at line breaks). Returns what it prints.
    /// </summary>
    private static async Task<string> OperatorClient(Server server, string command, byte[] password, TimeSpan interval)
    {
        var printed = new StringBuilder();
        var (_, body) = await ClientPost(server, command, password);
        var answer = JsonNode.Parse(body)!.AsObject();
        if (answer["status"]?.GetValue<string>() != "migration_running")
        {
            return printed.Append(answer["output"]?.GetValue<string>()).ToString();
        }

        var count = 0;
        printed.Append("Progress:\n");
        for (var polls = 0; polls < 600; polls++)
        {
            await Task.Delay(interval);
            (_, body) = await ClientPost(server, "progress", password);
            answer = JsonNode.Parse(body)!.AsObject();
            var lines = (answer["output"]?.GetValue<string>() ?? "").Trim().Split('\n');
            var fresh = string.Join('\n', lines[Math.Min(count, lines.Length)..]);
            if (count < lines.Length)
            {
                fresh += "\n";
            }

            printed.Append(fresh);
            count = lines.Length;
            if (answer["status"]?.GetValue<string>() != "migration_running")
            {
                return printed.ToString();
            }
        }

        throw new TimeoutException("the command did not finish");
    }

    [Fact]
    public async Task The_operator_client_prints_every_line_even_when_the_run_first_waits_for_the_lock()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Execute("UPDATE positions SET migration_index = 1");
        // The password file as an editor may save it: with a byte order mark; the client sends its bytes.
        var password = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("secret\n")).ToArray();
        using var server = await Serve(Encoding.UTF8.GetString(password));
        await File.WriteAllBytesAsync(InternalPasswordFile!, password);

        await using var holder = await DataSource.OpenConnectionAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({Migrations.Runtime.Engine.MigrationLock.Key})", holder))
        {
            await take.ExecuteNonQueryAsync();
        }

        var client = OperatorClient(server, "finalize", password, TimeSpan.FromMilliseconds(300));
        await Task.Delay(1000);
        await using (var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({Migrations.Runtime.Engine.MigrationLock.Key})", holder))
        {
            await release.ExecuteNonQueryAsync();
        }

        var printed = await client;
        var (_, last) = await ClientPost(server, "progress", password);
        var output = JsonNode.Parse(last)!["output"]!.GetValue<string>();
        Assert.StartsWith("Finalize migrations.\n", output, StringComparison.Ordinal);
        Assert.Equal("Progress:\n" + output, printed);
    }

    [Fact]
    public async Task Error_bodies_are_upstreams_bytes()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        using var server = await Serve("secret");
        var password = Encoding.UTF8.GetBytes("secret");
        // A run still waiting for the lock when the request returns; its output is not delivered once it ends.
        await using (var holder = await DataSource.OpenConnectionAsync())
        {
            await using var take = new NpgsqlCommand($"SELECT pg_advisory_lock({Migrations.Runtime.Engine.MigrationLock.Key})", holder);
            await take.ExecuteNonQueryAsync();
            Assert.Contains("migration_running", (await ClientPost(server, "migrate", password)).Body, StringComparison.Ordinal);
            await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({Migrations.Runtime.Engine.MigrationLock.Key})", holder);
            await release.ExecuteNonQueryAsync();
        }

        await Task.Delay(1000);
        var (status, body) = await ClientPost(server, "finalize", password);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("""{"success": false, "message": "Last migration output not read yet. Please call 'progress' first."}""", body);

        (status, body) = await ClientPost(server, "stats", Encoding.UTF8.GetBytes("wrong"));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(
            """{"success": false, "message": "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required."}""",
            body);

        await ClientPost(server, "progress", password);
        (status, body) = await ClientPost(server, "b\u00f6gus", password);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("""{"success": false, "message": "Unknown command: b\u00f6gus"}""", body);
    }

    [Fact]
    public async Task Invalid_utf8_a_huge_body_and_a_wrong_media_type_are_client_errors_in_json()
    {
        using var server = await Serve("secret");
        async Task<(HttpStatusCode, string)> Send(byte[] body, string mediaType = "application/json")
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, server.Url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
            request.Headers.TryAddWithoutValidation("Authorization", Convert.ToBase64String(Encoding.UTF8.GetBytes("secret")));
            using var response = await Http.SendAsync(request);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        var (status, body) = await Send([.. "{\"cmd\": \""u8.ToArray(), 0xFF, .. "\"}"u8.ToArray()]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("""{"success": false, "message": "Failed to decode JSON object: """, body, StringComparison.Ordinal);
        Assert.Contains("invalid UTF-8", body, StringComparison.Ordinal);

        (status, body) = await Send(new byte[50 << 20]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("""{"success": false, "message": "The request body is larger than 1048576 bytes."}""", body);

        (status, body) = await Send("""{"cmd": "stats"}"""u8.ToArray(), "text/plain");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("""{"success": false, "message": "Wrong media type. Use 'Content-Type: application/json' instead."}""", body);
    }

    [Fact]
    public async Task Sigint_during_a_command_cancels_it_says_so_and_exits_130()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        await Execute("UPDATE positions SET migration_index = 1");
        using var server = await Serve("secret");
        await using var holder = await DataSource.OpenConnectionAsync();
        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({Migrations.Runtime.Engine.MigrationLock.Key})", holder))
        {
            await take.ExecuteNonQueryAsync();
        }

        var (_, body) = await ClientPost(server, "migrate", Encoding.UTF8.GetBytes("secret"));
        Assert.Equal("""{"success": true, "status": "migration_running", "output": "Running migrations.\n"}""", body);
        var (exit, output, error) = await server.InterruptAsync();
        Assert.Equal(130, exit);
        Assert.Contains("Stopped serving the migration route.", output, StringComparison.Ordinal);
        Assert.Contains("The running 'migrate' command was cancelled", error, StringComparison.Ordinal);
        Assert.Equal(1, await Scalar<int>("SELECT migration_index FROM positions"));
    }

    [Fact]
    public async Task The_internal_password_guards_the_route()
    {
        using var server = await Serve("secret");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(server, """{"cmd": "stats"}""", password: null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(server, """{"cmd": "stats"}""", password: "wrong")).Status);
        var notBase64 = await Post(server, """{"cmd": "stats"}""", rawHeader: "***");
        Assert.Equal(HttpStatusCode.BadRequest, notBase64.Status);
        Json.AssertEqual(Json.Obj("""{"success": false, "message": "The internal auth password must be correctly base64-encoded."}"""), notBase64.Body);
        Assert.Equal(HttpStatusCode.OK, (await Post(server, """{"cmd": "stats"}""")).Status);
    }

    [Fact]
    public async Task Without_a_password_file_the_route_answers_500()
    {
        using var server = await Serve(null);
        var response = await Post(server, """{"cmd": "stats"}""");
        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Json.AssertEqual(Json.Obj("""{"success": false, "message": "Missing INTERNAL_AUTH_PASSWORD_FILE."}"""), response.Body);
    }

    [Fact]
    public async Task Migrate_progress_stats_and_bad_commands_over_http()
    {
        await Write("""{"type": "create", "fqid": "a/1", "fields": {"f": 1}}""");
        using var server = await Serve("secret");

        var progress = await Post(server, """{"cmd": "progress"}""");
        Json.AssertEqual(Json.Obj("""{"success": true, "status": "finalization_required"}"""), progress.Body);

        var migrate = await Post(server, """{"cmd": "migrate"}""");
        Json.AssertEqual(Json.Obj($$"""
            {"success": true, "status": "no_migration_required",
             "output": "Running migrations.\nThe datastore has a migration index of -1.\nSet the new migration index to {{T}}...\n"}
            """), migrate.Body);
        Json.AssertEqual(migrate.Body, (await Post(server, """{"cmd": "progress"}""")).Body);

        var clear = await Post(server, """{"cmd": "clear-collectionfield-tables"}""");
        Assert.Equal("Cleaning collectionfield helper tables...\n", clear.Body["output"]!.GetValue<string>());
        Assert.Equal(0L, await Scalar<long>("SELECT count(*) FROM collectionfields"));

        var stats = await Post(server, """{"cmd": "stats"}""");
        Json.AssertEqual(Json.Obj($$$"""
            {"success": true, "stats": {"status": "no_migration_required", "current_migration_index": {{{T}}}, "target_migration_index": {{{T}}},
             "positions": 1, "events": 1, "partially_migrated_positions": 0, "fully_migrated_positions": 0}}
            """), stats.Body);

        var unknown = await Post(server, """{"cmd": "bogus"}""");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Json.AssertEqual(Json.Obj("""{"success": false, "message": "Unknown command: bogus"}"""), unknown.Body);
        Assert.Equal("No command provided", (await Post(server, """{"verbose": true}""")).Body["message"]!.GetValue<string>());
        // An empty body is falsy for werkzeug's Request.json: upstream answers its generic 400 text.
        Assert.Equal("The browser (or proxy) sent a request that this server could not understand.", (await Post(server, """{}""")).Body["message"]!.GetValue<string>());
    }
}
