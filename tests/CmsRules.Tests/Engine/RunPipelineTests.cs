using CmsRules.Core.Engine;
using CmsRules.Core.Periods;
using CmsRules.Core.Validation;
using CmsRules.SampleData;
using CmsRules.Tests.SampleData;

namespace CmsRules.Tests.Engine;

/// <summary>The whole run on a small generated extract: the output contract, determinism and atomic outputs.</summary>
public sealed class RunPipelineTests : IClassFixture<RunPipelineTests.Extract>
{
    /// <summary>One small generated extract shared by these tests.</summary>
    public sealed class Extract : IDisposable
    {
        private readonly TempDirectory _temp = new();
        public string Directory { get; }

        public Extract()
        {
            Directory = _temp.Combine("extract");
            ExtractGenerator.Generate(new GeneratorOptions(300, 7), Directory);
        }

        public void Dispose() => _temp.Dispose();
    }

    private readonly Extract _extract;
    public RunPipelineTests(Extract extract) => _extract = extract;

    private RunResult Run(string output, params string[] assumptions) =>
        RunPipeline.Execute(new RunRequest(_extract.Directory, [Repository.Measures], output, Assumptions: assumptions));

    [Fact]
    public void Measures_csv_has_a_row_for_every_published_measure_period_and_category()
    {
        using var temp = new TempDirectory();
        var result = Run(temp.Path);

        var lines = File.ReadAllLines(Path.Combine(temp.Path, RunPipeline.MeasuresFile));
        lines[0].ShouldBe("measure_id,period,dimension,category,value,published");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        rows.ShouldAllBe(r => r.Length == 6);

        result.Periods.Count.ShouldBe(8);
        result.Periods[^1].Label.ShouldBe("2025-Q2"); // the generator's default extract runs to the end of June 2025
        var expected = new List<(string, string, string, string)>();
        foreach (var measure in result.Catalog.Measures.Where(m => m.Definition.Publish))
            foreach (var cells in result.Figures[measure.Id])
            {
                expected.Add((measure.Id, cells.Period.Label, "", ""));
                foreach (var breakdown in cells.Breakdowns)
                    expected.AddRange(breakdown.Categories.Select(c => (measure.Id, cells.Period.Label, breakdown.Dimension, c)));
            }
        rows.Select(r => (r[0], r[1], r[2], r[3])).ShouldBe(expected);
        rows.Select(r => r[0]).Distinct().Order(StringComparer.Ordinal).ShouldBe(SpecCatalogue.CoreMeasureIds.Order(StringComparer.Ordinal));
        rows.ShouldNotContain(r => r[0] == "compliance.population"); // used by others, not published
        rows.Where(r => r[0] == "caseload.case_groups" && r[2] == "service_type").Select(r => r[3]).Distinct()
            .ShouldBe(["DirectPay", "CollectAndPay", "NotYetAssigned"]);
    }

    [Fact]
    public void The_same_inputs_give_byte_identical_outputs_and_leave_no_temporary_file()
    {
        using var temp = new TempDirectory();
        Run(temp.Combine("a"));
        Run(temp.Combine("b"));
        foreach (var file in new[] { RunPipeline.MeasuresFile, RunPipeline.ManifestFile, ValidationCsv.FileName })
            File.ReadAllBytes(temp.Combine($"a/{file}")).ShouldBe(File.ReadAllBytes(temp.Combine($"b/{file}")));
        Directory.EnumerateFiles(temp.Combine("a")).Select(Path.GetFileName).Order().ShouldBe([RunPipeline.ManifestFile, RunPipeline.MeasuresFile, ValidationCsv.FileName]);
    }

    [Fact]
    public void The_manifest_records_assumptions_periods_definitions_and_the_extract()
    {
        using var temp = new TempDirectory();
        Run(temp.Path, "compliance_band_threshold=0.75");
        var manifest = File.ReadAllText(temp.Combine(RunPipeline.ManifestFile));
        manifest.ShouldContain("\"name\": \"compliance_band_threshold\",\n      \"value\": \"0.75\",\n      \"default\": false");
        manifest.ShouldContain("\"first\": \"2023-Q3\"");
        manifest.ShouldContain("\"path\": \"measures/compliance.yaml\"");
        manifest.ShouldContain("\"name\": \"case_groups.csv\"");
        manifest.ShouldMatch("\"sha256\": \"[0-9a-f]{64}\"");
    }

