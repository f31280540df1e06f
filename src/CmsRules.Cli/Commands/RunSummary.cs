using System.Globalization;
using CmsRules.Core.Engine;
using CmsRules.Core.Publication;
using Spectre.Console;

namespace CmsRules.Cli.Commands;

/// <summary>The terminal summary of a run: every published total for the latest period, beside the period before.</summary>
public static class RunSummary
{
    public static void Print(RunResult result, RunRequest request)
    {
        var periods = result.Periods;
        var latest = periods.Count - 1;
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]CMS statistics[/], {periods[latest].Label}" + (latest > 0 ? $" (change on {periods[latest - 1].Label})" : ""));
        table.AddColumn("Measure");
        table.AddColumn(new TableColumn("Published").RightAligned());
        if (latest > 0)
        {
            table.AddColumn(new TableColumn("Previous").RightAligned());
            table.AddColumn(new TableColumn("Change").RightAligned());
        }

        string? family = null;
        foreach (var measure in RunPipeline.Published(result.Catalog, result.Figures))
        {
            var definition = result.Catalog.Find(measure.Id)!.Definition;
            if (definition.Family != family)
            {
                family = definition.Family;
                table.AddRow($"[bold]{Markup.Escape(family)}[/]");
            }
            var now = measure.Periods[latest].Total;
            var row = new List<string> { "  " + Markup.Escape(definition.Title), Publish(measure, now) };
            if (latest > 0)
            {
                var before = measure.Periods[latest - 1].Total;
                row.Add(Publish(measure, before));
                // A change between suppressed figures would give away what suppression hides.
                var hidden = Publish(measure, now) == RoundingRule.Suppressed || Publish(measure, before) == RoundingRule.Suppressed;
                row.Add(hidden ? "" : Change(measure, now.Value, before.Value));
            }
            table.AddRow(row.ToArray());
        }
        AnsiConsole.Write(table);

        AnsiConsole.MarkupLine($"{periods.Count} {request.Frequency.ToString().ToLowerInvariant()}{(periods.Count == 1 ? "" : "s")} from {periods[0].Label} to {periods[latest].Label}; " +
                               $"loaded in [green]{result.LoadTime.TotalSeconds:N1} s[/], computed in [green]{result.EvaluationTime.TotalSeconds:N1} s[/].");
        var changed = result.Catalog.Definitions.Assumptions.Where(a => result.Assumptions[a.Name] != a.Default).ToList();
        if (changed.Count > 0)
            AnsiConsole.MarkupLine("Assumptions changed: " + string.Join(", ", changed.Select(a => $"[yellow]{a.Name} = {result.Assumptions[a.Name].ToText(a.Type)}[/]")));
        foreach (var id in result.Catalog.CSharpMeasures)
            AnsiConsole.MarkupLine($"[yellow]C#[/] {Markup.Escape(id)} uses the C# escape hatch");
        AnsiConsole.MarkupLine($"Wrote [blue]{Markup.Escape(Path.Combine(request.OutputDirectory, RunPipeline.MeasuresFile))}[/] and {RunPipeline.ManifestFile}.");
    }

    private static string Publish(Core.Output.MeasureOutput measure, Cell cell) =>
        Markup.Escape(measure.Rounding.Publish(cell.Value is { } v ? ValueText.InReportingUnits(v, measure.Kind) : null, cell.Base));

    /// <summary>The change on the previous period, on unrounded values, to the precision the measure is published at.</summary>
    private static string Change(Core.Output.MeasureOutput measure, decimal? now, decimal? before)
    {
        if (now is not { } a || before is not { } b) return "";
        var difference = ValueText.InReportingUnits(a - b, measure.Kind);
        var nearest = measure.Rounding.Nearest;
        var rounded = Math.Round(difference / nearest, 0, MidpointRounding.AwayFromZero) * nearest;
        var text = rounded.ToString(nearest >= 1 ? "0" : "0.0", CultureInfo.InvariantCulture);
        var unit = measure.Kind == MeasureKind.Percentage ? " pts" : "";
        return rounded switch { > 0 => $"[green]+{text}{unit}[/]", < 0 => $"[red]{text}{unit}[/]", _ => "[grey]0[/]" };
    }
}
