using System.Linq.Expressions;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Runtime;

namespace CmsRules.Core.Language.Compilation;

/// <summary>A scalar expression (no rows): delegates of the context only.</summary>
public sealed class CompiledScalarExpression : CompiledExpression
{
    private readonly Lazy<Func<EvalContext, decimal?>> _number;
    private readonly Lazy<Func<EvalContext, bool>> _predicate;

    internal CompiledScalarExpression(BoundExpression source, Expression body, ParameterExpression context)
        : base(source.Type, source, body, [context])
    {
        _number = new(() => Make<Func<EvalContext, decimal?>>(ResultShapes.Number));
        _predicate = new(() => Make<Func<EvalContext, bool>>(ResultShapes.Predicate));
    }

    /// <summary>The typed value: <typeparamref name="T"/> is the body's CLR type, e.g. long? or int? for a date.</summary>
    public Func<EvalContext, T> Value<T>() => MakeValue<Func<EvalContext, T>>();

    /// <summary>A numeric result (money in pence).</summary>
    public Func<EvalContext, decimal?> Number => _number.Value;

    public Func<EvalContext, bool> Predicate => _predicate.Value;
}
