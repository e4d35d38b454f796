using System.Runtime.CompilerServices;
using Migrations.Runtime.Engine;
using Migrations.Runtime.Reading;
using Migrations.Runtime.Writing;

namespace Migrations.Runtime.Authoring;

/// <summary>
/// A migration that reads the current models and returns write-request events (spec §3.4). It runs once, during
/// finalize (or during an in-memory migration); a non-empty result becomes one new position with this migration's
/// target index, user 0 and no information.
/// </summary>
#pragma warning disable RS0022 // deliberate: BaseMigration's members reach authors only through the two bases
public abstract class ModelMigration : BaseMigration
#pragma warning restore RS0022
{
    /// <inheritdoc/>
    public sealed override MigrationKind Kind => MigrationKind.Model;

    /// <summary>The reader of the current models, set while the migration runs.</summary>
    protected IMigrationReader Reader { get; private set; } = null!;

    /// <summary>
    /// Returns the events to write, or null / an empty list for none (the default, as upstream's). The list belongs to
    /// the engine once returned (a <see cref="List{T}"/> is emptied as it is written).
    /// </summary>
    protected virtual Task<IReadOnlyList<RequestEvent>?> MigrateModelsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RequestEvent>?>(null);

    /// <summary>
    /// The events to write, one by one. Override this instead of <see cref="MigrateModelsAsync"/> when the result is
    /// large: together with the reader's streams memory stays bounded, because the engine writes the events in chunks
    /// as they come (still as one position). By default a streamed result is written chunk by chunk, the rows of
    /// <c>models</c> in chunk order; with <see cref="StreamsOneRequest"/> it is written as the single request
    /// <see cref="MigrateModelsAsync"/> returns.
    /// </summary>
    protected virtual async IAsyncEnumerable<RequestEvent> StreamEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var events = await MigrateModelsAsync(cancellationToken) ?? [];
        _isList = true;
        if (events is List<RequestEvent> list)
        {
            // The list is the engine's now: each event is let go once taken, so the written ones can be collected.
            for (var i = 0; i < list.Count; i++)
            {
                var e = list[i];
                list[i] = null!;
                yield return e;
            }

            yield break;
        }

        foreach (var e in events)
        {
            yield return e;
        }
    }

    /// <summary>
    /// True when the streamed events of an overridden <see cref="StreamEventsAsync"/> are what upstream writes as one
    /// request (its migration returns one list): the engine still takes them in chunks, but leaves <c>models</c> as
    /// the single request does, every row in upstream's order (which later migrations read), and the reader sees the
    /// models before the migration until the stream ends. Errors found late may still be thrown: nothing is kept.
    /// </summary>
    protected virtual bool StreamsOneRequest => false;

    /// <summary>
    /// True when the migration has read everything it reads before it yields its first event (it holds its results
    /// until then). The in-memory migration then applies the events to the models in place as they come, instead of
    /// keeping every changed model aside beside its original until the migration ends (0044 changes nearly every
    /// model of an import); its reader refuses to answer once the first event is taken.
    /// </summary>
    protected virtual bool ReadsBeforeItYields => false;

    /// <summary>See <see cref="ReadsBeforeItYields"/>.</summary>
    internal bool ReadsFirst => ReadsBeforeItYields;

    private bool _isList;

    /// <summary>
    /// True once the events come from <see cref="MigrateModelsAsync"/> (the default <see cref="StreamEventsAsync"/>)
    /// or the migration <see cref="StreamsOneRequest"/>: the engine writes them as one request, as upstream's writer
    /// does, so the rows of <c>models</c> are written in upstream's order (which later migrations read). Other
    /// streamed events are written in chunks.
    /// </summary>
    internal bool IsOneList => _isList || StreamsOneRequest;

    /// <summary>
    /// The run's log, for the lines a migration reports while it works (upstream's migrations <c>print</c> them): the
    /// engine's logger, so they reach the console, <c>--verbose</c> or not, and the route's <c>progress</c> output.
    /// </summary>
    protected MigrationLogger Logger { get; private set; } = MigrationLogger.Console();

    internal IAsyncEnumerable<RequestEvent> StreamAsync(IMigrationReader reader, CancellationToken cancellationToken, MigrationLogger? logger = null)
    {
        Reader = reader;
        Logger = logger ?? MigrationLogger.Console();
        _isList = false;
        return StreamEventsAsync(cancellationToken);
    }
}
