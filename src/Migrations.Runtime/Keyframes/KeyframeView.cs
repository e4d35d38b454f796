using System.Text.Json.Nodes;
using Migrations.Runtime.Errors;
using Migrations.Runtime.Events;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Keyframes;

/// <summary>
/// A keyframe as one position sees it: reads go through to the underlying <see cref="Keyframe"/>, applied events
/// change copies held here until <see cref="Commit"/> (the position succeeded) or are simply dropped (the position
/// failed, or this is an intermediate new accessor whose changes the next step recomputes, spec §4.6).
/// </summary>
internal sealed class KeyframeView(Keyframe keyframe, int position, ApplyMemo? memo = null) : ModelStateAccessor
{
    private readonly Dictionary<string, StoredModel> _changed = new(StringComparer.Ordinal);
    private Dictionary<string, HashSet<int>>? _ids;

    /// <summary>Applies the event (validated again, as upstream's clone does) at this view's position.</summary>
    public void Apply(DatastoreEvent @event, byte[]? content = null)
    {
        var fqid = @event.Fqid;
        StoredModel? current = null;
        if (_changed.TryGetValue(fqid, out var changed))
        {
            current = changed;
        }
        else
        {
            current = keyframe.Get(fqid);
        }

        var result = StoredModelApplier.Apply(current, @event, position, memo, content);
        _changed[fqid] = result;
        if (_ids is not null)
        {
            UpdateIds(fqid, result);
        }
    }

    /// <summary>
    /// Writes the changes into the keyframe. <paramref name="shared"/> holds the models other keyframes stored for
    /// this position: an equal one is reused instead of kept twice, and this view's models are added to it.
    /// </summary>
    public void Commit(Dictionary<string, StoredModel>? shared = null)
    {
        foreach (var (fqid, model) in _changed)
        {
            var stored = model;
            if (shared is not null)
            {
                stored = shared[fqid] = stored.ShareWith(shared.GetValueOrDefault(fqid));
            }

            keyframe.Set(fqid, stored);
        }

        _changed.Clear();
        _ids = null;
    }

    public override IReadOnlySet<int> GetAllIdsForCollection(string collection)
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

    public override IReadOnlySet<int> GetAllIdsForCollection(string collection, bool includeDeleted)
    {
        if (!includeDeleted)
        {
            return GetAllIdsForCollection(collection);
        }

        // Models are never removed, so every model changed here exists, deleted or not.
        var ids = new HashSet<int>(keyframe.AllIds(collection));
        foreach (var fqid in _changed.Keys)
        {
            if (DatastoreKeys.CollectionOf(fqid) == collection)
            {
                ids.Add(DatastoreKeys.IdOf(fqid));
            }
        }

        return ids;
    }

    private void UpdateIds(string fqid, StoredModel model)
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

    /// <summary>Null if the model does not exist, else whether it is deleted (no parsing needed).</summary>
    protected override bool? DeletedState(string fqid) =>
        _changed.TryGetValue(fqid, out var changed) ? changed.Deleted : keyframe.DeletedState(fqid);

    /// <summary>A caller-owned copy of an existing model.</summary>
    protected override JsonObject Copy(string fqid) =>
        JsonNode.Parse((_changed.TryGetValue(fqid, out var changed) ? changed : Stored(fqid)).Json)!.AsObject();

    private StoredModel Stored(string fqid) => keyframe.Get(fqid) ?? throw new KeyframeModelDoesNotExistException(fqid);
}
