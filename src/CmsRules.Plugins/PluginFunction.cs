using System.Reflection;
using CmsRules.Sdk;

namespace CmsRules.Plugins;

/// <summary>A function a plugin registered: its name in the language, its static method and its declared types.</summary>
public sealed record PluginFunction(string Name, MethodInfo Method, ValueKind Result, IReadOnlyList<ValueKind> Parameters)
{
    public override string ToString() =>
        $"{Name}({string.Join(", ", Parameters.Select(p => p.ToString().ToLowerInvariant()))}) -> {Result.ToString().ToLowerInvariant()}";
}

/// <summary>A breakdown dimension whose category codes are named by a lookup table of the extract.</summary>
public sealed record CategoryNames(string Dimension, string Table, string CodeColumn, string NameColumn);
