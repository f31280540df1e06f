using System.Globalization;
using CmsRules.Core.Definitions;
using CmsRules.Core.Engine;
using CmsRules.Core.Methodology;
using CmsRules.Core.Publication;
using Spectre.Console;

namespace CmsRules.Cli.Commands;

/// <summary>How <c>cmsrules explain</c> shows a measure: panels and tables a reviewer can read top to bottom.</summary>
internal static class ExplainView
{
    public static void Definition(Catalog catalog, CompiledMeasure measure, IReadOnlyDictionary<string, AssumptionValue> assumptions)
    {
        var definition = measure.Definition;
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(definition.Id)}[/]: {Markup.Escape(definition.Title)}");
        AnsiConsole.MarkupLine($"Defined at [blue]{Markup.Escape(definition.Location.ToString())}[/]; {definition.Kind.ToString().ToLowerInvariant()}" +
                               (definition.Publish ? "" : ", not published"));
        AnsiConsole.Write(new Panel(new Text(DefinitionText.Of(definition.Location))).Header("as written").Border(BoxBorder.Rounded));

        var inputs = DependencyAnalysis.WithInputs(catalog, [measure.Id]).Where(m => m != measure.Id).Order(StringComparer.Ordinal).ToList();
        AnsiConsole.MarkupLine("Built from measures: " + (inputs.Count == 0 ? "[grey]none[/]" : Markup.Escape(string.Join(", ", inputs))));
        var read = DependencyAnalysis.AssumptionsRead(catalog, measure.Id);
        AnsiConsole.MarkupLine("Assumptions read (directly, through fields or through those measures): " + (read.Count == 0 ? "[grey]none[/]"
            : Markup.Escape(string.Join(", ", read.Select(a => $"{a} = {assumptions[a].ToText(catalog.Definitions.Assumptions.First(d => d.Name == a).Type)}")))));
        var rule = measure.Rounding;
        AnsiConsole.MarkupLine(Markup.Escape($"Rounding rule '{rule.Name}': to the nearest {rule.Nearest}" +
            (rule.SuppressFrom is { } from ? $"; suppressed from {from} to {rule.SuppressTo}" : "") +
            (rule.MinBase is { } min ? $"; not published when its base is under {min}" : "")));
    }

    public static void Period(Catalog catalog, CompiledMeasure measure, PeriodExplanation explanation)
    {
        AnsiConsole.WriteLine();
        AnsiConsole.MarkupLine($"[bold]{explanation.Period.Label}[/] ({explanation.Period.Start:yyyy-MM-dd} to {explanation.Period.End:yyyy-MM-dd})");
        if (measure is TableMeasure table)
        {
            var steps = new Table().Border(TableBorder.Rounded).AddColumn("Step").AddColumn(new TableColumn("Rows").RightAligned()).AddColumn(new TableColumn("Dropped").RightAligned());
            steps.AddRow($"all rows of {Markup.Escape(table.Table.Name)}", Count(explanation.TableRows), "");
            var before = explanation.TableRows;
            foreach (var step in explanation.Steps)
            {
                steps.AddRow("and " + Markup.Escape(step.Condition.Text), Count(step.Rows), Count(before - step.Rows));
                before = step.Rows;
            }
            AnsiConsole.Write(steps);
        }
        foreach (var (id, cells) in explanation.Inputs)
            AnsiConsole.MarkupLine($"  input {Markup.Escape(id)} = {Markup.Escape(ValueText.Format(cells.Total.Value, catalog.Find(id)!.Definition.Kind))}");

        var figures = new Table().Border(TableBorder.Rounded).AddColumn("Figure").AddColumn(new TableColumn("Unrounded").RightAligned()).AddColumn(new TableColumn("Published").RightAligned());
        figures.AddRow("[bold]total[/]", Markup.Escape(ValueText.Format(explanation.Figures.Total.Value, measure.Definition.Kind)), Markup.Escape(Published(measure, explanation.Figures.Total)));
        foreach (var breakdown in explanation.Figures.Breakdowns)
            for (var i = 0; i < breakdown.Categories.Count; i++)
                figures.AddRow(Markup.Escape($"{breakdown.Dimension} = {breakdown.Categories[i]}"),
                    Markup.Escape(ValueText.Format(breakdown.Cells[i].Value, measure.Definition.Kind)), Markup.Escape(Published(measure, breakdown.Cells[i])));
        AnsiConsole.Write(figures);
        if (explanation.Examples.Count > 0)
            AnsiConsole.MarkupLine($"Examples in the population ({Markup.Escape(explanation.ExampleColumn)}): {Markup.Escape(string.Join("; ", explanation.Examples))}");
    }

    public static void Case(CompiledMeasure measure, CaseExplanation explanation)
    {
        AnsiConsole.WriteLine();
        if (explanation.Rows.Count == 0)
        {
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(explanation.Table)} has no row with {explanation.Column} = {explanation.Id}[/]: it is not in {Markup.Escape(measure.Id)}.");
            return;
        }
        foreach (var row in explanation.Rows)
        {
            var verdict = row.InPopulation ? "[green]IN[/]" : "[red]OUT[/]";
            var table = new Table().Border(TableBorder.Rounded)
                .Title($"{Markup.Escape(explanation.Table)} row {Markup.Escape(row.Key)}: {verdict} in {explanation.Period.Label}")
                .AddColumn("Condition").AddColumn("Holds");
            foreach (var condition in row.Conditions)
                table.AddRow(Markup.Escape(condition.Condition.Text), condition.Value switch { "true" => "[green]yes[/]", "false" => "[red]no[/]", _ => "[red]null (no)[/]" });
            foreach (var (dimension, category) in row.Categories)
                table.AddRow($"[grey]category by {Markup.Escape(dimension)}[/]", Markup.Escape(category));
            foreach (var (name, value) in row.Values)
                table.AddRow($"[grey]{Markup.Escape(name)}[/]", Markup.Escape(value));
            AnsiConsole.Write(table);
        }
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Published(CompiledMeasure measure, Cell cell) =>
        measure.Rounding.Publish(cell.Value is { } v ? ValueText.InReportingUnits(v, measure.Definition.Kind) : null, cell.Base);
}
