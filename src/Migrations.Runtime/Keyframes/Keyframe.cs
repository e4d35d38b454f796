using Migrations.Runtime.Errors;
using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Keyframes;

/// <summary>
/// The complete datastore at one migration index after some position. What it always holds in memory is small:
/// the ids of every collection (all and live, as bitmaps), so existence and the deleted state are known without a
/// model. The models themselves are a cache of compact JSON: every model changed since the last checkpoint (it is
/// written back then), plus clean models as the memory budget allows; a clean model that is not cached is read
/// through <see cref="Loader"/> from the keyframe's database row, which holds it since the last checkpoint.
/// </summary>
internal sealed class Keyframe
{
    private readonly Dictionary<string, StoredModel> _models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (IdSet All, IdSet Live)> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dirty = new(StringComparer.Ordinal);
    private readonly KeyframeMemory _memory;
    private bool _evicted;

    /// <param name="migrationIndex">The migration index it shows the datastore at.</param>
    /// <param name="memory">Where the memory of its models is counted (shared by the keyframes of one run).</param>
    public Keyframe(int migrationIndex, KeyframeMemory? memory = null)
    {
        MigrationIndex = migrationIndex;
        _memory = memory ?? new KeyframeMemory();
    }

    /// <summary>The migration index this keyframe shows the datastore at.</summary>
    public int MigrationIndex { get; }

    /// <summary>The id of its row in <c>migration_keyframes</c>, once it has one.</summary>
    public int? DatabaseId { get; set; }

    /// <summary>The position the database row stands at (the last checkpoint).</summary>
    public int DatabasePosition { get; set; }

    /// <summary>Reads a model of this keyframe that exists but is not cached (null: everything stays cached).</summary>
    public Func<Keyframe, string, StoredModel>? Loader { get; set; }

    /// <summary>The migrater's batch number: models used now are stamped with it (see <see cref="Evict"/>).</summary>
    public int Now { get; set; }

    /// <summary>Models in memory.</summary>
    public int CachedCount => _models.Count;

    /// <summary>Every model; only while nothing was evicted (a keyframe without loader never evicts).</summary>
    public IEnumerable<KeyValuePair<string, StoredModel>> Models =>
        _evicted ? throw new BadCodingException("The models of an evicted keyframe are not all in memory") : _models;

    /// <summary>Null if the model does not exist, else whether it is deleted (from the ids, nothing loaded).</summary>
    public bool? DeletedState(string fqid)
    {
        if (_models.TryGetValue(fqid, out var model))
        {
            return model.Deleted;
        }

        // Not every fqid reaching here is valid (list updates do not check theirs): such a model does not exist.
        var separator = fqid.IndexOf('/', StringComparison.Ordinal);
        if (separator < 0 || !_ids.TryGetValue(fqid[..separator], out var ids)
            || !int.TryParse(fqid.AsSpan(separator + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        return ids.All.Contains(id) ? !ids.Live.Contains(id) : null;
    }

    /// <summary>The model, loaded if it is not cached; null if it does not exist.</summary>
    public StoredModel? Get(string fqid)
    {
        if (_models.TryGetValue(fqid, out var model))
        {
            model.LastUsed = Now;
            return model;
        }

        if (DeletedState(fqid) is null)
        {
            return null;
        }

        if (Loader is null)
        {
            throw new BadCodingException($"Model {fqid} of the keyframe at migration index {MigrationIndex} is neither in memory nor loadable");
        }

        model = Loader(this, fqid);
        Cache(fqid, model);
        return model;
    }

    /// <summary>The cached model, without loading.</summary>
    public bool TryGetCached(string fqid, out StoredModel model) => _models.TryGetValue(fqid, out model!);

    /// <summary>True if the model exists (in the ids) but is not in memory.</summary>
    public bool NeedsLoad(string fqid) => !_models.ContainsKey(fqid) && DeletedState(fqid) is not null;

    public IEnumerable<int> LiveIds(string collection) =>
        _ids.TryGetValue(collection, out var ids) ? ids.Live : [];

    /// <summary>The ids of every model of the collection, deleted ones included.</summary>
    public IEnumerable<int> AllIds(string collection) =>
        _ids.TryGetValue(collection, out var ids) ? ids.All : [];

    /// <summary>Knows a stored model's id and state (at load), without its data.</summary>
    public void LoadId(string fqid, bool deleted) => Track(fqid, deleted);

    /// <summary>Keeps a stored (clean) model in memory.</summary>
    public void Cache(string fqid, StoredModel model) => Put(fqid, model, dirty: false);

    /// <summary>Stores a changed model.</summary>
    public void Set(string fqid, StoredModel model)
    {
        Put(fqid, model, dirty: true);
        Track(fqid, model.Deleted);
    }

    /// <summary>The models changed since the last checkpoint, and forgets them.</summary>
    public List<KeyValuePair<string, StoredModel>> TakeDirty()
    {
        var dirty = new List<KeyValuePair<string, StoredModel>>(_dirty.Count);
        foreach (var fqid in _dirty)
        {
            dirty.Add(new(fqid, _models[fqid]));
        }

        ClearDirty();
        return dirty;
    }

    /// <summary>Forgets the changes (after the whole keyframe was written).</summary>
    public void ClearDirty()
    {
        foreach (var fqid in _dirty)
        {
            _memory.Clean(_models[fqid]);
        }

        _dirty.Clear();
    }

    /// <summary>Puts the model in memory; a changed one stays changed until the next checkpoint takes it.</summary>
    private void Put(string fqid, StoredModel model, bool dirty)
    {
        var wasDirty = _dirty.Contains(fqid);
        if (_models.TryGetValue(fqid, out var old))
        {
            _memory.Release(old, wasDirty);
        }

        _models[fqid] = model;
        model.LastUsed = Now;
        if (dirty && !wasDirty)
        {
            _dirty.Add(fqid);
        }

        _memory.Hold(model, dirty || wasDirty);
    }

    /// <summary>
    /// Drops clean models from memory: those not used since <paramref name="usedSince"/>, or all of them. Only after
    /// a checkpoint (the database row holds every clean model) and only with a <see cref="Loader"/>.
    /// </summary>
    public void Evict(int usedSince)
    {
        if (Loader is null || DatabaseId is null)
        {
            return;
        }

        var drop = new List<string>();
        foreach (var (fqid, model) in _models)
        {
            if (model.LastUsed < usedSince && !_dirty.Contains(fqid))
            {
                drop.Add(fqid);
            }
        }

        foreach (var fqid in drop)
        {
            _memory.Release(_models[fqid], dirty: false);
            _models.Remove(fqid);
        }

        _evicted |= drop.Count > 0;
    }

    private void Track(string fqid, bool deleted)
    {
        var collection = DatastoreKeys.CollectionOf(fqid);
        if (!_ids.TryGetValue(collection, out var ids))
        {
            _ids[collection] = ids = (new IdSet(), new IdSet());
        }

        var id = DatastoreKeys.IdOf(fqid);
        ids.All.Add(id);
        if (deleted)
        {
            ids.Live.Remove(id);
        }
        else
        {
            ids.Live.Add(id);
        }
    }
}
