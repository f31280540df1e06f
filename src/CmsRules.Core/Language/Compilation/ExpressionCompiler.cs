using System.Linq.Expressions;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Language.Compilation;

/// <summary>
/// Compiles bound expressions to delegates: simplification passes over the bound tree (constant folding, then
/// literal conditions), then System.Linq.Expressions. Expressions compiled by one compiler share its
/// <see cref="RuntimeLayout"/>, so one <see cref="EvalContext"/> serves all of them.
/// </summary>
public sealed class ExpressionCompiler
{
    public RuntimeLayout Layout { get; } = new();

    public EvalContext CreateContext(Extract extract, RelationCache? relations = null) => new(extract, Layout, relations);

    /// <summary>The rewrite passes, in order; public so that other backends (SQL) can start from the same tree.</summary>
    public static BoundExpr Simplify(BoundExpr root) => ConditionSimplifier.Simplify(ConstantFolder.Fold(root));

    public CompiledRowExpression CompileRow(BoundExpression expression)
    {
        Require(expression, ExpressionContext.Row);
        var (context, translator) = Start(null);
        var row = Expression.Parameter(typeof(int), "row");
        translator.BindRow(0, row);
        return new CompiledRowExpression(expression, translator.Translate(Simplify(expression.Root)), context, row);
    }

    public CompiledAggregateExpression CompileAggregate(BoundExpression expression)
    {
        Require(expression, ExpressionContext.Aggregate);
        var rows = Expression.Parameter(typeof(RowSet), "rows");
        var (context, translator) = Start(rows);
        return new CompiledAggregateExpression(expression, translator.Translate(Simplify(expression.Root)), context, rows);
    }

    public CompiledScalarExpression CompileScalar(BoundExpression expression)
    {
        Require(expression, ExpressionContext.Scalar);
        var (context, translator) = Start(null);
        return new CompiledScalarExpression(expression, translator.Translate(Simplify(expression.Root)), context);
    }

    private (ParameterExpression Context, Translator Translator) Start(ParameterExpression? rows)
    {
        var context = Expression.Parameter(typeof(EvalContext), "context");
        return (context, new Translator(Layout, context, rows));
    }

    private static void Require(BoundExpression expression, ExpressionContext context)
    {
        if (expression.Context != context)
            throw new ArgumentException($"a {expression.Context.ToString().ToLowerInvariant()} expression cannot be compiled as {context.ToString().ToLowerInvariant()}", nameof(expression));
    }
}
