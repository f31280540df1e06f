using System.Text;
using CmsRules.Core.Output;
using CmsRules.Core.Publication;

namespace CmsRules.Core.Methodology;

/// <summary>
/// comparison.csv: a row per figure that differs in some variant, with the baseline and, for each variant n (in the
/// order given), `variant_n,difference_n,relative_difference_n`. Values are unrounded and in measures.csv's units
/// (money in pounds); a difference is variant minus baseline; a relative difference is that over the baseline's
/// magnitude (0.05 is 5%, to 10 decimal places), empty when the baseline is zero or null.
/// </summary>
public static class ComparisonCsv
{
    public static string Header(int variants) =>
        "measure_id,period,dimension,category,baseline" +
        string.Concat(Enumerable.Range(1, variants).Select(n => $",variant_{n},difference_{n},relative_difference_{n}"));

    public static void Write(string path, ComparisonResult result) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            writer.WriteLine(Header(result.Variants.Count));
            foreach (var row in result.Rows)
            {
                var kind = result.Catalog.Find(row.Measure)!.Definition.Kind;
                var fields = new List<string> { row.Measure, row.Period, row.Dimension, row.Category, ValueText.Format(row.Baseline, kind) };
                foreach (var variant in row.Variants)
                {
                    fields.Add(ValueText.Format(variant, kind));
                    fields.Add(ValueText.Format(ComparisonRow.Difference(row.Baseline, variant), kind));
                    fields.Add(ValueText.Format(ComparisonRow.Relative(row.Baseline, variant) is { } r ? Math.Round(r, 10) : null, MeasureKind.Percentage));
                }
                writer.WriteLine(CsvText.Row([.. fields]));
            }
        });
}
