namespace CmsRules.Plugins;

/// <summary>A plugin that loaded and registered without problems.</summary>
public sealed record LoadedPlugin(
    string Name,
    string Version,
    Version SdkVersion,
    string Directory,
    string AssemblyPath,
    IReadOnlyList<string> DefinitionFolders,
    IReadOnlyList<PluginFunction> Functions,
    IReadOnlyList<CategoryNames> CategoryNames)
{
    /// <summary>Whether a definition file (as a diagnostic or a definition names it) belongs to this plugin.</summary>
    public bool Owns(string file)
    {
        var full = Path.GetFullPath(file);
        return DefinitionFolders.Any(folder => full.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }
}
