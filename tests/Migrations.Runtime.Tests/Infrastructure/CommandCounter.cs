using System.Diagnostics;

namespace Migrations.Runtime.Tests.Infrastructure;

/// <summary>
/// Counts the commands Npgsql sends from the current async flow (its "Npgsql" activity source emits one activity
/// per command or batch). Other test classes run in parallel; their commands do not count.
/// </summary>
internal sealed class CommandCounter : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly AsyncLocal<bool> _counting = new() { Value = true };
    private int _count;

    public CommandCounter()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = _ =>
            {
                if (_counting.Value)
                {
                    Interlocked.Increment(ref _count);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public int Count => Volatile.Read(ref _count);

    public void Dispose()
    {
        _counting.Value = false;
        _listener.Dispose();
    }
}
