namespace CmsRules.Core.Language.Binding;

/// <summary>Generic traversal of bound trees: the children of a node, and a node rebuilt with new children.</summary>
public static class BoundTree
{
    public static IEnumerable<BoundExpr> Children(BoundExpr e) => e switch
    {
        BoundUnary u => [u.Operand],
        BoundBinary b => [b.Left, b.Right],
        BoundConvert c => [c.Operand],
        BoundIsNull n => [n.Operand],
        BoundCase c => [.. c.Whens.SelectMany(w => new[] { w.Condition, w.Result }), c.Else],
        BoundCoalesce c => c.Args,
        BoundExtremum x => x.Args,
        BoundCall c => c.Args,
        BoundField f => [f.Body],
        BoundAggregate a => a.Filter is null ? a.Args : [.. a.Args, a.Filter],
        _ => [],
    };

    /// <summary>
    /// The row variables whose rows an expression reads, directly or through their parents: by its columns, its fields
    /// and the parents of the related rows it aggregates. Null stands for a row of a kind not known here.
    /// </summary>
    public static IEnumerable<int?> RowVariablesRead(BoundExpr e)
    {
        int?[] own = e switch
        {
            BoundColumn c => [Root(c.Row)],
            BoundField f => [Root(f.Row)],
            BoundAggregate { Source: ChildRowsSource s } => [Root(s.Parent)],
            _ => [],
        };
        return own.Concat(Children(e).SelectMany(RowVariablesRead));
    }

    private static int? Root(RowRef row) => row switch
    {
        RowVariable v => v.Id,
        ParentRow p => Root(p.Child),
        _ => null,
    };

    /// <summary>Rebuilds <paramref name="e"/> bottom-up with <paramref name="rewrite"/> applied to each child first.</summary>
    public static BoundExpr Rewrite(BoundExpr e, Func<BoundExpr, BoundExpr> rewrite)
    {
        BoundExpr R(BoundExpr child) => Rewrite(child, rewrite);
        List<BoundExpr> All(IEnumerable<BoundExpr> children) => children.Select(R).ToList();
        var rebuilt = e switch
        {
            BoundUnary u => u with { Operand = R(u.Operand) },
            BoundBinary b => b with { Left = R(b.Left), Right = R(b.Right) },
            BoundConvert c => c with { Operand = R(c.Operand) },
            BoundIsNull n => n with { Operand = R(n.Operand) },
            BoundCase c => c with { Whens = c.Whens.Select(w => new BoundWhen(R(w.Condition), R(w.Result))).ToList(), Else = R(c.Else) },
            BoundCoalesce c => c with { Args = All(c.Args) },
            BoundExtremum x => x with { Args = All(x.Args) },
            BoundCall c => c with { Args = All(c.Args) },
            BoundField f => f with { Body = R(f.Body) },
            BoundAggregate a => a with { Args = All(a.Args), Filter = a.Filter is null ? null : R(a.Filter) },
            _ => e,
        };
        return rewrite(rebuilt);
    }
}
