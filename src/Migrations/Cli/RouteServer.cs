using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Engine;
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

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.MapPost(Path, async context =>
        {
            var answer = InternalAuth.Check(context.Request.Headers.Authorization.FirstOrDefault(), development, passwordFile);
            if (answer is null)
            {
                JsonNode? body;
                try
                {
                    body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
                }
                catch (JsonException e)
                {
                    body = null;
                    answer = MigrationRouteHandler.Error(400, $"The request body is not JSON: {e.Message}");
                }

                if (answer is null)
                {
                    try
                    {
                        answer = await route.HandleAsync(body, context.RequestAborted);
                    }
                    catch (Exception e) when (e is NpgsqlException or MismatchingMigrationIndicesException or InvalidOperationException)
                    {
                        answer = MigrationRouteHandler.Error(500, e.Message);
                    }
                }
            }

            context.Response.StatusCode = answer.StatusCode;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body.ToJsonString(), context.RequestAborted);
        });

        Console.Out.WriteLine($"Serving the migration route on {urls}{Path}");
        await app.StartAsync(cancellationToken);
        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
