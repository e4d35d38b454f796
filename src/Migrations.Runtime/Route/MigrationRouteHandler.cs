using System.Text;
using System.Text.Json.Nodes;
using Migrations.Runtime.Engine;

namespace Migrations.Runtime.Route;

/// <summary>One answer of the migration route: an HTTP status and a JSON body.</summary>
public sealed record RouteResponse(int StatusCode, JsonObject Body);

/// <summary>
/// The state machine behind <c>POST /internal/migrations</c> (spec §6.2), independent of the web server: commands
/// run in the background with their log lines collected; <c>progress</c> returns the output so far; the output of a
/// finished command must have been delivered once before another command may start. One instance per process, as
/// upstream's class-level state; the engine's advisory lock still guards against other processes.
/// </summary>
public sealed class MigrationRouteHandler(
    Func<string, bool, Action<string>, CancellationToken, Task> runCommand,
    Func<CancellationToken, Task<MigrationStats>> getStats,
    TimeSpan? waitForResult = null)
{
    /// <summary>The commands that run in the background.</summary>
    public static readonly IReadOnlyList<string> BackgroundCommands = ["migrate", "finalize", "reset", "clear-collectionfield-tables"];

    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private string? _runningCommand;
    private readonly TimeSpan _wait = waitForResult ?? TimeSpan.FromSeconds(0.2);
    private Task? _running;
    private StringBuilder? _output;
    private Exception? _exception;
    private bool _delivered;

    /// <summary>Handles one request body; never throws for bad input.</summary>
    public async Task<RouteResponse> HandleAsync(JsonNode? body, CancellationToken cancellationToken = default)
    {
        var command = body is JsonObject o && o["cmd"] is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : null;
        if (command is null)
        {
            return Error(400, "No command provided");
        }

        var verbose = body!["verbose"] is JsonValue flag && flag.GetValueKind() == System.Text.Json.JsonValueKind.True;
        Task started;
        lock (_lock)
        {
            if (command == "progress")
            {
                if (IsRunning)
                {
                    return Success(new JsonObject { ["status"] = "migration_running", ["output"] = _output!.ToString() });
                }

                started = Task.CompletedTask;
            }
            else
            {
                if (IsRunning)
                {
                    return Error(400, "Migration is running, only 'progress' command is allowed");
                }

                if (_output is not null)
                {
                    if (!_delivered)
                    {
                        return Error(400, "Last migration output not read yet. Please call 'progress' first.");
                    }

                    _output = null;
                    _exception = null;
                }

                if (command == "stats")
                {
                    started = Task.CompletedTask;
                }
                else if (BackgroundCommands.Contains(command))
                {
                    var output = _output = new StringBuilder();
                    _delivered = false;
                    _runningCommand = command;
                    void Log(string line)
                    {
                        lock (_lock)
                        {
                            output.Append(line).Append('\n');
                        }
                    }

                    started = _running = Task.Run(async () =>
                    {
                        try
                        {
                            await runCommand(command, verbose, Log, _stopping.Token);
                        }
#pragma warning disable CA1031 // Any failure is reported through "exception", as upstream does.
                        catch (Exception e)
#pragma warning restore CA1031
                        {
                            lock (_lock)
                            {
                                _exception = e;
                            }
                        }
                    }, CancellationToken.None);
                }
                else
                {
                    return Error(400, $"Unknown command: {command}");
                }
            }
        }

        if (command == "stats")
        {
            return Success(new JsonObject { ["stats"] = StatsJson(await getStats(cancellationToken)) });
        }

        if (command != "progress" && await Task.WhenAny(started, Task.Delay(_wait, cancellationToken)) != started)
        {
            lock (_lock)
            {
                return Success(new JsonObject { ["status"] = "migration_running", ["output"] = _output!.ToString() });
            }
        }

        return await ResultAsync(cancellationToken);
    }

    private bool IsRunning => _running is { IsCompleted: false };

    /// <summary>
    /// Cancels the command that is running, if any (the server is stopping), and waits for it to end; returns its
    /// name, or null when none was running.
    /// </summary>
    public async Task<string?> StopAsync()
    {
        Task? running;
        string? command;
        lock (_lock)
        {
            running = IsRunning ? _running : null;
            command = _runningCommand;
        }

        await _stopping.CancelAsync();
        if (running is null)
        {
            return null;
        }

        await running;
        return command;
    }

    private async Task<RouteResponse> ResultAsync(CancellationToken cancellationToken)
    {
        var stats = await getStats(cancellationToken);
        var result = new JsonObject { ["status"] = stats.Status.ToName() };
        lock (_lock)
        {
            if (_output is not null)
            {
                result["output"] = _output.ToString();
                if (_exception is not null)
                {
                    result["exception"] = _exception.Message;
                }

                _delivered = true;
            }
        }

        return Success(result);
    }

    /// <summary>Upstream's stats dictionary (spec §4.10).</summary>
    public static JsonObject StatsJson(MigrationStats stats) => new()
    {
        ["status"] = stats.Status.ToName(),
        ["current_migration_index"] = stats.CurrentMigrationIndex,
        ["target_migration_index"] = stats.TargetMigrationIndex,
        ["positions"] = stats.Positions,
        ["events"] = stats.Events,
        ["partially_migrated_positions"] = stats.PartiallyMigratedPositions,
        ["fully_migrated_positions"] = stats.FullyMigratedPositions,
    };

    private static RouteResponse Success(JsonObject result)
    {
        var body = new JsonObject { ["success"] = true };
        foreach (var (key, value) in result.ToList())
        {
            result.Remove(key);
            body[key] = value;
        }

        return new RouteResponse(200, body);
    }

    /// <summary>An error answer: <c>{"success": false, "message": …}</c>.</summary>
    public static RouteResponse Error(int status, string message) => new(status, new JsonObject { ["success"] = false, ["message"] = message });
}
