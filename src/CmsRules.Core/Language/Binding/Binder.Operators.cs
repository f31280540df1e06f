using CmsRules.Core.Language.Ast;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Binding;

// Operators: logic, comparison, arithmetic, in, between, case.
public sealed partial class Binder
{
    private BoundExpr BindUnary(UnaryExpr u, Scope? scope)
    {
        if (u.Op == UnaryOp.Not) return new BoundUnary(ExprType.Bool, u.Span, BoundUnaryOp.Not, RequireBool(Bind(u.Operand, scope), "the operand of 'not'"));
        var operand = Bind(u.Operand, scope);
        // A negative literal stays a literal, so that it still reads as pounds beside money.
        if (operand is BoundLiteral { Value: long l } lit && lit.Type.IsKind(DataType.Integer)) return lit with { Span = u.Span, Value = -l };
        if (operand is BoundLiteral { Value: decimal d } dl && dl.Type.IsKind(DataType.Decimal)) return dl with { Span = u.Span, Value = -d };
        if (operand.Type.IsError || operand.Type.IsNull) return operand;
        if (!operand.Type.IsNumeric) return Error(u.Span, $"cannot negate {operand.Type}");
        return new BoundUnary(operand.Type, u.Span, BoundUnaryOp.Negate, operand);
    }

    private BoundExpr BindBinary(BinaryExpr b, Scope? scope)
    {
        var left = Bind(b.Left, scope);
        var right = Bind(b.Right, scope);
        return b.Op switch
        {
            BinaryOp.And or BinaryOp.Or => new BoundBinary(ExprType.Bool, b.Span, b.Op,
                RequireBool(left, $"the left side of '{AstPrinter.Symbol(b.Op)}'"), RequireBool(right, $"the right side of '{AstPrinter.Symbol(b.Op)}'")),
            BinaryOp.Add or BinaryOp.Subtract or BinaryOp.Multiply or BinaryOp.Divide => Arithmetic(b.Span, b.Op, left, right),
            _ => Compare(b.Span, b.Op, left, right),
        };
    }

    private BoundExpr Compare(TextSpan span, BinaryOp op, BoundExpr left, BoundExpr right)
    {
        if (left.Type.IsError || right.Type.IsError) return new BoundLiteral(ExprType.Error, span, null);
        // An enum beside a string literal: the literal must be one of the enum's codes.
        if (left.Type.IsKind(DataType.Enum) && IsStringLiteral(right)) right = EnumCode(right, left.Type);
        else if (right.Type.IsKind(DataType.Enum) && IsStringLiteral(left)) left = EnumCode(left, right.Type);
        // Two string literals compare as strings; a result-producing branch list (case, if) would make them an enum.
        var (type, items) = Unify([left, right], span, $"'{AstPrinter.Symbol(op)}' cannot compare values that", literalsMakeEnum: false);
        if (type.IsError) return new BoundLiteral(ExprType.Error, span, null);
        if (type.IsNull) return new BoundLiteral(ExprType.Bool, span, null); // null compared with null
        var ordered = op is not (BinaryOp.Equal or BinaryOp.NotEqual);
        if (ordered && (type.IsKind(DataType.Bool) || type.IsKind(DataType.Enum)))
            return Error(span, $"'{AstPrinter.Symbol(op)}' does not order {type} values; only = and <> apply");
        return new BoundBinary(ExprType.Bool, span, op, items[0], items[1]);
    }

