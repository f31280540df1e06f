using System.Diagnostics;
using CmsRules.Core.Definitions;
using CmsRules.Core.Loading;
using CmsRules.Core.Output;
using CmsRules.Core.Periods;
using CmsRules.Core.Storage;
using CmsRules.Core.Validation;

namespace CmsRules.Core.Engine;

/// <summary>
/// What `cmsrules run` is asked to do. <see cref="DataDirectory"/> is the extract: a folder of CSV files or a snapshot
/// file of one (<see cref="ImportPipeline"/>). <see cref="Functions"/> replaces the built-in function registry (a host adds its
/// plugins' functions to it), <see cref="AlsoLoad"/> names tables to load and check though no measure reads them (a
/// lookup whose names a display shows), and <see cref="Plugins"/> is recorded in the manifest.
/// </summary>
public sealed record RunRequest(
    string DataDirectory,
    IReadOnlyList<string> DefinitionFolders,
    string OutputDirectory,
    Frequency Frequency = Frequency.Quarter,
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyList<string>? Assumptions = null,
    Language.Binding.FunctionRegistry? Functions = null,
    IReadOnlyCollection<string>? AlsoLoad = null,
    IReadOnlyList<PluginRecord>? Plugins = null);

/// <summary>What a run computed, with where the time went.</summary>
public sealed record RunResult(
    Catalog Catalog,
    Extract Extract,
    IReadOnlyList<Period> Periods,
    IReadOnlyDictionary<string, Definitions.AssumptionValue> Assumptions,
    IReadOnlyDictionary<string, PeriodCells[]> Figures,
    TimeSpan LoadTime,
    TimeSpan EvaluationTime,
    ValidationReport Validation);

/// <summary>Progress callbacks of a run, for a display.</summary>
public sealed record RunProgress(IProgress<TableLoadProgress>? Loading = null, IProgress<EvaluationProgress>? Evaluation = null);

/// <summary>
/// The main job: read and compile the definitions, load the extract (only the tables the measures read), compute every
/// measure for every period, check the validation rules, and write measures.csv, validation.csv and manifest.json. Every error in the definitions or the extract is
/// reported before anything is written.
/// </summary>
public static class RunPipeline
{
    public const string MeasuresFile = "measures.csv";
    public const string ManifestFile = "manifest.json";

    public static RunResult Execute(RunRequest request, RunProgress? progress = null)
    {
        var definitions = DefinitionSetReader.Read(request.DefinitionFolders);
        var catalog = Catalog.Compile(definitions, request.Functions);
        var assumptions = Engine.Assumptions.Resolve(definitions.Assumptions, request.Assumptions ?? []);

        var clock = Stopwatch.StartNew();
        var extract = ExtractSource.Load(definitions.Dictionary, request.DataDirectory, new LoadOptions
        {
            RequiredTables = TablesToLoad(catalog, request.AlsoLoad),
            Progress = progress?.Loading,
        });
        var loadTime = clock.Elapsed;

        var periods = ExtractCoverage.Periods(extract, request.Frequency, request.From, request.To);
        clock.Restart();
        var figures = new Evaluator(catalog, extract).Evaluate(periods, assumptions, progress: progress?.Evaluation);
        var evaluationTime = clock.Elapsed;

        var validation = ValidationRunner.Run(catalog, extract, assumptions, periods, figures);
        var result = new RunResult(catalog, extract, periods, assumptions, figures, loadTime, evaluationTime, validation);
        WriteOutputs(request, result);
        return result;
    }

    /// <summary>The tables a run needs: those the measures read, and <paramref name="alsoLoad"/>.</summary>
    public static IReadOnlySet<string> TablesToLoad(Catalog catalog, IReadOnlyCollection<string>? alsoLoad) =>
        catalog.Measures.SelectMany(m => m.Dependencies.Tables).Concat(alsoLoad ?? []).ToHashSet(StringComparer.Ordinal);

    public static IEnumerable<MeasureOutput> Published(Catalog catalog, IReadOnlyDictionary<string, PeriodCells[]> figures) =>
        catalog.Measures.Where(m => m.Definition.Publish && figures.ContainsKey(m.Id))
            .Select(m => new MeasureOutput(m.Id, m.Definition.Kind, m.Rounding, figures[m.Id]));

    private static void WriteOutputs(RunRequest request, RunResult result)
    {
        Directory.CreateDirectory(request.OutputDirectory);
        MeasuresCsv.Write(Path.Combine(request.OutputDirectory, MeasuresFile), Published(result.Catalog, result.Figures));
        ValidationCsv.Write(Path.Combine(request.OutputDirectory, ValidationCsv.FileName), result.Validation);
        var definitions = result.Catalog.Definitions;
        new RunManifest(
            Tool: $"cmsrules {typeof(RunPipeline).Assembly.GetName().Version}",
            Definitions: definitions.Files,
            Assumptions: definitions.Assumptions.Select(a => (a.Name, result.Assumptions[a.Name].ToText(a.Type), result.Assumptions[a.Name] == a.Default)).ToList(),
            ExtractFiles: ExtractSource.Files(request.DataDirectory, result.Extract),
            Frequency: request.Frequency.ToString().ToLowerInvariant(),
            FirstPeriod: result.Periods[0].Label,
            LastPeriod: result.Periods[^1].Label,
            CSharpDefinitions: result.Catalog.CSharpMeasures.ToList(),
            Plugins: request.Plugins).Write(Path.Combine(request.OutputDirectory, ManifestFile));
    }
}
