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
        var builder = new NpgsqlConnectionStringBuilder(Database.Settings.ConnectionString);
        var dbPassword = Path.GetTempFileName();
        File.WriteAllText(dbPassword, builder.Password);
        var environment = new Dictionary<string, string?>
        {
            ["DATABASE_HOST"] = builder.Host,
            ["DATABASE_PORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DATABASE_NAME"] = builder.Database,
            ["DATABASE_USER"] = builder.Username,
            ["DATABASE_PASSWORD_FILE"] = dbPassword,
        };
        if (internalPassword is not null)
        {
            var file = Path.GetTempFileName();
            File.WriteAllText(file, internalPassword);
            environment["INTERNAL_AUTH_PASSWORD_FILE"] = file;
        }

        return environment;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Server(System.Diagnostics.Process process, string url) : IDisposable
    {
        public string Url { get; } = url;

        public void Dispose()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
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
