namespace CmsRules.Core.Loading;

/// <summary>
/// Membership test over a table's single-column key values: a bitmap when the values are dense
/// (ids numbered from 1, the usual case), else a binary search over the sorted values.
/// </summary>
internal sealed class KeyLookup
{
    private readonly long[] _sorted;
    private readonly ulong[]? _bits;
    private readonly long _min;

    /// <param name="sorted">The key values in ascending order.</param>
    public KeyLookup(long[] sorted)
    {
        _sorted = sorted;
        if (sorted.Length == 0) return;
        _min = sorted[0];
        var range = (UInt128)((Int128)sorted[^1] - _min + 1);
        if (range > (UInt128)sorted.Length * 16 + 4096) return;
        _bits = new ulong[(int)((range + 63) / 64)];
        foreach (var v in sorted)
        {
            var offset = v - _min;
            _bits[offset >> 6] |= 1UL << (int)offset;
        }
    }

    public bool Contains(long value)
    {
        if (_bits is null) return _sorted.AsSpan().BinarySearch(value) >= 0;
        var offset = value - _min;
        return offset >= 0 && (offset >> 6) < _bits.Length && (_bits[offset >> 6] & (1UL << (int)offset)) != 0;
    }
}
