using CmsRules.Core.Language.Ast;
using FsCheck;
using FsCheck.Fluent;
using static CmsRules.Tests.Language.Properties.ExprGen;

namespace CmsRules.Tests.Language.Properties;

/// <summary>Aggregate expressions over table t (optionally filtered, combined by arithmetic) for the aggregate property.</summary>
public static class AggregateGen
{
    private static Gen<Expr> Row(GenType type) => ExprGen.Of(type, 4);

    private static Gen<Expr?> Filter => Gen.OneOf(Gen.Constant<Expr?>(null), Row(GenType.Bool).Select(x => (Expr?)x));

    private static Gen<Expr> Agg(string name, params GenType[] args) =>
        from values in args.Length == 0 ? Gen.Constant(Array.Empty<Expr>()) : args.Length == 1 ? Row(args[0]).Select(a => new[] { a }) : from a in Row(args[0]) from b in Row(args[1]) select new[] { a, b }
        from filter in Filter
        select (Expr)new CallExpr(default, [name], values, null, filter);

    /// <summary>A numeric aggregate: counts, sums, extremes, means and medians, and ratios of them.</summary>
    public static readonly Gen<Expr> Numeric = Gen.OneOf(
        Agg("count"), Agg("count", GenType.Int), Agg("count", GenType.Str), Agg("count_distinct", GenType.Int), Agg("count_distinct", GenType.Int, GenType.Str),
        Agg("count_distinct", GenType.Date, GenType.Enum), Agg("sum", GenType.Int), Agg("sum", GenType.Money), Agg("sum", GenType.Dec),
        Agg("min", GenType.Int), Agg("max", GenType.Money), Agg("mean", GenType.Int), Agg("median", GenType.Int), Agg("median", GenType.Dec));

    public static readonly Gen<Expr> Condition = Gen.OneOf(Agg("any", GenType.Bool), Agg("all", GenType.Bool));

    public static readonly Gen<Expr> Any = Gen.OneOf(
        Numeric, Condition,
        from a in Numeric from b in Numeric select (Expr)new BinaryExpr(default, BinaryOp.Divide, new BinaryExpr(default, BinaryOp.Multiply, Lit(LiteralKind.Integer, 100L), a), b),
        from c in Condition from a in Agg("count") from b in Agg("sum", GenType.Int) select Call("if", c, a, b));
}
