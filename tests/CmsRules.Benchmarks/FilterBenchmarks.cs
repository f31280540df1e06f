using BenchmarkDotNet.Attributes;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Language.Parsing;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Storage;

namespace CmsRules.Benchmarks;

/// <summary>
/// The typical population filter over 10 million rows: the compiled predicate called per row, against a
/// hand-written loop over the same arrays as the floor.
/// </summary>
[MemoryDiagnoser]
public class FilterBenchmarks
{
    public const int Rows = 10_000_000;
    private const string Filter = "opened_date <= period_end and (closed_date is null or closed_date > period_end)";

    private EvalContext _context = null!;
    private CompiledRowExpression _compiled = null!;
    private RowSet _all;
    private Extract _extract = null!;

    [GlobalSetup]
    public void Setup()
    {
        _extract = BenchmarkData.Extract(Rows);
        var compiler = new ExpressionCompiler();
        var bound = Binder.BindRow(BenchmarkData.Environment(), ExpressionParser.ParseOrThrow(ExpressionSource.Inline(Filter)), "case_groups").GetOrThrow();
        _compiled = compiler.CompileRow(bound);
        _context = compiler.CreateContext(_extract);
        _context.SetPeriod(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 31));
        _all = RowSet.All(Rows);
    }

    [Benchmark(Description = "compiled filter, 10M rows")]
    public int CompiledFilter() => _compiled.Filter(_context, _all).Count;

    [Benchmark(Baseline = true, Description = "hand-written C# loop, 10M rows")]
    public int HandWritten()
    {
        var table = _extract["case_groups"];
        var opened = ((DateColumn)table["opened_date"]).Days;
        var closedColumn = (DateColumn)table["closed_date"];
        var closed = closedColumn.Days;
        var end = _context.PeriodEndDay;
        var kept = new int[Rows];
        var n = 0;
        for (var row = 0; row < Rows; row++)
            if (opened[row] <= end && (closedColumn.IsNull(row) || closed[row] > end)) kept[n++] = row;
        return n;
    }
}
