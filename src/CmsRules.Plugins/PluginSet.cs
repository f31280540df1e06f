using CmsRules.Core.Definitions;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Output;
using CmsRules.Core.Schema;
using CmsRules.Sdk;

namespace CmsRules.Plugins;

/// <summary>The loaded plugins, turned into what Core takes: definition folders, a function registry and manifest records.</summary>
public sealed class PluginSet(IReadOnlyList<LoadedPlugin> plugins)
{
    public static PluginSet Empty { get; } = new([]);

    public IReadOnlyList<LoadedPlugin> Plugins { get; } = plugins;

    /// <summary>Every plugin's definition folders, in plugin order, to read after the core's.</summary>
    public IReadOnlyList<string> DefinitionFolders => Plugins.SelectMany(p => p.DefinitionFolders).ToList();

    public IReadOnlyList<CategoryNames> CategoryNames => Plugins.SelectMany(p => p.CategoryNames).ToList();

    /// <summary>The plugins as the run manifest records them.</summary>
    public IReadOnlyList<PluginRecord> Records =>
        Plugins.Select(p => new PluginRecord(p.Name, p.Version, p.SdkVersion.ToString(2))).ToList();

    /// <summary>The built-in functions and every plugin's; a function whose method does not match its declared types is the plugin's error.</summary>
    public FunctionRegistry CreateFunctions()
    {
        var registry = FunctionRegistry.CreateBuiltIn();
        var problems = new List<PluginProblem>();
        foreach (var plugin in Plugins)
            foreach (var function in plugin.Functions)
            {
                if (IsTaken(registry, function, plugin))
                {
                    problems.Add(new PluginProblem(plugin.Name, plugin.Directory, $"function '{function.Name}' is already defined (a built-in or another plugin's)"));
                    continue;
                }
                try
                {
                    registry.Register(function.Name, function.Method, DataTypeOf(function.Result), function.Parameters.Select(DataTypeOf).ToArray());
                }
                catch (ArgumentException e)
                {
                    problems.Add(new PluginProblem(plugin.Name, plugin.Directory, $"function {function}: {e.Message.Replace($" (Parameter '{e.ParamName}')", "")}"));
                }
            }
        if (problems.Count > 0) throw new PluginException(problems);
        return registry;
    }

    /// <summary>A function name is the plugin's own when nothing else registered it; a plugin may add overloads of its own functions.</summary>
    private static bool IsTaken(FunctionRegistry registry, PluginFunction function, LoadedPlugin plugin) =>
        registry.Overloads(function.Name).Any(o => !plugin.Functions.Any(f => f.Method == o.Method));

    public static DataType DataTypeOf(ValueKind kind) => kind switch
    {
        ValueKind.Integer => DataType.Integer,
        ValueKind.Money => DataType.Money,
        ValueKind.Decimal => DataType.Decimal,
        ValueKind.Date => DataType.Date,
        ValueKind.Bool => DataType.Bool,
        ValueKind.String => DataType.String,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The plugin a definition file belongs to, or null for the core's.</summary>
    public LoadedPlugin? OwnerOf(string file) => Plugins.FirstOrDefault(p => p.Owns(file));

    /// <summary>
    /// When definitions fail to read or compile and some problems lie in plugin files, the plugin error that says so:
    /// each plugin at fault named with its problems (a clash names the plugin that declared the id second), with the
    /// problems of the core's own files beside them. Null when every problem is in the core's files.
    /// </summary>
    public PluginException? Explain(DiagnosticException failure)
    {
        var owned = failure.Diagnostics.Select(d => (Diagnostic: d, Owner: OwnerOf(d.Location.File))).ToList();
        var problems = owned.Where(x => x.Owner is not null)
            .GroupBy(x => x.Owner!)
            .Select(g => new PluginProblem(g.Key.Name, g.Key.Directory,
                "its definitions cannot be used:" + string.Concat(g.Select(x => Environment.NewLine + "  " + x.Diagnostic.ToString().Replace("\n", "\n  ")))))
            .ToList();
        return problems.Count == 0 ? null : new PluginException(problems, owned.Where(x => x.Owner is null).Select(x => x.Diagnostic).ToList());
    }

    /// <summary>Runs <paramref name="work"/>, turning a definition failure that lies in plugin files into the plugin error (<see cref="Explain"/>).</summary>
    public T Attributing<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (DiagnosticException e) when (Explain(e) is { } pluginError)
        {
            throw pluginError;
        }
    }

    /// <summary>The measures each plugin adds, from a definition set read from the core's and the plugins' folders.</summary>
    public IReadOnlyList<MeasureDefinition> MeasuresOf(LoadedPlugin plugin, DefinitionSet definitions) =>
        definitions.Measures.Where(m => plugin.Owns(m.Location.File)).ToList();
}
