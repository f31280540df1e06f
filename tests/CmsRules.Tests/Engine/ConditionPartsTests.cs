using CmsRules.Core.Definitions;
using CmsRules.Core.Engine;

namespace CmsRules.Tests.Engine;

/// <summary>Measures share a population when their conditions have the same parts, and filter within one whose parts they include.</summary>
public sealed class ConditionPartsTests
{
    private static IReadOnlySet<string> PartsOf(string id) =>
        ConditionParts.Of(Repository.Catalog.Measures.OfType<TableMeasure>().Single(m => m.Id == id).Where!.Source!);

    [Fact]
    public void A_between_is_one_part_though_the_binder_writes_it_as_an_and()
    {
        PartsOf("applications.cleared").ShouldBe(["cleared_date between period_start and period_end"]);
    }

    [Fact]
    public void Fields_without_parameters_are_read_into_and_fields_with_them_are_parts()
    {
        PartsOf("compliance.case_groups_with_liability").ShouldBe(["active_on(period_end)", "due > 0"]);
        PartsOf("compliance.population").ShouldBe(
            ["$direct_pay_fully_compliant or service_type_at_end = 'CollectAndPay'", "active_on(period_end)", "due > 0"]);
        PartsOf("caseload.case_groups").IsSubsetOf(PartsOf("compliance.population")).ShouldBeTrue();
    }

    [Fact]
    public void Conditions_with_the_same_parts_in_another_order_or_layout_have_one_key()
    {
        const string extra = """
            family: t
            measures:
              - { id: t.a, title: A, kind: count, rounding: count, from: case_groups, value: count(),
                  where: "in_liability_population and   closed_date is null" }
              - { id: t.b, title: B, kind: count, rounding: count, from: case_groups, value: count(),
                  where: "closed_date is null and active_on(period_end) and due > 0" }
            """;
        var core = Directory.EnumerateFiles(Repository.Measures, "*.yaml").Select(f => (f, f, File.ReadAllBytes(f)));
        var catalog = Catalog.Compile(DefinitionSetReader.Read(core.Append(("t.yaml", "measures/t.yaml", System.Text.Encoding.UTF8.GetBytes(extra)))));
        var keys = catalog.Measures.OfType<TableMeasure>().Where(m => m.Id.StartsWith("t.")).Select(m => ConditionParts.Key(ConditionParts.Of(m.Where!.Source!)));

        keys.Distinct().Count().ShouldBe(1);
    }
}
