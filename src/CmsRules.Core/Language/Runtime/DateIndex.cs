using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Language.Runtime;

/// <summary>
/// A table's rows by one date column (null dates left out), to count, sum or list the rows dated in a range. An
/// extract spans a few thousand days, so figures are kept per day as running totals, each built in one sequential
/// pass over the table; a range's figure is then a subtraction. In a table kept in date order (see
/// <see cref="DateColumn.InOrder"/>) a range's rows are next to each other. Otherwise the rows are put in date order only
/// when a run reads much of the table (<see cref="OrderRows"/>); until then a range's rows are found by a <see cref="Scan"/>.
/// </summary>
public sealed class DateIndex
{
    private readonly DateColumn _column;
    private readonly int _first;
    private readonly int _span;
    private readonly long[] _rowsBefore;
    private readonly Lazy<int[]> _rowsInDateOrder;
    private readonly OnceEach<Int64Column, long[]> _sumsBefore = new();
    private readonly OnceEach<Int64Column, long[]> _keysFirstBefore = new();

    public DateIndex(DateColumn column)
    {
        _column = column;
        var days = column.Days;
        (_first, _span) = column.Range is { } range ? ((int)range.Min, range.Slots) : (0, 0);

        var perDay = new long[_span];
        for (var row = 0; row < days.Length; row++)
            if (!column.IsNull(row)) perDay[days[row] - _first]++;
        _rowsBefore = RunningTotals(perDay);
        _rowsInDateOrder = new Lazy<int[]>(SortRows);
        InOrder = column.InOrder;
    }

    /// <summary>How many rows are dated from <paramref name="from"/> to <paramref name="to"/> (inclusive; null: unbounded).</summary>
    public int Count(int? from, int? to) => (int)Between(_rowsBefore, from, to);

    /// <summary>The sum of a column over the rows dated in the range.</summary>
    public long Sum(Int64Column column, int? from, int? to) => Between(_sumsBefore.GetOrAdd(column, SumsByDay), from, to);

    /// <summary>How many distinct values of a column have a row dated on or before <paramref name="to"/>: each value counts from its first date.</summary>
    public int KeysFirstDatedBy(Int64Column column, int? to) => (int)Between(_keysFirstBefore.GetOrAdd(column, KeysByFirstDay), null, to);

    /// <summary>Whether the table is kept in date order: its rows are their own date order.</summary>
    public bool InOrder { get; }

    /// <summary>Puts the rows in date order now, rather than when first asked for them (a table kept in order needs none).</summary>
    public void OrderRows()
    {
        if (!InOrder) _ = _rowsInDateOrder.Value;
    }

    /// <summary>The rows of the table in date order: those dated in a range are at positions <see cref="Start"/> to <see cref="End"/>.</summary>
    public int[] RowsInDateOrder => _rowsInDateOrder.Value;

    /// <summary>
    /// The rows dated from <paramref name="from"/> to <paramref name="to"/> (inclusive), in row order, read off the
    /// date column in one sequential pass, eight days at a time. It needs no list of the rows in date order.
    /// </summary>
    public RowSet Scan(int from, int to, RowArrays arrays)
    {
        var rows = arrays.Rent(Count(from, to)); // enough: each row found fills one place
        if (rows.Length == 0) return new RowSet(rows, 0);
        var (days, nulls) = (_column.Days, _column.Nulls);
        var (count, row) = (0, 0);
        if (Vector256.IsHardwareAccelerated)
        {
            var (low, high) = (Vector256.Create(from), Vector256.Create(to));
            ref var start = ref MemoryMarshal.GetArrayDataReference(days);
            for (; row <= days.Length - Vector256<int>.Count; row += Vector256<int>.Count)
            {
                var eight = Vector256.LoadUnsafe(ref start, (nuint)row);
                for (var bits = Vector256.ExtractMostSignificantBits(
                         Vector256.GreaterThanOrEqual(eight, low) & Vector256.LessThanOrEqual(eight, high)); bits != 0; bits &= bits - 1)
                {
                    var found = row + BitOperations.TrailingZeroCount(bits);
                    if (nulls is null || !nulls[found]) rows[count++] = found;
                }
            }
        }
        for (; row < days.Length; row++)
            if (days[row] >= from && days[row] <= to && !_column.IsNull(row)) rows[count++] = row;
        return new RowSet(rows, count);
    }

