using System.Text;
using CmsRules.Core.Engine;
using CmsRules.Core.Publication;

namespace CmsRules.Core.Output;

/// <summary>
/// measures.csv, per the output contract: a row per measure, period and category (the total row first, with empty
/// dimension and category), the unrounded value and its published text. Measures in catalogue order, periods in time order.
/// </summary>
public static class MeasuresCsv
{
    public const string Header = "measure_id,period,dimension,category,value,published";

    public static void Write(string path, IEnumerable<MeasureOutput> measures) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            writer.WriteLine(Header);
            foreach (var measure in measures)
                foreach (var period in measure.Periods)
                {
                    WriteRow(writer, measure, period.Period.Label, "", "", period.Total);
                    foreach (var breakdown in period.Breakdowns)
                        for (var i = 0; i < breakdown.Categories.Count; i++)
                            WriteRow(writer, measure, period.Period.Label, breakdown.Dimension, breakdown.Categories[i], breakdown.Cells[i]);
                }
        });

    private static void WriteRow(StreamWriter writer, MeasureOutput measure, string period, string dimension, string category, Cell cell)
    {
        var published = measure.Rounding.Publish(
            cell.Value is { } v ? ValueText.InReportingUnits(v, measure.Kind) : null, cell.Base);
        writer.WriteLine(CsvText.Row(measure.Id, period, dimension, category, ValueText.Format(cell.Value, measure.Kind), published));
    }
}

/// <summary>What measures.csv needs of one measure: its id, kind, rounding rule and figures per period.</summary>
public sealed record MeasureOutput(string Id, MeasureKind Kind, RoundingRule Rounding, IReadOnlyList<PeriodCells> Periods);
