using System.CommandLine;
using CmsRules.Core.Engine;
using CmsRules.Core.Loading;
using CmsRules.Core.Periods;
using CmsRules.Plugins;
using Spectre.Console;

namespace CmsRules.Cli.Commands;

/// <summary>
/// <c>cmsrules run</c>: computes every measure over an extract (the sample by default) and writes measures.csv and
/// manifest.json, checks the validation rules into validation.csv (exit 1 when an error-level rule fails), showing
/// progress and a summary of the latest period.
/// </summary>
public static class RunCommand
{
    public static Command Create()
    {
        var options = new RunOptions();
        var command = new Command("run", "Compute the statistics from an extract and write measures.csv and manifest.json.");
        options.AddTo(command);
        command.SetAction(parse => CliErrors.Guard(() => Run(options.ReadWithPlugins(parse))));
        return command;
    }

    private static int Run((RunRequest Request, PluginSet Plugins) input)
    {
        var (request, plugins) = input;
        AnsiConsole.MarkupLine($"Extract [blue]{Markup.Escape(request.DataDirectory)}[/]");
        foreach (var plugin in plugins.Plugins) AnsiConsole.MarkupLine($"Plugin [blue]{Markup.Escape(plugin.Name)}[/] {Markup.Escape(plugin.Version)}");
        var result = WithProgress(progress => plugins.Attributing(() => RunPipeline.Execute(request, progress)));
        RunSummary.Print(result, request);
        CategoryNamesSummary.Print(result, plugins.CategoryNames);
        ValidationSummary.Print(result.Validation, Path.Combine(request.OutputDirectory, Core.Validation.ValidationCsv.FileName));
        // The report and measures.csv are written either way: a reviewer needs them to see what failed.
        return result.Validation.HasErrors ? 1 : 0;
    }

    /// <summary>Runs <paramref name="work"/> under a progress display: a bar per table while loading, then one for the periods.</summary>
    public static T WithProgress<T>(Func<RunProgress, T> work)
    {
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tables = new Dictionary<string, ProgressTask>();
                ProgressTask? periods = null;
                var loading = new ImmediateProgress<TableLoadProgress>(p =>
                {
                    lock (tables) // tables load in parallel
                    {
                        if (!tables.TryGetValue(p.Table, out var task))
                            tables[p.Table] = task = context.AddTask($"load {p.Table}", maxValue: Math.Max(1, p.BytesTotal));
                        task.Value = p.Done ? task.MaxValue : p.BytesRead;
                    }
                });
                var evaluation = new ImmediateProgress<EvaluationProgress>(p =>
                {
                    periods ??= context.AddTask("compute periods", maxValue: Math.Max(1, p.Periods));
                    periods.Value = p.PeriodsDone;
                    periods.Description = p.Measure.Length > 0 ? $"compute {Markup.Escape(p.Measure)}" : "computed";
                });
                result = work(new RunProgress(loading, evaluation));
            });
        return result;
    }

    /// <summary>Reports on the calling thread at once (System.Progress would post, arriving after the work ends).</summary>
    private sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
