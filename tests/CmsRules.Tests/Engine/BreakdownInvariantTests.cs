using CmsRules.Core.Definitions;
using CmsRules.Core.Engine;
using CmsRules.Core.Loading;
using CmsRules.Core.Periods;
using CmsRules.Core.Publication;
using CmsRules.SampleData;
using CmsRules.Tests.SampleData;
using FsCheck.Xunit;

namespace CmsRules.Tests.Engine;

/// <summary>
/// On any generated extract: where the definitions imply it, a breakdown's categories add up to the total. Counts and sums
/// over a table add up, because every row (or, with group_by, every group) lands in exactly one category; children counted
/// once per child may count a child in two categories, so there the categories add up to at least the total.
/// </summary>
public sealed class BreakdownInvariantTests
{
    [Property(MaxTest = 6)]
    public void Categories_add_up_to_the_total(ulong seed, bool deduplicateChildren)
    {
        using var temp = new TempDirectory();
        var directory = temp.Combine("x");
        ExtractGenerator.Generate(new GeneratorOptions(150, seed, new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 1)), directory);
        var catalog = Repository.Catalog;
        var extract = ExtractLoader.Load(catalog.Definitions.Dictionary, directory);
        var periods = Period.Range(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), Frequency.Quarter);
        var assumptions = Assumptions.Resolve(catalog.Definitions.Assumptions, [$"deduplicate_children={(deduplicateChildren ? "true" : "false")}"]);

        var figures = new Evaluator(catalog, extract).Evaluate(periods, assumptions);

        var additive = catalog.Measures.OfType<TableMeasure>().Where(m => m.Definition.Kind is MeasureKind.Count or MeasureKind.Money).ToList();
        additive.Count.ShouldBeGreaterThan(20);
        foreach (var measure in additive)
            foreach (var cells in figures[measure.Id])
                foreach (var breakdown in cells.Breakdowns)
                {
                    var sum = breakdown.Cells.Sum(c => c.Value ?? 0m);
                    var total = cells.Total.Value ?? 0m;
                    var where = $"{measure.Id} by {breakdown.Dimension} in {cells.Period}";
                    if (measure.Id == "children.covered" && deduplicateChildren) sum.ShouldBeGreaterThanOrEqualTo(total, where);
                    else sum.ShouldBe(total, where);
                }
    }
}
