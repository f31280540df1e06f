using CmsRules.Core.Definitions;
using CmsRules.Core.Engine;
using CmsRules.Core.Periods;

namespace CmsRules.Core.Methodology;

/// <summary>What `cmsrules compare` is asked: the run (its --assume values make the baseline) and each variant's settings.</summary>
public sealed record ComparisonRequest(RunRequest Run, IReadOnlyList<IReadOnlyList<string>> Variants);

/// <summary>
/// One variant: its settings, the assumptions that differ from the baseline, the measures the dependency analysis says
/// can move (<see cref="Affected"/>), the measures actually computed (<see cref="Evaluated"/>: the affected ones and
/// what they are built from), and every measure's figures (the baseline's for the measures not computed).
/// </summary>
public sealed record VariantResult(
    IReadOnlyList<string> Settings,
    IReadOnlySet<string> Changed,
    IReadOnlySet<string> Affected,
    IReadOnlySet<string> Evaluated,
    IReadOnlyDictionary<string, PeriodCells[]> Figures)
{
    public string Label => string.Join(", ", Settings);
}

/// <summary>One figure that differs in at least one variant: unrounded, money in pence; a value per variant.</summary>
public sealed record ComparisonRow(string Measure, string Period, string Dimension, string Category, decimal? Baseline, decimal?[] Variants)
{
    public static decimal? Difference(decimal? baseline, decimal? variant) => variant - baseline;

    /// <summary>The difference as a fraction of the baseline; null when the baseline is zero or either value is null.</summary>
    public static decimal? Relative(decimal? baseline, decimal? variant) =>
        baseline is { } b && b != 0 && variant is { } v ? (v - b) / Math.Abs(b) : null;
}

/// <summary>The baseline, each variant, and the rows where any variant differs from the baseline.</summary>
public sealed record ComparisonResult(
    Catalog Catalog,
    IReadOnlyList<Period> Periods,
    IReadOnlyDictionary<string, PeriodCells[]> Baseline,
    IReadOnlyList<VariantResult> Variants,
    IReadOnlyList<ComparisonRow> Rows)
{
    /// <summary>The measures no variant can move, by the dependency analysis: their figures were computed once, for the baseline.</summary>
    public IEnumerable<string> ProvenUnaffected =>
        Catalog.Measures.Select(m => m.Id).Where(id => Variants.All(v => !v.Affected.Contains(id)));
}
