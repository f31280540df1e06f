using System.Globalization;
using CmsRules.Core.Language.Binding;

namespace CmsRules.Core.Language.Compilation;

/// <summary>
/// Which field uses are worth computing once per row and period and sharing between every expression that uses them:
/// those that run over related rows (an aggregate in the body, such as a case group's due or its service type on a day)
/// and whose arguments are the same for every row (literals, the period, assumptions). Their key names the field and
/// its arguments, so `service_type_on(period_end)` in one measure and in another share one set of values. A field that
/// only reads or combines shared ones (`cash_paid` of `due` and `paid`, `service_type_at_end`) is worked out again
/// from their values: as quick as reading values of its own, which would cost memory for every row on every core.
/// </summary>
internal static class FieldSharing
{
    public static string? KeyOf(BoundField field)
    {
        var args = new List<string>(field.Args.Count);
        foreach (var arg in field.Args)
            if (ArgumentKey(arg) is { } key) args.Add(key);
            else return null;
        return RunsOverRows(field.Body) ? $"{field.Field.Table}.{field.Field.Name}({string.Join(", ", args)})" : null;
    }

    private static string? ArgumentKey(BoundExpr arg) => arg switch
    {
        BoundLiteral l => $"{l.Type}:{Convert.ToString(l.Value, CultureInfo.InvariantCulture) ?? "null"}",
        BoundPeriod p => p.IsEnd ? "period_end" : "period_start",
        BoundAssumption a => "$" + a.Name,
        BoundConvert c => ArgumentKey(c.Operand) is { } inner ? $"{c.Type}({inner})" : null,
        _ => null,
    };

    /// <summary>Whether an expression runs over related rows other than through shared field uses.</summary>
    private static bool RunsOverRows(BoundExpr e) => e switch
    {
        BoundAggregate => true,
        BoundField f when KeyOf(f) is not null => false, // its shared values are read
        _ => BoundTree.Children(e).Any(RunsOverRows),
    };
}
