using CmsRules.Core.Testing;

namespace CmsRules.Tests.Engine;

/// <summary>Runs every definition test of measures/tests (the golden tests of the catalogue, worked out by hand).</summary>
public class DefinitionTestsTests
{
    public static TheoryData<string> Tests()
    {
        var data = new TheoryData<string>();
        foreach (var test in DefinitionTestReader.ReadFolder(Path.Combine(Repository.Measures, "tests"))) data.Add(test.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(Tests))]
    public void Definition_test_passes(string name)
    {
        var test = DefinitionTestReader.ReadFolder(Path.Combine(Repository.Measures, "tests")).Single(t => t.ToString() == name);
        var result = DefinitionTestRunner.Run(Repository.Catalog, test);
        result.Errors.ShouldBeEmpty();
        var failures = result.Checks.Where(c => !c.Passed).Select(c => $"{c.Figure.Key}: expected {c.Figure.Expected}, computed {c.Actual}").ToList();
        failures.ShouldBeEmpty();
        result.Checks.ShouldNotBeEmpty();
    }

    [Fact]
    public void Every_published_core_measure_is_checked_by_some_definition_test()
    {
        var tests = DefinitionTestReader.ReadFolder(Path.Combine(Repository.Measures, "tests"));
        var checkedIds = tests.SelectMany(t => t.Values).Select(f => f.Key.Split('[')[0]).ToHashSet();
        var published = Repository.Catalog.Measures.Where(m => m.Definition.Publish).Select(m => m.Id);
        published.Where(id => !checkedIds.Contains(id)).ShouldBeEmpty();
    }
}
