using CmsRules.Cli.Commands;
using CmsRules.Core.Engine;
using CmsRules.Core.Loading;
using CmsRules.Core.Methodology;
using CmsRules.Core.Periods;
using CmsRules.SampleData;
using CmsRules.Tests.Engine;
using CmsRules.Tests.SampleData;

namespace CmsRules.Tests.Methodology;

[Collection(ConsoleCollection.Name)]
public sealed class ExplainTests
{
    private static readonly Period Quarter = new(Frequency.Quarter, 2024, 4);

    private static MeasureExplainer Explainer(params string[] settings)
    {
        var catalog = Repository.Catalog;
        var extract = ExtractLoader.Load(catalog.Definitions.Dictionary, SampleExtract.GetDirectory());
        return new MeasureExplainer(catalog, extract, Assumptions.Resolve(catalog.Definitions.Assumptions, settings), ExplainCommand.CaseColumn);
    }

    [Fact]
    public void The_population_narrows_condition_by_condition_down_to_the_figure()
    {
        var measure = Repository.Catalog.Find("compliance.case_groups_contributing")!;
        var explanation = Explainer().Explain(measure, Quarter);

        explanation.Steps.Select(s => s.Condition.Text).ShouldBe(["in_compliance_population", "contributes"]);
        explanation.Steps[0].Condition.Location.Line.ShouldBe(37);
        explanation.TableRows.ShouldBeGreaterThan(explanation.Steps[0].Rows);
        explanation.Steps[0].Rows.ShouldBeGreaterThan(explanation.Steps[1].Rows);
        explanation.Figures.Total.Value.ShouldBe(explanation.Steps[^1].Rows);
        explanation.Examples.Count.ShouldBe(8);
        explanation.ExampleColumn.ShouldBe("case_group_id");
    }

    [Fact]
    public void A_contributing_case_passes_every_condition_and_an_excluded_one_shows_where_it_drops_out()
    {
        var measure = Repository.Catalog.Find("compliance.case_groups_contributing")!;
        var explainer = Explainer();
        var example = long.Parse(explainer.Explain(measure, Quarter).Examples[0]);

        var inside = explainer.ExplainCase(measure, Quarter, example).Rows.ShouldHaveSingleItem();
        inside.InPopulation.ShouldBeTrue();
        inside.Conditions.ShouldAllBe(c => c.Value == "true");
        inside.Categories.ShouldHaveSingleItem().Dimension.ShouldBe("service_type");
        inside.Values.Select(v => v.Name).ShouldContain("due");
        inside.Values.Select(v => v.Name).ShouldContain("paid");

        // Without the Direct Pay assumption the same Direct Pay case would leave at the first step, not at "contributes".
        if (inside.Categories[0].Category == "DirectPay")
        {
            var outside = Explainer("direct_pay_fully_compliant=false").ExplainCase(measure, Quarter, example).Rows.Single();
            outside.InPopulation.ShouldBeFalse();
            outside.Conditions[0].Value.ShouldBe("false");
        }
    }

    [Fact]
    public void The_command_shows_the_definition_as_written_its_dependencies_rounding_and_a_case()
    {
        var request = new RunRequest(SampleExtract.GetDirectory(), [Repository.Measures], "unused");
        var (code, output) = ConsoleCollection.Capture(() => ExplainCommand.Run(request, "compliance.contributing_pct", "2024-Q4", null));

        code.ShouldBe(0);
        output.ShouldContain("compliance.yaml:42:5");
        output.ShouldContain("value: 100 * compliance.case_groups_contributing / compliance.population");
        output.ShouldContain("Built from measures: compliance.case_groups_contributing, compliance.population");
        output.ShouldContain("direct_pay_fully_compliant = true");
        output.ShouldContain("Rounding rule 'percentage'");
        output.ShouldContain("input compliance.population = ");

        var (caseCode, caseOutput) = ConsoleCollection.Capture(() => ExplainCommand.Run(request, "compliance.case_groups_contributing", "2024-Q4", 5));
        caseCode.ShouldBe(0);
        caseOutput.ShouldContain("case_groups row 5: OUT in 2024-Q4");
        caseOutput.ShouldMatch(@"in_compliance_population\s+│ no");
    }

    [Fact]
    public void An_unknown_measure_is_a_one_line_error_with_a_suggestion()
    {
        var request = new RunRequest(SampleExtract.GetDirectory(), [Repository.Measures], "unused");
        Should.Throw<CliException>(() => ExplainCommand.Run(request, "compliance.populaton", null, null))
            .Message.ShouldBe("no measure 'compliance.populaton' (did you mean 'compliance.population'?)");
    }

    [Fact]
    public void A_measure_built_from_others_has_no_case_trace()
    {
        var measure = Repository.Catalog.Find("compliance.contributing_pct")!;
        Should.Throw<Core.Diagnostics.DiagnosticException>(() => Explainer().ExplainCase(measure, Quarter, 1))
            .Message.ShouldContain("built from other measures");
    }
}
