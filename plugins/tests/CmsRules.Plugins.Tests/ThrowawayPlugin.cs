using CmsRules.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CmsRules.Plugins.Tests;

/// <summary>
/// Builds small plugins for the loader tests with Roslyn, as `dotnet build` would lay them out: plugins/Name/Name.dll
/// compiled against CmsRules.Sdk (the host's, or another build of it), with its definition files beside it.
/// </summary>
internal static class ThrowawayPlugin
{
    private static readonly MetadataReference[] Framework =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
        .Where(p => Path.GetFileName(p) is var f && (f.StartsWith("System.", StringComparison.Ordinal) || f is "netstandard.dll" or "mscorlib.dll"))
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();

    public static MetadataReference HostSdk { get; } = MetadataReference.CreateFromFile(typeof(ICmsRulesPlugin).Assembly.Location);

    /// <summary>Compiles <paramref name="source"/> into <paramref name="folder"/>/<paramref name="name"/>.dll and returns its path.</summary>
    public static string Compile(string folder, string name, string source, params MetadataReference[] references)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".dll");
        var compilation = CSharpCompilation.Create(name, [CSharpSyntaxTree.ParseText(source)], [.. Framework, .. references],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var emitted = compilation.Emit(path);
        emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics));
        return path;
    }

    /// <summary>A plugin in <paramref name="pluginsDirectory"/>/<paramref name="name"/>/ whose Register body is <paramref name="register"/>, with definition files in its defs/ folder.</summary>
    public static string Build(string pluginsDirectory, string name, string register, IReadOnlyDictionary<string, string>? definitions = null,
        string members = "", params MetadataReference[] references)
    {
        var folder = Path.Combine(pluginsDirectory, name);
        if (definitions is not null)
        {
            Directory.CreateDirectory(Path.Combine(folder, "defs"));
            foreach (var (file, text) in definitions) File.WriteAllText(Path.Combine(folder, "defs", file), text);
        }
        var source = $$"""
            using System;
            using CmsRules.Sdk;
            public sealed class {{name}}Plugin : ICmsRulesPlugin
            {
                public string Name => "{{name}}";
                public string Version => "0.1.0";
                public void Register(IPluginRegistrar registrar) { {{register}} }
                {{members}}
            }
            """;
        return Compile(folder, name, source, references.Length == 0 ? [HostSdk] : references);
    }
}
