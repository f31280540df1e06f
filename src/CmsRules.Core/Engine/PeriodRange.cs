using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Language.Ast;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Engine;

/// <summary>
/// The bounds a condition puts on one date column of its own row relative to the period (`month between period_start and
/// period_end`, `month_end = period_end`, `received_date &lt;= period_end`), found among the top-level `and`s of a where.
/// With them a period looks only at the rows dated inside its bounds, found through a <see cref="DateIndex"/>.
/// </summary>
internal sealed record PeriodRange(ColumnSchema Column, Bound? Lower, Bound? Upper, bool IsWholeCondition)
{
    /// <summary>The first and last day a row's date may have in a period (null: unbounded).</summary>
    public (int? From, int? To) Days(int periodStart, int periodEnd) =>
        (Lower is { } lo ? lo.Day(periodStart, periodEnd) : null, Upper is { } hi ? hi.Day(periodStart, periodEnd) : null);

    public static PeriodRange? Of(CompiledRowExpression? where, TableSchema table)
    {
        if (where?.Source is not { } bound) return null;
        var bounds = new Dictionary<ColumnSchema, (Bound? Lower, Bound? Upper)>();
        var conjuncts = BoundConditions.Conjuncts(bound.Root).ToList();
        var used = 0;
        foreach (var conjunct in conjuncts)
        {
            if (conjunct is not BoundBinary { Left: var left, Right: var right } comparison) continue;
            var (op, column, period) = (left, right) switch
            {
                (BoundColumn c, BoundPeriod p) => (comparison.Op, c, p),
                (BoundPeriod p, BoundColumn c) => (BoundConditions.Mirror(comparison.Op), c, p),
                _ => (comparison.Op, null, null),
            };
            if (column is not { Row: RowVariable, Type.Kind: DataType.Date } || column.Table != table || period is null) continue;
            var (lower, upper) = bounds.GetValueOrDefault(column.Column);
            var at = new Bound(period.IsEnd, 0);
            switch (op)
            {
                case BinaryOp.Equal: (lower, upper) = (at, at); break;
                case BinaryOp.GreaterOrEqual: lower = at; break;
                case BinaryOp.Greater: lower = at with { Offset = 1 }; break;
                case BinaryOp.LessOrEqual: upper = at; break;
                case BinaryOp.Less: upper = at with { Offset = -1 }; break;
                default: continue;
            }
            bounds[column.Column] = (lower, upper);
            used++;
        }
        // Prefer a column bounded on both sides (a flow in the period) over one bounded on one side (to date).
        return bounds.OrderByDescending(b => (b.Value.Lower is null ? 0 : 1) + (b.Value.Upper is null ? 0 : 1))
            .Select(b => new PeriodRange(b.Key, b.Value.Lower, b.Value.Upper, bounds.Count == 1 && used == conjuncts.Count)).FirstOrDefault();
    }
}

/// <summary>period_start or period_end, plus a number of days.</summary>
internal readonly record struct Bound(bool IsEnd, int Offset)
{
    public int Day(int periodStart, int periodEnd) => (IsEnd ? periodEnd : periodStart) + Offset;
}
