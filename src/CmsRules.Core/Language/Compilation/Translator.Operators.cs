using System.Linq.Expressions;
using CmsRules.Core.Language.Ast;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Schema;
using static System.Linq.Expressions.Expression;

namespace CmsRules.Core.Language.Compilation;

// Binary operators and function calls.
internal sealed partial class Translator
{
    private static readonly ConstantExpression NullBool = Constant(null, typeof(bool?));
    private static readonly ConstantExpression TrueBool = Constant(true, typeof(bool?));
    private static readonly ConstantExpression FalseBool = Constant(false, typeof(bool?));

    private Expression Binary(BoundBinary b)
    {
        var left = Translate(b.Left);
        var right = Translate(b.Right);
        switch (b.Op)
        {
            case BinaryOp.And: return ThreeValued(left, right, FalseBool, TrueBool);
            case BinaryOp.Or: return ThreeValued(left, right, TrueBool, FalseBool);
            case BinaryOp.Divide: return Call(typeof(Operators), nameof(Operators.Divide), null, left, right);
            case BinaryOp.Add or BinaryOp.Subtract when b.Left.Type.IsKind(DataType.Date) && b.Right.Type.IsKind(DataType.Integer):
                var days = Convert(right, typeof(int?));
                return b.Op == BinaryOp.Add ? Add(left, days) : Subtract(left, days);
            case BinaryOp.Subtract when b.Left.Type.IsKind(DataType.Date):
                return Convert(Subtract(left, right), typeof(long?));
            case BinaryOp.Add: return Add(left, right);
            case BinaryOp.Subtract: return Subtract(left, right);
            case BinaryOp.Multiply: return Multiply(left, right);
        }
        if (left.Type == typeof(string))
        {
            if (b.Op is BinaryOp.Equal) return Call(typeof(Operators), nameof(Operators.StringEqual), null, left, right);
            if (b.Op is BinaryOp.NotEqual) return Not(Call(typeof(Operators), nameof(Operators.StringEqual), null, left, right));
            left = Call(typeof(Operators), nameof(Operators.StringCompare), null, left, right);
            right = Constant(0, typeof(int?));
        }
        return b.Op switch
        {
            BinaryOp.Equal => Equal(left, right, true, null),
            BinaryOp.NotEqual => NotEqual(left, right, true, null),
            BinaryOp.Less => LessThan(left, right, true, null),
            BinaryOp.LessOrEqual => LessThanOrEqual(left, right, true, null),
            BinaryOp.Greater => GreaterThan(left, right, true, null),
            _ => GreaterThanOrEqual(left, right, true, null),
        };
    }

    /// <summary>
    /// SQL's and/or, short-circuiting: when the left side is <paramref name="decisive"/> (false for and, true for
    /// or) the right side is not evaluated; otherwise a null on either side gives null unless the right is decisive.
    /// </summary>
    private static Expression ThreeValued(Expression left, Expression right, ConstantExpression decisive, ConstantExpression otherwise)
    {
        var l = Variable(typeof(bool?), "l");
        var r = Variable(typeof(bool?), "r");
        return Block([l, r],
            Assign(l, left),
            Condition(Equal(l, decisive),
                decisive,
                Block(
                    Assign(r, right),
                    Condition(Equal(r, decisive),
                        decisive,
                        Condition(AndAlso(Property(l, "HasValue"), Property(r, "HasValue")), otherwise, NullBool)))));
    }

    /// <summary>A registered function: null if any argument is null, else the C# method on plain values.</summary>
    private Expression FunctionCall(BoundCall c)
    {
        var resultType = ClrTypes.Of(c.Type);
        var temps = c.Args.Select((a, i) => Variable(ClrTypes.Of(a.Type), $"arg{i}")).ToList();
        var assigns = c.Args.Select((a, i) => (Expression)Assign(temps[i], Translate(a)));
        Expression anyNull = Constant(false);
        foreach (var t in temps)
            anyNull = OrElse(anyNull, t.Type == typeof(string) ? ReferenceEqual(t, Constant(null, typeof(string))) : Not(Property(t, "HasValue")));
        var parameters = c.Function.Method.GetParameters();
        var arguments = temps.Select((t, i) => Unwrap(t, parameters[i].ParameterType));
        Expression result = Call(c.Function.Method, arguments);
        if (result.Type == typeof(DateOnly)) result = Property(result, nameof(DateOnly.DayNumber));
        return Block(temps, [.. assigns, Condition(anyNull, Constant(null, resultType), Convert(result, resultType))]);
    }

    private static Expression Unwrap(ParameterExpression value, Type parameterType)
    {
        if (value.Type == typeof(string)) return value;
        var plain = Property(value, "Value");
        return parameterType == typeof(DateOnly) ? Call(typeof(DateOnly), nameof(DateOnly.FromDayNumber), null, plain) : plain;
    }
}
