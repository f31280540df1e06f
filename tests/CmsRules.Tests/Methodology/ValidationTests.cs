using System.CommandLine;
using CmsRules.Cli.Commands;
using CmsRules.Core.Definitions;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Engine;
using CmsRules.Core.Validation;
using CmsRules.SampleData;
using CmsRules.Tests.Engine;
using CmsRules.Tests.SampleData;

namespace CmsRules.Tests.Methodology;

[Collection(ConsoleCollection.Name)]
public sealed class ValidationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string MeasuresWith(string validations)
    {
        var measures = Repository.CopyMeasures(_temp.Combine("measures"));
        File.WriteAllText(Path.Combine(measures, "extra_validations.yaml"), validations);
        return measures;
    }

    private static ValidationReport Run(string measures, params string[] assumptions) =>
        RunPipeline.Execute(new RunRequest(SampleExtract.GetDirectory(), [measures], Path.Combine(Path.GetDirectoryName(measures)!, "out"), Assumptions: assumptions)).Validation;

    [Fact]
    public void The_catalogue_checks_pass_on_the_sample_with_and_without_deduplication_and_direct_pay_compliance()
    {
        foreach (var settings in new[] { Array.Empty<string>(), ["deduplicate_children=false", "direct_pay_fully_compliant=false"] })
        {
            var report = Run(Repository.Measures, settings);
            report.Outcomes.Where(o => o.Status == ValidationStatus.Failed).ShouldBeEmpty();
            report.Outcomes.Select(o => o.Rule.Name).Distinct().Count().ShouldBe(Repository.Catalog.Validations.Count);
        }
    }

    [Fact]
    public void A_sum_of_categories_and_an_assumption_in_a_condition_are_evaluated_per_period()
    {
        var measures = MeasuresWith("""
            validations:
              - name: children_pairs_exceed_children
                severity: warning
                description: deliberately false when children are de-duplicated
                sums:
                  by_service_type: { measure: children.covered, dimension: service_type }
                check: not $deduplicate_children or by_service_type = children.covered
            """);
        var deduplicated = Run(measures).Outcomes.Where(o => o.Rule.Name == "children_pairs_exceed_children").ToList();
        deduplicated.Count.ShouldBe(8);
        deduplicated.ShouldAllBe(o => o.Status == ValidationStatus.Failed);
        deduplicated[0].Values.Select(v => v.Name).ShouldBe(["by_service_type", "children.covered"]);

        Run(measures, "deduplicate_children=false").Outcomes.Where(o => o.Rule.Name == "children_pairs_exceed_children")
            .ShouldAllBe(o => o.Status == ValidationStatus.Passed);
    }

    [Fact]
    public void For_each_checks_every_category_as_well_as_the_total()
    {
        var measures = MeasuresWith("""
            validations:
              - name: contributing_positive
                severity: warning
                description: false for NotYetAssigned, which never contributes
                for_each: service_type
                check: compliance.case_groups_contributing > 0
            """);
        var outcomes = Run(measures).Outcomes.Where(o => o.Rule.Name == "contributing_positive").ToList();
        outcomes.Select(o => o.Category).Distinct().ShouldBe(["", "DirectPay", "CollectAndPay", "NotYetAssigned"]);
        outcomes.Where(o => o.Category == "NotYetAssigned").ShouldAllBe(o => o.Status == ValidationStatus.Failed);
        outcomes.Where(o => o.Category == "").ShouldAllBe(o => o.Status == ValidationStatus.Passed);
    }

    [Fact]
    public void A_failed_error_rule_makes_run_exit_1_after_writing_measures_and_the_report()
    {
        var measures = MeasuresWith("""
            validations:
              - name: impossible
                severity: error
                description: the caseload is never below zero
                check: caseload.case_groups < 0
            """);
        var output = _temp.Combine("cli-out");
        var root = new RootCommand();
        root.Subcommands.Add(RunCommand.Create());
        var (code, text) = ConsoleCollection.Capture(() => root.Parse(["run", "--measures", measures, "--out", output]).Invoke());

        code.ShouldBe(1);
        File.Exists(Path.Combine(output, RunPipeline.MeasuresFile)).ShouldBeTrue();
        var csv = File.ReadAllLines(Path.Combine(output, ValidationCsv.FileName));
        csv[0].ShouldBe(ValidationCsv.Header);
        csv.ShouldContain(l => l.StartsWith("impossible,error,2025-Q2,,,failed,caseload.case_groups="));
        text.ShouldContain("validation error impossible failed 8 time(s)");
    }

    [Fact]
    public void Rules_with_errors_are_reported_with_their_positions()
    {
        var measures = MeasuresWith("""
            validations:
              - name: not_a_condition
                severity: error
                check: caseload.case_groups + 1
              - name: wrong_breakdown
                severity: fatal
                for_each: region
                check: compliance.population >= 0
              - name: bad_sum
                severity: warning
                sums:
                  total: { measure: caseload.case_groups, dimension: colour }
                check: total >= 0
            """);
        var error = Should.Throw<DiagnosticException>(() => Catalog.Compile(DefinitionSetReader.Read([measures])));
        error.Diagnostics.ShouldContain(d => d.Message.Contains("unknown severity 'fatal'") && d.Location.Line == 6);

        var fixedSeverity = File.ReadAllText(Path.Combine(measures, "extra_validations.yaml")).Replace("fatal", "error");
        File.WriteAllText(Path.Combine(measures, "extra_validations.yaml"), fixedSeverity);
        var errors = Should.Throw<DiagnosticException>(() => Catalog.Compile(DefinitionSetReader.Read([measures]))).Diagnostics;
        errors.ShouldContain(d => d.Message.Contains("a check must be true or false") && d.Location.Line == 4 && d.Location.Column == 12);
        errors.ShouldContain(d => d.Message.Contains("compliance.population has no breakdown by 'region'") && d.Location.Line == 5);
        errors.ShouldContain(d => d.Message.Contains("caseload.case_groups has no breakdown by 'colour'") && d.Location.Line == 12);
    }
}
