using CmsRules.Core.Loading;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Engine;

/// <summary>
/// Each row's group, for group_by: the rows sharing a value of the column, numbered from 0 in the order of their
/// values, and the rows of each group. Worked out once per column, so that a period finds its groups without sorting.
/// </summary>
internal sealed class GroupNumbers
{
    private GroupNumbers(int[] ofRow, int[] rows, int[] starts) => (OfRow, Rows, Starts) = (ofRow, rows, starts);

    public int[] OfRow { get; }

    /// <summary>The rows of group g are <c>Rows[Starts[g]..Starts[g + 1]]</c>, in row order.</summary>
    public int[] Rows { get; }

    public int[] Starts { get; }

    public int Count => Starts.Length - 1;

    /// <summary>The most rows a group has.</summary>
    public int Largest { get; private init; }

    public static GroupNumbers Of(Int64Column column)
    {
        // A null row holds the default value and groups with it, as any row with that value.
        var keys = column.Values;
        if (keys.Length == 0) return new GroupNumbers([], [], [0]);
        var span = new ValueRange(keys.Min(), keys.Max());
        return span.FitsArray(keys.Length) ? Counted(keys, span) : Sorted(keys);
    }

    /// <summary>Groups by a counting sort over an array with a slot per value of the keys' span (ids, say).</summary>
    private static GroupNumbers Counted(long[] keys, ValueRange span)
    {
        var groupAt = new int[span.Slots + 1]; // first the rows of each value, then where each value's group starts
        foreach (var key in keys) groupAt[key - span.Min + 1]++;
        var starts = new List<int> { 0 };
        var largest = 0;
        for (var slot = 1; slot < groupAt.Length; slot++)
            if (groupAt[slot] > 0)
            {
                largest = Math.Max(largest, groupAt[slot]);
                starts.Add(starts[^1] + groupAt[slot]);
                groupAt[slot] = starts.Count - 2; // the group number of the value at slot - 1
            }
        var (ofRow, rows, next) = (new int[keys.Length], new int[keys.Length], starts.ToArray());
        for (var row = 0; row < keys.Length; row++) // in row order, so a group's rows stay in row order
        {
            var group = ofRow[row] = groupAt[keys[row] - span.Min + 1];
            rows[next[group]++] = row;
        }
        return new GroupNumbers(ofRow, rows, [.. starts]) { Largest = largest };
    }

    private static GroupNumbers Sorted(long[] values)
    {
        var keys = (long[])values.Clone();
        var rows = new int[keys.Length];
        for (var i = 0; i < rows.Length; i++) rows[i] = i;
        RadixSort.Sort(keys, rows); // stable: a group's rows stay in row order
        var ofRow = new int[keys.Length];
        var starts = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (i == 0 || keys[i] != keys[i - 1]) starts.Add(i);
            ofRow[rows[i]] = starts.Count - 1;
        }
        starts.Add(keys.Length);
        var largest = starts.Zip(starts.Skip(1), (start, end) => end - start).DefaultIfEmpty(0).Max();
        return new GroupNumbers(ofRow, rows, [.. starts]) { Largest = largest };
    }
}
