using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Engine;

/// <summary>
/// A figure read straight from a date index, without visiting rows: a measure whose whole condition is a period range
/// on one date column and whose value is `count()`, `sum(column)` or, to date, `count_distinct(column)` of its own row.
/// To-date figures over large tables (all maintenance due so far) are then a subtraction of two prefix sums, or a
/// binary search among the first dates of each key, instead of a scan of every row dated so far.
/// </summary>
internal sealed class IndexedFigure
{
    private enum Kind { Count, Sum, CountDistinctToDate }

    private readonly Kind _kind;
    private readonly ColumnSchema? _column;

    private IndexedFigure(Kind kind, ColumnSchema? column) => (_kind, _column) = (kind, column);

    public static IndexedFigure? Of(CompiledAggregateExpression? value, PeriodRange range)
    {
        if (value?.Source?.Root is not BoundAggregate { Source: RowSetSource, Filter: null } aggregate || !range.IsWholeCondition) return null;
        var column = aggregate.Args.Count == 1 && aggregate.Args[0] is BoundColumn { Row: RowVariable } c
            && c.Column is { Nullable: false, Type: DataType.Integer or DataType.Money } ? c.Column : null;
        return aggregate switch
        {
            { Kind: AggregateKind.Count, Args.Count: 0 } => new IndexedFigure(Kind.Count, null),
            { Kind: AggregateKind.Sum } when column is not null => new IndexedFigure(Kind.Sum, column),
            { Kind: AggregateKind.CountDistinct } when column is not null && range.Lower is null => new IndexedFigure(Kind.CountDistinctToDate, column),
            _ => null,
        };
    }

    public decimal Evaluate(DateIndex index, Table table, int? from, int? to) => _kind switch
    {
        Kind.Count => index.Count(from, to),
        Kind.Sum => index.Sum((Int64Column)table[_column!.Name], from, to),
        _ => index.KeysFirstDatedBy((Int64Column)table[_column!.Name], to),
    };
}
