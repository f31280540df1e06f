using CmsRules.Core.Storage;

namespace CmsRules.Core.Loading;

/// <summary>
/// The non-null rows of a table ordered by some of its columns, each with one long that is equal exactly when
/// the rows' values in those columns are equal: the raw value for one column, a mixed-radix packing for
/// several, or a dense rank when the packing would not fit in 64 bits. Sorting is skipped when the file
/// is already in order, which extracts usually are.
/// </summary>
internal sealed class SortedKeys
{
    private SortedKeys(int[] rows, long[] keys) => (Rows, Keys) = (rows, keys);

    public int[] Rows { get; }
    public long[] Keys { get; }

    public static SortedKeys Of(Table table, IReadOnlyList<int> columnIndexes)
    {
        var columns = columnIndexes.Select(i => table.Columns[i]).ToArray();
        var rows = NonNullRows(table.RowCount, columns);
        var values = columns.Select(c => new ColumnLongs(c)).ToArray();
        var keys = columns.Length == 1 ? Single(values[0], rows) : Packed(values, rows);
        if (keys is null) return Ranked(values, rows);
        if (!IsSorted(keys)) RadixSort.Sort(keys, rows);
        return new SortedKeys(rows, keys);
    }

    /// <summary>
    /// True when no key column has a null and every row's values are greater than the previous row's
    /// (compared column by column): then the key is unique without sorting or allocating anything.
    /// </summary>
    public static bool AreStrictlyIncreasing(Table table, IReadOnlyList<int> columnIndexes)
    {
        var columns = columnIndexes.Select(i => table.Columns[i]).ToArray();
        if (columns.Any(c => c.Nulls is not null)) return false;
        var values = columns.Select(c => new ColumnLongs(c)).ToArray();
        for (var row = 1; row < table.RowCount; row++)
        {
            var order = 0;
            for (var c = 0; c < values.Length && order == 0; c++) order = values[c][row].CompareTo(values[c][row - 1]);
            if (order <= 0) return false;
        }
        return true;
    }

    private static int[] NonNullRows(int rowCount, Column[] columns)
    {
        var masks = columns.Select(c => c.Nulls).Where(m => m is not null).Cast<NullMask>().ToArray();
        var rows = new int[rowCount];
        var n = 0;
        for (var row = 0; row < rowCount; row++)
        {
            var isNull = false;
            foreach (var mask in masks) isNull |= mask[row];
            if (!isNull) rows[n++] = row;
        }
        if (n != rowCount) Array.Resize(ref rows, n);
        return rows;
    }

    private static long[] Single(ColumnLongs values, int[] rows)
    {
        var keys = new long[rows.Length];
        for (var i = 0; i < rows.Length; i++) keys[i] = values[rows[i]];
        return keys;
    }

    private static long[]? Packed(ColumnLongs[] values, int[] rows)
    {
        var mins = new long[values.Length];
        var strides = new long[values.Length];
        UInt128 span = 1;
        for (var c = values.Length - 1; c >= 0; c--)
        {
            var (min, max) = (long.MaxValue, long.MinValue);
            foreach (var row in rows)
            {
                var v = values[c][row];
                if (v < min) min = v;
                if (v > max) max = v;
            }
            if (rows.Length == 0) (min, max) = (0, 0);
            mins[c] = min;
            strides[c] = (long)span;
            span *= (UInt128)((Int128)max - min + 1);
            if (span > long.MaxValue) return null;
        }
        var keys = new long[rows.Length];
        for (var c = 0; c < values.Length; c++)
        {
            var (column, min, stride) = (values[c], mins[c], strides[c]);
            for (var i = 0; i < rows.Length; i++) keys[i] += (column[rows[i]] - min) * stride;
        }
        return keys;
    }

    private static SortedKeys Ranked(ColumnLongs[] values, int[] rows)
    {
        int Compare(int a, int b)
        {
            foreach (var column in values)
            {
                var order = column[a].CompareTo(column[b]);
                if (order != 0) return order;
            }
            return 0;
        }
        Array.Sort(rows, Compare);
        var keys = new long[rows.Length];
        for (var i = 1; i < rows.Length; i++) keys[i] = keys[i - 1] + (Compare(rows[i - 1], rows[i]) == 0 ? 0 : 1);
        return new SortedKeys(rows, keys);
    }

    private static bool IsSorted(long[] keys)
    {
        for (var i = 1; i < keys.Length; i++)
            if (keys[i] < keys[i - 1]) return false;
        return true;
    }
}
