using CmsRules.Core.Language.Runtime;

namespace CmsRules.Tests.Language;

/// <summary>The batch filter (one compiled loop, columns loaded once) keeps the rows the per-row predicate keeps.</summary>
public sealed class FilterTests
{
    private readonly CmsExample _cms = new();

    [Theory]
    [InlineData("active_on(period_end) and due > 0", "case_groups", new[] { 0, 1 })]
    [InlineData("case_groups.active_on(period_end) and holds_on(period_end)", "children", new[] { 0, 2 })]
    [InlineData("any(from payments where allocation = 'Arrears') or service_type_on(period_end) = 'NotYetAssigned'", "case_groups", new[] { 0, 3 })]
    public void Filter_keeps_the_rows_where_the_condition_is_true(string text, string table, int[] expected)
    {
        var compiled = _cms.Row(text, table);
        var all = RowSet.All(_cms.Extract[table].RowCount);
        var kept = compiled.Filter(_cms.Context, all);
        kept.Rows.Take(kept.Count).ShouldBe(expected);
        Enumerable.Range(0, all.Count).Where(r => compiled.Predicate(_cms.Context, r)).ShouldBe(expected);
    }

    [Fact]
    public void Filter_runs_over_a_subset_in_its_order()
    {
        var kept = _cms.Row("opened_date < date '2024-01-01'", "case_groups").Filter(_cms.Context, new RowSet([2, 1, 3, 0], 3));
        kept.Rows.Take(kept.Count).ShouldBe([2, 1]);
    }
}
