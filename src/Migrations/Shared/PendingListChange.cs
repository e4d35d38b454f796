using System.Text.Json.Nodes;
using Migrations.Runtime.Authoring;
using Migrations.Runtime.Events;

namespace Migrations.Shared;

/// <summary>
/// The ids a position adds to and removes from one list field, collected while its events are migrated and written
/// as one list update at its end (used by 0002, 0012 and 0013). Adding an id whose removal is pending cancels the
/// removal, and the other way round. Upstream keeps both sides in Python sets, so the ids come out in CPython's set
/// order (<see cref="PythonIntSet"/>), which is the order in which a list update appends them.
/// </summary>
public sealed class PendingListChange
{
    // Made on first use: a position of an import has one of these per user, most of them with additions only.
    private PythonIntSet? _added;
    private PythonIntSet? _removed;

    /// <summary>True if nothing is pending.</summary>
    public bool IsEmpty => (_added?.Count ?? 0) == 0 && (_removed?.Count ?? 0) == 0;

    /// <summary>Adds the id, or cancels its pending removal.</summary>
    public void Add(int id)
    {
        if (_removed?.Discard(id) != true)
        {
            (_added ??= new()).Add(id);
        }
    }

    /// <summary>Removes the id, or cancels its pending addition.</summary>
    public void Remove(int id)
    {
        if (_added?.Discard(id) != true)
        {
            (_removed ??= new()).Add(id);
        }
    }

    /// <summary>Forgets everything pending (at the start of a position).</summary>
    public void Clear()
    {
        _added = null;
        _removed = null;
    }

    /// <summary>The list update of <paramref name="field"/> on <paramref name="fqid"/>; a side with no ids is left out.</summary>
    public ListUpdateEvent ToEvent(string fqid, string field) => new(fqid, Map(field, _added), Map(field, _removed));

    private static JsonObject? Map(string field, PythonIntSet? ids) =>
        ids is null || ids.Count == 0 ? null : new JsonObject { [field] = ids.ToJsonArray() };
}
