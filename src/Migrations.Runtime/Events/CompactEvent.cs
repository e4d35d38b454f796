using System.Text.Json.Nodes;
using Migrations.Runtime.Keyframes;

namespace Migrations.Runtime.Events;

/// <summary>
/// An event held as its type, fqid and payload bytes (the JSON a keyframe applies), about the size of its text: the
/// in-memory migration keeps a whole position of these between and during its steps, and parses one event at a
/// time for the migration that looks at it.
/// </summary>
internal sealed class CompactEvent(EventType type, string fqid, byte[] payload)
{
    public EventType Type { get; } = type;

    public string Fqid { get; } = fqid;

    /// <summary>As <see cref="StoredModelApplier.Content"/> writes it (empty for delete and restore).</summary>
    public byte[] Payload { get; } = payload;

    public static CompactEvent From(DatastoreEvent @event) => new(@event.Type, @event.Fqid, StoredModelApplier.Content(@event));

    /// <summary>A new, caller-owned event object.</summary>
    public DatastoreEvent Parse() => DatastoreEvent.From(Type, Fqid, Payload.Length == 0 ? null : JsonNode.Parse(Payload));
}
