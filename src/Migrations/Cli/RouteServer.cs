using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Data;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Route;
using Npgsql;

namespace Migrations.Cli;

/// <summary>
/// <c>migrate serve</c>: upstream's migration route, <c>POST /internal/migrations</c>, on ASP.NET Core's slim builder.
/// The internal password comes from <c>INTERNAL_AUTH_PASSWORD_FILE</c> (or upstream's development password with
/// <c>OPENSLIDES_DEVELOPMENT</c>).
/// </summary>
internal static class RouteServer
{
    public const string Path = "/internal/migrations";

    public static async Task<int> RunAsync(NpgsqlDataSource dataSource, IReadOnlyList<MigrationDescriptor> migrations, string urls, TimeSpan? lockTimeout, CancellationToken cancellationToken)
    {
        var development = Environment.GetEnvironmentVariable("OPENSLIDES_DEVELOPMENT") is { } dev && dev.ToLowerInvariant() is "1" or "on" or "true";
        var passwordFile = Environment.GetEnvironmentVariable("INTERNAL_AUTH_PASSWORD_FILE");
        MigrationHandler Handler(Action<string> log, bool verbose) =>
            new(dataSource, migrations, new MigrationLogger(log, verbose), new MigrationOptions { LockTimeout = lockTimeout });

        var route = new MigrationRouteHandler(
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

        var listen = ParseUrls(urls);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(listen);
        // Upstream sets no limit. The route's bodies are a few bytes: one over MaxBodyBytes is read to its end (not
        // kept) and refused with a JSON answer; only one over ReadBodyBytes is cut off by the server.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = ReadBodyBytes);
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapPost(Path, async context =>
        {
            var answer = await AnswerAsync(context, route, development, passwordFile);
            context.Response.StatusCode = answer.StatusCode;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(UpstreamJson.Serialize(answer.Body), context.RequestAborted);
        });

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or FormatException or UriFormatException or ArgumentException)
        {
            throw new UsageException($"Cannot serve on {urls}: {(e.InnerException ?? e).Message}");
        }

        Console.Out.WriteLine($"Serving the migration route on {string.Join(", ", listen)}{Path}");
        await app.WaitForShutdownAsync(cancellationToken);
        var interrupted = await route.StopAsync();
        Console.Out.WriteLine("Stopped serving the migration route.");
        if (interrupted is not null)
        {
            Console.Error.WriteLine($"The running '{interrupted}' command was cancelled: its open transaction was rolled back, and what it had committed is kept.");
            return ExitCodes.Cancelled;
        }

        return ExitCodes.Success;
    }

    /// <summary>The largest request body accepted.</summary>
    public const int MaxBodyBytes = 1 << 20;

    /// <summary>The largest request body read (and refused) before the server answers.</summary>
    public const long ReadBodyBytes = 256L << 20;

    private static string[] ParseUrls(string urls)
    {
        var list = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (list.Length == 0)
        {
            throw new UsageException("--urls must name at least one URL, such as http://127.0.0.1:9002.");
        }

        foreach (var url in list)
        {
            // Kestrel's own forms: the host may be *, + or a name.
            var probe = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.PathAndQuery != "/" || uri.UserInfo.Length > 0)
            {
                throw new UsageException($"--urls: '{url}' is not a URL to listen on (scheme://host:port, such as http://127.0.0.1:9002).");
            }
        }

        return list;
    }

    private static async Task<RouteResponse> AnswerAsync(HttpContext context, MigrationRouteHandler route, bool development, string? passwordFile)
    {
        // Upstream's order: media type, the body's JSON, then the password, then the command.
        var mediaType = context.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not "application/json" && !(mediaType is { } m && m.StartsWith("application/", StringComparison.Ordinal) && m.EndsWith("+json", StringComparison.Ordinal)))
        {
            return MigrationRouteHandler.Error(400, "Wrong media type. Use 'Content-Type: application/json' instead.");
        }

        byte[] bytes;
        try
        {
            bytes = await ReadBodyAsync(context.Request.Body, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return MigrationRouteHandler.Error(413, $"The request body is larger than {MaxBodyBytes} bytes.");
        }

        if (bytes.Length > MaxBodyBytes)
        {
            return MigrationRouteHandler.Error(413, $"The request body is larger than {MaxBodyBytes} bytes.");
        }

        JsonNode? body;
        try
        {
            body = JsonInput.Parse(bytes, "the request body", "", TextPosition.Start, new JsonInputReport("the request body", null));
        }
        catch (DataFileException e)
        {
            return MigrationRouteHandler.Error(400, $"Failed to decode JSON object: {e.Message}");
        }

        if (InternalAuth.Check(context.Request.Headers.Authorization.FirstOrDefault(), development, passwordFile) is { } refused)
        {
            return refused;
        }

        if (IsFalsy(body))
        {
            // werkzeug's Request.json of an empty or false body.
            return MigrationRouteHandler.Error(400, "The browser (or proxy) sent a request that this server could not understand.");
        }

        try
        {
            return await route.HandleAsync(body, context.RequestAborted);
        }
        catch (Exception e) when (e is NpgsqlException or MismatchingMigrationIndicesException or InvalidOperationException)
        {
            return MigrationRouteHandler.Error(500, e.Message);
        }
    }

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
