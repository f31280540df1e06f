using CmsRules.Core.Engine;
using CmsRules.Core.Loading;
using CmsRules.Core.Periods;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;
using CmsRules.SampleData;
using CmsRules.Tests.SampleData;

namespace CmsRules.Tests.Engine;

/// <summary>
/// Field values shared within a period, periods computed in parallel and date-indexed populations must not change a
/// figure: periods computed together give what each period gives computed alone, on a fresh evaluator.
/// </summary>
public sealed class EvaluatorConsistencyTests
{
    /// <summary>
    /// Every quarter of the extract. Together they read all the payments: in file order (by case group), they find a
    /// quarter's payments from the rows put in date order, where one quarter alone scans the date column (see
    /// DateIndex.Rows); kept in date order (order_by), both read the rows of the range in place.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Periods_computed_together_equal_periods_computed_alone(bool keptInDateOrder)
    {
        using var temp = new TempDirectory();
        ExtractGenerator.Generate(new GeneratorOptions(400, 3, new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 1)), temp.Combine("x"));
        var catalog = Repository.Catalog;
        var dictionary = keptInDateOrder ? catalog.Definitions.Dictionary : InFileOrder(catalog.Definitions.Dictionary);
        var extract = ExtractLoader.Load(dictionary, temp.Combine("x"));
        extract["liabilities"]["month"].ShouldBeOfType<DateColumn>().InOrder.ShouldBe(keptInDateOrder);
        var assumptions = Assumptions.Resolve(catalog.Definitions.Assumptions, []);
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
    public void Tables_kept_in_date_order_give_the_figures_of_the_same_tables_in_file_order()
    {
        using var temp = new TempDirectory();
        ExtractGenerator.Generate(new GeneratorOptions(400, 5, new DateOnly(2021, 1, 1), new DateOnly(2024, 12, 1)), temp.Combine("x"));
        var catalog = Repository.Catalog;
        var assumptions = Assumptions.Resolve(catalog.Definitions.Assumptions, []);
        var periods = Period.Range(new DateOnly(2023, 1, 1), new DateOnly(2024, 6, 30), Frequency.Month);
        var inFileOrder = ExtractLoader.Load(InFileOrder(catalog.Definitions.Dictionary), temp.Combine("x"));
        var inDateOrder = ExtractLoader.Load(catalog.Definitions.Dictionary, temp.Combine("x"));
        inFileOrder["payments"]["received_date"].ShouldBeOfType<DateColumn>().InOrder.ShouldBeFalse();

        var expected = new Evaluator(catalog, inFileOrder).Evaluate(periods, assumptions);
        var actual = new Evaluator(catalog, inDateOrder).Evaluate(periods, assumptions);

        actual.Keys.ShouldBe(expected.Keys, ignoreOrder: true);
        foreach (var (id, cells) in expected)
            for (var p = 0; p < periods.Count; p++)
            {
                actual[id][p].Total.ShouldBe(cells[p].Total, $"{id} {periods[p]}");
                actual[id][p].Breakdowns.SelectMany(b => b.Cells).ShouldBe(cells[p].Breakdowns.SelectMany(b => b.Cells), $"{id} {periods[p]}");
            }
    }

    /// <summary>The dictionary with no table kept in order of a date: the rows stay as the files have them.</summary>
    private static DataDictionary InFileOrder(DataDictionary dictionary) => new(dictionary.Tables.Select(t => t with { OrderBy = null }).ToList());

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
