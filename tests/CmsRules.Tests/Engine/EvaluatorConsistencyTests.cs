using CmsRules.Core.Engine;
using CmsRules.Core.Loading;
using CmsRules.Core.Periods;
using CmsRules.SampleData;
using CmsRules.Tests.SampleData;

namespace CmsRules.Tests.Engine;

/// <summary>
/// Field values shared within a period, periods computed in parallel and date-indexed populations must not change a
/// figure: periods computed together give what each period gives computed alone, on a fresh evaluator.
/// </summary>
public sealed class EvaluatorConsistencyTests
{
    [Fact]
    public void Periods_computed_together_equal_periods_computed_alone()
    {
        using var temp = new TempDirectory();
        ExtractGenerator.Generate(new GeneratorOptions(400, 3, new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 1)), temp.Combine("x"));
        var catalog = Repository.Catalog;
        var extract = ExtractLoader.Load(catalog.Definitions.Dictionary, temp.Combine("x"));
        var assumptions = Assumptions.Resolve(catalog.Definitions.Assumptions, []);
        // Every quarter of the extract: together they read all the liabilities and payments, so their fills read
        // copies in date order, where one quarter alone scans the date column (see DateIndex.KeepsCopies).
        var periods = Period.Range(new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 31), Frequency.Quarter);

        var together = new Evaluator(catalog, extract).Evaluate(periods, assumptions);

        for (var p = 0; p < periods.Count; p++)
        {
            var alone = new Evaluator(catalog, extract).Evaluate([periods[p]], assumptions);
            foreach (var (id, cells) in alone)
            {
                var expected = cells[0];
                var actual = together[id][p];
                actual.Total.ShouldBe(expected.Total, $"{id} {periods[p]}");
                actual.Breakdowns.SelectMany(b => b.Cells).ShouldBe(expected.Breakdowns.SelectMany(b => b.Cells), $"{id} {periods[p]}");
            }
        }
    }

    [Fact]
    public void No_periods_give_each_measure_no_figures()
    {
        using var temp = new TempDirectory();
        ExtractGenerator.Generate(new GeneratorOptions(50, 3), temp.Combine("x"));
        var catalog = Repository.Catalog;
        var extract = ExtractLoader.Load(catalog.Definitions.Dictionary, temp.Combine("x"));

        var figures = new Evaluator(catalog, extract).Evaluate([], Assumptions.Resolve(catalog.Definitions.Assumptions, []));

        figures.Keys.ShouldBe(catalog.Measures.Select(m => m.Id), ignoreOrder: true);
        figures.Values.ShouldAllBe(cells => cells.Length == 0);
    }
}
