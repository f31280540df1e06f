using CmsRules.Core.Language.Binding;

namespace CmsRules.Tests.Language;

public sealed class DependenciesTests
{
    private readonly CmsExample _cms = new();

    [Fact]
    public void Lists_assumptions_fields_tables_and_columns_through_fields_and_relations()
    {
        var bound = _cms.BindRow("case_groups.active_on(period_end) and ($deduplicate_children or case_groups.paid > 0)", "children");
        var deps = Dependencies.Of(bound.Root);
        deps.Assumptions.ShouldBe(["deduplicate_children"]);
        deps.Fields.ShouldBe([("case_groups", "active_on"), ("case_groups", "paid")], ignoreOrder: true);
        deps.Tables.ShouldBe(["case_groups", "children", "payments"]);
        deps.Columns.ShouldBe([
            ("children", "case_group_id"), ("case_groups", "case_group_id"), ("case_groups", "opened_date"), ("case_groups", "closed_date"),
            ("payments", "case_group_id"), ("payments", "amount"), ("payments", "received_date"), ("payments", "allocation"),
        ], ignoreOrder: true);
        deps.UsesPeriod.ShouldBeTrue();
        deps.Externals.ShouldBeEmpty();
    }

    [Fact]
    public void Lists_externals_of_a_scalar()
    {
        var deps = Dependencies.Of(_cms.BindScalar("100 * compliance.case_groups_contributing / compliance.population").Root);
        deps.Externals.ShouldBe(["compliance.case_groups_contributing", "compliance.population"]);
        deps.Tables.ShouldBeEmpty();
        deps.UsesPeriod.ShouldBeFalse();
    }
}
