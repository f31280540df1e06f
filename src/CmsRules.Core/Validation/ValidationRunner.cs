using CmsRules.Core.Definitions;
using CmsRules.Core.Engine;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Periods;
using CmsRules.Core.Publication;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Validation;

public enum ValidationStatus { Passed, Failed, NotApplicable }

/// <summary>A named input of a check and its unrounded value, formatted as measures.csv formats the measure's kind.</summary>
public readonly record struct ValidationValue(string Name, string Value);

/// <summary>One rule checked in one period (and category): passed, failed, or not applicable when the check is null.</summary>
public sealed record ValidationOutcome(
    CompiledValidation Rule, string Period, string Dimension, string Category, ValidationStatus Status, IReadOnlyList<ValidationValue> Values);

/// <summary>Every outcome of a run's validation rules.</summary>
public sealed record ValidationReport(IReadOnlyList<ValidationOutcome> Outcomes)
{
    public IEnumerable<ValidationOutcome> Failures(ValidationSeverity severity) =>
        Outcomes.Where(o => o.Status == ValidationStatus.Failed && o.Rule.Definition.Severity == severity);

    public bool HasErrors => Failures(ValidationSeverity.Error).Any();
}

/// <summary>
/// Evaluates the catalog's validation rules on a run's unrounded figures: for every period, on the totals and, for a
/// rule with for_each, on each category of that breakdown. A null check (a percentage of nothing, say) is not applicable.
/// </summary>
public static class ValidationRunner
{
    public static ValidationReport Run(Catalog catalog, Extract extract, IReadOnlyDictionary<string, AssumptionValue> assumptions,
        IReadOnlyList<Period> periods, IReadOnlyDictionary<string, PeriodCells[]> figures)
    {
        var context = catalog.Compiler.CreateContext(extract);
        Assumptions.Apply(context, catalog.Definitions.Assumptions, assumptions);
        var outcomes = new List<ValidationOutcome>();
        foreach (var rule in catalog.Validations)
        {
            if (!rule.Measures.All(m => figures.ContainsKey(m.Measure)) || !rule.Sums.All(s => figures.ContainsKey(s.Sum.Measure))) continue;
            var check = rule.Check.Value<bool?>();
            for (var p = 0; p < periods.Count; p++)
            {
                var values = new List<ValidationValue>();
                foreach (var sum in rule.Sums)
                {
                    var total = SumOfCategories(figures[sum.Sum.Measure][p], sum.Sum.Dimension);
                    context.SetExternal(sum.Slot, total);
                    values.Add(new ValidationValue(sum.Sum.Name, Format(catalog, sum.Sum.Measure, total)));
                }
                outcomes.Add(Check(rule, check, context, catalog, periods[p].Label, "", "", values, cells => figures[cells][p].Total));
                if (rule.Definition.ForEach is not { } dimension || rule.Measures.Count == 0) continue;
                foreach (var category in figures[rule.Measures[0].Measure][p].Breakdown(dimension)!.Categories)
                    outcomes.Add(Check(rule, check, context, catalog, periods[p].Label, dimension, category, values,
                        id => figures[id][p].Breakdown(dimension)?.Find(category) ?? new Cell(null, null)));
            }
        }
        return new ValidationReport(outcomes);
    }

    private static ValidationOutcome Check(CompiledValidation rule, Func<EvalContext, bool?> check, EvalContext context, Catalog catalog,
        string period, string dimension, string category, List<ValidationValue> sums, Func<string, Cell> cell)
    {
        var values = new List<ValidationValue>(sums);
        foreach (var input in rule.Measures)
        {
            var value = cell(input.Measure).Value;
            context.SetExternal(input.Slot, value);
            values.Add(new ValidationValue(input.Measure, Format(catalog, input.Measure, value)));
        }
        var status = check(context) switch { true => ValidationStatus.Passed, false => ValidationStatus.Failed, null => ValidationStatus.NotApplicable };
        return new ValidationOutcome(rule, period, dimension, category, status, values);
    }

    private static decimal? SumOfCategories(PeriodCells cells, string dimension)
    {
        decimal sum = 0;
        foreach (var cell in cells.Breakdown(dimension)!.Cells)
            if (cell.Value is { } value) sum += value;
        return sum;
    }

    private static string Format(Catalog catalog, string measure, decimal? value) =>
        value is null ? "null" : ValueText.Format(value, catalog.Find(measure)!.Definition.Kind);
}
