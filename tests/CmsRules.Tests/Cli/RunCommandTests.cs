using System.CommandLine;
using CmsRules.Cli.Commands;
using CmsRules.Tests.Loading;

namespace CmsRules.Tests.Cli;

public sealed class RunCommandTests : IDisposable
{
    private readonly TestExtract _extract = new();

    public void Dispose() => _extract.Dispose();

    private int Run(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(RunCommand.Create());
        return root.Parse(["run", "--data", _extract.Directory, .. args]).Invoke();
    }

    private void WriteEveryCoreTableEmpty()
    {
        foreach (var table in TestExtract.CoreDictionary.Tables)
            _extract.Write(table.File, string.Join(",", table.Columns.Select(c => c.Name)));
    }

    [Fact]
    public void Exits_0_on_a_valid_extract_finding_the_measures_folder_itself()
    {
        WriteEveryCoreTableEmpty();
        _extract.WriteCaseGroups(1, 2);
        Run().ShouldBe(0);
    }

    [Fact]
    public void Exits_1_on_an_invalid_extract()
    {
        WriteEveryCoreTableEmpty();
        _extract.WriteCaseGroups(1, 1);
        Run().ShouldBe(1);
    }

    [Fact]
    public void Exits_1_when_the_measures_folder_has_no_dataset_yaml()
    {
        WriteEveryCoreTableEmpty();
        Run("--measures", _extract.Directory).ShouldBe(1);
    }
}
