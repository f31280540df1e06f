using System.Text.RegularExpressions;
using CmsRules.Core.Language.Ast;
using CmsRules.Core.Language.Binding;

namespace CmsRules.Core.Engine;

/// <summary>
/// A row condition as the set of parts that must all hold: its top-level `and`s, read on into the fields without
/// parameters it names (`in_liability_population` is `active_on(period_end)` and `due &gt; 0`), each part as its text.
/// Conditions over one table with the same parts hold on the same rows; one whose parts include all of another's
/// holds on some of that other's rows, so a period filters the smaller population instead of the whole table.
/// </summary>
internal static partial class ConditionParts
{
    public static IReadOnlySet<string> Of(BoundExpression where)
    {
        var parts = new SortedSet<string>(StringComparer.Ordinal);
        Collect(where.Root, where.Source.Source.Text, parts);
        return parts;
    }

    /// <summary>The parts joined into one text, the same for conditions with the same parts.</summary>
    public static string Key(IReadOnlySet<string> parts) => string.Join(" and ", parts);

    // An `and` the binder wrote (`x between a and b` is `x >= a and x <= b`) has parts whose text is not all they
    // mean, so it is one part. A field's body is text of its own; without parameters its words mean what they mean
    // on the measure's row.
    private static void Collect(BoundExpr e, string text, SortedSet<string> parts)
    {
        switch (e)
        {
            case BoundBinary { Op: BinaryOp.And } both when both.Span == TextSpan.Between(both.Left.Span, both.Right.Span):
                Collect(both.Left, text, parts);
                Collect(both.Right, text, parts);
                break;
            case BoundField { Args.Count: 0, Row: RowVariable } field:
                Collect(field.Body, field.Field.Body.Source.Text, parts);
                break;
            default:
                parts.Add(Spaces().Replace(text.Substring(e.Span.Start, e.Span.Length).Trim(), " "));
                break;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
