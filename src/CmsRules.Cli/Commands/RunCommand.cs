using System.CommandLine;
using System.Diagnostics;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Loading;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;
using Spectre.Console;

namespace CmsRules.Cli.Commands;

/// <summary><c>cmsrules run --data DIR [--measures DIR]</c>: loads and checks the extract against the data dictionary.</summary>
public static class RunCommand
{
    public const string DictionaryFile = "dataset.yaml";

    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data") { Description = "The extract directory (one CSV file per table).", Required = true };
        var measures = new Option<DirectoryInfo?>("--measures")
        {
            Description = "The measures folder holding dataset.yaml (default: the repository's measures/ folder).",
        };
        var command = new Command("run", "Load the extract and check it against the data dictionary.");
        command.Options.Add(data);
        command.Options.Add(measures);
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(measures)));
        return command;
    }

    private static int Run(DirectoryInfo data, DirectoryInfo? measures)
    {
        var measuresDir = measures?.FullName ?? RepositoryLocator.FindMeasuresDirectory();
        if (measuresDir is null)
        {
            Console.Error.WriteLine($"error: no --measures given and no {RepositoryLocator.SolutionFile} found above the current directory or the program");
            return 1;
        }
        try
        {
            var dictionary = DataDictionaryReader.ReadFiles([Path.Combine(measuresDir, DictionaryFile)]);
            var clock = Stopwatch.StartNew();
            var extract = LoadWithProgress(dictionary, data.FullName);
            PrintSummary(extract, data.FullName, clock.Elapsed);
            return 0;
        }
        catch (DiagnosticException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine($"{e.Diagnostics.Count + e.Omitted} error(s); nothing was computed.");
            return 1;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static Extract LoadWithProgress(DataDictionary dictionary, string directory)
    {
        Extract? extract = null;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tasks = dictionary.Tables
                    .Where(t => File.Exists(Path.Combine(directory, t.File)))
                    .ToDictionary(t => t.Name, t => context.AddTask(t.Name, maxValue: Math.Max(1, new FileInfo(Path.Combine(directory, t.File)).Length)));
                var progress = new ImmediateProgress<TableLoadProgress>(p =>
                {
                    if (tasks.TryGetValue(p.Table, out var task)) task.Value = p.BytesRead;
                });
                extract = ExtractLoader.Load(dictionary, directory, new LoadOptions { Progress = progress });
            });
        return extract!;
    }

    private static void PrintSummary(Extract extract, string directory, TimeSpan elapsed)
    {
        var table = new Spectre.Console.Table().Border(TableBorder.Rounded).Title($"[bold]Extract[/] {Markup.Escape(directory)}");
        table.AddColumn("Table");
        table.AddColumn(new TableColumn("Rows").RightAligned());
        table.AddColumn(new TableColumn("MB").RightAligned());
        long rows = 0, bytes = 0;
        foreach (var t in extract.Tables)
        {
            var size = new FileInfo(Path.Combine(directory, t.Schema.File)).Length;
            rows += t.RowCount;
            bytes += size;
            table.AddRow(t.Name, t.RowCount.ToString("N0"), (size / 1e6).ToString("N1"));
        }
        table.AddRow("[bold]total[/]", $"[bold]{rows:N0}[/]", $"[bold]{bytes / 1e6:N1}[/]");
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"Loaded and checked in [green]{elapsed.TotalSeconds:N1} s[/] ({bytes / 1e6 / Math.Max(elapsed.TotalSeconds, 1e-3):N0} MB/s).");
    }

    /// <summary>Reports on the calling thread at once (System.Progress would post, arriving after the load ends).</summary>
    private sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
