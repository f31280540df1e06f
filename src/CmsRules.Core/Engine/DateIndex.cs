using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Engine;

/// <summary>The rows of a table ordered by one date column (null dates left out), to find the rows dated in a range.</summary>
internal sealed class DateIndex
{
    private readonly int[] _days;
    private readonly int[] _rows;

    /// <summary>A counting sort over the days: an extract spans a few thousand days, so this is linear in the rows.</summary>
    public DateIndex(DateColumn column)
    {
        var days = column.Days;
        int first = int.MaxValue, last = int.MinValue, count = 0;
        for (var row = 0; row < days.Length; row++)
        {
            if (column.IsNull(row)) continue;
            first = Math.Min(first, days[row]);
            last = Math.Max(last, days[row]);
            count++;
        }
        _rows = new int[count];
        _days = new int[count];
        if (count == 0) return;
        var starts = new int[last - first + 2];
        for (var row = 0; row < days.Length; row++)
            if (!column.IsNull(row)) starts[days[row] - first + 1]++;
        for (var d = 1; d < starts.Length; d++) starts[d] += starts[d - 1];
        for (var row = 0; row < days.Length; row++)
        {
            if (column.IsNull(row)) continue;
            var at = starts[days[row] - first]++;
            _rows[at] = row;
            _days[at] = days[row];
        }
    }

    private readonly OnceEach<Int64Column, long[]> _prefixSums = new();
    private readonly OnceEach<Int64Column, int[]> _firstDays = new();

    /// <summary>The sum of a column over the rows dated in the range, from prefix sums in date order (built once per column).</summary>
    public long Sum(Int64Column column, int? from, int? to)
    {
        var prefix = _prefixSums.GetOrAdd(column, c =>
        {
            var sums = new long[_rows.Length + 1];
            for (var i = 0; i < _rows.Length; i++) sums[i + 1] = sums[i] + c.Values[_rows[i]];
            return sums;
        });
        var (start, end) = (Start(from), End(to));
        return end > start ? prefix[end] - prefix[start] : 0;
    }

    /// <summary>How many distinct values of a column have a row dated on or before <paramref name="to"/>: each value counts from its first date.</summary>
    public int KeysFirstDatedBy(Int64Column column, int? to)
    {
        var firstDays = _firstDays.GetOrAdd(column, c =>
        {
            // Rows are in date order, so a value's first row here is its first date.
            var seen = new SeenValues(c.Values);
            var days = new List<int>();
            for (var i = 0; i < _rows.Length; i++)
                if (seen.Add(c.Values[_rows[i]])) days.Add(_days[i]);
            return days.ToArray();
        });
        if (to is not { } last) return firstDays.Length;
        int lo = 0, hi = firstDays.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (firstDays[mid] <= last) lo = mid + 1;
            else hi = mid;
        }
        return lo;
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
