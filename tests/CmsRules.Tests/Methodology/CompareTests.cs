using CmsRules.Cli.Commands;
using CmsRules.Core.Engine;
using CmsRules.Core.Methodology;
using CmsRules.SampleData;
using CmsRules.Tests.Engine;
using CmsRules.Tests.SampleData;

namespace CmsRules.Tests.Methodology;

[Collection(ConsoleCollection.Name)]
public sealed class CompareTests : IDisposable
{
    private readonly TempDirectory _out = new();

    public void Dispose() => _out.Dispose();

    /// <summary>Records the measures the evaluator reports computing, pass by pass: the evidence of what was (not) recomputed.</summary>
    private sealed class EvaluationCounter : IProgress<EvaluationProgress>
    {
        public readonly List<HashSet<string>> Passes = [[]];

        public void Report(EvaluationProgress value)
        {
            if (value.Measure.Length > 0) Passes[^1].Add(value.Measure);
            else if (value.PeriodsDone == value.Periods) Passes.Add([]); // the end of one evaluation (its last period done)
        }
    }

    private ComparisonResult Compare(EvaluationCounter? counter, params string[][] variants) =>
        ComparisonPipeline.Execute(
            new ComparisonRequest(new RunRequest(SampleExtract.GetDirectory(), [Repository.Measures], _out.Path), variants),
            counter is null ? null : new RunProgress(Evaluation: counter));

    [Fact]
    public void Direct_pay_not_fully_compliant_moves_the_compliance_measures_and_proves_caseload_unaffected_without_recomputing_it()
    {
        var counter = new EvaluationCounter();
        var result = Compare(counter, ["direct_pay_fully_compliant=false"]);
        var variant = result.Variants.ShouldHaveSingleItem();

        variant.Changed.ShouldBe(["direct_pay_fully_compliant"]);
        variant.Affected.ShouldContain("compliance.population");
        variant.Affected.ShouldContain("compliance.contributing_pct");
        variant.Affected.ShouldNotContain("compliance.case_groups_with_liability");
        result.ProvenUnaffected.ShouldContain("caseload.case_groups");

        // Two evaluations: the baseline computed every measure, the variant only what the assumption can reach.
        var (baselinePass, variantPass) = (counter.Passes[0], counter.Passes[1]);
        baselinePass.Count.ShouldBe(result.Catalog.Measures.Count);
        variantPass.ShouldBe(variant.Evaluated, ignoreOrder: true);
        variantPass.ShouldContain("compliance.population");
        variantPass.Where(id => id.StartsWith("caseload.")).ShouldBeEmpty();
        result.Variants[0].Figures["caseload.case_groups"].ShouldBeSameAs(result.Baseline["caseload.case_groups"]);

        var moved = result.Rows.Select(r => r.Measure).Distinct().ToList();
        moved.ShouldContain("compliance.population");
        moved.ShouldContain("compliance.cash_paid");
        moved.ShouldAllBe(id => id.StartsWith("compliance."));

        var csv = File.ReadAllLines(_out.Combine(ComparisonPipeline.ComparisonFile));
        csv[0].ShouldBe("measure_id,period,dimension,category,baseline,variant_1,difference_1,relative_difference_1");
        csv.Length.ShouldBe(result.Rows.Count + 1);
        var directPay = csv.First(l => l.StartsWith("compliance.population,") && l.Contains(",service_type,DirectPay,")).Split(',');
        (decimal.Parse(directPay[5]), decimal.Parse(directPay[6]), directPay[7]).ShouldBe((0m, -decimal.Parse(directPay[4]), "-1"));
    }

    [Fact]
    public void The_summary_says_which_measures_moved_and_which_were_proven_unaffected()
    {
        var (code, output) = ConsoleCollection.Capture(() => CliCompare("--assume", "direct_pay_fully_compliant=false"));

        code.ShouldBe(0);
        output.ShouldContain("direct_pay_fully_compliant=false");
        output.ShouldMatch(@"compliance\.population\s+│\s+\d+");
        output.ShouldContain("Proven unaffected by the dependency analysis, not recomputed");
        output.ShouldMatch(@"caseload: case_groups, paying_parents");
        File.Exists(_out.Combine(ComparisonPipeline.ComparisonFile)).ShouldBeTrue();
    }

    [Fact]
    public void Two_thresholds_give_two_variant_column_sets()
    {
        var (code, _) = ConsoleCollection.Capture(() => CliCompare(
            "--variant", "compliance_band_threshold=0.8", "--variant", "compliance_band_threshold=0.95"));

        code.ShouldBe(0);
        var csv = File.ReadAllLines(_out.Combine(ComparisonPipeline.ComparisonFile));
        csv[0].ShouldBe("measure_id,period,dimension,category,baseline," +
                        "variant_1,difference_1,relative_difference_1,variant_2,difference_2,relative_difference_2");
        var measures = csv.Skip(1).Select(l => l.Split(',')[0]).Distinct().Order().ToList();
        measures.ShouldBe(["compliance.cp_band_over_threshold_pct", "compliance.cp_band_up_to_threshold_pct"]);
        // A lower threshold moves case groups into the upper band; a higher one moves them out.
        var over = csv.Skip(1).Select(l => l.Split(',')).Where(f => f[0] == "compliance.cp_band_over_threshold_pct" && f[5] != f[4]).ToList();
        over.ShouldNotBeEmpty();
        over.ShouldAllBe(f => decimal.Parse(f[5]) >= decimal.Parse(f[4]) && decimal.Parse(f[8]) <= decimal.Parse(f[4]));
    }

    [Fact]
    public void One_variant_may_set_several_assumptions_and_assume_then_sets_the_baseline()
    {
        var (code, output) = ConsoleCollection.Capture(() => CliCompare(
            "--assume", "compliance_band_threshold=0.5", "--variant", "compliance_band_threshold=0.5, deduplicate_children=false"));

        code.ShouldBe(0);
        output.ShouldContain("Variant 1: compliance_band_threshold=0.5, deduplicate_children=false");
        var measures = File.ReadAllLines(_out.Combine(ComparisonPipeline.ComparisonFile)).Skip(1).Select(l => l.Split(',')[0]).Distinct().ToList();
        measures.ShouldBe(["children.covered"]); // the threshold is the baseline's too, so only de-duplication moves anything
    }

    private int CliCompare(params string[] args)
    {
        var root = new System.CommandLine.RootCommand();
        root.Subcommands.Add(CompareCommand.Create());
        return root.Parse(["compare", "--measures", Repository.Measures, "--out", _out.Path, .. args]).Invoke();
    }
}
