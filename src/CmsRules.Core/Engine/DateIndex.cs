using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Engine;

/// <summary>The rows of a table ordered by one date column (null dates left out), to find the rows dated in a range.</summary>
internal sealed class DateIndex
{
    private readonly int[] _days;
    private readonly int[] _rows;

    public DateIndex(DateColumn column)
    {
        var rows = new List<int>(column.Length);
        for (var row = 0; row < column.Length; row++)
            if (!column.IsNull(row)) rows.Add(row);
        _rows = rows.ToArray();
        _days = _rows.Select(r => column.Days[r]).ToArray();
        Array.Sort(_days, _rows);
    }

    /// <summary>How many rows are dated from <paramref name="from"/> to <paramref name="to"/> (inclusive; null: unbounded).</summary>
    public int Count(int? from, int? to) => End(to) - Start(from);

    /// <summary>The rows dated in the range, in row order.</summary>
    public RowSet Rows(int? from, int? to)
    {
        var (start, end) = (Start(from), End(to));
        var rows = _rows.AsSpan(start, Math.Max(0, end - start)).ToArray();
        Array.Sort(rows);
        return new RowSet(rows, rows.Length);
    }

    private int Start(int? from) => from is { } day ? LowerBound(day) : 0;
    private int End(int? to) => to is { } day ? LowerBound(day + 1) : _days.Length;

    private int LowerBound(int day)
    {
        int lo = 0, hi = _days.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_days[mid] < day) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
