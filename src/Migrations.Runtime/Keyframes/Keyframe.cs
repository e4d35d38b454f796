using Migrations.Runtime.Keys;

namespace Migrations.Runtime.Keyframes;

/// <summary>
/// The complete datastore at one migration index after some position, held in memory as a map of compact models
/// (deleted ones included) with the live ids of each collection. It remembers which models changed since the last
/// checkpoint so that only those are written back.
/// </summary>
internal sealed class Keyframe
{
    private readonly Dictionary<string, StoredModel> _models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _liveIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _allIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dirty = new(StringComparer.Ordinal);

    public Keyframe(int migrationIndex) => MigrationIndex = migrationIndex;

    /// <summary>The migration index this keyframe shows the datastore at.</summary>
    public int MigrationIndex { get; }

    /// <summary>The id of its row in <c>migration_keyframes</c>, once it has one.</summary>
    public int? DatabaseId { get; set; }

    /// <summary>The position the database row stands at (the last checkpoint).</summary>
    public int DatabasePosition { get; set; }

    public int Count => _models.Count;

    public IEnumerable<KeyValuePair<string, StoredModel>> Models => _models;

    public bool TryGet(string fqid, out StoredModel model) => _models.TryGetValue(fqid, out model!);

    public IReadOnlySet<int> LiveIds(string collection) =>
        _liveIds.TryGetValue(collection, out var ids) ? ids : (IReadOnlySet<int>)EmptyIds;

    /// <summary>The ids of every model of the collection, deleted ones included.</summary>
    public IReadOnlySet<int> AllIds(string collection) =>
        _allIds.TryGetValue(collection, out var ids) ? ids : (IReadOnlySet<int>)EmptyIds;

    /// <summary>Loads a model as stored (not a change).</summary>
    public void Load(string fqid, StoredModel model) => Store(fqid, model, markDirty: false);

    /// <summary>Stores a changed model.</summary>
    public void Set(string fqid, StoredModel model) => Store(fqid, model, markDirty: true);

    /// <summary>The models changed since the last checkpoint, and forgets them.</summary>
    public List<KeyValuePair<string, StoredModel>> TakeDirty()
    {
        var dirty = _dirty.Select(f => new KeyValuePair<string, StoredModel>(f, _models[f])).ToList();
        _dirty.Clear();
        return dirty;
    }

    /// <summary>Forgets the changes (after the whole keyframe was written).</summary>
    public void ClearDirty() => _dirty.Clear();

    private void Store(string fqid, StoredModel model, bool markDirty)
    {
        _models[fqid] = model;
        var collection = DatastoreKeys.CollectionOf(fqid);
        if (!_liveIds.TryGetValue(collection, out var ids))
        {
            _liveIds[collection] = ids = [];
        }

        var id = DatastoreKeys.IdOf(fqid);
        if (model.Deleted)
        {
            ids.Remove(id);
        }
        else
        {
            ids.Add(id);
        }

        if (!_allIds.TryGetValue(collection, out var all))
        {
            _allIds[collection] = all = [];
        }

        all.Add(id);
        if (markDirty)
        {
            _dirty.Add(fqid);
        }
    }

    private static readonly HashSet<int> EmptyIds = [];
}
