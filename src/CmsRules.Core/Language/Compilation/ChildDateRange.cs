using CmsRules.Core.Language.Ast;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Compilation;

/// <summary>
/// The bounds an aggregate's filter puts on a date of the related rows it runs over, by values that do not depend on
/// those rows (`month between period_start and period_end`, `valid_from &lt;= day`). With them the loop visits only the
/// related rows dated in range (see <see cref="Runtime.DatedChildren"/>); the whole filter is still applied to each,
/// unless the loop knows its rows have a date in range (see <see cref="Rest"/>). <see cref="LowerBy"/> and
/// <see cref="UpperBy"/> are the parts of the filter the bounds were read from.
/// </summary>
internal sealed record ChildDateRange(ColumnSchema Date, BoundExpr? Lower, int LowerOffset, BoundExpr? Upper, int UpperOffset,
    BoundExpr? LowerBy = null, BoundExpr? UpperBy = null)
{
    public static ChildDateRange? Of(BoundAggregate aggregate)
    {
        if (aggregate.Source is not ChildRowsSource || aggregate.Filter is null) return null;
        ChildDateRange? range = null;
        foreach (var conjunct in BoundConditions.Conjuncts(aggregate.Filter, intoFields: true))
        {
            if (conjunct is not BoundBinary { Left: var left, Right: var right } comparison) continue;
            var (op, date, bound) = left is BoundColumn l && IsDateOfRow(l, aggregate) && !Reads(right, aggregate.RowVariable)
                ? (comparison.Op, l, right)
                : right is BoundColumn r && IsDateOfRow(r, aggregate) && !Reads(left, aggregate.RowVariable)
                    ? (BoundConditions.Mirror(comparison.Op), r, left)
                    : (comparison.Op, (BoundColumn?)null, (BoundExpr?)null);
            if (date is null || (range is not null && range.Date != date.Column)) continue;
            range ??= new ChildDateRange(date.Column, null, 0, null, 0);
            range = op switch
            {
                BinaryOp.Equal => range with { Lower = bound, LowerOffset = 0, Upper = bound, UpperOffset = 0, LowerBy = conjunct, UpperBy = conjunct },
                BinaryOp.GreaterOrEqual when range.Lower is null => range with { Lower = bound, LowerOffset = 0, LowerBy = conjunct },
                BinaryOp.Greater when range.Lower is null => range with { Lower = bound, LowerOffset = 1, LowerBy = conjunct },
                BinaryOp.LessOrEqual when range.Upper is null => range with { Upper = bound, UpperOffset = 0, UpperBy = conjunct },
                BinaryOp.Less when range.Upper is null => range with { Upper = bound, UpperOffset = -1, UpperBy = conjunct },
                _ => range,
            };
        }
        return range is { Lower: null, Upper: null } ? null : range;
    }

    /// <summary>
    /// The aggregate's filter less the parts both bounds were read from: all a row still has to meet when the loop
    /// visits only rows whose date is not null and within both bounds. Null when nothing is left.
    /// </summary>
    public BoundExpr? Rest(BoundAggregate aggregate) =>
        BoundConditions.Conjuncts(aggregate.Filter!, intoFields: true)
            .Where(c => !ReferenceEquals(c, LowerBy) && !ReferenceEquals(c, UpperBy))
            .Aggregate((BoundExpr?)null, (rest, c) => rest is null ? c : new BoundBinary(ExprType.Bool, c.Span, BinaryOp.And, rest, c));

    private static bool IsDateOfRow(BoundColumn column, BoundAggregate aggregate) =>
        column.Row is RowVariable v && v.Id == aggregate.RowVariable && column.Column.Type == DataType.Date;

    /// <summary>Whether an expression reads the aggregate's own row, or a row of a kind not known (then it cannot bound the loop).</summary>
    private static bool Reads(BoundExpr e, int rowVariable) => BoundTree.RowVariablesRead(e).Any(v => v is null || v == rowVariable);
}
