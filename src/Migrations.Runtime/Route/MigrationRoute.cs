using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Data;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Npgsql;

namespace Migrations.Runtime.Route;

/// <summary>
/// Upstream's migration route, <c>POST /internal/migrations</c>, for any web server: a host hands each request's
/// content type, body and <c>Authorization</c> header to <see cref="AnswerAsync"/> and writes the status and the body
/// (<see cref="UpstreamJson.Serialize"/>, <c>application/json</c>) back. The checks come in upstream's order (media
/// type, the body's JSON, the internal password, the command), and the commands run the migrations this route was
/// made with on the given database (the command switch of <see cref="MigrationRouteHandler"/>). The <c>migrate
/// serve</c> command is such a host on Kestrel. One instance per process.
/// </summary>
public sealed class MigrationRoute
{
    /// <summary>Where upstream serves the route.</summary>
    public const string Path = "/internal/migrations";

    /// <summary>The largest request body accepted (upstream reads any size); a larger one is answered with 413.</summary>
    public const int MaxBodyBytes = 1 << 20;

    private readonly MigrationRouteHandler _handler;
    private readonly bool _development;
    private readonly string? _passwordFile;

    /// <summary>
    /// The route over <paramref name="migrations"/> on <paramref name="dataSource"/>. With
    /// <paramref name="development"/> the internal password is upstream's development password; otherwise it is read
    /// from <paramref name="passwordFile"/> for every request (a file that cannot be read is upstream's 500).
    /// </summary>
    public MigrationRoute(NpgsqlDataSource dataSource, IReadOnlyList<MigrationDescriptor> migrations, bool development, string? passwordFile, TimeSpan? lockTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(migrations);
        _development = development;
        _passwordFile = passwordFile;
        MigrationHandler Handler(Action<string> log, bool verbose) =>
            new(dataSource, migrations, new MigrationLogger(log, verbose), new MigrationOptions { LockTimeout = lockTimeout });

        _handler = new MigrationRouteHandler(
            (command, verbose, log, ct) =>
            {
                var handler = Handler(log, verbose);
                return command switch
                {
                    "migrate" => handler.MigrateAsync(ct),
                    "finalize" => handler.FinalizeAsync(ct),
                    "reset" => handler.ResetAsync(ct),
                    _ => handler.ClearCollectionFieldTablesAsync(ct),
                };
            },
            ct => Handler(_ => { }, false).GetStatsAsync(ct));
    }

    /// <summary>
    /// The route as upstream configures it from the environment: <c>OPENSLIDES_DEVELOPMENT</c> (1, on or true) and
    /// <c>INTERNAL_AUTH_PASSWORD_FILE</c>.
    /// </summary>
    public static MigrationRoute FromEnvironment(NpgsqlDataSource dataSource, IReadOnlyList<MigrationDescriptor> migrations, TimeSpan? lockTimeout = null)
    {
        var development = Environment.GetEnvironmentVariable("OPENSLIDES_DEVELOPMENT") is { } dev && dev.ToLowerInvariant() is "1" or "on" or "true";
        return new MigrationRoute(dataSource, migrations, development, Environment.GetEnvironmentVariable("INTERNAL_AUTH_PASSWORD_FILE"), lockTimeout);
    }

    /// <summary>
    /// Answers one request. Bad input of any kind is an answer (400, 401, 413, or upstream's 500 for a database
    /// failure), not an exception; only the host's own failures to read <paramref name="body"/> propagate.
    /// </summary>
    public async Task<RouteResponse> AnswerAsync(string? contentType, Stream body, string? authorization, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        var mediaType = contentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not "application/json" && !(mediaType is { } m && m.StartsWith("application/", StringComparison.Ordinal) && m.EndsWith("+json", StringComparison.Ordinal)))
        {
            return MigrationRouteHandler.Error(400, "Wrong media type. Use 'Content-Type: application/json' instead.");
        }

        var bytes = await ReadBodyAsync(body, cancellationToken);
        if (bytes.Length > MaxBodyBytes)
        {
            return TooLarge();
        }

        JsonNode? json;
        try
        {
            json = JsonInput.Parse(bytes, "the request body", "", TextPosition.Start, new JsonInputReport("the request body", null));
        }
        catch (DataFileException e)
        {
            return MigrationRouteHandler.Error(400, $"Failed to decode JSON object: {e.Message}");
        }

        if (InternalAuth.Check(authorization, _development, _passwordFile) is { } refused)
        {
            return refused;
        }

        if (IsFalsy(json))
        {
            // werkzeug's Request.json of an empty or false body.
            return MigrationRouteHandler.Error(400, "The browser (or proxy) sent a request that this server could not understand.");
        }

        try
        {
            return await _handler.HandleAsync(json, cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or MismatchingMigrationIndicesException or InvalidOperationException)
        {
            return MigrationRouteHandler.Error(500, e.Message);
        }
    }

    /// <summary>The answer to a body over <see cref="MaxBodyBytes"/> (also for a host whose server refused to read it).</summary>
    public static RouteResponse TooLarge() => MigrationRouteHandler.Error(413, $"The request body is larger than {MaxBodyBytes} bytes.");

    /// <summary>Stops a running command (its transaction is rolled back) and returns its name, or null if none ran.</summary>
    public Task<string?> StopAsync() => _handler.StopAsync();

    private static bool IsFalsy(JsonNode? body) => body switch
    {
        null => true,
        JsonObject o => o.Count == 0,
        JsonArray a => a.Count == 0,
        _ => body.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.False or System.Text.Json.JsonValueKind.Null => true,
            System.Text.Json.JsonValueKind.String => body.GetValue<string>().Length == 0,
            System.Text.Json.JsonValueKind.Number => body.ToJsonString().Trim('-', '0', '.') is "" or "e" or "E",
            _ => false,
        },
    };

    // Read to the end (a client waits for its body to be taken before it reads the answer), keeping at most one
    // byte more than the limit.
    private static async Task<byte[]> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length <= MaxBodyBytes)
            {
                buffer.Write(chunk, 0, (int)Math.Min(read, MaxBodyBytes + 1 - buffer.Length));
            }
        }

        return buffer.ToArray();
    }
}
