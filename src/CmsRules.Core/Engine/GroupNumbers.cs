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
        var keys = (long[])column.Values.Clone(); // a null row holds the default value and groups with it, as any row with that value
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
