using System.CommandLine;
using System.Globalization;
using CmsRules.SampleData;
using CmsRules.SampleData.Output;
using Spectre.Console;

namespace CmsRules.Cli.Commands;

/// <summary><c>cmsrules generate</c>: writes a realistic CMS extract (every table of the data contract) to a directory.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var caseGroups = new Option<int>("--case-groups") { Description = "Number of case groups to simulate.", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Seed: the same arguments always give byte-identical files.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "Directory to write the extract to (replaced atomically when complete).", Required = true };
        var from = new Option<string>("--from") { Description = "First month covered, YYYY-MM.", DefaultValueFactory = _ => GeneratorOptions.DefaultFrom.ToString("yyyy-MM", CultureInfo.InvariantCulture) };
        var to = new Option<string>("--to") { Description = "Last month covered, YYYY-MM; nothing is dated after its end.", DefaultValueFactory = _ => GeneratorOptions.DefaultTo.ToString("yyyy-MM", CultureInfo.InvariantCulture) };

        var command = new Command("generate", "Generate a realistic CMS case extract (core and plugin tables) as CSV files.");
        command.Options.Add(caseGroups);
        command.Options.Add(seed);
        command.Options.Add(output);
        command.Options.Add(from);
        command.Options.Add(to);
        command.SetAction(parseResult => Run(
            parseResult.InvocationConfiguration,
            parseResult.GetValue(caseGroups),
            parseResult.GetValue(seed),
            parseResult.GetValue(output)!,
            parseResult.GetValue(from)!,
            parseResult.GetValue(to)!));
        return command;
    }

    private static int Run(InvocationConfiguration io, int caseGroups, ulong seed, string output, string fromText, string toText)
    {
        var problems = new List<string>();
        var from = ParseMonth("--from", fromText, GeneratorOptions.DefaultFrom, problems);
        var to = ParseMonth("--to", toText, GeneratorOptions.DefaultTo, problems);
        var options = new GeneratorOptions(caseGroups, seed, from, to);
        problems.AddRange(options.Problems());
        if (problems.Count > 0)
        {
            foreach (var problem in problems) io.Error.WriteLine($"error: {problem}");
            return 2;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(io.Output) });
        var started = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<TableSummary> summary;
        try
        {
            summary = Generate(console, options, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"error: cannot write the extract to {output}: {e.Message}");
            return 1;
        }
        console.MarkupLineInterpolated($"Wrote {caseGroups:N0} case groups to [bold]{Path.GetFullPath(output)}[/] in {started.Elapsed.TotalSeconds:F1}s.");
        console.Write(SummaryTable(summary));
        return 0;
    }

    private static Table SummaryTable(IReadOnlyList<TableSummary> summary)
    {
        var table = new Table().AddColumn("file").AddColumn(new TableColumn("rows").RightAligned()).AddColumn(new TableColumn("MB").RightAligned());
        foreach (var file in summary)
            table.AddRow(file.File, file.Rows.ToString("N0", CultureInfo.InvariantCulture), (file.Bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture));
        return table;
    }

    private static IReadOnlyList<TableSummary> Generate(IAnsiConsole console, GeneratorOptions options, string output)
    {
        IReadOnlyList<TableSummary> summary = [];
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("case groups", maxValue: options.CaseGroups);
                summary = ExtractGenerator.Generate(options, output, (done, total) =>
                {
                    task.Value = done;
                    task.Description = $"case groups {done:N0}/{total:N0}";
                });
            });
        return summary;
    }

    /// <summary>The month, or the default after noting the problem, so the other options are still checked and all problems reported together.</summary>
    private static DateOnly ParseMonth(string option, string text, DateOnly fallback, List<string> problems)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)) return month;
        problems.Add($"{option} must be a month written YYYY-MM (got '{text}')");
        return fallback;
    }
}
