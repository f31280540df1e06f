namespace CmsRules.Core.Language.Ast;

/// <summary>Traversal of syntax trees.</summary>
public static class AstNodes
{
    public static IEnumerable<Expr> Children(Expr e) => e switch
    {
        CallExpr c => c.Where is null ? c.Args : [.. c.Args, c.Where],
        UnaryExpr u => [u.Operand],
        BinaryExpr b => [b.Left, b.Right],
        InExpr i => [i.Value, .. i.Items],
        BetweenExpr b => [b.Value, b.Low, b.High],
        IsNullExpr n => [n.Value],
        CaseExpr c => [.. c.Whens.SelectMany(w => new[] { w.Condition, w.Result }), .. c.Else is null ? Array.Empty<Expr>() : [c.Else]],
        _ => [],
    };

    /// <summary>The node and all nodes below it, parents before children, left to right.</summary>
    public static IEnumerable<Expr> DescendantsAndSelf(Expr e)
    {
        yield return e;
        foreach (var child in Children(e))
            foreach (var d in DescendantsAndSelf(child))
                yield return d;
    }
}