    [Fact]
    public void Monthly_periods_over_a_chosen_range()
    {
        using var temp = new TempDirectory();
        var result = RunPipeline.Execute(new RunRequest(_extract.Directory, [Repository.Measures], temp.Path, Frequency.Month,
            new DateOnly(2024, 11, 1), new DateOnly(2025, 2, 1)));
        result.Periods.Select(p => p.Label).ShouldBe(["2024-11", "2024-12", "2025-01", "2025-02"]);
    }

    [Fact]
    public void A_new_measure_needs_only_yaml()
    {
        using var temp = new TempDirectory();
        var measures = Repository.CopyMeasures(temp.Combine("measures"));
        File.WriteAllText(Path.Combine(measures, "extra.yaml"), """
            family: extra
            measures:
              - id: extra.direct_debit_payments
                title: Payments by Direct Debit
                kind: count
                rounding: count
                from: payments
                where: method = 'DirectDebit' and received_date between period_start and period_end
                value: count()
                breakdowns:
                  allocation: allocation
            """);

        var result = RunPipeline.Execute(new RunRequest(_extract.Directory, [measures], temp.Combine("out")));

        var rows = File.ReadAllLines(temp.Combine("out/measures.csv")).Where(l => l.StartsWith("extra.direct_debit_payments,")).ToList();
        rows.Count.ShouldBe(8 * 3); // total, CurrentMaintenance and Arrears for each of 8 quarters
        var last = result.Figures["extra.direct_debit_payments"][^1];
        last.Total.Value.ShouldNotBeNull().ShouldBeGreaterThan(0m);
        last.Breakdowns[0].Cells.Sum(c => c.Value!.Value).ShouldBe(last.Total.Value!.Value);
    }

    [Fact]
    public void A_where_in_csharp_gives_the_same_figures_as_the_language_and_is_listed()
    {
        using var temp = new TempDirectory();
        var measures = Repository.CopyMeasures(temp.Combine("measures"));
        File.WriteAllText(Path.Combine(measures, "extra.yaml"), """
            family: extra
            measures:
              - id: extra.open_by_language
                title: Open case groups
                kind: count
                rounding: count
                from: case_groups
                where: opened_date <= period_end and (closed_date is null or closed_date > period_end)
                value: count()
              - id: extra.open_by_csharp
                title: Open case groups (C#)
                kind: count
                rounding: count
                from: case_groups
                where: { csharp: "opened_date <= PeriodEnd && (closed_date == null || closed_date > PeriodEnd)" }
                value: count()
            """);

        var result = RunPipeline.Execute(new RunRequest(_extract.Directory, [measures], temp.Combine("out")));

        result.Catalog.CSharpMeasures.ShouldBe(["extra.open_by_csharp"]);
        result.Figures["extra.open_by_csharp"].Select(c => c.Total).ShouldBe(result.Figures["extra.open_by_language"].Select(c => c.Total));
        result.Figures["extra.open_by_csharp"][^1].Total.Value.ShouldBe(result.Figures["caseload.case_groups"][^1].Total.Value);
        File.ReadAllText(temp.Combine("out/manifest.json")).ShouldContain("\"csharp_definitions\": [\n    \"extra.open_by_csharp\"");
    }

    [Fact]
    public void An_unknown_or_ill_typed_assumption_is_an_error_before_anything_is_written()
    {
        using var temp = new TempDirectory();
        var error = Should.Throw<Core.Diagnostics.DiagnosticException>(() => Run(temp.Path, "dedupe_children=true", "compliance_band_threshold=high"));
        error.Diagnostics.Select(d => d.Message).ShouldBe([
            "unknown assumption 'dedupe_children' (did you mean 'deduplicate_children'?); the assumptions are direct_pay_fully_compliant, compliance_band_threshold, deduplicate_children",
            "'high' is not a value of compliance_band_threshold, which is a number such as 0.9",
        ]);
        Directory.EnumerateFileSystemEntries(temp.Path).ShouldBeEmpty();
    }
}
