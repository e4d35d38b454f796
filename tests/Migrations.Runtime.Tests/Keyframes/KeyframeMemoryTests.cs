using System.Text;
using Migrations.Runtime.Keyframes;

namespace Migrations.Runtime.Tests.Keyframes;

/// <summary>
/// The memory budget of a run's keyframes counts every model object once, however many keyframes hold it, and only
/// clean models leave memory (pure logic).
/// </summary>
public class KeyframeMemoryTests
{
    private static StoredModel Model(string json) => new(Encoding.UTF8.GetBytes(json), deleted: false);

    private static Keyframe Keyframe(int index, KeyframeMemory memory) =>
        new(index, memory) { DatabaseId = index, Loader = (_, fqid) => throw new InvalidOperationException($"{fqid} is not loaded in this test") };

    [Fact]
    public void A_model_shared_by_keyframes_is_counted_once_until_the_last_one_lets_go()
    {
        var memory = new KeyframeMemory();
        var first = Keyframe(1, memory);
        var second = Keyframe(2, memory);
        var shared = Model("""{"f": 1}""");
        first.Set("a/1", shared);
        second.Set("a/1", shared);
        Assert.Equal(shared.Json.Length, memory.Bytes);
        Assert.Equal(shared.Json.Length, memory.DirtyBytes);

        // Written for one keyframe only: still changed in the other.
        first.TakeDirty();
        Assert.Equal(shared.Json.Length, memory.DirtyBytes);
        second.ClearDirty();
        Assert.Equal(0, memory.DirtyBytes);
        Assert.Equal(shared.Json.Length, memory.Bytes);

        // The second keyframe moves on to a model of its own.
        var changed = Model("""{"f": 2, "g": true}""");
        second.Set("a/1", changed);
        Assert.Equal(shared.Json.Length + changed.Json.Length, memory.Bytes);
        Assert.Equal(changed.Json.Length, memory.DirtyBytes);

        // Changed models stay; the clean one leaves the first keyframe, and with it memory.
        first.Evict(usedSince: int.MaxValue);
        second.Evict(usedSince: int.MaxValue);
        Assert.Equal(changed.Json.Length, memory.Bytes);
        Assert.False(first.TryGetCached("a/1", out _));
        Assert.True(second.TryGetCached("a/1", out var kept) && ReferenceEquals(kept, changed));

        second.TakeDirty();
        second.Evict(usedSince: int.MaxValue);
        Assert.Equal(0, memory.Bytes);
        Assert.Equal(0, memory.DirtyBytes);
    }

    [Fact]
    public void A_model_changed_twice_before_a_checkpoint_is_counted_as_its_latest_version()
    {
        var memory = new KeyframeMemory();
        var keyframe = Keyframe(1, memory);
        keyframe.Cache("a/1", Model("""{"f": 1}"""));
        Assert.Equal(0, memory.DirtyBytes);
        var second = Model("""{"f": 22}""");
        var third = Model("""{"f": 333}""");
        keyframe.Set("a/1", second);
        keyframe.Set("a/1", third);
        Assert.Equal(third.Json.Length, memory.Bytes);
        Assert.Equal(third.Json.Length, memory.DirtyBytes);
        var written = Assert.Single(keyframe.TakeDirty());
        Assert.Same(third, written.Value);
        Assert.Equal(0, memory.DirtyBytes);
        Assert.Equal(third.Json.Length, memory.Bytes);
    }

    [Fact]
    public void Only_models_not_used_since_a_batch_leave()
    {
        var memory = new KeyframeMemory();
        var keyframe = Keyframe(1, memory);
        keyframe.Now = 1;
        keyframe.Cache("a/1", Model("""{"f": 1}"""));
        keyframe.Now = 2;
        var recent = Model("""{"f": 2}""");
        keyframe.Cache("a/2", recent);
        keyframe.Evict(usedSince: 2);
        Assert.False(keyframe.TryGetCached("a/1", out _));
        Assert.True(keyframe.TryGetCached("a/2", out _));
        Assert.Equal(recent.Json.Length, memory.Bytes);
    }
}
