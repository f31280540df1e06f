using System.CommandLine;
using CmsRules.Core.Definitions;
using CmsRules.Core.Engine;
using CmsRules.Core.Loading;
using CmsRules.Core.Methodology;
using CmsRules.Core.Periods;
using Spectre.Console;

namespace CmsRules.Cli.Commands;

/// <summary>
/// <c>cmsrules explain MEASURE_ID [--period P] [--case ID]</c>: the definition as written and what it depends on; with a
/// period, its population step by step, its figures and example case groups; with a case, why that case is in or out.
/// </summary>
public static class ExplainCommand
{
    /// <summary>What identifies a case in the CMS extract: examples and --case use it when the measure's table has it.</summary>
    public const string CaseColumn = "case_group_id";

    public static Command Create()
    {
        var options = new RunOptions();
        var measure = new Argument<string>("MEASURE_ID") { Description = "The measure to explain, e.g. compliance.contributing_pct." };
        var period = new Option<string?>("--period") { Description = "A quarter (2024-Q1) or month (2024-01): show the population step by step and the figure." };
        var caseId = new Option<long?>("--case") { Description = "A case group id: show why it is in or out of the measure (the last period when --period is not given)." };
        var command = new Command("explain", "Show how a measure is defined and, for a period, how its figure comes about.");
        command.Arguments.Add(measure);
        options.AddTo(command);
        command.Options.Add(period);
        command.Options.Add(caseId);
        command.SetAction(parse => CliErrors.Guard(() => Run(options.Read(parse), parse.GetValue(measure)!, parse.GetValue(period), parse.GetValue(caseId))));
        return command;
    }

    public static int Run(RunRequest request, string id, string? periodText, long? caseId)
    {
        var definitions = DefinitionSetReader.Read(request.DefinitionFolders);
        var catalog = Catalog.Compile(definitions);
        var measure = catalog.Find(id) ?? throw new CliException($"no measure '{id}'{Core.Text.DidYouMean.Hint(id, catalog.Measures.Select(m => m.Id))}");
        Period? period = null;
        if (periodText is not null)
            period = Period.TryParse(periodText, out var p) ? p : throw new CliException($"--period '{periodText}' is not a quarter (2024-Q1) or a month (2024-01)");
        var assumptions = Assumptions.Resolve(definitions.Assumptions, request.Assumptions ?? []);

        ExplainView.Definition(catalog, measure, assumptions);
        if (period is null && caseId is null) return 0;

        var inputs = DependencyAnalysis.WithInputs(catalog, [measure.Id]);
        var extract = ExtractSource.Load(definitions.Dictionary, request.DataDirectory, new LoadOptions
        {
            RequiredTables = inputs.SelectMany(m => catalog.Find(m)!.Dependencies.Tables).ToHashSet(),
        });
        var at = period ?? ExtractCoverage.Periods(extract, request.Frequency, request.From, request.To)[^1];
        var explainer = new MeasureExplainer(catalog, extract, assumptions, CaseColumn);
        ExplainView.Period(catalog, measure, explainer.Explain(measure, at));
        if (caseId is { } caseGroup) ExplainView.Case(measure, explainer.ExplainCase(measure, at, caseGroup));
        return 0;
    }
}
