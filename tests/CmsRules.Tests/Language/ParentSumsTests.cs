using CmsRules.Core.Language.Ast;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Language.Runtime;

namespace CmsRules.Tests.Language;

/// <summary>A shared sum over a row's children dated in the period is filled for every parent at once, and gives what each parent's own sum gives.</summary>
public sealed class ParentSumsTests
{
    [Theory]
    [InlineData("due", "sum(maintenance_due from liabilities where month between period_start and period_end)", false)]
    [InlineData("due", "sum(maintenance_due from liabilities where month between period_start and period_end)", true)]
    [InlineData("paid", "sum(amount from payments where received_date between period_start and period_end and allocation = 'CurrentMaintenance')", false)]
    [InlineData("paid", "sum(amount from payments where received_date between period_start and period_end and allocation = 'CurrentMaintenance')", true)]
    public void Filled_for_all_parents_equals_each_parents_own_sum(string field, string inline, bool rowsInDateOrder)
    {
        var example = Example(rowsInDateOrder);
        ParentSums.Of((BoundField)example.BindRow(field, "case_groups").Root).ShouldNotBeNull();

        foreach (var (start, end) in new[] { ("2024-03-01", "2024-03-31"), ("2024-01-01", "2024-03-31"), ("2024-02-01", "2024-02-29"), ("2020-01-01", "2020-03-31") })
        {
            example.Context.SetPeriod(DateOnly.Parse(start), DateOnly.Parse(end));
            example.Values(field, "case_groups").ShouldBe(example.Values(inline, "case_groups"), $"{field} {start}..{end}");
        }
    }

    [Theory]
    [InlineData("sum(amount from payments where received_date between period_start and period_end and cleared_date is not null)", new[] { 9500L, 0, 14000, 0 }, false)]
    [InlineData("sum(amount from payments where received_date between period_start and period_end and cleared_date is not null)", new[] { 9500L, 0, 14000, 0 }, true)]
    [InlineData("count(from payments where received_date between period_start and period_end and cleared_date is null)", new[] { 1L, 0, 0, 0 }, false)]
    [InlineData("count(from payments where received_date between period_start and period_end and cleared_date is null)", new[] { 1L, 0, 0, 0 }, true)]
    public void A_fill_reading_a_nullable_column_equals_each_parents_own_sum(string body, long[] januaryToMarch, bool rowsInDateOrder)
    {
        // The payments are not in date order in the table, and one has no cleared date.
        var example = Example(rowsInDateOrder);
        example.Environment.AddField(new FieldDefinition("case_groups", "tested", [], CmsExample.Parse(body)));
        ParentSums.Of((BoundField)example.BindRow("tested", "case_groups").Root).ShouldNotBeNull();

        foreach (var (start, end) in new[] { ("2024-03-01", "2024-03-31"), ("2024-01-01", "2024-03-31"), ("2023-01-01", "2023-12-31") })
        {
            example.Context.SetPeriod(DateOnly.Parse(start), DateOnly.Parse(end));
            example.Values("tested", "case_groups").ShouldBe(example.Values(body, "case_groups"), $"{start}..{end}");
        }
        example.Context.SetPeriod(DateOnly.Parse("2024-01-01"), DateOnly.Parse("2024-03-31"));
        example.Values("tested", "case_groups").Select(Convert.ToInt64).ShouldBe(januaryToMarch);
    }

    [Fact]
    public void March_figures_are_the_hand_worked_ones()
    {
        var example = new CmsExample();

        example.Values("due", "case_groups").ShouldBe([10000m, 5000m, 7000m, 0m]);
        example.Values("paid", "case_groups").ShouldBe([9500m, 0m, 7000m, 0m]);
    }

    [Fact]
    public void A_bound_that_reads_the_parent_row_leaves_each_parent_to_search_its_own_children()
    {
        var example = new CmsExample();
        example.Environment.AddField(new FieldDefinition("case_groups", "due_since_opening", [],
            CmsExample.Parse("sum(maintenance_due from liabilities where month between opened_date and period_end)")));

        ParentSums.Of((BoundField)example.BindRow("due_since_opening", "case_groups").Root).ShouldBeNull();
    }

    [Fact]
    public void A_fill_tests_each_child_only_for_the_parts_of_the_filter_its_date_range_does_not_give()
    {
        var example = new CmsExample();
        RestOf(AggregateOf(example, "due")).ShouldBeNull();

        var rest = RestOf(AggregateOf(example, "paid")).ShouldBeOfType<BoundBinary>();
        rest.Op.ShouldBe(BinaryOp.Equal);
        rest.Left.ShouldBeOfType<BoundColumn>().Column.Name.ShouldBe("allocation");
    }

    [Theory]
    // `=` sets both bounds, so the earlier `>=` stays to be tested; a second upper bound stays too.
    [InlineData("count(from payments where received_date >= period_start and received_date = period_end)", false)]
    [InlineData("count(from payments where received_date >= period_start and received_date = period_end)", true)]
    [InlineData("sum(amount from payments where received_date >= period_start and received_date <= period_end and received_date < period_end)", false)]
    [InlineData("sum(amount from payments where received_date >= period_start and received_date <= period_end and received_date < period_end)", true)]
    [InlineData("sum(amount from payments where received_date > period_start and received_date < period_end)", false)]
    public void A_fill_whose_filter_bounds_the_date_more_than_once_equals_each_parents_own_sum(string body, bool rowsInDateOrder)
    {
        var example = Example(rowsInDateOrder);
        example.Environment.AddField(new FieldDefinition("case_groups", "tested", [], CmsExample.Parse(body)));
        ParentSums.Of((BoundField)example.BindRow("tested", "case_groups").Root).ShouldNotBeNull();

        // Periods starting or ending on a day with payments (2024-01-10, 03-02, 03-05, 03-20).
        foreach (var (start, end) in new[] { ("2024-01-01", "2024-03-31"), ("2024-03-05", "2024-03-05"), ("2024-03-02", "2024-03-05"), ("2024-01-10", "2024-03-20") })
        {
            example.Context.SetPeriod(DateOnly.Parse(start), DateOnly.Parse(end));
            example.Values("tested", "case_groups").ShouldBe(example.Values(body, "case_groups"), $"{start}..{end}");
        }
    }

    /// <summary>The example, its fills finding a period's rows by a scan or from the rows put in date order (see <see cref="DateIndex.Rows"/>).</summary>
    private static CmsExample Example(bool rowsInDateOrder)
    {
        var example = new CmsExample();
        if (rowsInDateOrder)
            foreach (var (table, date) in new[] { ("liabilities", "month"), ("payments", "received_date") })
                example.Context.Relations.GetDateIndex(table, date)!.OrderRows();
        return example;
    }

    private static BoundAggregate AggregateOf(CmsExample example, string field) =>
        (BoundAggregate)((BoundField)example.BindRow(field, "case_groups").Root).Body;

    private static BoundExpr? RestOf(BoundAggregate aggregate) => ChildDateRange.Of(aggregate)!.Rest(aggregate);
}
