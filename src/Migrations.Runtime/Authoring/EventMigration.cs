using System.Text.Json.Nodes;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keyframes;

namespace Migrations.Runtime.Authoring;

/// <summary>
/// A migration that rewrites the events of every position (spec §3.2). One instance runs all positions in order,
/// so fields may carry state across positions; reset per-position state in <see cref="PositionInit"/>.
/// <para>
/// For each position the engine sets <see cref="OldAccessor"/>, <see cref="NewAccessor"/>, <see cref="PositionData"/>
/// and <see cref="ModelStatus"/>, calls <see cref="PositionInit"/>, then <see cref="MigrateEvent"/> for every event
/// in the order of <see cref="OrderEvents"/> (creates first), and finally <see cref="GetAdditionalEvents"/>. The accessors include the events of this position
/// processed so far.
/// </para>
/// </summary>
#pragma warning disable RS0022 // deliberate: BaseMigration's members reach authors only through the two bases
public abstract class EventMigration : BaseMigration
#pragma warning restore RS0022
{
    private static readonly IReadOnlyDictionary<string, EventType> NoModels = new Dictionary<string, EventType>();

    private IKeyframeAccessor? _old;
    private IKeyframeAccessor? _new;

    /// <inheritdoc/>
    public sealed override MigrationKind Kind => MigrationKind.Event;

    /// <summary>The datastore at the source migration index.</summary>
    protected IKeyframeAccessor OldAccessor => _old ?? throw NotRunning();

    /// <summary>The datastore at the target migration index (already migrated).</summary>
    protected IKeyframeAccessor NewAccessor => _new ?? throw NotRunning();

    /// <summary>The position being migrated.</summary>
    protected PositionData PositionData { get; private set; } = null!;

    /// <summary>
    /// Per fqid, <see cref="EventType.Create"/> or <see cref="EventType.Delete"/> as the original events of this
    /// position leave it (a delete is sticky).
    /// </summary>
    protected IReadOnlyDictionary<string, EventType> ModelStatus { get; private set; } = NoModels;

    /// <summary>Called once per position before its events; reset per-position state here.</summary>
    protected virtual void PositionInit()
    {
    }

    /// <summary>
    /// Migrates one event. Return null to keep the original (unchanged) event, an empty list to drop it, or the
    /// events that replace it. The event may be changed in place and returned.
    /// </summary>
    protected abstract IReadOnlyList<DatastoreEvent>? MigrateEvent(DatastoreEvent @event);

    /// <summary>Events appended to the position after all its events were migrated (not no-op filtered).</summary>
    protected virtual IReadOnlyList<DatastoreEvent>? GetAdditionalEvents() => null;

    /// <summary>
    /// The same events one at a time: override this instead of <see cref="GetAdditionalEvents"/> when a position may
    /// get very many of them (one per user of an import). The engine still takes every one before it applies the
    /// first, so the accessors answer while they are produced as they do for the list; the in-memory migration keeps
    /// each as bytes as soon as it is taken, so they are never all objects at once.
    /// </summary>
    protected virtual IEnumerable<DatastoreEvent> StreamAdditionalEvents() => GetAdditionalEvents() ?? [];

    /// <summary>True if the model would exist after this position without this migration.</summary>
    protected bool WillExist(string fqid)
    {
        ModelStatus.TryGetValue(fqid, out var status);
        var known = ModelStatus.ContainsKey(fqid);
        return (NewAccessor.ModelNotDeleted(fqid) && !(known && status == EventType.Delete)) || (known && status == EventType.Create);
    }

    /// <summary>
    /// Runs the migration on one position's events and returns the events that replace them. The engine calls
    /// this; <paramref name="oldAccessor"/> and <paramref name="newAccessor"/> receive the applied events.
    /// </summary>
    internal List<DatastoreEvent> Migrate(IReadOnlyList<DatastoreEvent> events, KeyframeView oldAccessor, KeyframeView newAccessor, PositionData positionData, Action<DatastoreEvent>? onEvent = null)
    {
        Begin(oldAccessor, newAccessor, positionData, events.Select(e => (e.Type, e.Fqid)));
        try
        {
            return MigratePosition(events, oldAccessor, newAccessor, onEvent);
        }
        finally
        {
            End();
        }
    }

    private void Begin(IKeyframeAccessor oldAccessor, IKeyframeAccessor newAccessor, PositionData positionData, IEnumerable<(EventType Type, string Fqid)> events)
    {
        _old = oldAccessor;
        _new = newAccessor;
        PositionData = positionData;
        ModelStatus = ComputeModelStatus(events);
    }

    /// <summary>The instance lives as long as the registry: it must not keep the position's keyframes alive.</summary>
    private void End()
    {
        _old = null;
        _new = null;
        ModelStatus = NoModels;
    }

    private List<DatastoreEvent> MigratePosition(IReadOnlyList<DatastoreEvent> events, KeyframeView oldAccessor, KeyframeView newAccessor, Action<DatastoreEvent>? onEvent)
    {
        PositionInit();

        var output = new List<DatastoreEvent>(events.Count);
        foreach (var @event in CheckedOrder(events))
        {
            onEvent?.Invoke(@event);

            // The old accessor gets the event as it was before the migration saw it. Upstream copies every event
            // for that; here its payload is kept, and the event itself is the original unless the migration changed
            // it in place (then the original is built again from the payload).
            var fqid = @event.Fqid;
            var content = StoredModelApplier.Content(@event);
            var translated = MigrateEvent(@event);
            var original = ReferenceEquals(@event.Fqid, fqid) && StoredModelApplier.HasContent(@event, content)
                ? @event
                : DatastoreEvent.From(@event.Type, fqid, content.Length == 0 ? null : JsonNode.Parse(content));
            oldAccessor.Apply(original, content);
            foreach (var result in translated ?? [original])
            {
                if (IsNoOp(result))
                {
                    continue;
                }

                newAccessor.Apply(result, ReferenceEquals(result, original) ? content : null);
                output.Add(result);
            }
        }

        foreach (var additional in StreamAdditionalEvents().ToList())
        {
            newAccessor.Apply(additional);
            output.Add(additional);
        }

        return output;
    }

    /// <summary>
    /// The same for a position held as <see cref="CompactEvent"/>s (the in-memory migration): each event is parsed
    /// when the migration gets it and kept as bytes again once it is applied, so that only the events the migration
    /// itself holds on to are objects at a time. A migration with an order of its own orders the events' headers
    /// (see <see cref="OrderEvents"/>).
    /// </summary>
    internal List<CompactEvent> MigrateCompact(List<CompactEvent> events, PositionView oldAccessor, PositionView newAccessor, PositionData positionData)
    {
        ArgumentNullException.ThrowIfNull(events);
        Begin(oldAccessor, newAccessor, positionData, events.Select(e => (e.Type, e.Fqid)));
        try
        {
            PositionInit();
            var order = OrderEvents(Array.Empty<DatastoreEvent>()) is CreatesFirst
                ? events.Where(e => e.Type == EventType.Create).Concat(events.Where(e => e.Type != EventType.Create))
                : OrderByHeaders(events);
            var output = new List<CompactEvent>(events.Count);
            foreach (var compact in order)
            {
                var @event = compact.Parse();
                var content = compact.Payload;
                var translated = MigrateEvent(@event);
                var original = ReferenceEquals(@event.Fqid, compact.Fqid) && StoredModelApplier.HasContent(@event, content) ? @event : compact.Parse();
                oldAccessor.Apply(original, compact);
                foreach (var result in translated ?? [original])
                {
                    if (IsNoOp(result))
                    {
                        continue;
                    }

                    var resultCompact = ReferenceEquals(result, original) ? compact : CompactEvent.From(result);
                    newAccessor.Apply(result, resultCompact);
                    output.Add(resultCompact);
                }
            }

            // Every additional event is taken (as bytes) before the first is applied, as the list is.
            var additions = StreamAdditionalEvents().Select(CompactEvent.From).ToList();
            foreach (var additionalCompact in additions)
            {
                newAccessor.Apply(additionalCompact.Parse(), additionalCompact);
                output.Add(additionalCompact);
            }

            return output;
        }
        finally
        {
            End();
        }
    }

    /// <summary>
    /// The order of <see cref="OrderEvents"/> for events held as bytes: it is given header events (type and fqid, an
    /// empty payload), so that the position is not parsed whole to be ordered.
    /// </summary>
    private List<CompactEvent> OrderByHeaders(List<CompactEvent> events)
    {
        var headers = new List<DatastoreEvent>(events.Count);
        var compactOf = new Dictionary<object, CompactEvent>(events.Count, ReferenceEqualityComparer.Instance);
        foreach (var compact in events)
        {
            var header = DatastoreEvent.From(compact.Type, compact.Fqid, compact.Type switch
            {
                EventType.Delete or EventType.Restore => null,
                EventType.DeleteFields => new JsonArray(),
                _ => new JsonObject(),
            });
            headers.Add(header);
            compactOf[header] = compact;
        }

        return CheckedOrder(headers).Select(header => compactOf[header]).ToList();
    }

    private static Dictionary<string, EventType> ComputeModelStatus(IEnumerable<(EventType Type, string Fqid)> events)
    {
        var status = new Dictionary<string, EventType>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e.Type is EventType.Create or EventType.Delete
                && !(status.TryGetValue(e.Fqid, out var current) && current == EventType.Delete))
            {
                status[e.Fqid] = e.Type;
            }
        }

        return status;
    }

    /// <summary>
    /// The order in which the position's events are migrated and applied (the output follows it): every create
    /// first, then the other events, each group in its original order. Override it when a migration must see some
    /// events before others; it must yield every event exactly once, and decide by each event's type and fqid only:
    /// the in-memory migration, which holds a position as bytes, orders events that carry no payload.
    /// </summary>
    protected virtual IEnumerable<DatastoreEvent> OrderEvents(IReadOnlyList<DatastoreEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        return new CreatesFirst(events);
    }

    /// <summary>
    /// The order of <see cref="OrderEvents"/>; an order other than the default one is checked first, so that the
    /// per-position hot path of the usual migration pays nothing for the check.
    /// </summary>
    private IEnumerable<DatastoreEvent> CheckedOrder(IReadOnlyList<DatastoreEvent> events)
    {
        var order = OrderEvents(events);
        if (order is CreatesFirst)
        {
            return order;
        }

        var ordered = order.ToList();
        var given = new HashSet<object>(events, ReferenceEqualityComparer.Instance);
        if (ordered.Count != events.Count || !ordered.All(given.Remove))
        {
            throw new InvalidOperationException($"{Name}: OrderEvents must yield every event of the position exactly once.");
        }

        return ordered;
    }

    /// <summary>The default order: creates first, then the other events, each in their original order.</summary>
    private sealed class CreatesFirst(IReadOnlyList<DatastoreEvent> events) : IEnumerable<DatastoreEvent>
    {
        public IEnumerator<DatastoreEvent> GetEnumerator() =>
            events.Where(e => e.Type == EventType.Create).Concat(events.Where(e => e.Type != EventType.Create)).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Upstream's no-op filter: empty updates, list updates and deletefields are dropped.</summary>
    internal static bool IsNoOp(DatastoreEvent e) => e switch
    {
        UpdateEvent update => update.Data.Count == 0,
        ListUpdateEvent list => list.IsEmpty,
        DeleteFieldsEvent deleteFields => deleteFields.Fields.Count == 0,
        _ => false,
    };

    private InvalidOperationException NotRunning() =>
        new($"The accessors of {Name} are only available while it migrates a position.");
}
