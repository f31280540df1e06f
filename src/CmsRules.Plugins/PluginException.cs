using CmsRules.Core.Diagnostics;

namespace CmsRules.Plugins;

/// <summary>What went wrong with one plugin: its name (or its folder's name before it is known), its folder and the cause.</summary>
public sealed record PluginProblem(string Plugin, string Folder, string Cause)
{
    public override string ToString() => $"plugin '{Plugin}' ({Folder}): {Cause}";
}

/// <summary>
/// A plugin could not be loaded or its definitions could not be used. The run stops: official statistics must not
/// silently lose a family, so a broken plugin is fixed, removed, or the run is made without plugins on purpose.
/// </summary>
/// <remarks><paramref name="others"/> are problems found at the same time outside any plugin, so that all are reported together.</remarks>
public sealed class PluginException(IReadOnlyList<PluginProblem> problems, IReadOnlyList<Diagnostic>? others = null)
    : Exception(Format(problems, others ?? []))
{
    public const string Advice = "The run stops rather than publish without that family; fix or remove the plugin, or run with --no-plugins.";

    public IReadOnlyList<PluginProblem> Problems { get; } = problems;

    public IReadOnlyList<Diagnostic> Others { get; } = others ?? [];

    private static string Format(IReadOnlyList<PluginProblem> problems, IReadOnlyList<Diagnostic> others) =>
        string.Join(Environment.NewLine, problems.Select(p => $"error: {p}").Concat(others.Select(d => d.ToString())))
        + Environment.NewLine + Advice;
}
