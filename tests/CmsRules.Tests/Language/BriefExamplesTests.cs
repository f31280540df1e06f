using CmsRules.Core.Language.Runtime;

namespace CmsRules.Tests.Language;

/// <summary>The definitions the measure catalogue needs, evaluated on the small CMS example (period March 2024).</summary>
public sealed class BriefExamplesTests
{
    private readonly CmsExample _cms = new();

    [Fact]
    public void Field_active_on_is_true_for_open_case_groups_opened_before_the_day()
    {
        _cms.Values("active_on(period_end)", "case_groups").ShouldBe([true, true, false, false]);
    }

    [Fact]
    public void Field_service_type_on_takes_the_history_row_holding_on_the_day_or_NotYetAssigned()
    {
        _cms.Values("service_type_on(period_end)", "case_groups").ShouldBe(["CollectAndPay", "DirectPay", "CollectAndPay", "NotYetAssigned"]);
        _cms.Values("service_type_on(date '2023-01-15')", "case_groups").ShouldBe(["DirectPay", "NotYetAssigned", "CollectAndPay", "NotYetAssigned"]);
        _cms.BindRow("service_type_on(period_end)", "case_groups").Type.Codes.ShouldBe(["DirectPay", "CollectAndPay", "NotYetAssigned"]);
    }

    [Fact]
    public void Fields_due_and_paid_sum_the_children_rows_of_the_period_in_pence()
    {
        _cms.Values("due", "case_groups").ShouldBe([10000m, 5000m, 7000m, 0m]);
        _cms.Values("paid", "case_groups").ShouldBe([9500m, 0m, 7000m, 0m]);
    }

    [Fact]
    public void Row_filter_combines_fields_and_assumptions_and_follows_the_assumption_without_recompiling()
    {
        var filter = _cms.Row("active_on(period_end) and due > 0 and ($direct_pay_fully_compliant or service_type_on(period_end) = 'CollectAndPay')", "case_groups");
        Enumerable.Range(0, 4).Select(r => filter.Predicate(_cms.Context, r)).ShouldBe([true, false, false, false]);
        _cms.Context.SetAssumption("direct_pay_fully_compliant", true);
        Enumerable.Range(0, 4).Select(r => filter.Predicate(_cms.Context, r)).ShouldBe([true, true, false, false]);
    }

    [Fact]
    public void Compliance_percentage_over_case_groups_uses_exact_decimal_division()
    {
        var pct = _cms.Aggregate("100 * count(where paid > 0 and paid / due <= $compliance_band_threshold) / count()", "case_groups");
        var all = RowSet.All(4);
        pct.Number(_cms.Context, all).ShouldBe(0m);
        _cms.Context.SetAssumption("compliance_band_threshold", 0.95m);
        pct.Number(_cms.Context, all).ShouldBe(25m);
        _cms.Context.SetAssumption("compliance_band_threshold", 1m);
        pct.Number(_cms.Context, all).ShouldBe(50m);
        pct.Number(_cms.Context, new RowSet([], 0)).ShouldBeNull();
    }

    [Fact]
    public void Service_mix_of_a_paying_parent_is_an_aggregate_producing_a_category()
    {
        var mix = _cms.Aggregate(
            "case when any(service_type_on(period_end) = 'DirectPay') and any(service_type_on(period_end) = 'CollectAndPay') then 'Both' " +
            "when any(service_type_on(period_end) = 'DirectPay') then 'DirectPay' when any(service_type_on(period_end) = 'CollectAndPay') then 'CollectAndPay' " +
            "else 'NotYetAssigned' end", "case_groups");
        mix.Type.Codes.ShouldBe(["Both", "DirectPay", "CollectAndPay", "NotYetAssigned"]);
        mix.Category(_cms.Context, new RowSet([0, 1], 2)).ShouldBe(0);
        mix.Category(_cms.Context, new RowSet([2], 1)).ShouldBe(2);
        mix.Category(_cms.Context, new RowSet([3], 1)).ShouldBe(3);
    }

    [Fact]
    public void Children_are_counted_distinct_by_child_or_by_child_and_case_group()
    {
        var covered = _cms.Aggregate("if($deduplicate_children, count_distinct(child_id), count_distinct(child_id, case_group_id))", "children");
        covered.Number(_cms.Context, RowSet.All(4)).ShouldBe(3m);
        _cms.Context.SetAssumption("deduplicate_children", false);
        covered.Number(_cms.Context, RowSet.All(4)).ShouldBe(4m);
    }

    [Fact]
    public void Children_rows_reach_their_case_group_and_its_fields()
    {
        _cms.Values("case_groups.active_on(period_end) and valid_from <= period_end and (valid_to is null or valid_to > period_end)", "children")
            .ShouldBe([true, false, true, false]);
        _cms.Values("case_groups.service_type_on(period_end)", "children").ShouldBe(["CollectAndPay", "CollectAndPay", "DirectPay", "CollectAndPay"]);
        _cms.Values("case_groups.opened_date", "children").ShouldBe([new DateOnly(2023, 1, 1), new DateOnly(2023, 1, 1), new DateOnly(2023, 6, 1), new DateOnly(2022, 1, 1)]);
    }

    [Fact]
    public void Median_of_days_between_skips_nulls()
    {
        _cms.Aggregate("median(days_between(received_date, cleared_date))", "payments").Number(_cms.Context, RowSet.All(4)).ShouldBe(3m);
        _cms.Aggregate("median(days_between(received_date, cleared_date))", "payments").Number(_cms.Context, new RowSet([0, 2], 2)).ShouldBe(2m);
    }

    [Fact]
    public void Field_argument_may_be_any_expression_of_the_callers_row()
    {
        _cms.Values("service_type_on(add_days(closed_date, -1))", "case_groups").ShouldBe(["NotYetAssigned", "NotYetAssigned", "CollectAndPay", "NotYetAssigned"]);
    }

    [Fact]
    public void Any_from_related_rows_with_only_a_condition()
    {
        _cms.Values("any(from children where holds_on(period_end) and shared_care_band <> 'None')", "case_groups").ShouldBe([false, true, false, false]);
    }

    [Fact]
    public void Scalar_combines_other_measures_by_id()
    {
        var ratio = _cms.Scalar("100 * compliance.case_groups_contributing / compliance.population");
        _cms.Context.SetExternal(0, 3);
        _cms.Context.SetExternal(1, 4);
        ratio.Number(_cms.Context).ShouldBe(75m);
        _cms.Context.SetExternal(1, 0);
        ratio.Number(_cms.Context).ShouldBeNull();
    }
}
