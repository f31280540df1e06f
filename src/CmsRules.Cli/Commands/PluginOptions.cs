using System.CommandLine;
using CmsRules.Plugins;

namespace CmsRules.Cli.Commands;

/// <summary>`--plugins DIR` and `--no-plugins`: which plugins a command loads (default: plugins/ beside the program, as the build lays them out).</summary>
public sealed class PluginOptions
{
    private readonly Option<DirectoryInfo?> _directory = new("--plugins")
    {
        Description = "The plugins folder, one subfolder per plugin (default: plugins/ beside the program).",
    };
    private readonly Option<bool> _none = new("--no-plugins") { Description = "Load no plugins: the core families only." };

    /// <summary>Where the build puts the plugins: `plugins/Name/` in the program's folder.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "plugins");

    public void AddTo(Command command)
    {
        command.Options.Add(_directory);
        command.Options.Add(_none);
    }

    public PluginSet Load(ParseResult parse)
    {
        var directory = parse.GetValue(_directory);
        if (parse.GetValue(_none))
            return directory is null ? PluginSet.Empty : throw new CliException("give --plugins or --no-plugins, not both");
        return directory is null ? PluginLoader.LoadFrom(DefaultDirectory, mustExist: false) : PluginLoader.LoadFrom(directory.FullName);
    }
}
