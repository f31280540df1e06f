using CmsRules.Sdk;

namespace CmsRules.Plugins;

/// <summary>Collects what one plugin registers; problems (a missing folder, a function that is not static) are kept, not thrown, so all are reported.</summary>
internal sealed class PluginRegistrar(string pluginDirectory) : IPluginRegistrar
{
    public string PluginDirectory { get; } = pluginDirectory;
    public List<string> DefinitionFolders { get; } = [];
    public List<PluginFunction> Functions { get; } = [];
    public List<CategoryNames> CategoryNames { get; } = [];
    public List<string> Problems { get; } = [];

    public void AddDefinitions(string folder)
    {
        var path = Path.GetFullPath(Path.Combine(PluginDirectory, folder));
        if (Directory.Exists(path)) DefinitionFolders.Add(path);
        else Problems.Add($"its definition folder '{folder}' is missing (looked for {path})");
    }

    public void AddFunction(string name, Delegate method, ValueKind result, params ValueKind[] parameters)
    {
        if (!method.Method.IsStatic || method.Target is not null) Problems.Add($"function '{name}': {method.Method.Name} must be a static method");
        else Functions.Add(new PluginFunction(name, method.Method, result, parameters));
    }

    public void AddCategoryNames(string dimension, string table, string codeColumn, string nameColumn) =>
        CategoryNames.Add(new CategoryNames(dimension, table, codeColumn, nameColumn));
}
