using System.CommandLine;
using CmsRules.Core.Definitions;
using CmsRules.Core.Engine;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Testing;
using CmsRules.Plugins;
using Spectre.Console;

namespace CmsRules.Cli.Commands;

/// <summary>
/// <c>cmsrules test</c>: runs the definition tests (tests/*.yaml beside each definitions folder, the plugins' included)
/// and shows, for a failing test, each figure expected beside the one computed.
/// </summary>
public static class TestCommand
{
    public static Command Create()
    {
        var measures = new Option<DirectoryInfo[]>("--measures") { Description = "A definitions folder (default: the repository's measures/); its tests/ folder holds the tests." };
        var plugins = new PluginOptions();
        var command = new Command("test", "Run the definition tests and show any figure that differs from the one expected.");
        command.Options.Add(measures);
        plugins.AddTo(command);
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            List<string> core = parse.GetValue(measures) is { Length: > 0 } given
                ? given.Select(d => d.FullName).ToList()
                : [RepositoryLocator.FindMeasuresDirectory() ?? throw new CliException("no --measures given and no repository found")];
            var loaded = plugins.Load(parse);
            return loaded.Attributing(() => Run([.. core, .. loaded.DefinitionFolders], loaded.CreateFunctions()));
        }));
        return command;
    }

    public static int Run(IReadOnlyList<string> folders, FunctionRegistry? functions = null)
    {
        var catalog = Catalog.Compile(DefinitionSetReader.Read(folders), functions);
        var tests = folders.Select(f => Path.Combine(f, "tests")).Where(Directory.Exists).SelectMany(DefinitionTestReader.ReadFolder).ToList();
        var failed = 0;
        foreach (var result in tests.Select(t => DefinitionTestRunner.Run(catalog, t)))
        {
            if (result.Passed)
            {
                AnsiConsole.MarkupLine($"[green]✓[/] {Markup.Escape(result.Test.ToString())}");
                continue;
            }
            failed++;
            AnsiConsole.MarkupLine($"[red]✗ {Markup.Escape(result.Test.ToString())}[/] [grey]({Markup.Escape(result.Test.Location.ToString())})[/]");
            foreach (var error in result.Errors) AnsiConsole.MarkupLine($"    [red]{Markup.Escape(error.ToString())}[/]");
            if (result.Checks.Any(c => !c.Passed)) AnsiConsole.Write(Differences(result));
        }
        var summary = $"{tests.Count - failed} passed, {failed} failed";
        AnsiConsole.MarkupLine(failed == 0 ? $"[green]{summary}[/]" : $"[red]{summary}[/]");
        return failed == 0 ? 0 : 1;
    }

    private static Table Differences(DefinitionTestResult result)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Figure");
        table.AddColumn(new TableColumn("Expected").RightAligned());
        table.AddColumn(new TableColumn("Computed").RightAligned());
        table.AddColumn("Line");
        foreach (var check in result.Checks.Where(c => !c.Passed))
            table.AddRow(Markup.Escape((check.IsPublished ? "published " : "") + check.Figure.Key), Markup.Escape(check.Figure.Expected),
                $"[red]{Markup.Escape(check.Actual)}[/]", check.Figure.Location.Line.ToString());
        return table;
    }
}
