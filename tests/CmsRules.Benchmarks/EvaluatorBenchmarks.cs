using BenchmarkDotNet.Attributes;
using CmsRules.Core.Definitions;
using CmsRules.Core.Engine;
using CmsRules.Core.Loading;
using CmsRules.Core.Periods;
using CmsRules.Core.Storage;
using CmsRules.SampleData;

namespace CmsRules.Benchmarks;

/// <summary>
/// The engine's inner parts on a generated extract of 100,000 case groups and the core catalogue: building the
/// indexes and compiled code before the periods (a fresh evaluator each time), then the steady cost of one more
/// quarter and one more month once they are built.
/// </summary>
[MemoryDiagnoser]
public class EvaluatorBenchmarks
{
    private const int CaseGroups = 100_000;

    private string _directory = null!;
    private Catalog _catalog = null!;
    private Extract _extract = null!;
    private IReadOnlyDictionary<string, AssumptionValue> _assumptions = null!;
    private Evaluator _warm = null!;
    private readonly Period[] _quarter = [.. Period.Range(new DateOnly(2024, 10, 1), new DateOnly(2024, 12, 31), Frequency.Quarter)];
    private readonly Period[] _month = [.. Period.Range(new DateOnly(2024, 12, 1), new DateOnly(2024, 12, 31), Frequency.Month)];

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), $"cmsrules-bench-{Environment.ProcessId}");
        ExtractGenerator.Generate(new GeneratorOptions(CaseGroups, 1, GeneratorOptions.DefaultFrom, GeneratorOptions.DefaultTo), _directory);
        _catalog = Catalog.Compile(DefinitionSetReader.Read([Path.Combine(FindRoot(), "measures")]));
        _extract = ExtractLoader.Load(_catalog.Definitions.Dictionary, _directory);
        _assumptions = Assumptions.Resolve(_catalog.Definitions.Assumptions, []);
        _warm = new Evaluator(_catalog, _extract);
        _warm.Evaluate(_quarter, _assumptions);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Description = "indexes and code, before the periods")]
    public object Prepare() => new Evaluator(_catalog, _extract).Evaluate([], _assumptions);

    [Benchmark(Description = "one quarter, indexes built")]
    public object Quarter() => _warm.Evaluate(_quarter, _assumptions);

    [Benchmark(Description = "one month, indexes built")]
    public object Month() => _warm.Evaluate(_month, _assumptions);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CmsRules.sln"))) return dir.FullName;
        throw new InvalidOperationException("run the benchmarks from within the repository");
    }
}
