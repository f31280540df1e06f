using System.Globalization;
using CmsRules.Core.Language.Ast;

namespace CmsRules.Tests.Language.Properties;

/// <summary>A fully bracketed dump of a syntax tree without positions: two trees are the same tree when their dumps are equal.</summary>
public static class AstDump
{
    public static string Of(Expr e) => e switch
    {
        LiteralExpr l => $"{l.Kind}:{Value(l.Value)}",
        NameExpr n => $"name:{n.Text}",
        AssumptionExpr a => $"${a.Name}",
        CallExpr c => $"(call {c.Name} [{string.Join(" ", c.Args.Select(Of))}] from:{c.From?.Name} where:{(c.Where is null ? "" : Of(c.Where))})",
        UnaryExpr u => $"({u.Op} {Of(u.Operand)})",
        BinaryExpr b => $"({b.Op} {Of(b.Left)} {Of(b.Right)})",
        InExpr i => $"(in{(i.Negated ? "-not" : "")} {Of(i.Value)} [{string.Join(" ", i.Items.Select(Of))}])",
        BetweenExpr b => $"(between{(b.Negated ? "-not" : "")} {Of(b.Value)} {Of(b.Low)} {Of(b.High)})",
        IsNullExpr n => $"(isnull{(n.Negated ? "-not" : "")} {Of(n.Value)})",
        CaseExpr c => $"(case {string.Join(" ", c.Whens.Select(w => $"[{Of(w.Condition)} {Of(w.Result)}]"))} else:{(c.Else is null ? "" : Of(c.Else))})",
        _ => throw new NotSupportedException(e.GetType().Name),
    };

    private static string Value(object? v) => v switch
    {
        null => "null",
        decimal d => (d / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture), // drops trailing zeros
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };
}
