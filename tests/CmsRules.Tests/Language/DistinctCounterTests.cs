using CmsRules.Core.Language.Runtime;
using FsCheck.Xunit;

namespace CmsRules.Tests.Language;

public sealed class DistinctCounterTests
{
    [Property]
    public void Counts_each_key_once_near_or_far(long[] far, short[] near, int origin, ushort rowsExpected)
    {
        var keys = far.Concat(near.Select(n => (long)origin * 1000 + n)).ToArray();
        var counter = new DistinctCounter(rowsExpected); // any guess: a hash set sized to it, or a bitmap from the start

        foreach (var key in keys.Concat(keys.Reverse())) counter.Add(key);

        counter.Count.ShouldBe(keys.Distinct().Count());
    }

    [Fact]
    public void Keys_spanning_more_than_the_bitmap_are_counted_too()
    {
        var counter = new DistinctCounter();
        long[] keys = [0, 1, long.MaxValue, long.MinValue, 1L << 40, (1L << 40) + 1, -1, 0, long.MaxValue];

        foreach (var key in keys) counter.Add(key);

        counter.Count.ShouldBe(7);
    }

    [Fact]
    public void Counts_the_same_once_many_keys_move_from_the_hash_set_to_the_bitmap()
    {
        var counter = new DistinctCounter();
        var keys = Enumerable.Range(0, 20_000).Select(i => i % 3 == 0 ? long.MaxValue - i : 1_000_000L + 7 * i).ToArray();

        foreach (var key in keys.Concat(keys.Take(5_000))) counter.Add(key);

        counter.Count.ShouldBe(20_000);
    }
}
