using System.Globalization;
using CmsRules.Core.Language.Ast;

namespace CmsRules.Tests.Language.Properties;

/// <summary>Money in the interpreter: its own type, so that dynamic typing tells it from an integer.</summary>
public readonly record struct Pence(long Value);

/// <summary>
/// A deliberately naive evaluator of syntax trees over one row, written from the language reference and
/// independent of the binder and compiler: values are null, long, decimal, Pence, DateOnly, bool or string
/// (enum values are their code strings).
/// </summary>
public sealed class Interpreter(IReadOnlyDictionary<string, object?> row, IReadOnlyDictionary<string, object?> assumptions, DateOnly periodStart, DateOnly periodEnd)
{
    public object? Eval(Expr e) => e switch
    {
        LiteralExpr l => l.Kind == LiteralKind.Money ? new Pence((long)l.Value!) : l.Value,
        NameExpr { Parts: [var n] } => n switch { "period_start" => periodStart, "period_end" => periodEnd, _ => row[n] },
        AssumptionExpr a => assumptions[a.Name],
        UnaryExpr { Op: UnaryOp.Not } u => Eval(u.Operand) is bool b ? !b : null,
        UnaryExpr u => Eval(u.Operand) switch { long l => -l, decimal d => -d, Pence p => new Pence(-p.Value), _ => null },
        BinaryExpr { Op: BinaryOp.And } b => And(Eval(b.Left) as bool?, Eval(b.Right) as bool?),
        BinaryExpr { Op: BinaryOp.Or } b => Or(Eval(b.Left) as bool?, Eval(b.Right) as bool?),
        BinaryExpr b => Binary(b.Op, Eval(b.Left), Eval(b.Right)),
        IsNullExpr n => (Eval(n.Value) is null) != n.Negated,
        InExpr i => Negate(i.Items.Select(item => Binary(BinaryOp.Equal, Eval(i.Value), Eval(item)) as bool?).Aggregate<bool?, bool?>(false, Or), i.Negated),
        BetweenExpr b => Negate(And(Binary(BinaryOp.GreaterOrEqual, Eval(b.Value), Eval(b.Low)) as bool?, Binary(BinaryOp.LessOrEqual, Eval(b.Value), Eval(b.High)) as bool?), b.Negated),
        CaseExpr c => c.Whens.FirstOrDefault(w => Eval(w.Condition) is true) is { } hit ? Eval(hit.Result) : c.Else is null ? null : Eval(c.Else),
        CallExpr c => Call(c.Name, c.Args),
        _ => throw new NotSupportedException(e.GetType().Name),
    };

    private static bool? Negate(bool? value, bool negated) => negated ? !value : value;

    private static bool? And(bool? a, bool? b) => a == false || b == false ? false : a is null || b is null ? null : true;

    private static bool? Or(bool? a, bool? b) => a == true || b == true ? true : a is null || b is null ? null : false;

    private static decimal AsDecimal(object v) => v switch { long l => l, decimal d => d, Pence p => p.Value / 100m, _ => throw new InvalidOperationException() };

    private static object? Binary(BinaryOp op, object? a, object? b)
    {
        if (a is null || b is null) return null;
        switch (op)
        {
            case BinaryOp.Divide: return AsDecimal(b) == 0 ? null : AsDecimal(a) / AsDecimal(b);
            case BinaryOp.Add or BinaryOp.Subtract or BinaryOp.Multiply:
                return (a, b) switch
                {
                    (DateOnly d, long n) => d.AddDays((int)(op == BinaryOp.Add ? n : -n)),
                    (long n, DateOnly d) => d.AddDays((int)n),
                    (DateOnly x, DateOnly y) => (long)(x.DayNumber - y.DayNumber),
                    (Pence x, Pence y) => new Pence(op == BinaryOp.Add ? x.Value + y.Value : x.Value - y.Value),
                    (Pence x, long y) => new Pence(x.Value * y),
                    (long x, Pence y) => new Pence(x * y.Value),
                    (long x, long y) => op switch { BinaryOp.Add => x + y, BinaryOp.Subtract => x - y, _ => x * y },
                    _ => op switch { BinaryOp.Add => AsDecimal(a) + AsDecimal(b), BinaryOp.Subtract => AsDecimal(a) - AsDecimal(b), _ => AsDecimal(a) * AsDecimal(b) },
                };
        }
        var order = (a, b) switch
        {
            (string x, string y) => string.CompareOrdinal(x, y),
            (DateOnly x, DateOnly y) => x.CompareTo(y),
            (bool x, bool y) => x.CompareTo(y),
            (Pence x, Pence y) => x.Value.CompareTo(y.Value),
            _ => AsDecimal(a).CompareTo(AsDecimal(b)),
        };
        return op switch
        {
            BinaryOp.Equal => order == 0,
            BinaryOp.NotEqual => order != 0,
            BinaryOp.Less => order < 0,
            BinaryOp.LessOrEqual => order <= 0,
            BinaryOp.Greater => order > 0,
            _ => order >= 0,
        };
    }

