using System.Text.Json;
using System.Text.Json.Nodes;
using Migrations.Runtime.Events;

namespace Migrations.Runtime.Keyframes;

/// <summary>
/// A model as a keyframe keeps it: its JSON as UTF-8 bytes (a fraction of the memory of a parsed object) and whether
/// it is deleted. The bytes are never changed, so keyframes of different migration indices share them when equal.
/// </summary>
internal sealed class StoredModel(byte[] json, bool deleted)
{
    private static long _lastId;

    public byte[] Json { get; } = json;

    /// <summary>
    /// A number of its own, for hashing by identity (keyframes share model objects): cheaper than the runtime's
    /// identity hash, which the first call must store in the object's header.
    /// </summary>
    public long Id { get; } = Interlocked.Increment(ref _lastId);

    public bool Deleted { get; } = deleted;

    /// <summary>The batch in which a keyframe last used it (for eviction; shared models carry one stamp).</summary>
    public int LastUsed { get; set; }

    /// <summary>How many keyframes hold it, and how many of them as changed (see <see cref="KeyframeMemory"/>).</summary>
    public int Holders { get; set; }

    /// <inheritdoc cref="Holders"/>
    public int DirtyHolders { get; set; }

    /// <summary>A parsed, caller-owned copy.</summary>
    public ModelRecord Parse() => new(JsonNode.Parse(Json)!.AsObject(), Deleted);

    public static StoredModel From(ModelRecord model) => new(JsonOf(model.Data), model.Deleted);

    /// <summary>The compact JSON of a model's fields, as a stored model keeps it.</summary>
    public static byte[] JsonOf(JsonObject data)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, HeldJson.WriterOptions))
        {
            data.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>This model, or <paramref name="other"/> if it is the same (so only one copy stays in memory).</summary>
    public StoredModel ShareWith(StoredModel? other) =>
        other is not null && (ReferenceEquals(other, this) || (other.Deleted == Deleted && other.Json.AsSpan().SequenceEqual(Json))) ? other : this;
}
