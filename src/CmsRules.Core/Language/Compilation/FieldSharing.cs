using System.Globalization;
using CmsRules.Core.Language.Binding;

namespace CmsRules.Core.Language.Compilation;

/// <summary>
/// Which field uses are worth computing once per row and period and sharing between every expression that uses them:
/// those that run over related rows (an aggregate in the body, such as a case group's due or its service type on a day)
/// and whose arguments are the same for every row (literals, the period, assumptions). Their key names the field and
/// its arguments, so `service_type_on(period_end)` in one measure and in another share one set of values.
/// </summary>
internal static class FieldSharing
{
    public static string? KeyOf(BoundField field)
    {
        // A field that is another's use (service_type_at_end is service_type_on(period_end)) shares that one's values.
        if (field.Body is BoundField inner && KeyOf(inner) is not null) return null;
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

    private static bool RunsOverRows(BoundExpr e) => e is BoundAggregate || BoundTree.Children(e).Any(RunsOverRows);
}
