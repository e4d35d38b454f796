using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Route;
using Npgsql;

namespace Migrations.Cli;

/// <summary>
/// <c>migrate serve</c>: upstream's migration route (<see cref="MigrationRoute"/>) on ASP.NET Core's slim builder.
/// </summary>
internal static class RouteServer
{
    public static async Task<int> RunAsync(NpgsqlDataSource dataSource, IReadOnlyList<MigrationDescriptor> migrations, string urls, TimeSpan? lockTimeout, CancellationToken cancellationToken)
    {
        var route = MigrationRoute.FromEnvironment(dataSource, migrations, lockTimeout);
        var listen = ParseUrls(urls);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(listen);
        // Upstream sets no limit. The route's bodies are a few bytes: one over MigrationRoute.MaxBodyBytes is read to
        // its end (not kept) and refused with a JSON answer; only one over ReadBodyBytes is cut off by the server.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = ReadBodyBytes);
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapPost(MigrationRoute.Path, async context =>
        {
            RouteResponse answer;
            try
            {
                answer = await route.AnswerAsync(
                    context.Request.ContentType, context.Request.Body, context.Request.Headers.Authorization.FirstOrDefault(), context.RequestAborted);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                answer = MigrationRoute.TooLarge();
            }

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

        Console.Out.WriteLine($"Serving the migration route on {string.Join(", ", listen)}{MigrationRoute.Path}");
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
}