    private object? Call(string name, IReadOnlyList<Expr> args)
    {
        if (name == "if") return Eval(args[0]) is true ? Eval(args[1]) : Eval(args[2]);
        if (name == "coalesce") return args.Select(Eval).FirstOrDefault(v => v is not null);
        var values = args.Select(Eval).ToArray();
        if (values.Any(v => v is null)) return null;
        switch (name)
        {
            case "min" or "max":
                var pick = values[0];
                foreach (var v in values.Skip(1))
                {
                    var less = Binary(BinaryOp.Less, v, pick) is true;
                    if (name == "min" ? less : Binary(BinaryOp.Greater, v, pick) is true) pick = v;
                }
                return Widen(pick, values);
            case "abs": return values[0] switch { long l => Math.Abs(l), decimal d => Math.Abs(d), Pence p => new Pence(Math.Abs(p.Value)), _ => null };
            case "round": return RoundHalfAway(AsDecimal(values[0]!), (int)(long)values[1]!);
            case "days_between": return (long)(((DateOnly)values[1]!).DayNumber - ((DateOnly)values[0]!).DayNumber);
            case "add_days": return ((DateOnly)values[0]!).AddDays((int)(long)values[1]!);
            case "add_months": return AddMonths((DateOnly)values[0]!, (int)(long)values[1]!);
            case "start_of_month": return new DateOnly(((DateOnly)values[0]!).Year, ((DateOnly)values[0]!).Month, 1);
            case "end_of_month": return AddMonths(new DateOnly(((DateOnly)values[0]!).Year, ((DateOnly)values[0]!).Month, 1), 1).AddDays(-1);
            case "start_of_quarter": return QuarterStart((DateOnly)values[0]!);
            case "end_of_quarter": return AddMonths(QuarterStart((DateOnly)values[0]!), 3).AddDays(-1);
            case "length": return (long)((string)values[0]!).Length;
            case "lower": return ((string)values[0]!).ToLowerInvariant();
            case "upper": return ((string)values[0]!).ToUpperInvariant();
            case "trim": return ((string)values[0]!).Trim();
            case "starts_with": return ((string)values[0]!).StartsWith((string)values[1]!, StringComparison.Ordinal);
            case "contains": return ((string)values[0]!).Contains((string)values[1]!, StringComparison.Ordinal);
            case "substring":
                var s = (string)values[0]!;
                var chars = s.Skip((int)(long)values[1]! - 1).Take((int)(long)values[2]!);
                return string.Concat(chars);
            default: throw new NotSupportedException(name);
        }
    }

    /// <summary>min/max of an integer and a decimal is a decimal.</summary>
    private static object? Widen(object? pick, object?[] values) => values.Any(v => v is decimal) && pick is long l ? (decimal)l : pick;

    private static decimal RoundHalfAway(decimal value, int digits)
    {
        var scale = 1m;
        for (var i = 0; i < digits; i++) scale *= 10;
        var scaled = value * scale;
        var floor = decimal.Floor(Math.Abs(scaled));
        var rounded = Math.Abs(scaled) - floor >= 0.5m ? floor + 1 : floor;
        return Math.Sign(value) * rounded / scale;
    }

    private static DateOnly QuarterStart(DateOnly d) => new(d.Year, (d.Month - 1) / 3 * 3 + 1, 1);

    private static DateOnly AddMonths(DateOnly d, int months)
    {
        var index = d.Year * 12 + d.Month - 1 + months;
        var (year, month) = (index / 12, index % 12 + 1);
        return new DateOnly(year, month, Math.Min(d.Day, DateTime.DaysInMonth(year, month)));
    }

    public static string Show(object? v) => v switch
    {
        null => "null",
        decimal d => (d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture), // 0.0 and 0 are one value
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "",
    };
}
