using CmsRules.Core.Definitions;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Engine;
using CmsRules.Core.Testing;

namespace CmsRules.Plugins.Tests;

/// <summary>The Geography plugin's C# function, registered through the SDK, is type-checked and evaluated like a built-in.</summary>
public sealed class PluginFunctionTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Definitions", "nation");

    [Fact]
    public void A_plugin_function_is_evaluated_in_a_measure()
    {
        var set = RepositoryPlugins.Set;
        var catalog = Catalog.Compile(DefinitionSetReader.Read([RepositoryPlugins.CoreMeasures, .. set.DefinitionFolders, Folder]), set.CreateFunctions());
        var result = DefinitionTestRunner.Run(catalog, DefinitionTestReader.ReadFolder(Path.Combine(Folder, "tests")).ShouldHaveSingleItem());
        result.Errors.ShouldBeEmpty();
        result.Checks.Where(c => !c.Passed).Select(c => $"{c.Figure.Key}: expected {c.Figure.Expected}, computed {c.Actual}").ShouldBeEmpty();
    }

    [Fact]
    public void Without_the_plugin_the_function_is_unknown()
    {
        var error = Should.Throw<DiagnosticException>(() => Catalog.Compile(DefinitionSetReader.Read([RepositoryPlugins.CoreMeasures, Folder])));
        error.Diagnostics.ShouldHaveSingleItem().Message.ShouldStartWith("unknown function 'nation_of'");
    }

    [Fact]
    public void A_plugin_function_is_type_checked()
    {
        var set = RepositoryPlugins.Set;
        var temp = Directory.CreateTempSubdirectory("cmsrules-nation-");
        try
        {
            File.WriteAllText(Path.Combine(temp.FullName, "m.yaml"), Definitions.Measure("nation_demo.bad", "count(where nation_of(opened_date) = 'Wales')"));
            var error = Should.Throw<DiagnosticException>(() => Catalog.Compile(DefinitionSetReader.Read([RepositoryPlugins.CoreMeasures, temp.FullName]), set.CreateFunctions()));
            error.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("'nation_of' cannot take (date); it takes nation_of(string)");
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }
}
