using CmsRules.Core.Language.Ast;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Engine;

/// <summary>
/// The rows of a table meeting the limits a condition puts on dates of its own row by the period: a stock, such as the
/// case groups open at the period end (`opened_date &lt;= period_end` and `closed_date is null or closed_date &gt;
/// period_end`). Rather than testing every row each period, the rows meeting them are carried from one period to the
/// next: each row keeps how many limits it meets, and moving to another period visits only the rows whose dates fall
/// between the two, found through the columns' date indexes. One sweep serves one evaluation context, whose periods
/// come one after another.
/// </summary>
internal sealed class StockSweep
{
    private readonly StockLimits _limits;
    private readonly DateIndex[] _indexes;
    private readonly int?[] _days;
    private readonly byte[] _met;
    private int _meeting; // rows meeting every limit

    public StockSweep(StockLimits limits, IReadOnlyList<DateIndex> indexes, int rows)
    {
        _limits = limits;
        _indexes = [.. indexes];
        _days = new int?[indexes.Count];
        _met = new byte[rows];
    }

    /// <summary>The rows meeting every limit in the period, in row order, in an array from <paramref name="arrays"/>.</summary>
    public RowSet Rows(int periodStart, int periodEnd, RowArrays arrays)
    {
        for (var i = 0; i < _indexes.Length; i++) MoveTo(i, _limits.Limits[i].At.Day(periodStart, periodEnd));
        var all = (byte)_limits.Limits.Count;
        var rows = arrays.Rent(_meeting);
        var n = 0;
        for (var row = 0; row < _met.Length; row++)
            if (_met[row] == all) rows[n++] = row;
        return new RowSet(rows, n);
    }

    private void MoveTo(int i, int day)
    {
        var (limit, index) = (_limits.Limits[i], _indexes[i]);
        var sign = limit.Below ? 1 : -1; // a row dated on or before the day meets a limit from below, and fails one from above
        var dated = index.RowsInDateOrder;
        if (_days[i] is not { } from)
        {
            if (!limit.Below) // a limit from above is met by every row not dated by the day (with a null date too, if it says so)
            {
                if (limit.NullMeets) for (var row = 0; row < _met.Length; row++) Change(row, 1);
                else foreach (var row in dated) Change(row, 1);
            }
            Change(dated.AsSpan(0, index.End(day)), sign);
        }
        else if (day > from) Change(dated.AsSpan(index.Start(from + 1), index.End(day) - index.Start(from + 1)), sign);
        else if (day < from) Change(dated.AsSpan(index.Start(day + 1), index.End(from) - index.Start(day + 1)), -sign);
        _days[i] = day;
    }

    private void Change(ReadOnlySpan<int> rows, int delta)
    {
        foreach (var row in rows) Change(row, delta);
    }

    private void Change(int row, int delta)
    {
        var all = _limits.Limits.Count;
        var before = _met[row];
        var after = before + delta;
        _met[row] = (byte)after;
        if (after == all) _meeting++;
        else if (before == all) _meeting--;
    }
}

/// <summary>
/// A date of the row against the period: met <paramref name="Below"/> (the date is not null and on or before the day)
/// or above it (the date is after the day, or null when <paramref name="NullMeets"/>).
/// </summary>
internal sealed record StockLimit(ColumnSchema Column, Bound At, bool Below, bool NullMeets);

/// <summary>
/// The limits among a condition's `and`s (into the fields it names), and the rest of the condition, the `and` of its
/// other parts (null when the limits are all of it): the rows meeting the limits need only be tested for the rest.
/// </summary>
internal sealed record StockLimits(IReadOnlyList<StockLimit> Limits, BoundExpr? Rest)
{
    /// <summary>The limits as text, the same for conditions with the same limits.</summary>
    public string Key { get; } = string.Join(" and ", Limits.Select(l => $"{l.Column.Name} {(l.Below ? "<=" : ">")} {l.At}{(l.NullMeets ? " or null" : "")}"));

    public static StockLimits? Of(BoundExpression where, TableSchema table)
    {
        var conjuncts = BoundConditions.Conjuncts(where.Root, intoFields: true).Select(c => (Conjunct: c, Limit: Limit(c, table))).ToList();
        var limits = conjuncts.Select(c => c.Limit).OfType<StockLimit>().ToList();
        var rest = conjuncts.Where(c => c.Limit is null).Select(c => c.Conjunct)
            .Aggregate((BoundExpr?)null, (all, next) => all is null ? next : new BoundBinary(all.Type, where.Root.Span, BinaryOp.And, all, next));
        return limits.Count == 0 || limits.Count > byte.MaxValue ? null : new StockLimits(limits, rest);
    }

    private static StockLimit? Limit(BoundExpr conjunct, TableSchema table)
    {
        // `date is null or date > day` (in either order): met above, null too
        if (conjunct is BoundBinary { Op: BinaryOp.Or, Left: var a, Right: var b })
        {
            var (isNull, compare) = a is BoundIsNull ? (a, b) : (b, a);
            return isNull is BoundIsNull { Negated: false, Operand: BoundColumn column } && Limit(compare, table) is { Below: false } limit
                && limit.Column == column.Column
                ? limit with { NullMeets = true }
                : null;
        }
        if (conjunct is not BoundBinary { Left: var left, Right: var right } comparison) return null;
        var (op, date, period) = (left, right) switch
        {
            (BoundColumn c, BoundPeriod p) => (comparison.Op, c, p),
            (BoundPeriod p, BoundColumn c) => (BoundConditions.Mirror(comparison.Op), c, p),
            _ => (comparison.Op, null, null),
        };
        if (date is not { Row: RowVariable, Type.Kind: DataType.Date } || date.Table != table || period is null) return null;
        var at = new Bound(period.IsEnd, 0);
        return op switch
        {
            BinaryOp.LessOrEqual => new StockLimit(date.Column, at, Below: true, NullMeets: false),
            BinaryOp.Less => new StockLimit(date.Column, at with { Offset = -1 }, Below: true, NullMeets: false),
            BinaryOp.Greater => new StockLimit(date.Column, at, Below: false, NullMeets: false),
            BinaryOp.GreaterOrEqual => new StockLimit(date.Column, at with { Offset = -1 }, Below: false, NullMeets: false),
            _ => null,
        };
    }
}
