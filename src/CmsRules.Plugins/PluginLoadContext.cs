using System.Reflection;
using System.Runtime.Loader;

namespace CmsRules.Plugins;

/// <summary>
/// One plugin's load context: its private dependencies resolve from its own folder (through its .deps.json when it has
/// one), so plugins and the host may use different versions of a library, while the SDK is always the host's, so the
/// plugin's ICmsRulesPlugin is the host's type. Not collectible: a plugin's functions are compiled into the measures and
/// live as long as the process.
/// </summary>
internal sealed class PluginLoadContext(string name, string assemblyPath) : AssemblyLoadContext($"plugin:{name}", isCollectible: false)
{
    private readonly AssemblyDependencyResolver _resolver = new(assemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name == SdkReference.AssemblyName) return null; // shared with the host
        return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
