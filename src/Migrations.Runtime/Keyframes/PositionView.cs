using System.Text.Json.Nodes;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Keyframes;

/// <summary>
/// An accessor of the in-memory migration, whose datastore is one position on nothing (spec §5): what a
/// <see cref="KeyframeView"/> over an empty keyframe shows, with the same checks, messages and results, but a model
/// that only its create has touched is that create event itself. Such a position is almost all creates, and the
/// events are held anyway (the step's input and output), so a step's two views cost a reference per model instead
/// of a copy of the data each. The events that follow a model's create are kept with it (they are held anyway) and
/// applied again when the model is read or a list update needs its lists to be checked; a model with many events here
/// is built as bytes and kept.
/// </summary>
internal sealed class PositionView(int position) : ModelStateAccessor
{
    /// <summary>
    /// Per fqid, in the order of the first event: its create (<see cref="CompactEvent"/>), the model built
    /// (<see cref="StoredModel"/>) or either of them with the events applied since (<see cref="Pending"/>).
    /// </summary>
    private readonly Dictionary<string, object> _models = new(StringComparer.Ordinal);

    private Dictionary<string, HashSet<int>>? _liveIds;

    /// <summary>Events kept after a model's create or bytes before the model is built and kept instead.</summary>
    private const int MaxTail = 8;

    /// <summary>
    /// Applies the event (validated and applied by the rules of <see cref="StoredModelApplier"/>); <paramref name="compact"/> is
    /// the same event as bytes, kept as the model when it creates one.
    /// </summary>
    public void Apply(DatastoreEvent @event, CompactEvent compact)
    {
        var fqid = @event.Fqid;
        _models.TryGetValue(fqid, out var entry);
        @event.Validate();
        EventRules.CheckState(@event, entry is null ? null : IsDeleted(entry));
        object result;
        var pending = entry as Pending;
        if (entry is null)
        {
            result = compact;
        }
        else if (pending?.Tail.Count >= MaxTail)
        {
            // Many events here already: the model is built and kept, so that reading it stays cheap.
            result = StoredModelApplier.Apply(Build(entry), @event, position, content: compact.Payload);
        }
        else
        {
            if (@event.Type == EventType.ListFields)
            {
                // A list update's checks need the model's lists: it is applied to the model as it is now, to check.
                StoredModelApplier.Apply(Build(entry), @event, position, content: compact.Payload);
            }

            pending ??= new Pending(entry);
            pending.Tail.Add(compact);
            pending.Deleted = @event.Type switch
            {
                EventType.Delete => true,
                EventType.Restore => false,
                _ => pending.Deleted,
            };
            result = pending;
        }

        _models[fqid] = result;
        if (_liveIds is not null)
        {
            UpdateIds(fqid, result);
        }
    }

    /// <summary>Every model, built, in the order of first appearance; each is let go here as it is taken.</summary>
    public IEnumerable<KeyValuePair<string, StoredModel>> TakeModels()
    {
        _liveIds = null;
        foreach (var (fqid, entry) in _models)
        {
            // Removing the current entry while enumerating is allowed (it does not disturb the enumerator).
            _models.Remove(fqid);
            yield return new(fqid, Build(entry));
        }
    }

    public override IReadOnlySet<int> GetAllIdsForCollection(string collection)
    {
        if (_liveIds is null)
        {
            _liveIds = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
            foreach (var (fqid, entry) in _models)
            {
                UpdateIds(fqid, entry);
            }
        }

        return _liveIds.TryGetValue(collection, out var ids) ? new HashSet<int>(ids) : [];
    }

    public override IReadOnlySet<int> GetAllIdsForCollection(string collection, bool includeDeleted)
    {
        if (!includeDeleted)
        {
            return GetAllIdsForCollection(collection);
        }

        // Models are never removed, so every model here exists, deleted or not.
        var ids = new HashSet<int>();
        foreach (var fqid in _models.Keys)
        {
            if (DatastoreKeys.CollectionOf(fqid) == collection)
            {
                ids.Add(DatastoreKeys.IdOf(fqid));
            }
        }

        return ids;
    }

    private void UpdateIds(string fqid, object entry)
    {
        var collection = DatastoreKeys.CollectionOf(fqid);
        if (!_liveIds!.TryGetValue(collection, out var ids))
        {
            _liveIds[collection] = ids = [];
        }

        if (IsDeleted(entry))
        {
            ids.Remove(DatastoreKeys.IdOf(fqid));
        }
        else
        {
            ids.Add(DatastoreKeys.IdOf(fqid));
        }
    }

    /// <summary>Null if the model does not exist, else whether it is deleted (nothing built).</summary>
    protected override bool? DeletedState(string fqid) => _models.TryGetValue(fqid, out var entry) ? IsDeleted(entry) : null;

    private static bool IsDeleted(object entry) => entry switch
    {
        StoredModel model => model.Deleted,
        Pending pending => pending.Deleted,
        _ => false,
    };

    /// <summary>The model as a keyframe stores it; null if it does not exist.</summary>
    private StoredModel? Built(string fqid) => _models.TryGetValue(fqid, out var entry) ? Build(entry) : null;

    private StoredModel Build(object entry)
    {
        var pending = entry as Pending;
        var basis = pending?.Basis ?? entry;
        var model = basis as StoredModel ?? StoredModelApplier.Created(((CompactEvent)basis).Payload, position);
        foreach (var @event in pending?.Tail ?? [])
        {
            model = StoredModelApplier.Apply(model, @event.Parse(), position, content: @event.Payload);
        }

        return model;
    }

    /// <summary>A caller-owned copy of an existing model.</summary>
    protected override JsonObject Copy(string fqid) => JsonNode.Parse(Built(fqid)!.Json)!.AsObject();

    /// <summary>A model (its create or its bytes) and the events of this position applied to it since, in order.</summary>
    private sealed class Pending(object basis)
    {
        public object Basis { get; } = basis;

        public List<CompactEvent> Tail { get; } = new(1);

        public bool Deleted { get; set; } = IsDeleted(basis);
    }
}
