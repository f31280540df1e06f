using System.Text.Json;
using CmsRules.Core.Engine;

namespace CmsRules.Plugins.Tests;

/// <summary>A run with plugins writes their families beside the core's, per the output contract; without them, the core's only.</summary>
public sealed class RunWithPluginsTests(GeneratedExtract extract) : IClassFixture<GeneratedExtract>, IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private (List<string[]> Rows, JsonDocument Manifest) Run(PluginSet plugins)
    {
        var output = _temp.Combine("out");
        RunPipeline.Execute(new RunRequest(extract.Directory, [RepositoryPlugins.CoreMeasures, .. plugins.DefinitionFolders], output,
            Functions: plugins.CreateFunctions(), Plugins: plugins.Records));
        var rows = File.ReadLines(Path.Combine(output, RunPipeline.MeasuresFile)).Skip(1).Select(l => l.Split(',')).ToList();
        return (rows, JsonDocument.Parse(File.ReadAllText(Path.Combine(output, RunPipeline.ManifestFile))));
    }

    [Fact]
    public void The_repository_plugins_add_their_families_with_every_period_and_category()
    {
        var (rows, manifest) = Run(RepositoryPlugins.Set);

        var periods = rows.Where(r => r[0] == "caseload.case_groups" && r[2] == "").Select(r => r[1]).ToList();
        periods.Count.ShouldBe(8);
        foreach (var id in new[] { "enforcement.proportion_of_caseload", "legacy_arrears.outstanding", "geography.case_groups_by_constituency" })
            rows.Where(r => r[0] == id && r[2] == "").Select(r => r[1]).ShouldBe(periods);

        var codes = File.ReadLines(Path.Combine(extract.Directory, "case_groups.csv")).Skip(1).Select(l => l.Split(',')[8]).ToHashSet();
        var categories = rows.Where(r => r[0] == "geography.case_groups_by_constituency" && r[1] == periods[^1] && r[2] == "constituency").Select(r => r[3]).ToList();
        categories.ShouldBe(codes.Where(c => c.Length > 0).Order(StringComparer.Ordinal).Append("Unknown"));

        // As caseload.case_groups, by definition.
        Total(rows, "geography.case_groups_by_constituency", periods[^1]).ShouldBe(Total(rows, "caseload.case_groups", periods[^1]));
        Total(rows, "geography.children_by_constituency", periods[^1]).ShouldBe(Total(rows, "children.covered", periods[^1]));

        manifest.RootElement.GetProperty("plugins").EnumerateArray().Select(p => $"{p.GetProperty("name").GetString()} {p.GetProperty("version").GetString()}")
            .ShouldBe(["Enforcement 1.0.0", "Geography 1.0.0", "LegacyArrears 1.0.0"]);
    }

    [Fact]
    public void Without_plugins_the_run_has_the_core_families_only()
    {
        var (rows, manifest) = Run(PluginSet.Empty);
        rows.Select(r => r[0].Split('.')[0]).Distinct().ShouldBe(["caseload", "applications", "compliance", "children", "arrears", "service"], ignoreOrder: true);
        manifest.RootElement.GetProperty("plugins").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void A_throwaway_plugin_adds_a_measure_that_calls_its_own_function()
    {
        ThrowawayPlugin.Build(_temp.Combine("plugins"), "Throwaway", """
                registrar.AddDefinitions("defs");
                registrar.AddFunction("is_english", IsEnglish, ValueKind.Bool, ValueKind.String);
            """, new Dictionary<string, string> { ["throwaway.yaml"] = Definitions.OpenedInEngland },
            members: "public static bool IsEnglish(string code) => code.StartsWith(\"E\", StringComparison.Ordinal);");

        var (rows, manifest) = Run(PluginLoader.LoadFrom(_temp.Combine("plugins")));

        // The largest quarter's figure, counted again from case_groups.csv: opened in the quarter, region code of England.
        var row = rows.Where(r => r[0] == "throwaway.opened_in_england").MaxBy(r => int.Parse(r[4]))!;
        var first = new DateOnly(int.Parse(row[1][..4]), (row[1][6] - '1') * 3 + 1, 1);
        var expected = File.ReadLines(Path.Combine(extract.Directory, "case_groups.csv")).Skip(1).Select(l => l.Split(','))
            .Count(f => DateOnly.Parse(f[3]) is var opened && opened >= first && opened < first.AddMonths(3) && f[7].StartsWith('E'));
        expected.ShouldBeGreaterThan(0);
        row[4].ShouldBe(expected.ToString());
        manifest.RootElement.GetProperty("plugins")[0].GetProperty("name").GetString().ShouldBe("Throwaway");
    }

    private static string Total(List<string[]> rows, string id, string period) => rows.Single(r => r[0] == id && r[1] == period && r[2] == "")[4];
}
