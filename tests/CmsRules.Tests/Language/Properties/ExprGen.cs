using CmsRules.Core.Language.Ast;
using FsCheck;
using FsCheck.Fluent;

namespace CmsRules.Tests.Language.Properties;

/// <summary>The value types the generator produces expressions of.</summary>
public enum GenType { Int, Dec, Money, Date, Bool, Str, Enum }

/// <summary>
/// Generates well-typed expressions over the table of <see cref="RandomTable"/>: i, j (integer), m (money),
/// d, e (date), b (bool), s (string), k (enum A, B, C), with assumptions $r (decimal) and $flag (bool).
/// Literals beside money are always money literals, and day offsets stay small, so nothing overflows. Strings
/// get no conditionals: branches of only string literals make an enum, which string functions do not take.
/// </summary>
public static class ExprGen
{
    private static readonly TextSpan At = default;

    public static Expr Lit(LiteralKind kind, object? value) => new LiteralExpr(At, kind, value);
    public static Expr Name(string name) => new NameExpr(At, [name]);
    public static Expr Call(string name, params Expr[] args) => new CallExpr(At, [name], args, null, null);
    private static Expr Bin(BinaryOp op, Expr l, Expr r) => new BinaryExpr(At, op, l, r);

    public static Gen<Expr> Of(GenType type, int size) => size <= 0 ? Leaf(type) : Gen.Frequency((2, Leaf(type)), (3, Node(type, size)));

    private static Gen<Expr> Leaf(GenType type) => type switch
    {
        GenType.Int => Gen.OneOf(Gen.Choose(0, 20).Select(i => Lit(LiteralKind.Integer, (long)i)), Gen.Elements("i", "j").Select(Name), Null),
        GenType.Dec => Gen.OneOf(Gen.Choose(0, 999).Select(i => Lit(LiteralKind.Decimal, i / 100m)), Gen.Constant<Expr>(new AssumptionExpr(At, "r"))),
        GenType.Money => Gen.OneOf(Gen.Choose(0, 5000).Select(p => Lit(LiteralKind.Money, (long)p)), Gen.Constant(Name("m")), Null),
        GenType.Date => Gen.OneOf(
            Gen.Choose(0, 800).Select(n => Lit(LiteralKind.Date, new DateOnly(2023, 1, 1).AddDays(n))),
            Gen.Elements("d", "e", "period_start", "period_end").Select(Name), Null),
        GenType.Bool => Gen.OneOf(Gen.Elements(true, false).Select(b => Lit(LiteralKind.Bool, b)), Gen.Constant(Name("b")),
            Gen.Constant<Expr>(new AssumptionExpr(At, "flag")), Null),
        GenType.Str => Gen.OneOf(Gen.Elements("a", "B", "ab", "", "it's").Select(s => Lit(LiteralKind.String, s)), Gen.Constant(Name("s")), Null),
        _ => Gen.Constant(Name("k")),
    };

    private static readonly Gen<Expr> Null = Gen.Constant(Lit(LiteralKind.Null, null));

