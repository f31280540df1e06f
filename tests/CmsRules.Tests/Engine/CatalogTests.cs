using CmsRules.Core.Definitions;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Engine;
using CmsRules.Core.Publication;

namespace CmsRules.Tests.Engine;

public class CatalogTests
{
    [Fact]
    public void Every_published_measure_declares_the_kind_its_id_implies()
    {
        foreach (var measure in Repository.Catalog.Measures.Where(m => m.Definition.Publish))
            measure.Definition.Kind.ShouldBe(SpecCatalogue.KindOf(measure.Id), measure.Id);
    }

    [Fact]
    public void Measures_are_evaluated_after_the_measures_they_are_built_from()
    {
        var order = Repository.Catalog.EvaluationOrder.Select(m => m.Id).ToList();
        order.IndexOf("compliance.contributing_pct").ShouldBeGreaterThan(order.IndexOf("compliance.population"));
        order.IndexOf("compliance.contributing_pct").ShouldBeGreaterThan(order.IndexOf("compliance.case_groups_contributing"));
        order.IndexOf("arrears.proportion_of_total_liability").ShouldBeGreaterThan(order.IndexOf("arrears.outstanding"));
    }

    [Fact]
    public void Every_problem_of_a_definition_set_is_reported_at_once_with_its_position()
    {
        var core = Directory.EnumerateFiles(Repository.Measures, "*.yaml").Where(f => !f.EndsWith("caseload.yaml") && !f.EndsWith("validations.yaml")) // the validations read caseload measures
            .Select(f => (Path.GetFileName(f), "measures/" + Path.GetFileName(f), File.ReadAllBytes(f)));
        const string broken = """
            family: broken
            measures:
              - id: broken.a
                title: A
                kind: count
                rounding: cont
                from: case_groups
                where: closed_dat is null
                value: count()
                breakdowns:
                  service_type: service_type_on(period_end)
                  origin: { by: origin, categories: [NewApplication, CsaTransfer] }
              - id: broken.b
                title: B
                kind: percentage
                rounding: percentage
                value: 100 * broken.c / 2
              - id: broken.c
                title: C
                kind: count
                rounding: count
                value: broken.b
            """;
        var definitions = DefinitionSetReader.Read(core.Append(("broken.yaml", "measures/broken.yaml", System.Text.Encoding.UTF8.GetBytes(broken))));

        var errors = Should.Throw<DiagnosticException>(() => Catalog.Compile(definitions)).Diagnostics;

        errors.Select(e => (e.Location.Line, e.Location.Column, e.Message)).ShouldBe([
            (3, 5, "broken.a: unknown rounding rule 'cont' (did you mean 'count'?)"),
            (8, 12, "unknown name 'closed_dat' (did you mean 'closed_date'?)"),
            (12, 7, "broken.a: 'CsaTransfer' is not a code of the origin breakdown; its codes are NewApplication, CsaTransition"),
            (13, 5, "measures are built from each other in a cycle: broken.b -> broken.c -> broken.b"),
        ]);
        errors.ShouldAllBe(e => e.Location.File == "broken.yaml");
    }
}
