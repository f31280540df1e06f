using System.Reflection;
using System.Runtime.Loader;
using System.Xml.Linq;
using CmsRules.Sdk;

namespace CmsRules.Plugins.Tests;

/// <summary>Core knows no plugin; the SDK knows no Core; the CLI builds the plugins but does not link them.</summary>
public sealed class ArchitectureTests
{
    private static readonly string[] PluginAssemblies = ["Enforcement", "LegacyArrears", "Geography"];

    private static IEnumerable<(string Include, XElement Element)> ProjectReferences(string project) =>
        XDocument.Load(Path.Combine(RepositoryPlugins.Root, project)).Descendants("ProjectReference")
            .Select(e => (e.Attribute("Include")!.Value.Replace('\\', '/'), e));

    [Theory]
    [InlineData("src/CmsRules.Core/CmsRules.Core.csproj")]
    [InlineData("src/CmsRules.Sdk/CmsRules.Sdk.csproj")]
    [InlineData("src/CmsRules.SampleData/CmsRules.SampleData.csproj")]
    [InlineData("src/CmsRules.Plugins/CmsRules.Plugins.csproj")]
    [InlineData("tests/CmsRules.Tests/CmsRules.Tests.csproj")]
    public void No_core_project_references_a_plugin_project(string project) =>
        ProjectReferences(project).Select(r => r.Include).Where(i => i.Contains("plugins/", StringComparison.Ordinal)).ShouldBeEmpty();

    [Fact]
    public void The_cli_builds_the_plugins_without_referencing_their_assemblies()
    {
        var deploy = XDocument.Load(Path.Combine(RepositoryPlugins.Root, "plugins/DeployPlugins.targets")).Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference").ShouldHaveSingleItem();
        deploy.Attribute("ReferenceOutputAssembly")!.Value.ShouldBe("false");
        ProjectReferences("src/CmsRules.Cli/CmsRules.Cli.csproj").Select(r => r.Include).Where(i => i.Contains("plugins/", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("CmsRules.Core")]
    [InlineData("CmsRules.Sdk")]
    [InlineData("CmsRules.Plugins")]
    [InlineData("cmsrules")]
    public void No_core_assembly_references_a_plugin_assembly(string assembly) =>
        Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name).Where(n => PluginAssemblies.Contains(n)).ShouldBeEmpty();

    [Fact]
    public void Core_does_not_reference_the_sdk_nor_the_sdk_core()
    {
        typeof(Core.Engine.Catalog).Assembly.GetReferencedAssemblies().Select(a => a.Name).ShouldNotContain("CmsRules.Sdk");
        typeof(ICmsRulesPlugin).Assembly.GetReferencedAssemblies().Select(a => a.Name).ShouldNotContain("CmsRules.Core");
    }

    [Fact]
    public void The_sdk_assembly_version_is_its_contract_version() =>
        typeof(ICmsRulesPlugin).Assembly.GetName().Version!.ToString(2).ShouldBe(SdkVersion.Current.ToString(2));

    [Fact]
    public void Each_plugin_lives_in_its_own_load_context_sharing_the_hosts_sdk()
    {
        foreach (var plugin in RepositoryPlugins.Set.Plugins)
        {
            var copies = AssemblyLoadContext.All.SelectMany(c => c.Assemblies).Where(a => a.GetName().Name == plugin.Name).ToList();
            copies.ShouldNotBeEmpty();
            copies.Select(a => AssemblyLoadContext.GetLoadContext(a)!.Name).Distinct().ShouldBe([$"plugin:{plugin.Name}"]);
        }
        var function = RepositoryPlugins.Named("Geography").Functions.ShouldHaveSingleItem().Method;
        AssemblyLoadContext.GetLoadContext(function.DeclaringType!.Assembly)!.Name.ShouldBe("plugin:Geography");
        AssemblyLoadContext.GetLoadContext(typeof(ICmsRulesPlugin).Assembly).ShouldBe(AssemblyLoadContext.Default);
        AssemblyLoadContext.All.SelectMany(c => c.Assemblies).Count(a => a.GetName().Name == "CmsRules.Sdk").ShouldBe(1);
        RepositoryPlugins.Set.Plugins.Select(p => p.SdkVersion.ToString(2)).Distinct().ShouldBe([SdkVersion.Current.ToString(2)]);
    }
}
