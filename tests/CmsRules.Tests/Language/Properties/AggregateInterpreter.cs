using CmsRules.Core.Language.Ast;

namespace CmsRules.Tests.Language.Properties;

/// <summary>
/// Aggregates for the independent evaluator: each aggregate call is computed over the given rows with the row
/// <see cref="Interpreter"/>; everything around the aggregates is evaluated by a row interpreter over no row.
/// </summary>
public sealed class AggregateInterpreter(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows, Func<IReadOnlyDictionary<string, object?>, Interpreter> interpreterFor)
{
    private static readonly HashSet<string> Names = ["count", "count_distinct", "sum", "min", "max", "mean", "median", "any", "all"];

    public object? Eval(Expr e) => e switch
    {
        CallExpr c when Names.Contains(c.Name) && !(c.Name is "min" or "max" && c.Args.Count > 1) => Aggregate(c),
        BinaryExpr b => interpreterFor(Empty).Eval(new BinaryExpr(b.Span, b.Op, Constant(Eval(b.Left)), Constant(Eval(b.Right)))),
        CallExpr { Name: "if" } c => Eval(c.Args[0]) is true ? Eval(c.Args[1]) : Eval(c.Args[2]),
        _ => interpreterFor(Empty).Eval(e),
    };

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    /// <summary>A computed value as a literal, so that the row interpreter can combine it.</summary>
    private static Expr Constant(object? v) => v switch
    {
        null => new LiteralExpr(default, LiteralKind.Null, null),
        long l => new LiteralExpr(default, LiteralKind.Integer, l),
        decimal d => new LiteralExpr(default, LiteralKind.Decimal, d),
        Pence p => new LiteralExpr(default, LiteralKind.Money, p.Value),
        _ => throw new NotSupportedException(v.GetType().Name),
    };

    private object? Aggregate(CallExpr c)
    {
        var kept = rows.Select(interpreterFor).Where(i => c.Where is null || i.Eval(c.Where) is true).ToList();
        var values = kept.Select(i => c.Args.Select(i.Eval).ToArray()).ToList();
        var present = values.Where(v => v.Length > 0 && v.All(x => x is not null)).Select(v => v[0]).ToList();
        switch (c.Name)
        {
            case "count": return (long)(c.Args.Count == 0 ? kept.Count : present.Count);
            case "count_distinct":
                return (long)values.Where(v => v.All(x => x is not null)).Select(v => string.Join("|", v.Select(Interpreter.Show))).Distinct().Count();
            case "sum":
                // Over no values the sum is 0 of any type: 0, £0 and 0.0 all compare equal after normalising.
                if (present.Any(v => v is Pence)) return new Pence(present.Sum(v => ((Pence)v!).Value));
                if (present.Any(v => v is decimal)) return present.Sum(Dec);
                return present.Sum(v => (long)v!);
            case "min" or "max":
                if (present.Count == 0) return null;
                var ordered = present.OrderBy(v => v is Pence p ? p.Value : v is long l ? l : (decimal)v!).ToList();
                return c.Name == "min" ? ordered[0] : ordered[^1];
            case "mean": return present.Count == 0 ? null : present.Sum(Dec) / present.Count;
            case "median":
                if (present.Count == 0) return null;
                var sorted = present.Select(Dec).Order().ToList();
                var mid = sorted.Count / 2;
                return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2m;
            case "any": return values.Any(v => v[0] is true);
            default: return !values.Any(v => v[0] is false);
        }
    }

    private static decimal Dec(object? v) => v is long l ? l : (decimal)v!;
}
