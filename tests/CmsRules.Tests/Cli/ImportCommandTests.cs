using System.CommandLine;
using CmsRules.Cli.Commands;
using CmsRules.SampleData;
using CmsRules.Tests.Engine;
using CmsRules.Tests.Loading;
using CmsRules.Tests.SampleData;

namespace CmsRules.Tests.Cli;

/// <summary>`cmsrules import` writes a snapshot beside the extract folder; run and explain take it as --data.</summary>
[Collection(ConsoleCollection.Name)] // one progress display at a time: Spectre.Console refuses two at once
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static int Invoke(Command command, params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(command);
        return root.Parse(args).Invoke();
    }

    [Fact]
    public void Import_writes_the_snapshot_beside_the_folder_by_default_and_run_reads_it_to_the_same_outputs()
    {
        var extract = _temp.Combine("extract");
        ExtractGenerator.Generate(new GeneratorOptions(100, 3), extract);

        Invoke(ImportCommand.Create(), "import", "--data", extract).ShouldBe(0);

        var snapshot = _temp.Combine("extract.cmsx");
        File.ReadAllBytes(snapshot)[..8].ShouldBe("CMSRSNAP"u8.ToArray());
        Invoke(RunCommand.Create(), "run", "--data", extract, "--out", _temp.Combine("csv")).ShouldBe(0);
        Invoke(RunCommand.Create(), "run", "--data", snapshot, "--out", _temp.Combine("snapshot")).ShouldBe(0);
        foreach (var file in Directory.EnumerateFiles(_temp.Combine("csv")).Select(Path.GetFileName))
            File.ReadAllBytes(_temp.Combine($"snapshot/{file}")).ShouldBe(File.ReadAllBytes(_temp.Combine($"csv/{file}")), file);
        Invoke(ExplainCommand.Create(), "explain", "caseload.case_groups", "--period", "2024-Q4", "--data", snapshot).ShouldBe(0);
    }

    [Fact]
    public void The_default_snapshot_is_the_folder_path_with_the_extension()
    {
        ImportCommand.DefaultSnapshotFile("/data/extract").ShouldBe("/data/extract.cmsx");
        ImportCommand.DefaultSnapshotFile("/data/extract/").ShouldBe("/data/extract.cmsx");
    }

    [Fact]
    public void Import_of_an_invalid_extract_exits_1_and_writes_nothing()
    {
        using var extract = new TestExtract();
        foreach (var table in TestExtract.CoreDictionary.Tables) extract.Write(table.File, string.Join(",", table.Columns.Select(c => c.Name)));
        extract.WriteCaseGroups(1, 1);

        Invoke(ImportCommand.Create(), "import", "--data", extract.Directory, "--out", _temp.Combine("x.cmsx")).ShouldBe(1);

        Directory.EnumerateFileSystemEntries(_temp.Path).ShouldBeEmpty();
    }

    [Fact]
    public void Run_given_a_file_that_is_not_a_snapshot_exits_1()
    {
        File.WriteAllText(_temp.Combine("notes.txt"), "not a snapshot");
        Invoke(RunCommand.Create(), "run", "--data", _temp.Combine("notes.txt"), "--out", _temp.Combine("out")).ShouldBe(1);
        Directory.Exists(_temp.Combine("out")).ShouldBeFalse();
    }
}
