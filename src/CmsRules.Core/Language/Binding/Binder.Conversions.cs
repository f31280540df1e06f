using CmsRules.Core.Text;
using CmsRules.Core.Language.Ast;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Binding;

// Implicit conversions and the common type of several branches (case, if, coalesce, in, min/max).
public sealed partial class Binder
{
    private static bool IsStringLiteral(BoundExpr e) => e is BoundLiteral { Value: string } && e.Type.IsKind(DataType.String);

    private static bool IsNumberLiteral(BoundExpr e) => e is BoundLiteral { Value: not null } && (e.Type.IsKind(DataType.Integer) || e.Type.IsKind(DataType.Decimal));

    /// <summary>A number literal beside money means pounds: <c>due > 0</c>, <c>paid >= 12.50</c>.</summary>
    private static BoundLiteral? AsMoneyLiteral(BoundExpr e)
    {
        if (!IsNumberLiteral(e)) return null;
        var pounds = e.Value() is long l ? l : (decimal)e.Value()!;
        var pence = pounds * 100;
        return pence == decimal.Truncate(pence) && pence is >= long.MinValue and <= long.MaxValue
            ? new BoundLiteral(ExprType.Money, e.Span, (long)pence)
            : null;
    }

    /// <summary>Converts <paramref name="e"/> to <paramref name="target"/>, or reports why it cannot.</summary>
    private BoundExpr Convert(BoundExpr e, ExprType target, string what)
    {
        if (e.Type.IsError || target.IsError || e.Type.Equals(target)) return e;
        if (e.Type.IsNull) return new BoundLiteral(target, e.Span, null);
        switch (target.Kind)
        {
            case DataType.Decimal when e.Type.IsKind(DataType.Integer) || e.Type.IsKind(DataType.Money):
                return new BoundConvert(ExprType.Decimal, e.Span, e);
            case DataType.Money when AsMoneyLiteral(e) is { } money:
                return money;
            case DataType.Enum when IsStringLiteral(e):
                return EnumCode(e, target);
            case DataType.Enum when e.Type.IsKind(DataType.Enum) && e.Type.Codes.All(c => target.CodeIndex(c) >= 0):
                return new BoundConvert(target, e.Span, e);
        }
        return Error(e.Span, $"{what}: expected {target}, found {e.Type}");
    }

    private BoundExpr EnumCode(BoundExpr literal, ExprType enumType)
    {
        var code = (string)literal.Value()!;
        var index = enumType.CodeIndex(code);
        if (index >= 0) return new BoundLiteral(enumType, literal.Span, index);
        return Error(literal.Span, $"'{code}' is not a code of {enumType}{DidYouMean.Hint(code, enumType.Codes)}");
    }

    /// <summary>
    /// The type that all of <paramref name="items"/> convert to, and the converted items. Integers widen to
    /// decimals; number literals beside money are pounds; enums and string literals unite into an enum whose
    /// codes are all of theirs in order of appearance; only string literals also make an enum.
    /// </summary>
    private (ExprType Type, List<BoundExpr> Items) Unify(IReadOnlyList<BoundExpr> items, TextSpan span, string what, bool literalsMakeEnum = true)
    {
        var known = items.Where(i => !i.Type.IsNull && !i.Type.IsError).ToList();
        if (items.Any(i => i.Type.IsError)) return (ExprType.Error, items.ToList());
        if (known.Count == 0) return (ExprType.Null, items.ToList());
        var type = CommonType(known, literalsMakeEnum);
        if (type is null)
        {
            Error(span, $"{what} mix {string.Join(" and ", known.Select(k => k.Type.ToString()).Distinct())}");
            return (ExprType.Error, items.ToList());
        }
        return (type, items.Select(i => Convert(i, type, what)).ToList());
    }

    private static ExprType? CommonType(List<BoundExpr> known, bool literalsMakeEnum)
    {
        if (known.All(k => k.Type.IsNumeric))
        {
            if (known.Any(k => k.Type.IsKind(DataType.Money)))
                return known.All(k => k.Type.IsKind(DataType.Money) || AsMoneyLiteral(k) is not null) ? ExprType.Money : null;
            return known.Any(k => k.Type.IsKind(DataType.Decimal)) ? ExprType.Decimal : ExprType.Integer;
        }
        var enumLike = known.All(k => k.Type.IsKind(DataType.Enum) || IsStringLiteral(k))
                       && (literalsMakeEnum || known.Any(k => k.Type.IsKind(DataType.Enum)));
        if (enumLike)
        {
            var codes = new List<string>();
            foreach (var k in known)
                foreach (var code in k.Type.IsKind(DataType.Enum) ? k.Type.Codes : [(string)k.Value()!])
                    if (!codes.Contains(code)) codes.Add(code);
            return ExprType.Enum(codes);
        }
        var first = known[0].Type;
        return known.All(k => k.Type.Equals(first)) ? first : null;
    }
}

internal static class BoundExprExtensions
{
    public static object? Value(this BoundExpr e) => ((BoundLiteral)e).Value;
}
