using System.CommandLine;
using CmsRules.Core.Engine;
using CmsRules.Core.Periods;
using CmsRules.Plugins;
using CmsRules.SampleData;

namespace CmsRules.Cli.Commands;

/// <summary>The options every computing command shares: which extract, definitions, plugins, periods and assumptions.</summary>
public sealed class RunOptions
{
    private readonly Option<DirectoryInfo?> _data = new("--data") { Description = "The extract: a folder of CSV files, one per table, or a snapshot file made by import (default: the sample extract)." };
    private readonly Option<DirectoryInfo[]> _measures = new("--measures")
    {
        Description = "A definitions folder (default: the repository's measures/); repeat to add more.",
        AllowMultipleArgumentsPerToken = false,
    };
    private readonly Option<DirectoryInfo> _out = new("--out") { Description = "Where to write the outputs.", DefaultValueFactory = _ => new DirectoryInfo("out") };
    private readonly Option<string?> _from = new("--from") { Description = "The first month, YYYY-MM (default: eight periods before --to)." };
    private readonly Option<string?> _to = new("--to") { Description = "The last month, YYYY-MM (default: the last complete period of the extract)." };
    private readonly Option<Frequency> _frequency = new("--frequency") { Description = "quarter or month.", DefaultValueFactory = _ => Frequency.Quarter };
    private readonly Option<string[]> _assume = new("--assume") { Description = "NAME=VALUE: an assumption's value for this run (repeatable)." };
    private readonly PluginOptions _plugins = new();

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _data, _measures, _out, _from, _to, _frequency, _assume }) command.Options.Add(option);
        _plugins.AddTo(command);
    }

    public RunRequest Read(ParseResult parse) => ReadWithPlugins(parse).Request;

    /// <summary>The request, with the loaded plugins' definition folders after the core's, their functions and tables.</summary>
    public (RunRequest Request, PluginSet Plugins) ReadWithPlugins(ParseResult parse)
    {
        var measures = MeasuresFolders(parse.GetValue(_measures));
        var plugins = _plugins.Load(parse);
        var request = new RunRequest(
            parse.GetValue(_data)?.FullName ?? SampleExtract.GetDirectory(),
            [.. measures, .. plugins.DefinitionFolders],
            parse.GetValue(_out)!.FullName,
            parse.GetValue(_frequency),
            Month(parse.GetValue(_from), "--from"),
            Month(parse.GetValue(_to), "--to"),
            parse.GetValue(_assume) ?? [],
            plugins.CreateFunctions(),
            plugins.CategoryNames.Select(n => n.Table).ToHashSet(),
            plugins.Records);
        return (request, plugins);
    }

    /// <summary>The --measures folders given, else the repository's measures/.</summary>
    public static List<string> MeasuresFolders(DirectoryInfo[]? given) =>
        given is { Length: > 0 }
            ? given.Select(d => d.FullName).ToList()
            : [RepositoryLocator.FindMeasuresDirectory() ?? throw new CliException($"no --measures given and no {RepositoryLocator.SolutionFile} found above the current folder or the program")];

    private static DateOnly? Month(string? text, string option) =>
        text is null ? null : Period.TryParseMonth(text, out var month) ? month : throw new CliException($"{option} '{text}' is not a month as YYYY-MM");
}
