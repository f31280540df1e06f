using System.Reflection;
using CmsRules.Sdk;

namespace CmsRules.Plugins;

/// <summary>
/// Finds and loads the plugins of a plugins directory: each subfolder `Name/` holds one plugin whose assembly is
/// `Name/Name.dll`, beside its private dependencies and definition folders. Every plugin is tried and every problem
/// reported together; any problem stops the load (see <see cref="PluginException"/>).
/// </summary>
public static class PluginLoader
{
    /// <summary>The plugins of <paramref name="directory"/>, in folder-name order; none when it does not exist and <paramref name="mustExist"/> is false.</summary>
    public static PluginSet LoadFrom(string directory, bool mustExist = true)
    {
        if (!Directory.Exists(directory))
            return mustExist
                ? throw new PluginException([new PluginProblem(Path.GetFileName(directory), directory, "the plugins directory does not exist")])
                : PluginSet.Empty;
        var plugins = new List<LoadedPlugin>();
        var problems = new List<PluginProblem>();
        foreach (var folder in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            var (plugin, cause) = Load(folder);
            if (plugin is not null) plugins.Add(plugin);
            else problems.Add(new PluginProblem(Path.GetFileName(folder), folder, cause!));
        }
        foreach (var clash in plugins.GroupBy(p => p.Name).Where(g => g.Count() > 1))
            foreach (var second in clash.Skip(1))
                problems.Add(new PluginProblem(second.Name, second.Directory, $"its name is taken by the plugin in {clash.First().Directory}"));
        if (problems.Count > 0) throw new PluginException(problems);
        return new PluginSet(plugins);
    }

    private static (LoadedPlugin? Plugin, string? Cause) Load(string folder)
    {
        var folderName = Path.GetFileName(folder);
        var assemblyPath = Path.Combine(folder, folderName + ".dll");
        if (!File.Exists(assemblyPath)) return (null, $"its assembly {folderName}.dll is missing");
        try
        {
            var builtAgainst = SdkReference.Of(assemblyPath);
            if (builtAgainst is null) return (null, $"{folderName}.dll does not reference {SdkReference.AssemblyName}, so it is not a plugin");
            if (!SdkVersion.IsCompatible(builtAgainst))
                return (null, $"it was built against CmsRules.Sdk {builtAgainst.ToString(2)}, which this host (SDK {SdkVersion.Current.ToString(2)}) cannot run: " +
                              $"the major version must be {SdkVersion.Major} and the minor at most {SdkVersion.Minor}; rebuild it against this SDK");

            var assembly = new PluginLoadContext(folderName, assemblyPath).LoadFromAssemblyPath(assemblyPath);
            var entries = assembly.GetExportedTypes()
                .Where(t => typeof(ICmsRulesPlugin).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false }).ToList();
            if (entries.Count != 1)
                return (null, entries.Count == 0
                    ? $"{folderName}.dll has no public class implementing ICmsRulesPlugin"
                    : $"{folderName}.dll has {entries.Count} classes implementing ICmsRulesPlugin ({string.Join(", ", entries.Select(t => t.Name))}); it must have one");

            var plugin = (ICmsRulesPlugin)Activator.CreateInstance(entries[0])!;
            var registrar = new PluginRegistrar(folder);
            plugin.Register(registrar);
            if (registrar.Problems.Count > 0) return (null, string.Join("; ", registrar.Problems));
            if (registrar.DefinitionFolders.Count == 0 && registrar.Functions.Count == 0)
                return (null, "it registered nothing (no definition folder, no function)");
            return (new LoadedPlugin(plugin.Name, plugin.Version, builtAgainst, folder, assemblyPath,
                registrar.DefinitionFolders, registrar.Functions, registrar.CategoryNames), null);
        }
        catch (Exception e) when (Unwrap(e) is FileNotFoundException or FileLoadException)
        {
            var missing = (Unwrap(e) as FileNotFoundException)?.FileName ?? Unwrap(e).Message;
            return (null, $"a file it needs is missing or cannot be loaded: {missing}");
        }
        catch (Exception e) when (Unwrap(e) is BadImageFormatException)
        {
            return (null, $"{folderName}.dll is not a valid .NET assembly: {Unwrap(e).Message}");
        }
        catch (Exception e)
        {
            var inner = Unwrap(e);
            return (null, $"it threw {inner.GetType().Name} while loading: {inner.Message}");
        }
    }

    /// <summary>The exception a plugin's own code threw, through reflection's wrapper.</summary>
    private static Exception Unwrap(Exception e) => e switch
    {
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        ReflectionTypeLoadException { LoaderExceptions: [{ } first, ..] } => Unwrap(first),
        _ => e,
    };
}
