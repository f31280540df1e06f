namespace CmsRules.Core.Engine;

/// <summary>
/// The set of integers seen so far: a bitmap when the values span a modest range (ids usually do), else a hash set.
/// </summary>
internal sealed class SeenValues
{
    private const long MaxBitmapSpan = 1L << 31;

    private readonly long _min;
    private readonly ulong[]? _bits;
    private readonly HashSet<long>? _set;

    public SeenValues(long[] values)
    {
        if (values.Length == 0) (_min, _bits) = (0, []);
        else
        {
            var (min, max) = (values.Min(), values.Max());
            _min = min;
            if ((ulong)(max - min) < MaxBitmapSpan) _bits = new ulong[((max - min) >> 6) + 1];
            else _set = [];
        }
    }

    /// <summary>True the first time a value is added.</summary>
    public bool Add(long value)
    {
        if (_set is not null) return _set.Add(value);
        var offset = value - _min;
        ref var word = ref _bits![offset >> 6];
        var bit = 1UL << (int)(offset & 63);
        if ((word & bit) != 0) return false;
        word |= bit;
        return true;
    }
}
