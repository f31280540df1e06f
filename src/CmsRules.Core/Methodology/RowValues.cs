using System.Globalization;
using CmsRules.Core.Engine;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Language.Parsing;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Methodology;

/// <summary>Reads a column or field of one row as text for a person to read (money in pounds, dates as ISO, null as "null").</summary>
internal static class RowValues
{
    /// <summary>The value of <paramref name="name"/> (a column or a field without parameters) of a row of <paramref name="table"/>.</summary>
    public static Func<EvalContext, int, string> Reader(Catalog catalog, string table, string name)
    {
        var parsed = ExpressionParser.ParseOrThrow(ExpressionSource.Inline(name, $"{table}.{name}"));
        var bound = Binder.BindRow(catalog.Environment, parsed, table);
        if (bound.Expression is not { } expression) throw new Diagnostics.DiagnosticException(bound.Diagnostics);
        return Of(catalog.Compiler.CompileRow(expression));
    }

    public static Func<EvalContext, int, string> Of(CompiledRowExpression expression)
    {
        var type = expression.Type;
        if (type.IsNull) return (_, _) => "null";
        switch (type.Kind)
        {
            case DataType.Integer:
                var integer = expression.Value<long?>();
                return (c, r) => integer(c, r)?.ToString(CultureInfo.InvariantCulture) ?? "null";
            case DataType.Money:
                var pence = expression.Value<long?>();
                return (c, r) => pence(c, r) is { } p ? "£" + (p / 100m).ToString("0.00", CultureInfo.InvariantCulture) : "null";
            case DataType.Decimal:
                var number = expression.Value<decimal?>();
                return (c, r) => number(c, r)?.ToString(CultureInfo.InvariantCulture) ?? "null";
            case DataType.Date:
                var day = expression.Value<int?>();
                return (c, r) => day(c, r) is { } d ? DateOnly.FromDayNumber(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "null";
            case DataType.Bool:
                var flag = expression.Value<bool?>();
                return (c, r) => flag(c, r) switch { true => "true", false => "false", null => "null" };
            default:
                var text = expression.Text;
                return (c, r) => text(c, r) ?? "null";
        }
    }
}