    /// <summary>The position in <see cref="RowsInDateOrder"/> of the first row dated on or after <paramref name="day"/>.</summary>
    public int Start(int day) => (int)_rowsBefore[From(day)];

    /// <summary>The position in <see cref="RowsInDateOrder"/> after the last row dated on or before <paramref name="day"/>.</summary>
    public int End(int day) => (int)_rowsBefore[To(day)];

    /// <summary>
    /// The rows dated in the range, in row order, in an array from <paramref name="arrays"/>. In a table kept in date
    /// order, the rows between the range's start and end. Without the rows in date order, a scan of the date column;
    /// with them, the rows of one day are in row order already, and others are marked in a bitmap over the table, then
    /// read off it in order.
    /// </summary>
    public RowSet Rows(int? from, int? to, RowArrays arrays)
    {
        if (!InOrder && !_rowsInDateOrder.IsValueCreated) return Scan(from ?? _first, to ?? _first + _span - 1, arrays);
        var (start, end) = ((int)_rowsBefore[From(from)], (int)_rowsBefore[To(to)]);
        var count = Math.Max(end - start, 0);
        var rows = arrays.Rent(count);
        if (InOrder)
        {
            for (var i = 0; i < count; i++) rows[i] = start + i;
            return new RowSet(rows, count);
        }
        var dated = RowsInDateOrder.AsSpan(start, count);
        if (InRowOrder(dated))
        {
            dated.CopyTo(rows);
            return new RowSet(rows, count);
        }
        var marks = new ulong[(_column.Length + 63) >> 6];
        foreach (var row in dated) marks[row >> 6] |= 1UL << row;
        var n = 0;
        for (var word = 0; word < marks.Length; word++)
            for (var bits = marks[word]; bits != 0; bits &= bits - 1)
                rows[n++] = (word << 6) + BitOperations.TrailingZeroCount(bits);
        return new RowSet(rows, n);
    }

    private static bool InRowOrder(ReadOnlySpan<int> rows)
    {
        for (var i = 1; i < rows.Length; i++)
            if (rows[i] < rows[i - 1]) return false;
        return true;
    }

    private long[] SumsByDay(Int64Column values)
    {
        var perDay = new long[_span];
        var days = _column.Days;
        for (var row = 0; row < days.Length; row++)
            if (!_column.IsNull(row)) perDay[days[row] - _first] += values.Values[row];
        return RunningTotals(perDay);
    }

    private long[] KeysByFirstDay(Int64Column keys)
    {
        var firstDays = new FirstDays(keys);
        var days = _column.Days;
        for (var row = 0; row < days.Length; row++)
            if (!_column.IsNull(row) && !keys.IsNull(row)) firstDays.See(keys.Values[row], days[row]);
        var perDay = new long[_span];
        foreach (var day in firstDays.Days()) perDay[day - _first]++;
        return RunningTotals(perDay);
    }

    /// <summary>A counting sort: the rows before a day give where that day's rows start.</summary>
    private int[] SortRows()
    {
        var next = _rowsBefore.Select(n => (int)n).ToArray();
        var rows = GC.AllocateUninitializedArray<int>(next[^1]);
        var days = _column.Days;
        for (var row = 0; row < days.Length; row++)
            if (!_column.IsNull(row)) rows[next[days[row] - _first]++] = row;
        return rows;
    }

    /// <summary>Running totals: slot d holds the total of the days before day <c>first + d</c>; the last slot holds all.</summary>
    private static long[] RunningTotals(long[] perDay)
    {
        var before = new long[perDay.Length + 1];
        for (var d = 0; d < perDay.Length; d++) before[d + 1] = before[d] + perDay[d];
        return before;
    }

    private long Between(long[] before, int? from, int? to) => To(to) is var end && From(from) is var start && end > start ? before[end] - before[start] : 0;

    private int From(int? day) => day is { } d ? Math.Clamp(d - _first, 0, _span) : 0;
    private int To(int? day) => day is { } d ? Math.Clamp(d + 1 - _first, 0, _span) : _span;
}
