using CmsRules.Core.Engine;
using CmsRules.Core.Loading;
using CmsRules.Core.Methodology;
using CmsRules.Core.Snapshots;
using CmsRules.Core.Storage;
using CmsRules.Core.Validation;
using CmsRules.Tests.Engine;
using CmsRules.Tests.SampleData;

namespace CmsRules.Tests.Snapshots;

/// <summary>Runs read a snapshot as they read its CSV folder, to the byte, and refuse one made under other table definitions.</summary>
public sealed class SnapshotRunTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    private static RunRequest Request(string data, string output, string measures) =>
        new(data, [measures], output, Frequency: Core.Periods.Frequency.Month, Assumptions: ["compliance_band_threshold=0.8"]);

    [Fact]
    public void A_run_from_the_snapshot_writes_the_same_bytes_as_a_run_from_the_csv_folder()
    {
        using var temp = new TempDirectory();
        RunPipeline.Execute(Request(fixture.Directory, temp.Combine("csv"), Repository.Measures));
        RunPipeline.Execute(Request(fixture.Snapshot, temp.Combine("snapshot"), Repository.Measures));

        foreach (var file in new[] { RunPipeline.MeasuresFile, RunPipeline.ManifestFile, ValidationCsv.FileName })
            File.ReadAllBytes(temp.Combine($"snapshot/{file}")).ShouldBe(File.ReadAllBytes(temp.Combine($"csv/{file}")), file);
        // The manifest still names the CSV files and their hashes.
        File.ReadAllText(temp.Combine($"snapshot/{RunPipeline.ManifestFile}")).ShouldContain("\"name\": \"case_groups.csv\"");
    }

    [Fact]
    public void A_comparison_from_the_snapshot_writes_the_same_bytes_as_from_the_csv_folder()
    {
        using var temp = new TempDirectory();
        foreach (var (data, output) in new[] { (fixture.Directory, "csv"), (fixture.Snapshot, "snapshot") })
            ComparisonPipeline.Execute(new ComparisonRequest(new RunRequest(data, [Repository.Measures], temp.Combine(output)), [["direct_pay_fully_compliant=false"]]));

        File.ReadAllBytes(temp.Combine($"snapshot/{ComparisonPipeline.ComparisonFile}"))
            .ShouldBe(File.ReadAllBytes(temp.Combine($"csv/{ComparisonPipeline.ComparisonFile}")));
    }

    [Fact]
    public void Under_changed_table_definitions_the_snapshot_is_refused_naming_the_file_and_the_first_difference()
    {
        using var temp = new TempDirectory();

        var error = RefusedUnder(temp, dataset => dataset.Replace("{ name: upheld, type: bool, nullable: true }", "{ name: upheld, type: bool }"));

        error.Message.ShouldBe($"{fixture.Snapshot}: was imported under other table definitions than this run's (plugins included): " +
                               "the snapshot has 'column complaints.upheld: bool, nullable', the definitions have 'column complaints.upheld: bool, not null'. Import it again");
        Directory.Exists(temp.Combine("out")).ShouldBeFalse();
    }

    [Fact]
    public void A_snapshot_laid_out_in_another_order_is_refused()
    {
        using var temp = new TempDirectory();

        var error = RefusedUnder(temp, dataset => dataset.Replace("    order_by: month\n", ""));

        error.Message.ShouldContain("the snapshot has 'table liabilities: file liabilities.csv, key (case_group_id, month), in order of month', " +
                                    "the definitions have 'table liabilities: file liabilities.csv, key (case_group_id, month)'");
    }

    /// <summary>Runs from the snapshot under the repository's definitions with dataset.yaml edited, expecting a refusal.</summary>
    private SnapshotException RefusedUnder(TempDirectory temp, Func<string, string> edit)
    {
        var measures = Repository.CopyMeasures(temp.Combine("measures"));
        var dataset = Path.Combine(measures, "dataset.yaml");
        File.WriteAllText(dataset, edit(File.ReadAllText(dataset)));
        return Should.Throw<SnapshotException>(() => RunPipeline.Execute(Request(fixture.Snapshot, temp.Combine("out"), measures)));
    }

    [Fact]
    public void A_table_the_run_needs_but_the_snapshot_lacks_is_reported_with_every_such_table()
    {
        using var temp = new TempDirectory();
        var dictionary = Repository.Catalog.Definitions.Dictionary;
        var full = ExtractLoader.Load(dictionary, fixture.Directory);
        var partial = new Extract(dictionary, full.Tables.Where(t => t.Name is not ("payments" or "children")).ToList());
        SnapshotWriter.Write(temp.Combine("partial.cmsx"), partial, ExtractSource.HashCsvFiles(fixture.Directory, partial));

        var error = Should.Throw<SnapshotException>(() => RunPipeline.Execute(Request(temp.Combine("partial.cmsx"), temp.Combine("out"), Repository.Measures)));

        error.Message.ShouldBe($"{temp.Combine("partial.cmsx")}: has no table 'children', 'payments': its file was absent when the snapshot was imported");
        Directory.Exists(temp.Combine("out")).ShouldBeFalse();
    }
}
