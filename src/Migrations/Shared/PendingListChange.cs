using System.Text.Json.Nodes;
using Migrations.Runtime.Events;

namespace Migrations.Shared;

/// <summary>
/// The ids a position adds to and removes from one list field, collected while its events are migrated and written
/// as one list update at its end (used by 0002, 0012 and 0013). Adding an id whose removal is pending cancels the
/// removal, and the other way round; ids come out in ascending order.
/// </summary>
public sealed class PendingListChange
{
    private readonly SortedSet<int> _added = [];
    private readonly SortedSet<int> _removed = [];

    /// <summary>True if nothing is pending.</summary>
    public bool IsEmpty => _added.Count == 0 && _removed.Count == 0;

    /// <summary>Adds the id, or cancels its pending removal.</summary>
    public void Add(int id)
    {
        if (!_removed.Remove(id))
        {
            _added.Add(id);
        }
    }

    /// <summary>Removes the id, or cancels its pending addition.</summary>
    public void Remove(int id)
    {
        if (!_added.Remove(id))
        {
            _removed.Add(id);
        }
    }

    /// <summary>Forgets everything pending (at the start of a position).</summary>
    public void Clear()
    {
        _added.Clear();
        _removed.Clear();
    }

    /// <summary>The list update of <paramref name="field"/> on <paramref name="fqid"/>; a side with no ids is left out.</summary>
    public ListUpdateEvent ToEvent(string fqid, string field) => new(fqid, Map(field, _added), Map(field, _removed));

    private static JsonObject? Map(string field, SortedSet<int> ids) =>
        ids.Count == 0 ? null : new JsonObject { [field] = JsonIds.Array(ids) };
}
