using CmsRules.Core.Engine;
using CmsRules.Core.Methodology;
using CmsRules.Core.Publication;
using Spectre.Console;

namespace CmsRules.Cli.Commands;

/// <summary>The terminal summary of a comparison: per variant, each measure that moved with its largest change, then what could not move.</summary>
public static class ComparisonSummary
{
    public static void Print(ComparisonResult result, string csv)
    {
        for (var v = 0; v < result.Variants.Count; v++)
        {
            var variant = result.Variants[v];
            AnsiConsole.MarkupLine($"[bold]Variant {v + 1}[/]: [yellow]{Markup.Escape(variant.Label)}[/]" +
                                   (variant.Changed.Count == 0 ? " [grey](the same as the baseline)[/]" : ""));
            AnsiConsole.Write(Moved(result, v));
            var stayed = result.Catalog.Measures.Select(m => m.Id).Where(id => variant.Affected.Contains(id) && result.Rows.All(r => r.Measure != id || r.Variants[v] == r.Baseline)).ToList();
            if (stayed.Count > 0)
                AnsiConsole.MarkupLine($"Recomputed, could move but did not: {Markup.Escape(string.Join(", ", stayed))}");
            var inputsOnly = variant.Evaluated.Where(id => !variant.Affected.Contains(id)).Order(StringComparer.Ordinal).ToList();
            if (inputsOnly.Count > 0)
                AnsiConsole.MarkupLine($"Unaffected, recomputed only as inputs of affected measures: {Markup.Escape(string.Join(", ", inputsOnly))}");
            var notRecomputed = result.Catalog.Measures.Where(m => !variant.Evaluated.Contains(m.Id)).ToList();
            AnsiConsole.MarkupLine($"[green]Proven unaffected by the dependency analysis, not recomputed[/] ({notRecomputed.Count}): " +
                                   Markup.Escape(string.Join("; ", notRecomputed.GroupBy(m => m.Definition.Family)
                                       .Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Id[(m.Id.IndexOf('.') + 1)..]))}"))));
            AnsiConsole.WriteLine();
        }
        AnsiConsole.MarkupLine($"{result.Rows.Count} figure(s) differ; wrote [blue]{Markup.Escape(csv)}[/].");
    }

    private static Table Moved(ComparisonResult result, int v)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Measure moved");
        table.AddColumn(new TableColumn("Figures").RightAligned());
        table.AddColumn("Largest change at");
        table.AddColumn(new TableColumn("Baseline").RightAligned());
        table.AddColumn(new TableColumn("Variant").RightAligned());
        table.AddColumn(new TableColumn("Change").RightAligned());
        foreach (var group in result.Rows.Where(r => r.Variants[v] != r.Baseline).GroupBy(r => r.Measure))
        {
            var kind = result.Catalog.Find(group.Key)!.Definition.Kind;
            var largest = group.MaxBy(r => ComparisonRow.Difference(r.Baseline, r.Variants[v]) is { } d ? Math.Abs(d) : -1)!;
            var where = largest.Period + (largest.Dimension.Length > 0 ? $" {largest.Dimension}={largest.Category}" : "");
            var relative = ComparisonRow.Relative(largest.Baseline, largest.Variants[v]);
            table.AddRow(Markup.Escape(group.Key), group.Count().ToString(), Markup.Escape(where), Text(largest.Baseline, kind), Text(largest.Variants[v], kind),
                Markup.Escape(Text(ComparisonRow.Difference(largest.Baseline, largest.Variants[v]), kind) + (relative is { } r ? $" ({r:+0.0%;-0.0%})" : "")));
        }
        if (table.Rows.Count == 0) table.AddRow("[grey]none[/]", "", "", "", "", "");
        return table;
    }

    private static string Text(decimal? value, MeasureKind kind) =>
        value is { } v ? Math.Round(ValueText.InReportingUnits(v, kind), 2, MidpointRounding.AwayFromZero).ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture) : "null";
}
