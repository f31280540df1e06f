using CmsRules.Core.Storage;

namespace CmsRules.Core.Loading;

/// <summary>
/// The rows of a table in order of a date column, for a table declared so (<see cref="Schema.TableSchema.OrderBy"/>):
/// a stable counting sort over the column's days, rows with a null date last. A period's rows are then next to each
/// other, so the date index finds them without a scan, and loops read them in sequence (see
/// <see cref="DateColumn.InOrder"/>).
/// </summary>
internal sealed class DateOrder : IRowOrder
{
    private readonly DateColumn _dates;
    private readonly int _first;
    private readonly int _nullSlot;
    // Where the rows of each day start, then where the null-dated rows start.
    private readonly int[] _starts;

    private DateOrder(DateColumn dates)
    {
        _dates = dates;
        var range = dates.Range;
        (_first, _nullSlot) = range is null ? (0, 0) : ((int)range.Min, range.Slots);
        var counts = new int[_nullSlot + 1];
        for (var row = 0; row < dates.Length; row++) counts[Slot(row)]++;
        _starts = new int[counts.Length];
        for (var slot = 1; slot < counts.Length; slot++) _starts[slot] = _starts[slot - 1] + counts[slot - 1];
    }

    /// <summary>The table with its rows in order of its <see cref="Schema.TableSchema.OrderBy"/> column: itself when they already are.</summary>
    public static Table Sort(Table table)
    {
        if (table.Schema.OrderBy is not { } name || table[name] is not DateColumn dates || dates.InOrder) return table;
        var order = new DateOrder(dates);
        var columns = new Column[table.Columns.Count];
        Parallel.For(0, columns.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => columns[i] = table.Columns[i].Reordered(order));
        return new Table(table.Schema, table.RowCount, columns);
    }

    public T[] Apply<T>(T[] values)
    {
        var next = (int[])_starts.Clone();
        var result = GC.AllocateUninitializedArray<T>(values.Length); // every row written once
        for (var row = 0; row < values.Length; row++) result[next[Slot(row)]++] = values[row];
        return result;
    }

    private int Slot(int row) => _dates.IsNull(row) ? _nullSlot : _dates.Days[row] - _first;
}
