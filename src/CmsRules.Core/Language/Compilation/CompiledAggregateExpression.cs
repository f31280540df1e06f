using System.Linq.Expressions;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Runtime;

namespace CmsRules.Core.Language.Compilation;

/// <summary>An aggregate expression: delegates of (context, row set).</summary>
public sealed class CompiledAggregateExpression : CompiledExpression
{
    private readonly Lazy<Func<EvalContext, RowSet, decimal?>> _number;
    private readonly Lazy<Func<EvalContext, RowSet, int>> _category;
    private readonly Lazy<Func<EvalContext, RowSet, bool>> _predicate;

    internal CompiledAggregateExpression(BoundExpression source, Expression body, ParameterExpression context, ParameterExpression rows)
        : base(source.Type, source, body, [context, rows])
    {
        _number = new(() => Make<Func<EvalContext, RowSet, decimal?>>(ResultShapes.Number));
        _category = new(() => Make<Func<EvalContext, RowSet, int>>(ResultShapes.Category));
        _predicate = new(() => Make<Func<EvalContext, RowSet, bool>>(ResultShapes.Predicate));
    }

    /// <summary>The typed value: <typeparamref name="T"/> is the body's CLR type, e.g. long? or int? for a date.</summary>
    public Func<EvalContext, RowSet, T> Value<T>() => MakeValue<Func<EvalContext, RowSet, T>>();

    /// <summary>A numeric result (counts as integers, money in pence); see <see cref="CompiledExpression.Type"/>.</summary>
    public Func<EvalContext, RowSet, decimal?> Number => _number.Value;

    /// <summary>An enum result as its code index, -1 for null (a category computed over a group of rows).</summary>
    public Func<EvalContext, RowSet, int> Category => _category.Value;

    public Func<EvalContext, RowSet, bool> Predicate => _predicate.Value;
}
