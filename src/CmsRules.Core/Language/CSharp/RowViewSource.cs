using System.Text;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Schema;
using Microsoft.CodeAnalysis.CSharp;

namespace CmsRules.Core.Language.CSharp;

/// <summary>
/// Generates the C# around an escape-hatch expression: a struct with one typed, nullable property per column
/// of the table (dates as DateOnly?, money as long pence, enums as their code string), PeriodStart/PeriodEnd,
/// and the user's expression as its body; then a delegate of the compiled-expression shape that calls it.
/// </summary>
internal static class RowViewSource
{
    /// <summary>The generated text; the user's code starts at <paramref name="userCodeOffset"/>.</summary>
    public static string Generate(TableSchema table, RuntimeLayout layout, ExprType resultType, string userCode, out int userCodeOffset)
    {
        var (userType, delegateType, finish) = ResultForms(resultType);
        var sb = new StringBuilder();
        sb.AppendLine("public readonly struct __Row");
        sb.AppendLine("{");
        sb.AppendLine("    private readonly EvalContext __context;");
        sb.AppendLine("    private readonly int __row;");
        sb.AppendLine("    public __Row(EvalContext context, int row) { __context = context; __row = row; }");
        sb.AppendLine("    public DateOnly PeriodStart => DateOnly.FromDayNumber(__context.PeriodStartDay);");
        sb.AppendLine("    public DateOnly PeriodEnd => DateOnly.FromDayNumber(__context.PeriodEndDay);");
        foreach (var column in table.Columns) sb.AppendLine(Property(column, layout.ColumnSlot(table.Name, column.Name)));
        if (resultType.IsKind(DataType.Enum)) sb.AppendLine(CodeLookup(resultType.Codes));
        sb.Append($"    public {userType} __Evaluate() => (");
        userCodeOffset = sb.Length;
        sb.Append(userCode);
        sb.AppendLine(");");
        sb.AppendLine("}");
        sb.Append($"new Func<EvalContext, int, {delegateType}>((context, row) => {{ var value = new __Row(context, row).__Evaluate(); return {finish}; }})");
        return sb.ToString();
    }

    private static string Property(ColumnSchema column, int slot)
    {
        var (type, columnClass, read) = column.Type switch
        {
            DataType.Integer or DataType.Money => ("long?", "Int64Column", "c.Values[__row]"),
            DataType.Date => ("DateOnly?", "DateColumn", "DateOnly.FromDayNumber(c.Days[__row])"),
            DataType.Bool => ("bool?", "BoolColumn", "c.Values[__row]"),
            DataType.Enum => ("string?", "EnumColumn", "c.Schema.Codes[c.Codes[__row]]"),
            _ => ("string?", "StringColumn", "c.Dictionary[c.Ids[__row]]"),
        };
        return $"    public {type} @{column.Name} {{ get {{ var c = ({columnClass})__context.Column({slot}); return c.IsNull(__row) ? null : {read}; }} }}";
    }

    /// <summary>An enum result is written as its code; the code's index is the value, and an unknown code fails.</summary>
    private static string CodeLookup(IReadOnlyList<string> codes)
    {
        var literals = string.Join(", ", codes.Select(c => SymbolDisplay.FormatLiteral(c, quote: true)));
        return $$"""
                     private static readonly string[] __codes = { {{literals}} };
                     public static int? __Code(string? code)
                     {
                         if (code is null) return null;
                         var index = Array.IndexOf(__codes, code);
                         return index >= 0 ? index : throw new InvalidOperationException($"'{code}' is not one of the codes {string.Join(", ", __codes)}");
                     }
                 """;
    }

    /// <summary>The type the user's code must have, the delegate's result type, and how one becomes the other.</summary>
    private static (string UserType, string DelegateType, string Finish) ResultForms(ExprType type) => type.Kind switch
    {
        DataType.Bool => ("bool?", "bool?", "value"),
        DataType.Integer or DataType.Money => ("long?", "long?", "value"),
        DataType.Decimal => ("decimal?", "decimal?", "value"),
        DataType.Date => ("DateOnly?", "int?", "value?.DayNumber"),
        DataType.String => ("string?", "string?", "value"),
        DataType.Enum => ("string?", "int?", "__Row.__Code(value)"),
        _ => throw new ArgumentException($"the C# escape hatch returns bool, integer, money, decimal, date, string or enum, not {type}", nameof(type)),
    };
}
