using Migrations.Runtime.Keyframes;

namespace Migrations.Runtime.Tests.Keyframes;

/// <summary>The keyframes' id bitmaps against a plain set, on dense, sparse and chunk-border ids (pure logic).</summary>
public class IdSetTests
{
    [Fact]
    public void Behaves_as_a_set_and_enumerates_in_ascending_order()
    {
        var random = new Random(3);
        var ids = new IdSet();
        var expected = new HashSet<int>();
        int[] special = [1, 63, 64, 4095, 4096, 4097, 1 << 20, int.MaxValue, 0, -1, -4096, -4097];
        for (var i = 0; i < 20000; i++)
        {
            var id = i % 10 == 0 ? special[random.Next(special.Length)] : random.Next(i % 3 == 0 ? 1_000_000 : 5000);
            if (random.Next(3) == 0)
            {
                Assert.Equal(expected.Remove(id), ids.Remove(id));
            }
            else
            {
                Assert.Equal(expected.Add(id), ids.Add(id));
            }

            Assert.True(ids.Contains(id) == expected.Contains(id), $"id {id}");
        }

        Assert.Equal(expected.Count, ids.Count);
        Assert.Equal(expected.Order(), ids);
        Assert.False(ids.Contains(123_456_789));
    }
}
