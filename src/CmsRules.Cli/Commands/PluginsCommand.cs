using System.CommandLine;
using CmsRules.Core.Definitions;
using CmsRules.Plugins;
using Spectre.Console;

namespace CmsRules.Cli.Commands;

/// <summary><c>cmsrules plugins</c>: the plugins that load, with their versions, and what each adds.</summary>
public static class PluginsCommand
{
    public static Command Create()
    {
        var plugins = new PluginOptions();
        var command = new Command("plugins", "List the plugins that load, with their versions and the measures, functions and named categories each adds.");
        plugins.AddTo(command);
        command.SetAction(parse => CliErrors.Guard(() => Run(plugins.Load(parse))));
        return command;
    }

    private static int Run(PluginSet plugins)
    {
        if (plugins.Plugins.Count == 0)
        {
            AnsiConsole.MarkupLine($"No plugins (looked in [blue]{Markup.Escape(PluginOptions.DefaultDirectory)}[/] unless --plugins was given).");
            return 0;
        }
        var core = RepositoryLocator.FindMeasuresDirectory() ?? throw new CliException($"no {RepositoryLocator.SolutionFile} found above the current folder or the program");
        plugins.CreateFunctions(); // a function that does not match its declared types is reported here too
        var definitions = plugins.Attributing(() => DefinitionSetReader.Read([core, .. plugins.DefinitionFolders]));
        foreach (var plugin in plugins.Plugins)
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(plugin.Name)}[/] {Markup.Escape(plugin.Version)} [grey](SDK {plugin.SdkVersion.ToString(2)}, {Markup.Escape(plugin.Directory)})[/]");
            var owned = definitions.Dictionary.Tables.Where(t => plugin.Owns(t.Location.File)).Select(t => t.Name).ToList();
            if (owned.Count > 0) AnsiConsole.MarkupLine($"  tables: {Markup.Escape(string.Join(", ", owned))}");
            foreach (var measure in plugins.MeasuresOf(plugin, definitions))
                AnsiConsole.MarkupLine($"  {Markup.Escape(measure.Id)}[grey]{(measure.Publish ? "" : " (not published)")}[/]  {Markup.Escape(measure.Title)}");
            foreach (var function in plugin.Functions) AnsiConsole.MarkupLine($"  function {Markup.Escape(function.ToString())}");
            foreach (var names in plugin.CategoryNames)
                AnsiConsole.MarkupLine($"  {Markup.Escape(names.Dimension)} categories named by {Markup.Escape($"{names.Table}.{names.NameColumn}")}");
        }
        return 0;
    }
}
