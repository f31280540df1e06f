using CmsRules.Core.Language.Ast;
using CmsRules.Core.Language.Binding;

namespace CmsRules.Core.Language.Compilation;

/// <summary>
/// Drops what a literal decides: <c>true and x</c> is x, <c>false and x</c> false (and the same for or); case
/// branches whose condition is a literal false or null go, a literal true ends the case; null arguments of
/// coalesce go. Typically what remains after folding an assumption-free branch or a field argument.
/// </summary>
internal static class ConditionSimplifier
{
    public static BoundExpr Simplify(BoundExpr root) => BoundTree.Rewrite(root, SimplifyNode);

    private static bool Is(BoundExpr e, bool? value) => e is BoundLiteral l && (l.Value as bool?) == value;

    private static BoundExpr SimplifyNode(BoundExpr e)
    {
        switch (e)
        {
            case BoundBinary { Op: BinaryOp.And or BinaryOp.Or } b:
                var decisive = b.Op == BinaryOp.Or;
                if (Is(b.Left, decisive) || Is(b.Right, decisive)) return new BoundLiteral(ExprType.Bool, b.Span, decisive);
                if (Is(b.Left, !decisive)) return b.Right;
                if (Is(b.Right, !decisive)) return b.Left;
                return b;
            case BoundCase c:
                var whens = new List<BoundWhen>();
                foreach (var w in c.Whens)
                {
                    if (Is(w.Condition, false) || Is(w.Condition, null)) continue;
                    if (Is(w.Condition, true) && whens.Count == 0) return w.Result;
                    if (Is(w.Condition, true)) return c with { Whens = whens, Else = w.Result };
                    whens.Add(w);
                }
                return whens.Count == 0 ? c.Else : c with { Whens = whens };
            case BoundCoalesce c:
                var args = c.Args.Where(a => !(a is BoundLiteral { Value: null })).ToList();
                if (args.Count == 0) return new BoundLiteral(c.Type, c.Span, null);
                return args[0] is BoundLiteral ? args[0] : c with { Args = args };
            default:
                return e;
        }
    }
}
