using System.CommandLine;
using CmsRules.Core.Methodology;

namespace CmsRules.Cli.Commands;

/// <summary>
/// <c>cmsrules compare</c>: the baseline (defaults, or the run's own --assume) against one variant per --variant
/// ("NAME=VALUE[,NAME=VALUE...]"); --assume-variant is the single-variant form. Writes comparison.csv and prints what moved.
/// </summary>
public static class CompareCommand
{
    public static Command Create()
    {
        var options = new RunOptions();
        var variant = new Option<string[]>("--variant")
        {
            Description = "NAME=VALUE[,NAME=VALUE...]: one variant's assumptions (repeat for several variants, one column set each).",
        };
        var command = new Command("compare",
            "Compare figures under other assumptions with the baseline; writes comparison.csv of the figures that moved. " +
            "With no --variant, the --assume values are the variant and the defaults the baseline.");
        options.AddTo(command);
        command.Options.Add(variant);
        command.SetAction(parse => CliErrors.Guard(() => Run(options.Read(parse), parse.GetValue(variant) ?? [])));
        return command;
    }

    private static int Run(Core.Engine.RunRequest run, string[] variants)
    {
        var settings = variants.Select(v => (IReadOnlyList<string>)v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (settings.Count == 0)
        {
            // The form: `compare --assume NAME=VALUE` compares the defaults with those values.
            if (run.Assumptions is not { Count: > 0 } assumed) throw new CliException("give the variant to compare: --assume NAME=VALUE or --variant NAME=VALUE[,...]");
            settings.Add(assumed);
            run = run with { Assumptions = [] };
        }
        var result = RunCommand.WithProgress(progress => ComparisonPipeline.Execute(new ComparisonRequest(run, settings), progress));
        ComparisonSummary.Print(result, Path.Combine(run.OutputDirectory, ComparisonPipeline.ComparisonFile));
        return 0;
    }
}
