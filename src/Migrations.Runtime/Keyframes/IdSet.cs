using System.Collections;
using System.Numerics;

namespace Migrations.Runtime.Keyframes;

/// <summary>
/// A set of model ids as a bitmap in chunks of 4,096 ids: a keyframe keeps the ids of every collection (live and
/// all) for millions of models in a few hundred kilobytes, and answers "does it exist, is it deleted" without
/// loading the model. Enumerates in ascending order.
/// </summary>
internal sealed class IdSet : IEnumerable<int>
{
    private const int ChunkBits = 12;
    private const int WordsPerChunk = (1 << ChunkBits) / 64;
    private readonly SortedDictionary<int, ulong[]> _chunks = [];
    private int _lastChunkKey = int.MinValue;
    private ulong[]? _lastChunk;

    public int Count { get; private set; }

    public bool Contains(int id)
    {
        var chunk = Chunk(id, create: false);
        return chunk is not null && (chunk[Word(id)] & Bit(id)) != 0;
    }

    public bool Add(int id)
    {
        var chunk = Chunk(id, create: true)!;
        ref var word = ref chunk[Word(id)];
        if ((word & Bit(id)) != 0)
        {
            return false;
        }

        word |= Bit(id);
        Count++;
        return true;
    }

    public bool Remove(int id)
    {
        var chunk = Chunk(id, create: false);
        if (chunk is null || (chunk[Word(id)] & Bit(id)) == 0)
        {
            return false;
        }

        chunk[Word(id)] &= ~Bit(id);
        Count--;
        return true;
    }

    public IEnumerator<int> GetEnumerator()
    {
        foreach (var (key, chunk) in _chunks)
        {
            for (var w = 0; w < WordsPerChunk; w++)
            {
                var bits = chunk[w];
                while (bits != 0)
                {
                    var bit = BitOperations.TrailingZeroCount(bits);
                    yield return (key << ChunkBits) + (w * 64) + bit;
                    bits &= bits - 1;
                }
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int Word(int id) => (id & ((1 << ChunkBits) - 1)) >> 6;

    private static ulong Bit(int id) => 1UL << (id & 63);

    private ulong[]? Chunk(int id, bool create)
    {
        var key = id >> ChunkBits;
        if (key == _lastChunkKey)
        {
            return _lastChunk;
        }

        if (!_chunks.TryGetValue(key, out var chunk))
        {
            if (!create)
            {
                return null;
            }

            _chunks[key] = chunk = new ulong[WordsPerChunk];
        }

        (_lastChunkKey, _lastChunk) = (key, chunk);
        return chunk;
    }
}
