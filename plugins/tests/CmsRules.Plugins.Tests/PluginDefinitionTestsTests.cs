using CmsRules.Core.Publication;
using CmsRules.Core.Testing;

namespace CmsRules.Plugins.Tests;

/// <summary>Runs every plugin's definition tests (tests/ beside its definitions, golden figures worked by hand) against the core and all plugins.</summary>
public sealed class PluginDefinitionTestsTests
{
    private static IEnumerable<DefinitionTest> AllTests() =>
        RepositoryPlugins.Set.Plugins.SelectMany(p => p.DefinitionFolders)
            .Select(f => Path.Combine(f, "tests")).Where(Directory.Exists).SelectMany(DefinitionTestReader.ReadFolder);

    public static TheoryData<string> Tests()
    {
        var data = new TheoryData<string>();
        foreach (var test in AllTests()) data.Add(test.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(Tests))]
    public void Definition_test_passes(string name)
    {
        var result = DefinitionTestRunner.Run(RepositoryPlugins.Catalog, AllTests().Single(t => t.ToString() == name));
        result.Errors.ShouldBeEmpty();
        result.Checks.Where(c => !c.Passed).Select(c => $"{c.Figure.Key}: expected {c.Figure.Expected}, computed {c.Actual}").ShouldBeEmpty();
        result.Checks.ShouldNotBeEmpty();
    }

    [Fact]
    public void Every_plugin_measure_is_checked_by_a_definition_test_of_its_plugin()
    {
        var definitions = RepositoryPlugins.Catalog.Definitions;
        foreach (var plugin in RepositoryPlugins.Set.Plugins)
        {
            var tests = plugin.DefinitionFolders.Select(f => Path.Combine(f, "tests")).Where(Directory.Exists).SelectMany(DefinitionTestReader.ReadFolder);
            var checkedIds = tests.SelectMany(t => t.Values).Select(f => f.Key.Split('[')[0]).ToHashSet();
            var measures = RepositoryPlugins.Set.MeasuresOf(plugin, definitions).Select(m => m.Id).ToList();
            measures.ShouldNotBeEmpty();
            measures.Where(id => !checkedIds.Contains(id)).ShouldBeEmpty($"{plugin.Name} has measures no test checks");
        }
    }

    [Fact]
    public void The_plugin_families_are_the_measure_ids_of_the_catalogue()
    {
        var byPlugin = RepositoryPlugins.Set.Plugins.ToDictionary(p => p.Name,
            p => RepositoryPlugins.Set.MeasuresOf(p, RepositoryPlugins.Catalog.Definitions).Where(m => m.Publish).Select(m => m.Id).ToList());
        byPlugin["Enforcement"].ShouldBe(["enforcement.case_groups_in_enforcement", "enforcement.proportion_of_caseload",
            "enforcement.actions_applied", "enforcement.collected_by_deduction_orders"]);
        byPlugin["LegacyArrears"].ShouldBe(["legacy_arrears.outstanding", "legacy_arrears.case_groups", "legacy_arrears.transferred",
            "legacy_arrears.collected", "legacy_arrears.written_off"]);
        byPlugin["Geography"].ShouldBe(["geography.case_groups_by_constituency", "geography.children_by_constituency"]);
    }

    [Fact]
    public void Each_plugin_measure_has_the_kind_its_id_gives()
    {
        foreach (var plugin in RepositoryPlugins.Set.Plugins)
            foreach (var measure in RepositoryPlugins.Set.MeasuresOf(plugin, RepositoryPlugins.Catalog.Definitions))
                measure.Kind.ShouldBe(KindOf(measure.Id), measure.Id);
    }

    /// <summary>measures.md: "The kind of a measure follows its id, first rule that fits."</summary>
    private static MeasureKind KindOf(string id)
    {
        var name = id[(id.IndexOf('.') + 1)..];
        if (id.EndsWith("_pct") || name.StartsWith("proportion_")) return MeasureKind.Percentage;
        if (id.Contains("median_days")) return MeasureKind.Days;
        if (name.StartsWith("cash_") || name == "outstanding" || id.Contains("collected") || name is "transferred" or "written_off") return MeasureKind.Money;
        return MeasureKind.Count;
    }
}
