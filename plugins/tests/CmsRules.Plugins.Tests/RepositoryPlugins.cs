using CmsRules.Cli;
using CmsRules.Core.Definitions;
using CmsRules.Core.Engine;

namespace CmsRules.Plugins.Tests;

/// <summary>The repository's plugins as the build deploys them beside this assembly, loaded once, and the catalog they make with the core.</summary>
internal static class RepositoryPlugins
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "plugins");
    public static string Root { get; } = RepositoryLocator.FindRoot(AppContext.BaseDirectory)!;
    public static string CoreMeasures { get; } = Path.Combine(Root, "measures");

    private static readonly Lazy<PluginSet> Loaded = new(() => PluginLoader.LoadFrom(Directory));
    private static readonly Lazy<Catalog> Compiled = new(() =>
        Catalog.Compile(DefinitionSetReader.Read([CoreMeasures, .. Set.DefinitionFolders]), Set.CreateFunctions()));

    public static PluginSet Set => Loaded.Value;
    public static Catalog Catalog => Compiled.Value;

    public static LoadedPlugin Named(string name) => Set.Plugins.Single(p => p.Name == name);
}
