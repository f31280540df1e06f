using System.CommandLine;
using CmsRules.Core.Engine;
using CmsRules.Core.Snapshots;
using CmsRules.SampleData;
using Spectre.Console;

namespace CmsRules.Cli.Commands;

/// <summary>
/// <c>cmsrules import</c>: loads and checks a CSV extract as `run` does, then writes it as one snapshot file that `run`,
/// `compare` and `explain` take as --data, skipping the CSV parsing.
/// </summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo?>("--data") { Description = "The extract folder, one CSV file per table (default: the sample extract)." };
        var output = new Option<FileInfo?>("--out") { Description = $"The snapshot file to write (default: the extract folder's path with {SnapshotFormat.Extension} added, beside it)." };
        var measures = new Option<DirectoryInfo[]>("--measures") { Description = "A definitions folder (default: the repository's measures/); repeat to add more." };
        var plugins = new PluginOptions();
        var command = new Command("import", "Load and check a CSV extract, then write it as a snapshot file that later runs load in a fraction of the time.");
        command.Options.Add(data);
        command.Options.Add(output);
        command.Options.Add(measures);
        plugins.AddTo(command);
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            var directory = parse.GetValue(data)?.FullName ?? SampleExtract.GetDirectory();
            var loaded = plugins.Load(parse);
            var request = new ImportRequest(
                directory,
                [.. RunOptions.MeasuresFolders(parse.GetValue(measures)), .. loaded.DefinitionFolders],
                parse.GetValue(output)?.FullName ?? DefaultSnapshotFile(directory),
                loaded.CreateFunctions(),
                loaded.CategoryNames.Select(n => n.Table).ToHashSet());
            AnsiConsole.MarkupLine($"Extract [blue]{Markup.Escape(request.DataDirectory)}[/]");
            var result = RunCommand.WithProgress(progress => loaded.Attributing(() => ImportPipeline.Execute(request, progress.Loading)));
            Print(result, request.SnapshotFile);
            return 0;
        }));
        return command;
    }

    /// <summary>`/data/extract` gives `/data/extract.cmsx`: beside the folder, so it is not mistaken for one of its tables.</summary>
    public static string DefaultSnapshotFile(string directory) => Path.TrimEndingDirectorySeparator(directory) + SnapshotFormat.Extension;

    private static void Print(ImportResult result, string path)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("Table");
        table.AddColumn(new TableColumn("Rows").RightAligned());
        foreach (var t in result.Extract.Tables) table.AddRow(Markup.Escape(t.Name), t.RowCount.ToString("N0"));
        AnsiConsole.Write(table);
        var rows = result.Extract.Tables.Sum(t => (long)t.RowCount);
        AnsiConsole.MarkupLine($"{result.Extract.Tables.Count} tables, {rows:N0} rows; loaded in [green]{result.LoadTime.TotalSeconds:N1} s[/], " +
                               $"hashed the CSV files in [green]{result.HashTime.TotalSeconds:N1} s[/], wrote {result.SnapshotBytes / 1048576.0:N0} MiB in [green]{result.WriteTime.TotalSeconds:N1} s[/].");
        AnsiConsole.MarkupLine($"Wrote [blue]{Markup.Escape(path)}[/]; give it to run, compare or explain as --data.");
    }
}
