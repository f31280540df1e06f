using CmsRules.Core.Language.Ast;

namespace CmsRules.Core.Language.Binding;

/// <summary>Reading a bound condition as parts: its top-level `and`s, and a comparison seen from its other side.</summary>
public static class BoundConditions
{
    /// <summary>The top-level `and`s of a condition; with <paramref name="intoFields"/>, those inside fields too (`holds_on(day)`).</summary>
    public static IEnumerable<BoundExpr> Conjuncts(BoundExpr e, bool intoFields = false) => e switch
    {
        BoundBinary { Op: BinaryOp.And } and => Conjuncts(and.Left, intoFields).Concat(Conjuncts(and.Right, intoFields)),
        BoundField field when intoFields => Conjuncts(field.Body, intoFields),
        _ => [e],
    };

    /// <summary>The operator that keeps a comparison true with its operands swapped (`a &lt; b` is `b &gt; a`).</summary>
    public static BinaryOp Mirror(BinaryOp op) => op switch
    {
        BinaryOp.Less => BinaryOp.Greater,
        BinaryOp.LessOrEqual => BinaryOp.GreaterOrEqual,
        BinaryOp.Greater => BinaryOp.Less,
        BinaryOp.GreaterOrEqual => BinaryOp.LessOrEqual,
        _ => op,
    };
}