    private BoundExpr Arithmetic(TextSpan span, BinaryOp op, BoundExpr left, BoundExpr right)
    {
        if (left.Type.IsError || right.Type.IsError) return new BoundLiteral(ExprType.Error, span, null);
        var symbol = AstPrinter.Symbol(op);
        // Arithmetic on null is null, whose type stays open like the literal's (null + 1 can still meet money).
        if (left.Type.IsNull || right.Type.IsNull) return new BoundLiteral(ExprType.Null, span, null);
        var l = left.Type;
        var r = right.Type;
        switch (op)
        {
            case BinaryOp.Add or BinaryOp.Subtract when l.IsKind(DataType.Date) && r.IsKind(DataType.Integer):
                return new BoundBinary(ExprType.Date, span, op, left, right);
            case BinaryOp.Add when l.IsKind(DataType.Integer) && r.IsKind(DataType.Date):
                return new BoundBinary(ExprType.Date, span, op, right, left);
            case BinaryOp.Subtract when l.IsKind(DataType.Date) && r.IsKind(DataType.Date):
                return new BoundBinary(ExprType.Integer, span, op, left, right);
            case BinaryOp.Multiply when l.IsKind(DataType.Money) && r.IsKind(DataType.Integer):
                return new BoundBinary(ExprType.Money, span, op, left, right);
            case BinaryOp.Multiply when l.IsKind(DataType.Integer) && r.IsKind(DataType.Money):
                return new BoundBinary(ExprType.Money, span, op, right, left);
        }
        if (!l.IsNumeric || !r.IsNumeric)
            return Error(span, $"'{symbol}' cannot combine {l} and {r}");
        if (op == BinaryOp.Divide)
            return new BoundBinary(ExprType.Decimal, span, op, Convert(left, ExprType.Decimal, "/"), Convert(right, ExprType.Decimal, "/"));
        if (op == BinaryOp.Multiply && (l.IsKind(DataType.Money) || r.IsKind(DataType.Money)))
        {
            if (l.IsKind(DataType.Money) && r.IsKind(DataType.Money)) return Error(span, "money times money has no meaning");
            // money times a decimal is no longer whole pence: it becomes a decimal number of pounds.
            return new BoundBinary(ExprType.Decimal, span, op, Convert(left, ExprType.Decimal, "*"), Convert(right, ExprType.Decimal, "*"));
        }
        var (type, items) = Unify([left, right], span, $"'{symbol}' cannot combine values that");
        return type.IsError ? new BoundLiteral(ExprType.Error, span, null) : new BoundBinary(type, span, op, items[0], items[1]);
    }

    /// <summary><c>x in (a, b)</c> is <c>x = a or x = b</c>, which gives SQL's null behaviour for free.</summary>
    private BoundExpr BindIn(InExpr i, Scope? scope)
    {
        var value = Bind(i.Value, scope);
        BoundExpr? any = null;
        foreach (var item in i.Items)
        {
            var equal = Compare(item.Span, BinaryOp.Equal, value, Bind(item, scope));
            any = any is null ? equal : new BoundBinary(ExprType.Bool, i.Span, BinaryOp.Or, any, equal);
        }
        return i.Negated ? new BoundUnary(ExprType.Bool, i.Span, BoundUnaryOp.Not, any!) : any!;
    }

    /// <summary><c>x between a and b</c> is <c>x >= a and x &lt;= b</c>.</summary>
    private BoundExpr BindBetween(BetweenExpr b, Scope? scope)
    {
        var value = Bind(b.Value, scope);
        var both = new BoundBinary(ExprType.Bool, b.Span, BinaryOp.And,
            Compare(b.Low.Span, BinaryOp.GreaterOrEqual, value, Bind(b.Low, scope)),
            Compare(b.High.Span, BinaryOp.LessOrEqual, value, Bind(b.High, scope)));
        return b.Negated ? new BoundUnary(ExprType.Bool, b.Span, BoundUnaryOp.Not, both) : both;
    }

    private BoundExpr BindCase(CaseExpr c, Scope? scope)
    {
        var conditions = c.Whens.Select(w => RequireBool(Bind(w.Condition, scope), "a 'when' condition")).ToList();
        var results = c.Whens.Select(w => Bind(w.Result, scope)).ToList();
        results.Add(c.Else is null ? new BoundLiteral(ExprType.Null, c.Span, null) : Bind(c.Else, scope));
        return MakeCase(c.Span, conditions, results, "the results of 'case'");
    }

    private BoundExpr MakeCase(TextSpan span, IReadOnlyList<BoundExpr> conditions, IReadOnlyList<BoundExpr> results, string what)
    {
        var (type, items) = Unify(results, span, what);
        if (type.IsError) return new BoundLiteral(ExprType.Error, span, null);
        var whens = conditions.Select((condition, i) => new BoundWhen(condition, items[i])).ToList();
        return new BoundCase(type, span, whens, items[^1]);
    }
}
