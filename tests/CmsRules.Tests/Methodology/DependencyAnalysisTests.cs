using CmsRules.Core.Engine;
using CmsRules.Tests.Engine;

namespace CmsRules.Tests.Methodology;

public sealed class DependencyAnalysisTests
{
    private static IReadOnlySet<string> Affected(params string[] assumptions) =>
        DependencyAnalysis.AffectedBy(Repository.Catalog, assumptions.ToHashSet());

    [Fact]
    public void An_assumption_read_in_a_value_reaches_only_that_measure()
    {
        Affected("deduplicate_children").ShouldBe(["children.covered"]);
        Affected("compliance_band_threshold").ShouldBe(["compliance.cp_band_over_threshold_pct", "compliance.cp_band_up_to_threshold_pct"], ignoreOrder: true);
    }

    [Fact]
    public void An_assumption_read_through_a_field_reaches_the_measures_built_from_its_readers()
    {
        var affected = Affected("direct_pay_fully_compliant");
        affected.ShouldContain("compliance.population");               // where: in_compliance_population, a field reading it
        affected.ShouldContain("compliance.contributing_pct");         // built from population
        affected.ShouldNotContain("compliance.case_groups_with_liability");
        affected.ShouldNotContain("compliance.cp_paid_some_pct");
    }

    [Fact]
    public void No_change_affects_nothing_and_inputs_are_found_transitively()
    {
        Affected().ShouldBeEmpty();
        DependencyAnalysis.WithInputs(Repository.Catalog, ["compliance.contributing_pct"])
            .ShouldBe(["compliance.contributing_pct", "compliance.case_groups_contributing", "compliance.population"], ignoreOrder: true);
        DependencyAnalysis.AssumptionsRead(Repository.Catalog, "compliance.contributing_pct").ShouldBe(["direct_pay_fully_compliant"]);
    }
}
