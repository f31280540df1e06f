using CmsRules.Core.Language.Ast;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Language.Parsing;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;
using FsCheck;
using FsCheck.Fluent;
using static CmsRules.Tests.Language.TestTables;

namespace CmsRules.Tests.Language.Properties;

/// <summary>One generated case: an expression of a type, rows of table t, and the assumption values.</summary>
public sealed record PropertyCase(GenType Type, Expr Expr, object?[][] Rows, decimal? R, bool? Flag)
{
    public override string ToString() =>
        $"{Type}: {AstPrinter.Print(Expr)}\n  $r={R} $flag={Flag}\n  rows:\n    " +
        string.Join("\n    ", Rows.Select(r => string.Join(", ", r.Select(Interpreter.Show))));
}

/// <summary>An aggregate expression over the rows <see cref="Subset"/> of table t.</summary>
public sealed record AggregateCase(Expr Expr, object?[][] Rows, int[] Subset, decimal? R, bool? Flag)
{
    public override string ToString() =>
        $"{AstPrinter.Print(Expr)}\n  over rows [{string.Join(", ", Subset)}], $r={R} $flag={Flag}\n  rows:\n    " +
        string.Join("\n    ", Rows.Select(r => string.Join(", ", r.Select(Interpreter.Show))));
}

/// <summary>The table the generated expressions run on, and the FsCheck arbitraries of the property tests.</summary>
public static class RandomTable
{
    public static readonly string[] Codes = ["A", "B", "C"];

    public static readonly TableSchema Schema = TestTables.TableOf("t",
        Col("id", DataType.Integer), Col("i", DataType.Integer, nullable: true), Col("j", DataType.Integer),
        Col("m", DataType.Money, nullable: true), Col("d", DataType.Date, nullable: true), Col("e", DataType.Date),
        Col("b", DataType.Bool, nullable: true), Col("s", DataType.String, nullable: true), Col("k", DataType.Enum, nullable: true, codes: Codes));

    public static readonly BindingEnvironment Environment = new BindingEnvironment(new DataDictionary([Schema]))
        .AddAssumption("r", DataType.Decimal).AddAssumption("flag", DataType.Bool);

    public static readonly DateOnly PeriodStart = new(2024, 1, 1), PeriodEnd = new(2024, 3, 31);

    private static Gen<T?> OrNull<T>(Gen<T> gen) where T : class => Gen.Frequency((1, Gen.Constant<T?>(null)), (4, gen.Select(v => (T?)v)));

    private static readonly Gen<object?[]> RowGen =
        from i in OrNull(Gen.Choose(-10, 30).Select(v => (object)(long)v))
        from j in Gen.Choose(-10, 30).Select(v => (object)(long)v)
        from m in OrNull(Gen.Choose(0, 10000).Select(v => (object)(long)v))
        from d in OrNull(Gen.Choose(0, 900).Select(n => (object)new DateOnly(2023, 1, 1).AddDays(n)))
        from e in Gen.Choose(0, 900).Select(n => (object)new DateOnly(2023, 1, 1).AddDays(n))
        from b in OrNull(Gen.Elements(true, false).Select(v => (object)v))
        from s in OrNull(Gen.Elements("a", "B", "ab", "", "  x ", "it's").Select(v => (object)v))
        from k in OrNull(Gen.Elements(Codes).Select(v => (object)v))
        select new object?[] { 0L, i, j, m, d, e, b, s, k };

    public static Arbitrary<PropertyCase> Cases() => Arb.From(
        from type in Gen.Elements(Enum.GetValues<GenType>())
        from expr in Gen.Sized(size => ExprGen.Of(type, Math.Min(size, 24)))
        from rows in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(RowGen, n))
        from r in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (4, Gen.Choose(0, 200).Select(v => (decimal?)(v / 100m))))
        from flag in Gen.Elements<bool?>(true, false, null)
        select new PropertyCase(type, expr, rows.Select((row, n) => row.Select((v, c) => c == 0 ? (long)n : v).ToArray()).ToArray(), r, flag));

    public static Arbitrary<AggregateCase> AggregateCases() => Arb.From(
        from expr in AggregateGen.Any
        from rows in Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(RowGen, n))
        from subset in Gen.ArrayOf(Gen.Elements(true, false), rows.Length)
        from r in Gen.Choose(0, 200).Select(v => (decimal?)(v / 100m))
        from flag in Gen.Elements<bool?>(true, false, null)
        select new AggregateCase(expr, rows.Select((row, n) => row.Select((v, c) => c == 0 ? (long)n : v).ToArray()).ToArray(),
            Enumerable.Range(0, rows.Length).Where(i => subset[i]).ToArray(), r, flag));

    /// <summary>Any expression, plus the syntax the evaluator does not need: aggregates, dotted names.</summary>
    public static Arbitrary<Expr> Syntax() => Arb.From(Gen.Sized(size => SyntaxOf(Math.Min(size, 24))));

    private static Gen<Expr> SyntaxOf(int size)
    {
        var typed = Gen.Elements(Enum.GetValues<GenType>()).SelectMany(t => ExprGen.Of(t, size));
        if (size <= 1) return typed;
        var sub = SyntaxOf(size / 2);
        var aggregate =
            from name in Gen.Elements("count", "sum", "any", "only")
            from args in Gen.Choose(0, 1).SelectMany(n => Gen.ArrayOf(sub, n))
            from table in Gen.Elements<string?>(null, "payments")
            from filter in Gen.OneOf(Gen.Constant<Expr?>(null), sub.Select(x => (Expr?)x))
            select (Expr)new CallExpr(default, [name], args, table is null ? null : new TableRef(default, table), filter);
        var dotted = Gen.Elements("case_groups.opened_date", "compliance.population").Select(n => (Expr)new NameExpr(default, n.Split('.')));
        var fieldCall = sub.Select(a => (Expr)new CallExpr(default, ["case_groups", "active_on"], [a], null, null));
        return Gen.Frequency((6, typed), (2, aggregate), (1, dotted), (1, fieldCall));
    }

    public static Table Build(object?[][] rows) => TestTables.Build(Schema, rows);

    public static BoundExpression Bind(Expr expr) =>
        Binder.BindRow(Environment, new ParsedExpression(ExpressionSource.Inline(AstPrinter.Print(expr)), expr), "t").GetOrThrow();

    public static BoundExpression BindAggregate(Expr expr) =>
        Binder.BindAggregate(Environment, new ParsedExpression(ExpressionSource.Inline(AstPrinter.Print(expr)), expr), "t").GetOrThrow();

    public static ExpressionCompiler Compiler { get; } = new();

    public static Extract Extract(object?[][] rows) => new(Environment.Dictionary, [Build(rows)]);
}
