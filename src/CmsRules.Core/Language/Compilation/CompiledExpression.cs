using System.Linq.Expressions;
using CmsRules.Core.Language.Binding;

namespace CmsRules.Core.Language.Compilation;

/// <summary>
/// A compiled expression; <typeparamref name="TDelegate"/> shapes are made on first use from the one typed
/// body. The body's own CLR type is nullable (long?, decimal?, int? for dates and enums, bool?, string).
/// </summary>
public abstract class CompiledExpression
{
    private protected CompiledExpression(ExprType type, BoundExpression? source, Expression body, IReadOnlyList<ParameterExpression> parameters)
    {
        Type = type;
        Source = source;
        Body = body;
        Parameters = parameters;
    }

    /// <summary>The bound expression compiled; null for C# given through the escape hatch.</summary>
    public BoundExpression? Source { get; }
    public ExprType Type { get; }

    /// <summary>The expression tree, for inspection and for callers that build larger lambdas around it.</summary>
    public Expression Body { get; }

    private protected IReadOnlyList<ParameterExpression> Parameters { get; }

    private protected TDelegate Make<TDelegate>(Func<Expression, ExprType, Expression> shape) where TDelegate : Delegate =>
        Expression.Lambda<TDelegate>(shape(Body, Type), Parameters).Compile();

    private Delegate? _value;

    /// <summary>The typed delegate, compiled on first use and kept (a race compiles twice, harmlessly).</summary>
    private protected TDelegate MakeValue<TDelegate>() where TDelegate : Delegate =>
        _value as TDelegate ?? (TDelegate)(_value = Expression.Lambda<TDelegate>(Body, Parameters).Compile());
}
