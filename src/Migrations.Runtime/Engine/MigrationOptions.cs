namespace Migrations.Runtime.Engine;

/// <summary>Tuning and safety settings of a migration run.</summary>
public sealed record MigrationOptions
{
    /// <summary>How long a run waits for another run's lock before it gives up (null: wait as long as it takes).</summary>
    public TimeSpan? LockTimeout { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Positions read per page.</summary>
    public int PageSize { get; init; } = 2000;

    /// <summary>Positions written together at most (one round of statements on the writing connection).</summary>
    public int BatchPositions { get; init; } = 1000;

    /// <summary>Migrated events written together at most (a batch ends early when it has this many).</summary>
    public int BatchEvents { get; init; } = 20000;

    /// <summary>
    /// How often the written batches are committed together with the keyframes (a checkpoint; a killed run resumes
    /// from the last one). Zero commits every batch. A checkpoint also comes early when the keyframe models changed
    /// since the last one reach half of <see cref="KeyframeCacheBytes"/>.
    /// </summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Memory for the keyframes' models (their JSON bytes, each model object counted once however many keyframes share
    /// it; about twice that with the objects around them). Models beyond it stay in the keyframe tables and are read
    /// again when a position needs them.
    /// </summary>
    public long KeyframeCacheBytes { get; init; } = 64L << 20;

    /// <summary>Receives the progress of event migrations after every position (keep it cheap; throttle display there).</summary>
    public Action<MigrationProgress>? Progress { get; init; }

    /// <summary>
    /// Request events of a streaming model migration (<c>StreamEventsAsync</c>) written together at most (all into the
    /// same position). A migration that returns its events as one list is written as one request, as upstream's.
    /// </summary>
    public int ModelMigrationChunk { get; init; } = 5000;

    /// <summary>
    /// Called at every point where a crash would cut a run short (between statements of a batch, between the steps
    /// of finalize). Tests throw here to prove that a run killed at any such point resumes to the same result.
    /// </summary>
    internal Func<string, ValueTask>? FailPoint { get; init; }

    internal ValueTask ReachAsync(string point)
    {
        if (FailPoint is null)
        {
            return ValueTask.CompletedTask;
        }

        // The run and its writer reach points from two threads; the test hook sees them one at a time.
        lock (_failPointGate)
        {
            return FailPoint(point);
        }
    }

    private readonly object _failPointGate = new();
}
