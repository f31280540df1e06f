using System.CommandLine;
using CmsRules.Cli.Commands;

namespace CmsRules.Plugins.Tests;

/// <summary>The CLI loads the plugins beside it by default, another folder with --plugins, none with --no-plugins, and stops on a broken plugin.</summary>
[Collection(nameof(CliPluginTests))] // one progress display at a time: Spectre.Console refuses two at once
public sealed class CliPluginTests(GeneratedExtract extract) : IClassFixture<GeneratedExtract>, IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Output => _temp.Combine("out");

    private static int Invoke(Command command, params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(command);
        return root.Parse(args).Invoke();
    }

    private int Run(params string[] args) => Invoke(RunCommand.Create(), ["run", "--data", extract.Directory, "--out", Output, .. args]);

    private IEnumerable<string> Families() =>
        File.ReadLines(Path.Combine(Output, "measures.csv")).Skip(1).Select(l => l.Split('.')[0]).Distinct();

    [Fact]
    public void Run_loads_the_plugins_beside_the_program_by_default()
    {
        Run().ShouldBe(0);
        Families().ShouldBe(["caseload", "applications", "compliance", "children", "arrears", "service", "enforcement", "geography", "legacy_arrears"], ignoreOrder: true);
    }

    [Fact]
    public void Run_with_no_plugins_or_an_empty_plugins_folder_computes_the_core_families_only()
    {
        Run("--no-plugins").ShouldBe(0);
        Families().ShouldNotContain("enforcement");
        Directory.CreateDirectory(_temp.Combine("empty"));
        Run("--plugins", _temp.Combine("empty")).ShouldBe(0);
        Families().ShouldBe(["caseload", "applications", "compliance", "children", "arrears", "service"], ignoreOrder: true);
    }

    [Fact]
    public void A_broken_plugin_stops_the_run_with_exit_code_1_and_nothing_written()
    {
        ThrowawayPlugin.Build(_temp.Combine("plugins"), "Broken", "throw new InvalidOperationException(\"broken\");");
        var error = new StringWriter();
        var saved = Console.Error;
        Console.SetError(error);
        try
        {
            Run("--plugins", _temp.Combine("plugins")).ShouldBe(1);
        }
        finally
        {
            Console.SetError(saved);
        }
        error.ToString().ShouldContain("error: plugin 'Broken' (");
        error.ToString().ShouldContain("it threw InvalidOperationException while loading: broken");
        error.ToString().ShouldContain(PluginException.Advice);
        Directory.Exists(Output).ShouldBeFalse();
    }

    [Fact]
    public void Plugins_and_no_plugins_together_are_refused() => Run("--no-plugins", "--plugins", _temp.Path).ShouldBe(1);

    [Fact]
    public void The_test_command_runs_the_plugins_definition_tests_with_the_cores() => Invoke(TestCommand.Create(), "test").ShouldBe(0);

    [Fact]
    public void The_plugins_command_lists_the_plugins() => Invoke(PluginsCommand.Create(), "plugins").ShouldBe(0);

    [Fact]
    public void Constituency_names_come_from_the_lookup_table()
    {
        var dictionary = RepositoryPlugins.Catalog.Definitions.Dictionary;
        var loaded = Core.Loading.ExtractLoader.Load(dictionary, extract.Directory, new Core.Loading.LoadOptions { RequiredTables = ["constituencies"] });
        var lookup = RepositoryPlugins.Set.CategoryNames.ShouldHaveSingleItem();
        var names = CategoryNamesSummary.NamesOf(loaded["constituencies"], lookup);
        var first = File.ReadLines(Path.Combine(extract.Directory, "constituencies.csv")).Skip(1).First().Split(',');
        names[first[0]].ShouldBe(first[1]);
    }
}
