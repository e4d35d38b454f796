using System.Text.Json.Nodes;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Keyframes;

/// <summary>
/// A keyframe as one position sees it: reads go through to the underlying <see cref="Keyframe"/>, applied events
/// change copies held here until <see cref="Commit"/> (the position succeeded) or are simply dropped (the position
/// failed, or this is an intermediate new accessor whose changes the next step recomputes, spec §4.6).
/// </summary>
internal sealed class KeyframeView(Keyframe keyframe, int position) : IKeyframeAccessor
{
    private readonly Dictionary<string, ModelRecord> _changed = new(StringComparer.Ordinal);
    private Dictionary<string, HashSet<int>>? _ids;

    /// <summary>Applies the event (validated again, as upstream's clone does) at this view's position.</summary>
    public void Apply(DatastoreEvent @event)
    {
        var fqid = @event.Fqid;
        ModelRecord? current = null;
        if (_changed.TryGetValue(fqid, out var changed))
        {
            current = changed;
        }
        else if (keyframe.TryGet(fqid, out var stored))
        {
            current = stored.Clone();
        }

        var result = EventApplier.Apply(current, @event, position);
        _changed[fqid] = result;
        if (_ids is not null)
        {
            UpdateIds(fqid, result);
        }
    }

    /// <summary>Writes the changes into the keyframe.</summary>
    public void Commit()
    {
        foreach (var (fqid, model) in _changed)
        {
            keyframe.Set(fqid, model);
        }

        _changed.Clear();
        _ids = null;
    }

    public JsonObject GetModel(string fqid)
    {
        var model = Fetch(fqid) ?? throw new KeyframeModelDoesNotExistException(fqid);
        return model.Deleted ? throw new KeyframeModelDeletedException(fqid) : (JsonObject)model.Data.DeepClone();
    }

    public JsonObject GetDeletedModel(string fqid)
    {
        var model = Fetch(fqid) ?? throw new KeyframeModelDoesNotExistException(fqid);
        return model.Deleted ? (JsonObject)model.Data.DeepClone() : throw new KeyframeModelNotDeletedException(fqid);
    }

    public (JsonObject Model, bool Deleted) GetModelIgnoreDeleted(string fqid)
    {
        var model = Fetch(fqid) ?? throw new KeyframeModelDoesNotExistException(fqid);
        return ((JsonObject)model.Data.DeepClone(), model.Deleted);
    }

    public bool ModelExists(string fqid) => Fetch(fqid) is not null;

    public bool ModelNotDeleted(string fqid) => Fetch(fqid) is { Deleted: false };

    public IReadOnlySet<int> GetAllIdsForCollection(string collection)
    {
        if (_changed.Count == 0)
        {
            return new HashSet<int>(keyframe.LiveIds(collection));
        }

        if (_ids is null)
        {
            _ids = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
            foreach (var (fqid, model) in _changed)
            {
                UpdateIds(fqid, model);
            }
        }

        return _ids.TryGetValue(collection, out var ids) ? new HashSet<int>(ids) : new HashSet<int>(keyframe.LiveIds(collection));
    }

    private void UpdateIds(string fqid, ModelRecord model)
    {
        var collection = DatastoreKeys.CollectionOf(fqid);
        if (!_ids!.TryGetValue(collection, out var ids))
        {
            _ids[collection] = ids = new HashSet<int>(keyframe.LiveIds(collection));
        }

        if (model.Deleted)
        {
            ids.Remove(DatastoreKeys.IdOf(fqid));
        }
        else
        {
            ids.Add(DatastoreKeys.IdOf(fqid));
        }
    }

    private ModelRecord? Fetch(string fqid) =>
        _changed.TryGetValue(fqid, out var changed) ? changed : keyframe.TryGet(fqid, out var stored) ? stored : null;
}
