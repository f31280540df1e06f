using CmsRules.Core.Loading;
using FsCheck.Xunit;

namespace CmsRules.Tests.Loading;

public sealed class RadixSortTests
{
    [Property]
    public void Sorts_any_keys_stably_carrying_their_rows(long[] keys)
    {
        var rows = Enumerable.Range(0, keys.Length).ToArray();
        var original = keys.ToArray();

        RadixSort.Sort(keys, rows);

        keys.ShouldBe(original.Order().ToArray());
        for (var i = 0; i < keys.Length; i++) keys[i].ShouldBe(original[rows[i]]);
        for (var i = 1; i < keys.Length; i++)
            if (keys[i] == keys[i - 1]) rows[i].ShouldBeGreaterThan(rows[i - 1]);
    }

    [Fact]
    public void Sorts_the_full_range_of_long()
    {
        long[] keys = [long.MaxValue, 0, long.MinValue, -1, 1, long.MinValue];
        int[] rows = [0, 1, 2, 3, 4, 5];

        RadixSort.Sort(keys, rows);

        keys.ShouldBe([long.MinValue, long.MinValue, -1, 0, 1, long.MaxValue]);
        rows.ShouldBe([2, 5, 3, 1, 4, 0]);
    }
}
