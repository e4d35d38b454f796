using System.Text;
using Migrations.Runtime.Route;

namespace Migrations.Runtime.Tests.Route;

/// <summary>
/// The route as another host serves it (no web server here): a request's content type, body and Authorization
/// header in, an upstream answer out, over a real database; <c>migrate serve</c> is the same type on Kestrel.
/// </summary>
public sealed class MigrationRouteTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly string Basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(InternalAuth.DevelopmentPassword));

    private MigrationRoute Route(bool development = true, string? passwordFile = null) =>
        new(database.DataSource, [], development, passwordFile);

    private static MemoryStream Body(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Stats_are_answered_for_the_development_password()
    {
        var answer = await Route().AnswerAsync("application/json; charset=utf-8", Body("""{"cmd": "stats"}"""), Basic);
        Assert.Equal(200, answer.StatusCode);
        Assert.True(answer.Body["success"]!.GetValue<bool>());
        Assert.Equal(0L, answer.Body["stats"]!["positions"]!.GetValue<long>());
        Assert.Equal(1, answer.Body["stats"]!["target_migration_index"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_checks_come_in_upstreams_order()
    {
        var route = Route(development: false, passwordFile: "/nonexistent/internal_auth_password");
        var wrongType = await route.AnswerAsync("text/plain", Body("not json"), null);
        Assert.Equal((400, "Wrong media type. Use 'Content-Type: application/json' instead."), (wrongType.StatusCode, wrongType.Body["message"]!.GetValue<string>()));
        var badJson = await route.AnswerAsync("application/json", Body("{"), null);
        Assert.Equal(400, badJson.StatusCode);
        Assert.StartsWith("Failed to decode JSON object: ", badJson.Body["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var noFile = await route.AnswerAsync("application/json", Body("""{"cmd": "stats"}"""), Basic);
        Assert.Equal(500, noFile.StatusCode);
        Assert.StartsWith("Cannot read INTERNAL_AUTH_PASSWORD_FILE: ", noFile.Body["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "secret");
            var wrong = await Route(development: false, passwordFile: file).AnswerAsync("application/json", Body("""{"cmd": "stats"}"""), Basic);
            Assert.Equal((401, InternalAuth.UnauthorizedMessage), (wrong.StatusCode, wrong.Body["message"]!.GetValue<string>()));
            var right = await Route(development: false, passwordFile: file).AnswerAsync(
                "application/json", Body("""{"cmd": "stats"}"""), Convert.ToBase64String("secret"u8.ToArray()));
            Assert.Equal(200, right.StatusCode);
        }
        finally
        {
            File.Delete(file);
        }

        var falsy = await Route().AnswerAsync("application/json", Body("0"), Basic);
        Assert.Equal(400, falsy.StatusCode);
        var unknown = await Route().AnswerAsync("application/json", Body("""{"cmd": "nothing"}"""), Basic);
        Assert.Equal(400, unknown.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_read_to_its_end_and_refused()
    {
        var body = Body("[" + new string(' ', MigrationRoute.MaxBodyBytes) + "]");
        var answer = await Route().AnswerAsync("application/json", body, Basic);
        Assert.Equal(413, answer.StatusCode);
        Assert.Equal(body.Length, body.Position);
    }
}
