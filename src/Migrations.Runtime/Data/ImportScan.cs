namespace Migrations.Runtime.Data;

/// <summary>
/// What one pass over an export file found: its migration index, and how often each collection and, within the
/// last object of a collection, each id occurs, with the last value of each duplicated id. Upstream reads the file
/// into a dict, so the last value wins where the key first stood; the second pass of an import writes that value at
/// the first occurrence. Memory: one set of ids per collection while scanning, and the duplicates afterwards.
/// </summary>
internal sealed class ImportScan
{
    private readonly Dictionary<string, int> _collections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<int>> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<int, int>> _duplicates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<int, Writing.RequestEvent>> _lastValues = new(StringComparer.Ordinal);

    /// <summary>The file's <c>_migration_index</c> (the last one, if it is given twice).</summary>
    public int? Index { get; set; }

    /// <summary>Starts an occurrence of <paramref name="collection"/>; returns its number (1 for the first).</summary>
    public int BeginCollection(string collection, JsonInputReport report, TextPosition offset)
    {
        var occurrence = _collections[collection] = _collections.GetValueOrDefault(collection) + 1;
        if (occurrence > 1)
        {
            // A later object replaces the earlier one whole.
            report.Duplicate($"\"{collection}\" (at {offset})");
            _seen[collection] = [];
            _duplicates.Remove(collection);
            _lastValues.Remove(collection);
        }

        return occurrence;
    }

    /// <summary>Records an id of the current occurrence of its collection; returns how often it occurred in it so far.</summary>
    public int SeeId(string collection, int id, JsonInputReport report, string place, TextPosition offset)
    {
        if (!_seen.TryGetValue(collection, out var ids))
        {
            _seen[collection] = ids = [];
        }

        if (ids.Add(id))
        {
            return 1;
        }

        report.Duplicate($"{place} (at {offset})");
        if (!_duplicates.TryGetValue(collection, out var counts))
        {
            _duplicates[collection] = counts = [];
        }

        return counts[id] = counts.GetValueOrDefault(id, 1) + 1;
    }

    /// <summary>Keeps the create of a later occurrence of a duplicated id (the last one kept wins).</summary>
    public void KeepLastValue(string collection, int id, Writing.RequestEvent create)
    {
        if (!_lastValues.TryGetValue(collection, out var values))
        {
            _lastValues[collection] = values = [];
        }

        values[id] = create;
    }

    /// <summary>The last value of a duplicated id, or null for an id that occurs once.</summary>
    public Writing.RequestEvent? LastValue(string collection, int id) =>
        _lastValues.TryGetValue(collection, out var values) ? values.GetValueOrDefault(id) : null;

    /// <summary>Drops the sets of ids once the pass is over; the counts of duplicates and their last values stay.</summary>
    public void ForgetIds() => _seen.Clear();

    /// <summary>How often <paramref name="collection"/> occurs at the top level.</summary>
    public int Occurrences(string collection) => _collections.GetValueOrDefault(collection);

    /// <summary>How often <paramref name="id"/> occurs in the last object of <paramref name="collection"/>.</summary>
    public int IdOccurrences(string collection, int id) =>
        _duplicates.TryGetValue(collection, out var counts) ? counts.GetValueOrDefault(id, 1) : 1;
}
