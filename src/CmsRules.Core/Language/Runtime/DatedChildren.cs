using CmsRules.Core.Storage;

namespace CmsRules.Core.Language.Runtime;

/// <summary>
/// A relation's children with each parent's rows ordered by one of their dates (nulls last), and those dates beside
/// them, so that an aggregate over the children dated in a range visits only those: the due of one period reads a
/// case group's liabilities of that period, not all its history.
/// </summary>
public sealed class DatedChildren
{
    private DatedChildren(int[] offsets, int[] rows, int[] days) => (Offsets, Rows, Days) = (offsets, rows, days);

    public int[] Offsets { get; }
    public int[] Rows { get; }
    public int[] Days { get; }

    /// <param name="date">null when the child table is absent (and so has no rows)</param>
    public static DatedChildren Build(RelationIndex relation, DateColumn? date)
    {
        var rows = relation.Rows;
        var days = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++) days[i] = date!.IsNull(rows[i]) ? int.MaxValue : date.Days[rows[i]];
        for (var p = 0; p + 1 < relation.Offsets.Length; p++)
        {
            var (start, end) = (relation.Offsets[p], relation.Offsets[p + 1]);
            if (IsSorted(days, start, end)) continue;
            if (rows == relation.Rows) rows = (int[])rows.Clone(); // shared with the relation until a parent's rows need sorting
            Array.Sort(days, rows, start, end - start);
        }
        return new DatedChildren(relation.Offsets, rows, days);
    }

    // Extracts often list a parent's rows in date order already; checking is cheaper than sorting.
    private static bool IsSorted(int[] days, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
            if (days[i] < days[i - 1]) return false;
        return true;
    }

    /// <summary>The first position in [start, end) whose day is at least <paramref name="day"/>.</summary>
    public static int LowerBound(int[] days, int start, int end, int day)
    {
        if (end - start <= 8) // most parents have a few children: a scan beats halving
        {
            while (start < end && days[start] < day) start++;
            return start;
        }
        while (start < end)
        {
            var mid = (start + end) >>> 1;
            if (days[mid] < day) start = mid + 1;
            else end = mid;
        }
        return start;
    }
}
