using System.Linq.Expressions;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Language.Compilation;

/// <summary>
/// Compiles bound expressions to delegates: simplification passes over the bound tree (constant folding, then
/// literal conditions), then System.Linq.Expressions. Expressions compiled by one compiler share its
/// <see cref="RuntimeLayout"/>, so one <see cref="EvalContext"/> serves all of them.
/// </summary>
public sealed class ExpressionCompiler
{
    private readonly FieldBodies _fieldBodies;

    public ExpressionCompiler() => _fieldBodies = new FieldBodies(Layout);

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
        var simplified = Simplify(expression.Root);
        var stringColumn = simplified as BoundColumn is { Column.Type: DataType.String } c ? c : null;
        return new CompiledRowExpression(expression, translator.Translate(simplified), context, row,
            () => CompileFilter(simplified), () => CompileCategories(simplified),
            stringColumn is null ? null : new StringColumnRead(stringColumn.Table.Name, stringColumn.Column.Name, () => CompileStringIds(stringColumn)));
    }

    /// <summary>The condition as one loop over a row set, writing the kept rows.</summary>
    private Func<EvalContext, RowSet, int[], int> CompileFilter(BoundExpr condition) =>
        CompileLoop(t => ResultShapes.Predicate(t.Translate(condition), condition.Type), (keep, row, output, written) =>
            Expression.IfThen(keep, Expression.Assign(Expression.ArrayAccess(output, Expression.PostIncrementAssign(written)), row)));

    /// <summary>The enum code (-1 for null) of each row of a row set as one loop, writing one per row.</summary>
    private Func<EvalContext, RowSet, int[], int> CompileCategories(BoundExpr category) =>
        CompileLoop(t => ResultShapes.Category(t.Translate(category), category.Type), WriteEach);

    /// <summary>The string id (-1 for null) of each row of a row set as one loop, writing one per row.</summary>
    private Func<EvalContext, RowSet, int[], int> CompileStringIds(BoundColumn column) => CompileLoop(t => t.StringId(column), WriteEach);

    private static Expression WriteEach(Expression value, ParameterExpression row, ParameterExpression output, ParameterExpression written) =>
        Expression.Assign(Expression.ArrayAccess(output, Expression.PostIncrementAssign(written)), value);

    /// <summary>
    /// An expression evaluated on each row of a row set in one loop, <paramref name="step"/> writing what it gives to
    /// the output; the delegate returns how many it wrote. Columns and relations are loaded once per call instead of
    /// once per row, which is what makes a population filter fast.
    /// </summary>
    private Func<EvalContext, RowSet, int[], int> CompileLoop(Func<Translator, Expression> translate,
        Func<Expression, ParameterExpression, ParameterExpression, ParameterExpression, Expression> step)
    {
        var context = Expression.Parameter(typeof(EvalContext), "context");
        var input = Expression.Parameter(typeof(RowSet), "input");
        var output = Expression.Parameter(typeof(int[]), "output");
        var translator = new Translator(Layout, context, null, _fieldBodies, hoist: true);
        var row = Expression.Variable(typeof(int), "row");
        translator.BindRow(0, row);
        var value = translate(translator);
        var i = Expression.Variable(typeof(int), "i");
        var written = Expression.Variable(typeof(int), "written");
        var count = Expression.Variable(typeof(int), "count");
        var rows = Expression.Variable(typeof(int[]), "rows");
        var done = Expression.Label("done");
        var loop = Expression.Loop(
            Expression.IfThenElse(Expression.GreaterThanOrEqual(i, count),
                Expression.Break(done),
                Expression.Block(
                    Expression.Assign(row, Expression.ArrayIndex(rows, i)),
                    step(value, row, output, written),
                    Expression.PreIncrementAssign(i))),
            done);
        var body = Expression.Block([i, written, count, rows, row, .. translator.HoistedVariables],
        [
            Expression.Assign(rows, Expression.Property(input, nameof(RowSet.Rows))),
            Expression.Assign(count, Expression.Property(input, nameof(RowSet.Count))),
            Expression.Assign(i, Expression.Constant(0)),
            Expression.Assign(written, Expression.Constant(0)),
            .. translator.HoistedLoads,
            loop,
            written,
        ]);
        return Expression.Lambda<Func<EvalContext, RowSet, int[], int>>(body, context, input, output).Compile();
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
        return (context, new Translator(Layout, context, rows, _fieldBodies));
    }

    private static void Require(BoundExpression expression, ExpressionContext context)
    {
        if (expression.Context != context)
            throw new ArgumentException($"a {expression.Context.ToString().ToLowerInvariant()} expression cannot be compiled as {context.ToString().ToLowerInvariant()}", nameof(expression));
    }
}