    private static Gen<Expr> Node(GenType type, int size)
    {
        var n = size / 2;
        // Built only when drawn: building every alternative eagerly would grow as (alternatives ^ depth).
        Gen<Expr> Sub(GenType t) => Gen.Constant(0).SelectMany(_ => Of(t, n));
        Gen<Expr> Binary(BinaryOp op, GenType l, GenType r) => from a in Sub(l) from b in Sub(r) select Bin(op, a, b);
        Gen<Expr> Fn(string name, params GenType[] args) => args.Length == 1
            ? Sub(args[0]).Select(a => Call(name, a))
            : from a in Sub(args[0]) from b in Sub(args[1]) select Call(name, a, b);
        Gen<Expr> Conditional(GenType t) => Gen.OneOf(
            from c in Sub(GenType.Bool) from a in Sub(t) from b in Sub(t) select Call("if", c, a, b),
            from c1 in Sub(GenType.Bool) from a in Sub(t) from c2 in Sub(GenType.Bool) from b in Sub(t) from otherwise in Gen.OneOf(Sub(t).Select(x => (Expr?)x), Gen.Constant<Expr?>(null))
            select (Expr)new CaseExpr(At, [new CaseWhen(c1, a), new CaseWhen(c2, b)], otherwise),
            from a in Sub(t) from b in Sub(t) select Call("coalesce", a, b));
        var smallDays = Gen.Choose(-40, 40).Select(i => i < 0 ? new UnaryExpr(At, UnaryOp.Negate, Lit(LiteralKind.Integer, (long)-i)) : Lit(LiteralKind.Integer, (long)i));
        return type switch
        {
            GenType.Int => Gen.OneOf(
                Binary(BinaryOp.Add, GenType.Int, GenType.Int), Binary(BinaryOp.Subtract, GenType.Int, GenType.Int), Binary(BinaryOp.Multiply, GenType.Int, GenType.Int),
                Sub(GenType.Int).Select(a => (Expr)new UnaryExpr(At, UnaryOp.Negate, a)),
                Fn("days_between", GenType.Date, GenType.Date), Binary(BinaryOp.Subtract, GenType.Date, GenType.Date),
                Fn("abs", GenType.Int), Fn("length", GenType.Str), Fn("min", GenType.Int, GenType.Int), Fn("max", GenType.Int, GenType.Int),
                Conditional(GenType.Int)),
            GenType.Dec => Gen.OneOf(
                Binary(BinaryOp.Divide, GenType.Int, GenType.Int), Binary(BinaryOp.Add, GenType.Dec, GenType.Int), Binary(BinaryOp.Subtract, GenType.Dec, GenType.Dec),
                Binary(BinaryOp.Multiply, GenType.Dec, GenType.Int), Binary(BinaryOp.Divide, GenType.Money, GenType.Money), Binary(BinaryOp.Divide, GenType.Money, GenType.Int),
                from a in Sub(GenType.Dec) from digits in Gen.Choose(0, 3) select Call("round", a, Lit(LiteralKind.Integer, (long)digits)),
                Fn("abs", GenType.Dec), Fn("max", GenType.Dec, GenType.Int), Conditional(GenType.Dec)),
            GenType.Money => Gen.OneOf(
                Binary(BinaryOp.Add, GenType.Money, GenType.Money), Binary(BinaryOp.Subtract, GenType.Money, GenType.Money), Binary(BinaryOp.Multiply, GenType.Money, GenType.Int),
                Fn("abs", GenType.Money), Fn("min", GenType.Money, GenType.Money), Conditional(GenType.Money)),
            GenType.Date => Gen.OneOf(
                from a in Sub(GenType.Date) from days in smallDays select Call("add_days", a, days),
                from a in Sub(GenType.Date) from days in Gen.Choose(0, 30) select Bin(BinaryOp.Add, a, Lit(LiteralKind.Integer, (long)days)),
                from a in Sub(GenType.Date) from months in smallDays select Call("add_months", a, months),
                Fn("start_of_month", GenType.Date), Fn("end_of_month", GenType.Date), Fn("start_of_quarter", GenType.Date), Fn("end_of_quarter", GenType.Date),
                Fn("max", GenType.Date, GenType.Date), Conditional(GenType.Date)),
            GenType.Bool => Gen.OneOf(
                Binary(BinaryOp.And, GenType.Bool, GenType.Bool), Binary(BinaryOp.Or, GenType.Bool, GenType.Bool),
                Sub(GenType.Bool).Select(a => (Expr)new UnaryExpr(At, UnaryOp.Not, a)),
                from t in Gen.Elements(GenType.Int, GenType.Dec, GenType.Money, GenType.Date, GenType.Str)
                from op in Gen.Elements(BinaryOp.Equal, BinaryOp.NotEqual, BinaryOp.Less, BinaryOp.LessOrEqual, BinaryOp.Greater, BinaryOp.GreaterOrEqual)
                from a in Sub(t) from b in Sub(t) select Bin(op, a, b),
                from op in Gen.Elements(BinaryOp.Equal, BinaryOp.NotEqual) from code in Gen.Elements("A", "B", "C") select Bin(op, Name("k"), Lit(LiteralKind.String, code)),
                from t in Gen.Elements(GenType.Int, GenType.Str, GenType.Bool, GenType.Enum) from a in Sub(t) from negated in Gen.Elements(true, false)
                select (Expr)new IsNullExpr(At, a, negated),
                from a in Sub(GenType.Int) from items in Gen.ArrayOf(Sub(GenType.Int), 2) from negated in Gen.Elements(true, false)
                select (Expr)new InExpr(At, a, items, negated),
                from a in Sub(GenType.Date) from low in Sub(GenType.Date) from high in Sub(GenType.Date) from negated in Gen.Elements(true, false)
                select (Expr)new BetweenExpr(At, a, low, high, negated),
                Fn("starts_with", GenType.Str, GenType.Str), Fn("contains", GenType.Str, GenType.Str), Conditional(GenType.Bool)),
            GenType.Str => Gen.OneOf(
                Fn("lower", GenType.Str), Fn("upper", GenType.Str), Fn("trim", GenType.Str),
                from a in Sub(GenType.Str) from start in Gen.Choose(1, 3) from length in Gen.Choose(0, 3)
                select Call("substring", a, Lit(LiteralKind.Integer, (long)start), Lit(LiteralKind.Integer, (long)length))),
            _ => Gen.OneOf(
                from c in Sub(GenType.Bool) from code in Gen.Elements("A", "C", "D") select Call("if", c, Lit(LiteralKind.String, code), Name("k")),
                from code in Gen.Elements("A", "D") select Call("coalesce", Name("k"), Lit(LiteralKind.String, code))),
        };
    }
}
