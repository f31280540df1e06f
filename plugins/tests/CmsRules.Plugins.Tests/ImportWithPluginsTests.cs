using System.CommandLine;
using CmsRules.Cli.Commands;

namespace CmsRules.Plugins.Tests;

/// <summary>`import` builds the dictionary with the plugins, as `run` does: their tables go into the snapshot, and a run under other plugins is refused.</summary>
[Collection(nameof(CliPluginTests))] // one progress display at a time
public sealed class ImportWithPluginsTests(GeneratedExtract extract) : IClassFixture<GeneratedExtract>, IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static int Invoke(Command command, params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(command);
        return root.Parse(args).Invoke();
    }

    [Fact]
    public void A_run_with_plugins_from_the_snapshot_writes_the_same_bytes_as_from_the_csv_folder()
    {
        var snapshot = _temp.Combine("extract.cmsx");
        Invoke(ImportCommand.Create(), "import", "--data", extract.Directory, "--out", snapshot).ShouldBe(0);

        Invoke(RunCommand.Create(), "run", "--data", extract.Directory, "--out", _temp.Combine("csv")).ShouldBe(0);
        Invoke(RunCommand.Create(), "run", "--data", snapshot, "--out", _temp.Combine("snapshot")).ShouldBe(0);

        foreach (var file in new[] { "measures.csv", "manifest.json", "validation.csv" })
            File.ReadAllBytes(_temp.Combine($"snapshot/{file}")).ShouldBe(File.ReadAllBytes(_temp.Combine($"csv/{file}")), file);
        File.ReadAllText(_temp.Combine("snapshot/manifest.json")).ShouldContain("\"name\": \"enforcement_actions.csv\"");
    }

    [Fact]
    public void A_snapshot_imported_with_plugins_is_refused_by_a_run_without_them()
    {
        var snapshot = _temp.Combine("extract.cmsx");
        Invoke(ImportCommand.Create(), "import", "--data", extract.Directory, "--out", snapshot).ShouldBe(0);
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try
        {
            Invoke(RunCommand.Create(), "run", "--data", snapshot, "--out", _temp.Combine("out"), "--no-plugins").ShouldBe(1);
        }
        finally
        {
            Console.SetError(saved);
        }
        error.ToString().ShouldStartWith($"error: {snapshot}: was imported under other table definitions than this run's (plugins included): the snapshot has 'table ");
        Directory.Exists(_temp.Combine("out")).ShouldBeFalse();
    }
}
