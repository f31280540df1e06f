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
public sealed class PluginException(IReadOnlyList<PluginProblem> problems) : Exception(Format(problems))
{
    public const string Advice = "The run stops rather than publish without that family; fix or remove the plugin, or run with --no-plugins.";

    public IReadOnlyList<PluginProblem> Problems { get; } = problems;

    private static string Format(IReadOnlyList<PluginProblem> problems) =>
        string.Join(Environment.NewLine, problems.Select(p => $"error: {p}")) + Environment.NewLine + Advice;
}
