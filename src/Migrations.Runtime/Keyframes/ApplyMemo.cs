using Migrations.Runtime.Events;

namespace Migrations.Runtime.Keyframes;

/// <summary>
/// The results of the events applied while one position is migrated, shared by all its keyframe views. A position's
/// events are applied to the keyframe of every migration index it passes (old and new accessor of every step), and
/// mostly the same event meets the same model: a migration that leaves an event alone passes it on unchanged, and
/// neighbouring keyframes share their unchanged models. The result depends only on the model (the very object), the
/// fqid, the event's type and content and the position, so an equal application is answered from here.
/// </summary>
internal sealed class ApplyMemo
{
    private readonly Dictionary<(string Fqid, StoredModel? Model), List<(EventType Type, byte[] Content, StoredModel Result)>> _results = new(ModelInstanceComparer.Instance);

    public bool TryGet(string fqid, StoredModel? start, EventType type, byte[] content, out StoredModel result)
    {
        if (_results.TryGetValue((fqid, start), out var entries))
        {
            foreach (var entry in entries)
            {
                if (entry.Type == type && entry.Content.AsSpan().SequenceEqual(content))
                {
                    result = entry.Result;
                    return true;
                }
            }
        }

        result = null!;
        return false;
    }

    public void Add(string fqid, StoredModel? start, EventType type, byte[] content, StoredModel result)
    {
        if (!_results.TryGetValue((fqid, start), out var entries))
        {
            _results[(fqid, start)] = entries = new(1);
        }

        entries.Add((type, content, result));
    }

    public void Clear() => _results.Clear();
}
