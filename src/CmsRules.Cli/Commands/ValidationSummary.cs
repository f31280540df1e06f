using CmsRules.Core.Definitions;
using CmsRules.Core.Validation;
using Spectre.Console;

namespace CmsRules.Cli.Commands;

/// <summary>The validation part of a run's summary: counts, then each failed rule with its first failure.</summary>
public static class ValidationSummary
{
    public static void Print(ValidationReport report, string csv)
    {
        var failed = report.Outcomes.Where(o => o.Status == ValidationStatus.Failed).GroupBy(o => o.Rule).ToList();
        var passed = report.Outcomes.Count(o => o.Status == ValidationStatus.Passed);
        var rules = report.Outcomes.Select(o => o.Rule).Distinct().Count();
        foreach (var rule in failed)
        {
            var (colour, word) = rule.Key.Definition.Severity == ValidationSeverity.Error ? ("red", "error") : ("yellow", "warning");
            var first = rule.First();
            var where = first.Period + (first.Dimension.Length > 0 ? $" {first.Dimension}={first.Category}" : "");
            AnsiConsole.MarkupLine($"[{colour}]validation {word}[/] {Markup.Escape(rule.Key.Name)} failed {rule.Count()} time(s), first in {Markup.Escape(where)}: " +
                                   Markup.Escape(string.Join("; ", first.Values.Select(v => $"{v.Name}={v.Value}"))));
            AnsiConsole.MarkupLine($"  [grey]{Markup.Escape(rule.Key.Definition.Description)} ({Markup.Escape(rule.Key.Definition.Location.ToString())})[/]");
        }
        var summary = $"Validation: {rules} rule(s), {passed} check(s) passed, {report.Outcomes.Count(o => o.Status == ValidationStatus.Failed)} failed, " +
                      $"{report.Outcomes.Count(o => o.Status == ValidationStatus.NotApplicable)} not applicable; wrote {csv}.";
        AnsiConsole.MarkupLine(report.HasErrors ? $"[red]{Markup.Escape(summary)}[/]" : $"[green]{Markup.Escape(summary)}[/]");
    }
}
