using CmsRules.Core.Loading;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Engine;

/// <summary>
/// Each row's group, for group_by: the rows sharing a value of the column, numbered from 0 in the order of their
/// values. Worked out once per column, so that a period puts its rows into groups by counting instead of sorting.
/// </summary>
internal sealed class GroupNumbers
{
    private GroupNumbers(int[] ofRow, int count) => (OfRow, Count) = (ofRow, count);

    public int[] OfRow { get; }
    public int Count { get; }

    public static GroupNumbers Of(Int64Column column)
    {
        var keys = (long[])column.Values.Clone(); // a null row holds the default value and groups with it, as any row with that value
        var rows = new int[keys.Length];
        for (var i = 0; i < rows.Length; i++) rows[i] = i;
        RadixSort.Sort(keys, rows);
        var ofRow = new int[keys.Length];
        var count = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (i > 0 && keys[i] != keys[i - 1]) count++;
            ofRow[rows[i]] = count;
        }
        return new GroupNumbers(ofRow, keys.Length == 0 ? 0 : count + 1);
    }
}
