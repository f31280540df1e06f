using System.CommandLine;
using CmsRules.Cli.Commands;
using CmsRules.Tests.Loading;

namespace CmsRules.Tests.Cli;

[Collection(Engine.ConsoleCollection.Name)] // one progress display at a time
public sealed class RunCommandTests : IDisposable
{
    private readonly TestExtract _extract = new();

    public void Dispose() => _extract.Dispose();

    private int Run(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(RunCommand.Create());
        return root.Parse(["run", "--data", _extract.Directory, "--out", _extract.PathOf("out"), .. args]).Invoke();
    }

    private void WriteEveryCoreTableEmpty()
    {
        foreach (var table in TestExtract.CoreDictionary.Tables)
            _extract.Write(table.File, string.Join(",", table.Columns.Select(c => c.Name)));
    }

    [Fact]
    public void Exits_0_on_a_valid_extract_finding_the_measures_folder_itself_and_writes_the_outputs()
    {
        WriteEveryCoreTableEmpty();
        _extract.WriteCaseGroups(1, 2);
        Run().ShouldBe(0);
        File.ReadLines(_extract.PathOf("out/measures.csv")).First().ShouldBe("measure_id,period,dimension,category,value,published");
        File.Exists(_extract.PathOf("out/manifest.json")).ShouldBeTrue();
    }

    [Fact]
    public void Exits_1_on_an_invalid_extract()
    {
        WriteEveryCoreTableEmpty();
        _extract.WriteCaseGroups(1, 1);
        Run().ShouldBe(1);
        Directory.Exists(_extract.PathOf("out")).ShouldBeFalse();
    }

    [Fact]
    public void Exits_1_when_the_measures_folder_declares_no_tables()
    {
        WriteEveryCoreTableEmpty();
        Run("--measures", _extract.Directory).ShouldBe(1);
    }
}
