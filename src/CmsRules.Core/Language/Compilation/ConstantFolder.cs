using System.Linq.Expressions;
using CmsRules.Core.Language.Binding;

namespace CmsRules.Core.Language.Compilation;

/// <summary>
/// Replaces every operation whose operands are all literals by its value. The value is computed by compiling
/// the operation with the same translator as the real code, so folding can never disagree with evaluation.
/// </summary>
internal static class ConstantFolder
{
    public static BoundExpr Fold(BoundExpr root) => BoundTree.Rewrite(root, FoldNode);

    private static BoundExpr FoldNode(BoundExpr e)
    {
        if (e is not (BoundUnary or BoundBinary or BoundConvert or BoundIsNull or BoundCase or BoundCoalesce or BoundExtremum or BoundCall)) return e;
        if (!BoundTree.Children(e).All(c => c is BoundLiteral)) return e;
        try
        {
            var layout = new Runtime.RuntimeLayout();
            var translator = new Translator(layout, Expression.Parameter(typeof(Runtime.EvalContext)), null, new FieldBodies(layout));
            var body = Expression.Convert(translator.Translate(e), typeof(object));
            var value = Expression.Lambda<Func<object?>>(body).Compile(preferInterpretation: true)();
            return new BoundLiteral(e.Type, e.Span, value);
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException or ArgumentException)
        {
            return e; // fails at run time too, with the same error, if it is ever evaluated
        }
    }
}
