using CmsRules.Core.Engine;
using CmsRules.Core.Publication;
using CmsRules.Plugins;
using Spectre.Console;

namespace CmsRules.Cli.Commands;

/// <summary>
/// For each breakdown whose categories a plugin names from a lookup (constituency code to name), the largest categories
/// of the latest period with their names. measures.csv keeps the codes; names are for people.
/// </summary>
public static class CategoryNamesSummary
{
    private const int Shown = 5;

    public static void Print(RunResult result, IReadOnlyList<CategoryNames> lookups)
    {
        foreach (var lookup in lookups)
        {
            if (result.Extract.Find(lookup.Table) is not { } table) continue;
            var names = NamesOf(table, lookup);
            foreach (var measure in RunPipeline.Published(result.Catalog, result.Figures))
            {
                if (measure.Periods[^1].Breakdown(lookup.Dimension) is not { } breakdown) continue;
                var grid = new Table().Border(TableBorder.Rounded)
                    .Title($"{Markup.Escape(result.Catalog.Find(measure.Id)!.Definition.Title)}, {measure.Periods[^1].Period.Label}: largest by {Markup.Escape(lookup.Dimension)}");
                grid.AddColumn(lookup.Dimension);
                grid.AddColumn("name");
                grid.AddColumn(new TableColumn("Published").RightAligned());
                var largest = breakdown.Categories.Select((code, i) => (Code: code, Cell: breakdown.Cells[i]))
                    .OrderByDescending(c => c.Cell.Value ?? decimal.MinValue).ThenBy(c => c.Code, StringComparer.Ordinal).Take(Shown);
                foreach (var (code, cell) in largest)
                    grid.AddRow(Markup.Escape(code), Markup.Escape(names.GetValueOrDefault(code, "")),
                        Markup.Escape(measure.Rounding.Publish(cell.Value is { } v ? ValueText.InReportingUnits(v, measure.Kind) : null, cell.Base)));
                AnsiConsole.Write(grid);
            }
        }
    }

    /// <summary>Code to name, from the lookup table's two string columns.</summary>
    public static IReadOnlyDictionary<string, string> NamesOf(Core.Storage.Table table, CategoryNames lookup)
    {
        if (table[lookup.CodeColumn] is not Core.Storage.StringColumn codes || table[lookup.NameColumn] is not Core.Storage.StringColumn names)
            throw new CliException($"the names of {lookup.Dimension} need text columns {lookup.Table}.{lookup.CodeColumn} and {lookup.Table}.{lookup.NameColumn}");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var row = 0; row < table.RowCount; row++)
            if (!codes.IsNull(row) && !names.IsNull(row)) result[codes.Dictionary[codes.Ids[row]]] = names.Dictionary[names.Ids[row]];
        return result;
    }
}
