using CmsRules.Core.Definitions;
using CmsRules.Core.Engine;
using CmsRules.Core.Loading;
using CmsRules.Core.Periods;

namespace CmsRules.Core.Methodology;

/// <summary>
/// `cmsrules compare`: loads the extract once, computes the baseline, then for each variant recomputes only the
/// measures its changed assumptions can reach (with their inputs), and writes comparison.csv of the figures that moved.
/// </summary>
public static class ComparisonPipeline
{
    public const string ComparisonFile = "comparison.csv";

    public static ComparisonResult Execute(ComparisonRequest request, RunProgress? progress = null)
    {
        var run = request.Run;
        var definitions = DefinitionSetReader.Read(run.DefinitionFolders);
        var catalog = Catalog.Compile(definitions);
        var baseSettings = run.Assumptions ?? [];
        var baseline = Assumptions.Resolve(definitions.Assumptions, baseSettings);
        var variantValues = request.Variants.Select(v => Assumptions.Resolve(definitions.Assumptions, [.. baseSettings, .. v])).ToList();

        var extract = ExtractSource.Load(definitions.Dictionary, run.DataDirectory, new LoadOptions
        {
            RequiredTables = catalog.Measures.SelectMany(m => m.Dependencies.Tables).ToHashSet(),
            Progress = progress?.Loading,
        });
        var periods = ExtractCoverage.Periods(extract, run.Frequency, run.From, run.To);
        var evaluator = new Evaluator(catalog, extract);
        var baseFigures = evaluator.Evaluate(periods, baseline, progress: progress?.Evaluation);

        var variants = new List<VariantResult>();
        for (var i = 0; i < request.Variants.Count; i++)
        {
            var values = variantValues[i];
            var changed = definitions.Assumptions.Where(a => values[a.Name] != baseline[a.Name]).Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
            var affected = DependencyAnalysis.AffectedBy(catalog, changed);
            var evaluated = DependencyAnalysis.WithInputs(catalog, affected);
            var computed = evaluated.Count == 0 ? new Dictionary<string, PeriodCells[]>() : evaluator.Evaluate(periods, values, evaluated, progress?.Evaluation);
            var figures = catalog.Measures.ToDictionary(m => m.Id, m => affected.Contains(m.Id) ? computed[m.Id] : baseFigures[m.Id]);
            variants.Add(new VariantResult(request.Variants[i], changed, affected, evaluated, figures));
        }

        var result = new ComparisonResult(catalog, periods, baseFigures, variants, Differences(catalog, baseFigures, variants));
        ComparisonCsv.Write(Path.Combine(run.OutputDirectory, ComparisonFile), result);
        return result;
    }

    private static List<ComparisonRow> Differences(Catalog catalog, IReadOnlyDictionary<string, PeriodCells[]> baseline, List<VariantResult> variants)
    {
        var rows = new List<ComparisonRow>();
        foreach (var measure in catalog.Measures)
        {
            if (variants.All(v => !v.Affected.Contains(measure.Id))) continue;
            var basePeriods = baseline[measure.Id];
            for (var p = 0; p < basePeriods.Length; p++)
            {
                var cells = basePeriods[p];
                var label = cells.Period.Label;
                Add(measure.Id, label, "", "", cells.Total.Value, variants.Select(v => v.Figures[measure.Id][p].Total.Value));
                foreach (var breakdown in cells.Breakdowns)
                    for (var c = 0; c < breakdown.Categories.Count; c++)
                    {
                        var (dimension, category) = (breakdown.Dimension, breakdown.Categories[c]);
                        Add(measure.Id, label, dimension, category, breakdown.Cells[c].Value,
                            variants.Select(v => v.Figures[measure.Id][p].Breakdown(dimension)?.Find(category)?.Value));
                    }
            }
        }
        return rows;

        void Add(string id, string period, string dimension, string category, decimal? baseValue, IEnumerable<decimal?> variantValues)
        {
            var values = variantValues.ToArray();
            if (values.Any(v => v != baseValue)) rows.Add(new ComparisonRow(id, period, dimension, category, baseValue, values));
        }
    }
}
