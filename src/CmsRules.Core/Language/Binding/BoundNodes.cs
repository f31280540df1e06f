using CmsRules.Core.Diagnostics;
using CmsRules.Core.Language.Ast;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Binding;

/// <summary>
/// A type-checked expression. Backend-independent: nodes name schema objects, relations and functions, never
/// arrays or delegates, so the same tree can be compiled to delegates or translated to SQL.
/// </summary>
public abstract record BoundExpr(ExprType Type, TextSpan Span);

/// <summary>A constant in its runtime form: long (integer, pence), decimal, int (day number, enum index), bool, string or null.</summary>
public sealed record BoundLiteral(ExprType Type, TextSpan Span, object? Value) : BoundExpr(Type, Span);

public sealed record BoundColumn(ExprType Type, TextSpan Span, TableSchema Table, ColumnSchema Column, RowRef Row) : BoundExpr(Type, Span);

public sealed record BoundAssumption(ExprType Type, TextSpan Span, string Name) : BoundExpr(Type, Span);

/// <summary>Another measure's value, read from the evaluation context's slot.</summary>
public sealed record BoundExternal(ExprType Type, TextSpan Span, string Name, int Slot) : BoundExpr(Type, Span);

public sealed record BoundPeriod(TextSpan Span, bool IsEnd) : BoundExpr(ExprType.Date, Span);

public enum BoundUnaryOp { Negate, Not }

public sealed record BoundUnary(ExprType Type, TextSpan Span, BoundUnaryOp Op, BoundExpr Operand) : BoundExpr(Type, Span);

/// <summary>
/// A binary operator whose operands the binder has already converted to matching types, except the mixed
/// forms date ± integer (days) and money * integer.
/// </summary>
public sealed record BoundBinary(ExprType Type, TextSpan Span, BinaryOp Op, BoundExpr Left, BoundExpr Right) : BoundExpr(Type, Span);

/// <summary>
/// A widening: integer to decimal, money to decimal (in pounds), or one enum type to a wider one (code by code).
/// </summary>
public sealed record BoundConvert(ExprType Type, TextSpan Span, BoundExpr Operand) : BoundExpr(Type, Span);

public sealed record BoundIsNull(TextSpan Span, BoundExpr Operand, bool Negated) : BoundExpr(ExprType.Bool, Span);

public sealed record BoundWhen(BoundExpr Condition, BoundExpr Result);

public sealed record BoundCase(ExprType Type, TextSpan Span, IReadOnlyList<BoundWhen> Whens, BoundExpr Else) : BoundExpr(Type, Span);

public sealed record BoundCoalesce(ExprType Type, TextSpan Span, IReadOnlyList<BoundExpr> Args) : BoundExpr(Type, Span);

/// <summary>Scalar <c>min(a, b, ...)</c> / <c>max(...)</c>: null if any argument is null.</summary>
public sealed record BoundExtremum(ExprType Type, TextSpan Span, bool IsMax, IReadOnlyList<BoundExpr> Args) : BoundExpr(Type, Span);

/// <summary>A call of a registered function (built-in or plugin); null in any argument gives null.</summary>
public sealed record BoundCall(ExprType Type, TextSpan Span, FunctionSignature Function, IReadOnlyList<BoundExpr> Args) : BoundExpr(Type, Span);

public enum AggregateKind { Count, CountValues, CountDistinct, Sum, Min, Max, Mean, Median, Any, All, Only }

/// <summary>
/// An aggregate over <see cref="Source"/>; each row is held in <see cref="RowVariable"/> while <see cref="Filter"/>
/// and <see cref="Args"/> are evaluated. <see cref="Location"/> is reported by <c>only</c> when several rows match.
/// </summary>
public sealed record BoundAggregate(
    ExprType Type,
    TextSpan Span,
    AggregateKind Kind,
    RowSource Source,
    int RowVariable,
    IReadOnlyList<BoundExpr> Args,
    BoundExpr? Filter,
    SourceLocation Location) : BoundExpr(Type, Span);

/// <summary>
/// A use of a field: its body bound at this call site, on <see cref="Row"/> of the field's table, with the caller's
/// <see cref="Args"/>. Kept as a node so dependencies name the field and the compiler can share its value between uses.
/// </summary>
public sealed record BoundField(ExprType Type, TextSpan Span, FieldDefinition Field, BoundExpr Body, RowRef Row, IReadOnlyList<BoundExpr> Args) : BoundExpr(Type, Span);
