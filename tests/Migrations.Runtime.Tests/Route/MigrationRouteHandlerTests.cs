using System.Text;
using System.Text.Json.Nodes;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Route;

namespace Migrations.Runtime.Tests.Route;

/// <summary>
/// The migration route's contract (upstream's test_migration_route) on the state machine, with a scripted command
/// runner (pure logic; the real route against the database is in the tool's tests).
/// </summary>
public class MigrationRouteHandlerTests
{
    private MigrationState _state = MigrationState.FinalizationRequired;
    private readonly SemaphoreSlim _finish = new(0);
    private Func<Action<string>, Task> _script = _ => Task.CompletedTask;

    private MigrationRouteHandler Handler() => new(
        (command, verbose, log, ct) => _script(log),
        _ => Task.FromResult(new MigrationStats(_state, 1, 2, 3, 4, 0, 0)),
        TimeSpan.FromMilliseconds(200));

    private static JsonObject Body(string json) => Json.Obj(json);

    [Fact]
    public async Task Progress_without_a_migration_reports_the_state_without_output()
    {
        var response = await Handler().HandleAsync(Body("""{"cmd": "progress"}"""));
        Assert.Equal(200, response.StatusCode);
        Json.AssertEqual(Body("""{"success": true, "status": "finalization_required"}"""), response.Body);
    }

    [Fact]
    public async Task A_quick_command_answers_with_its_whole_output()
    {
        _script = log =>
        {
            log("Cleaning collectionfield helper tables...");
            return Task.CompletedTask;
        };
        var response = await Handler().HandleAsync(Body("""{"cmd": "clear-collectionfield-tables"}"""));
        Json.AssertEqual(Body("""{"success": true, "status": "finalization_required", "output": "Cleaning collectionfield helper tables...\n"}"""), response.Body);
    }

    [Fact]
    public async Task A_long_migration_is_observed_through_progress_and_the_output_is_kept()
    {
        _script = async log =>
        {
            log("start");
            await _finish.WaitAsync();
            log("finish");
        };
        var handler = Handler();
        var first = await handler.HandleAsync(Body("""{"cmd": "migrate"}"""));
        Json.AssertEqual(Body("""{"success": true, "status": "migration_running", "output": "start\n"}"""), first.Body);
        Json.AssertEqual(Body("""{"success": true, "status": "migration_running", "output": "start\n"}"""), (await handler.HandleAsync(Body("""{"cmd": "progress"}"""))).Body);

        var second = await handler.HandleAsync(Body("""{"cmd": "migrate"}"""));
        Assert.Equal(400, second.StatusCode);
        Json.AssertEqual(Body("""{"success": false, "message": "Migration is running, only 'progress' command is allowed"}"""), second.Body);
        Assert.Equal(400, (await handler.HandleAsync(Body("""{"cmd": "stats"}"""))).StatusCode);

        _finish.Release();
        _state = MigrationState.NoMigrationRequired;
        JsonObject done;
        var tries = 0;
        do
        {
            await Task.Delay(20);
            done = (await handler.HandleAsync(Body("""{"cmd": "progress"}"""))).Body;
        }
        while (done["status"]!.GetValue<string>() == "migration_running" && tries++ < 200);

        Json.AssertEqual(Body("""{"success": true, "status": "no_migration_required", "output": "start\nfinish\n"}"""), done);
        Json.AssertEqual(done, (await handler.HandleAsync(Body("""{"cmd": "progress"}"""))).Body);
        Assert.Equal(200, (await handler.HandleAsync(Body("""{"cmd": "stats"}"""))).StatusCode);
    }

    [Fact]
    public async Task The_output_of_a_finished_command_must_be_read_before_the_next_command()
    {
        _script = async log =>
        {
            log("start");
            await _finish.WaitAsync();
        };
        var handler = Handler();
        Assert.Equal("migration_running", (await handler.HandleAsync(Body("""{"cmd": "migrate"}"""))).Body["status"]!.GetValue<string>());
        _finish.Release();
        await Task.Delay(100);
        var refused = await handler.HandleAsync(Body("""{"cmd": "finalize"}"""));
        Assert.Equal(400, refused.StatusCode);
        Assert.Equal("Last migration output not read yet. Please call 'progress' first.", refused.Body["message"]!.GetValue<string>());
        Assert.Equal("start\n", (await handler.HandleAsync(Body("""{"cmd": "progress"}"""))).Body["output"]!.GetValue<string>());

        _script = log =>
        {
            log("again");
            return Task.CompletedTask;
        };
        Assert.Equal("again\n", (await handler.HandleAsync(Body("""{"cmd": "finalize"}"""))).Body["output"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failing_command_reports_its_exception_and_the_recomputed_state()
    {
        _script = log =>
        {
            log("Running migrations.");
            throw new MigrationFailedException("Migration 0001_x (MI 1 to MI 2) failed on position 3 at event a/1: InvalidOperationException: boom", new InvalidOperationException("boom"))
            {
                MigrationName = "0001_x",
            };
        };
        var response = await Handler().HandleAsync(Body("""{"cmd": "migrate"}"""));
        Json.AssertEqual(Body("""
            {"success": true, "status": "finalization_required", "output": "Running migrations.\n",
             "exception": "Migration 0001_x (MI 1 to MI 2) failed on position 3 at event a/1: InvalidOperationException: boom"}
            """), response.Body);
    }

    [Theory]
    [InlineData("""{}""", "No command provided")]
    [InlineData("""{"cmd": 5}""", "No command provided")]
    [InlineData("""{"cmd": "bogus"}""", "Unknown command: bogus")]
    public async Task Bad_requests_are_400(string body, string message)
    {
        var response = await Handler().HandleAsync(Body(body));
        Assert.Equal(400, response.StatusCode);
        Json.AssertEqual(Body($$"""{"success": false, "message": "{{message}}"}"""), response.Body);
    }

    [Fact]
    public async Task Stats_answers_with_upstreams_dictionary()
    {
        var response = await Handler().HandleAsync(Body("""{"cmd": "stats"}"""));
        Json.AssertEqual(Body("""
            {"success": true, "stats": {"status": "finalization_required", "current_migration_index": 1, "target_migration_index": 2,
             "positions": 3, "events": 4, "partially_migrated_positions": 0, "fully_migrated_positions": 0}}
            """), response.Body);
    }

    [Fact]
    public void The_internal_password_is_checked_as_upstream_does()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "secret");
        string Base64(string s) => Convert.ToBase64String(Encoding.UTF8.GetBytes(s));
        Assert.Null(InternalAuth.Check(Base64("secret"), false, file));
        Assert.Equal(401, InternalAuth.Check(Base64("wrong"), false, file)!.StatusCode);
        Assert.Equal(401, InternalAuth.Check(null, false, file)!.StatusCode);
        var notBase64 = InternalAuth.Check("not base64!", false, file)!;
        Assert.Equal((400, "The internal auth password must be correctly base64-encoded."), (notBase64.StatusCode, notBase64.Body["message"]!.GetValue<string>()));
        var missing = InternalAuth.Check(Base64("secret"), false, null)!;
        Assert.Equal((500, "Missing INTERNAL_AUTH_PASSWORD_FILE."), (missing.StatusCode, missing.Body["message"]!.GetValue<string>()));
        Assert.Null(InternalAuth.Check(Base64("openslides"), true, null));
        File.Delete(file);
    }
}
