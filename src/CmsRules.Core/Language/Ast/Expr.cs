namespace CmsRules.Core.Language.Ast;

/// <summary>A node of the syntax tree. Every node knows the characters it was parsed from.</summary>
public abstract record Expr(TextSpan Span);

public enum LiteralKind { Integer, Decimal, Money, String, Date, Bool, Null }

/// <summary>A literal. <see cref="Value"/> is long (integer, money in pence), decimal, string, DateOnly, bool or null.</summary>
public record LiteralExpr(TextSpan Span, LiteralKind Kind, object? Value) : Expr(Span);

/// <summary>A name: <c>column</c>, <c>table.column</c>, or a dotted measure id such as <c>compliance.population</c>.</summary>
public sealed record NameExpr(TextSpan Span, IReadOnlyList<string> Parts) : Expr(Span)
{
    public string Text => string.Join('.', Parts);
}

/// <summary><c>$name</c>: the value of a methodology assumption.</summary>
public sealed record AssumptionExpr(TextSpan Span, string Name) : Expr(Span);

/// <summary>A table named after <c>from</c> in an aggregate.</summary>
public sealed record TableRef(TextSpan Span, string Name);

/// <summary>
/// <c>name(args [from table] [where condition])</c>: a function, a field with parameters or an aggregate.
/// Which one is decided by the binder, because <c>min(a, b)</c> and <c>min(a)</c> differ only by arity.
/// </summary>
public sealed record CallExpr(TextSpan Span, IReadOnlyList<string> Parts, IReadOnlyList<Expr> Args, TableRef? From, Expr? Where) : Expr(Span)
{
    public string Name => string.Join('.', Parts);
}

public enum UnaryOp { Negate, Not }

public sealed record UnaryExpr(TextSpan Span, UnaryOp Op, Expr Operand) : Expr(Span);

public enum BinaryOp { Or, And, Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, Add, Subtract, Multiply, Divide }

public sealed record BinaryExpr(TextSpan Span, BinaryOp Op, Expr Left, Expr Right) : Expr(Span);

/// <summary><c>value [not] in (items)</c>.</summary>
public sealed record InExpr(TextSpan Span, Expr Value, IReadOnlyList<Expr> Items, bool Negated) : Expr(Span);

/// <summary><c>value [not] between low and high</c>, both ends included.</summary>
public sealed record BetweenExpr(TextSpan Span, Expr Value, Expr Low, Expr High, bool Negated) : Expr(Span);

/// <summary><c>value is [not] null</c>.</summary>
public sealed record IsNullExpr(TextSpan Span, Expr Value, bool Negated) : Expr(Span);

public sealed record CaseWhen(Expr Condition, Expr Result);

/// <summary><c>case when c then v ... [else e] end</c>; no else means else null.</summary>
public sealed record CaseExpr(TextSpan Span, IReadOnlyList<CaseWhen> Whens, Expr? Else) : Expr(Span);
