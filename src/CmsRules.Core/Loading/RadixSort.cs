namespace CmsRules.Core.Loading;

/// <summary>
/// Least-significant-digit radix sort of long keys carrying int rows along. Keys are sorted by their
/// offset from the smallest, so only as many 11-bit passes run as the key range needs (three for a
/// case group id packed with a date). Several times faster than a comparison sort at tens of millions of rows.
/// </summary>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;

    public static void Sort(long[] keys, int[] rows)
    {
        if (keys.Length < 2) return;
        var (min, max) = (keys[0], keys[0]);
        foreach (var k in keys)
        {
            if (k < min) min = k;
            if (k > max) max = k;
        }
        var range = (ulong)(max - min);
        var passes = 0;
        while (range > 0)
        {
            passes++;
            range >>= DigitBits;
        }
        var (keysFrom, rowsFrom) = (keys, rows);
        var (keysTo, rowsTo) = (new long[keys.Length], new int[rows.Length]);
        var counts = new int[Buckets];
        for (var pass = 0; pass < passes; pass++)
        {
            var shift = pass * DigitBits;
            Array.Clear(counts);
            foreach (var k in keysFrom) counts[(int)(((ulong)(k - min) >> shift) & (Buckets - 1))]++;
            var total = 0;
            for (var b = 0; b < Buckets; b++) (counts[b], total) = (total, total + counts[b]);
            for (var i = 0; i < keysFrom.Length; i++)
            {
                var target = counts[(int)(((ulong)(keysFrom[i] - min) >> shift) & (Buckets - 1))]++;
                keysTo[target] = keysFrom[i];
                rowsTo[target] = rowsFrom[i];
            }
            (keysFrom, keysTo) = (keysTo, keysFrom);
            (rowsFrom, rowsTo) = (rowsTo, rowsFrom);
        }
        if (!ReferenceEquals(keysFrom, keys))
        {
            Array.Copy(keysFrom, keys, keys.Length);
            Array.Copy(rowsFrom, rows, rows.Length);
        }
    }
}
