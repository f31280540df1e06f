using CmsRules.Core.Language.Binding;

namespace CmsRules.Core.Language.Compilation;

/// <summary>
/// A shared field that sums or counts its row's children dated within bounds set by the period (a case group's due:
/// its liabilities of the period's months), computed for every parent row at once when first asked for in a period:
/// one pass over the children dated in range, found through a date index, adding each to its parent's total (compiled
/// by <see cref="FieldBodies"/>). Otherwise each parent searches its own children. This holds when the filter and
/// value read only the child row and the bounds read no row at all.
/// </summary>
internal sealed record ParentSums(BoundAggregate Aggregate, ChildRowsSource Source, ChildDateRange Range)
{
    public static ParentSums? Of(BoundField field)
    {
        if (field.Body is not BoundAggregate { Kind: AggregateKind.Sum or AggregateKind.Count, Source: ChildRowsSource source } aggregate
            || !source.Parent.Equals(field.Row) || ClrTypes.Of(aggregate.Type) != typeof(long?)
            || ChildDateRange.Of(aggregate) is not { Lower: { } lower, Upper: { } upper } range)
            return null;
        var own = aggregate.Args.Concat(aggregate.Filter is null ? [] : [aggregate.Filter]);
        return ReadsNoRow(lower) && ReadsNoRow(upper) && own.All(e => ReadsOnly(e, aggregate.RowVariable))
            ? new ParentSums(aggregate, source, range)
            : null;
    }

    private static bool ReadsNoRow(BoundExpr e) => !HasAggregate(e) && !BoundTree.RowVariablesRead(e).Any();

    /// <summary>Whether every row an expression reads is <paramref name="rowVariable"/> or a parent of it, with no aggregate inside.</summary>
    private static bool ReadsOnly(BoundExpr e, int rowVariable) => !HasAggregate(e) && BoundTree.RowVariablesRead(e).All(v => v == rowVariable);

    private static bool HasAggregate(BoundExpr e) => e is BoundAggregate || BoundTree.Children(e).Any(HasAggregate);
}
