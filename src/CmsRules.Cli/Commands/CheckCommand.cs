using System.CommandLine;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Methodology;
using Spectre.Console;

namespace CmsRules.Cli.Commands;

/// <summary>
/// <c>cmsrules check</c>: validates every definition folder (the core's and any given with --measures) and their
/// definition tests without reading data; every problem as file:line:column; exit 1 on any error.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var measures = new Option<DirectoryInfo[]>("--measures") { Description = "A further definitions folder (a plugin's) to check with the core's measures/; repeatable." };
        var plugins = new PluginOptions();
        var command = new Command("check", "Check every definition, core and plugin (YAML, language, names, cycles, dimensions, validations, tests), and report every problem.");
        command.Options.Add(measures);
        plugins.AddTo(command);
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            var core = RepositoryLocator.FindMeasuresDirectory() ?? throw new CliException($"no {RepositoryLocator.SolutionFile} found above the current folder or the program");
            var extra = (parse.GetValue(measures) ?? []).Select(d => d.FullName).Where(f => Path.GetFullPath(f) != Path.GetFullPath(core));
            var loaded = plugins.Load(parse);
            return Run([core, .. extra, .. loaded.DefinitionFolders], loaded.CreateFunctions());
        }));
        return command;
    }

    public static int Run(IReadOnlyList<string> folders, Core.Language.Binding.FunctionRegistry? functions = null)
    {
        var report = DefinitionChecker.Check(folders, functions);
        foreach (var diagnostic in report.Diagnostics)
        {
            var colour = diagnostic.Severity == Severity.Error ? "red" : "yellow";
            AnsiConsole.MarkupLine($"[{colour}]{Markup.Escape(diagnostic.ToString())}[/]");
        }
        if (report.Omitted > 0) AnsiConsole.MarkupLine($"[red]... and {report.Omitted} more error(s)[/]");
        var summary = $"{report.Errors} error(s), {report.Warnings} warning(s) in {folders.Count} folder(s): " +
                      $"{report.Measures} measures, {report.Validations} validations and {report.Tests} definition tests compiled";
        AnsiConsole.MarkupLine(report.Errors == 0 ? $"[green]{Markup.Escape(summary)}[/]" : $"[red]{Markup.Escape(summary)}[/]");
        return report.Errors == 0 ? 0 : 1;
    }
}
