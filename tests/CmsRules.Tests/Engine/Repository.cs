using CmsRules.Cli;
using CmsRules.Core.Definitions;
using CmsRules.Core.Engine;

namespace CmsRules.Tests.Engine;

/// <summary>The repository's own definitions, compiled once for the tests that use them.</summary>
internal static class Repository
{
    public static string Root { get; } = RepositoryLocator.FindRoot(AppContext.BaseDirectory)!;
    public static string Measures { get; } = Path.Combine(Root, "measures");

    private static readonly Lazy<Catalog> CoreCatalog = new(() => Catalog.Compile(DefinitionSetReader.Read([Measures])));

    public static Catalog Catalog => CoreCatalog.Value;

    /// <summary>Copies measures/ (without its tests) into <paramref name="target"/>, for tests that change definitions.</summary>
    public static string CopyMeasures(string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(Measures, "*.yaml")) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }
}
