using BenchmarkDotNet.Attributes;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Language.Parsing;

namespace CmsRules.Benchmarks;

/// <summary>Parse, bind and compile 100 distinct row expressions to predicate delegates.</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private readonly BindingEnvironment _environment = BenchmarkData.Environment();
    private readonly string[] _expressions = Enumerable.Range(0, 100).Select(Expression).ToArray();

    private static string Expression(int n) => (n % 4) switch
    {
        0 => $"opened_date <= add_days(period_end, {n}) and (closed_date is null or closed_date > period_end)",
        1 => $"region in ('North', 'South') and balance > £{n}.50 and days_between(opened_date, period_end) > {n}",
        2 => $"case when balance / 100 > $threshold * {n} then true when closed_date is null then false else region = 'East' end",
        _ => $"coalesce(closed_date, period_end) between start_of_quarter(opened_date) and add_months(period_end, {n}) or balance = {n}",
    };

    [Benchmark(Description = "parse + bind + compile 100 expressions")]
    public int Compile100()
    {
        var compiler = new ExpressionCompiler();
        var total = 0;
        foreach (var text in _expressions)
        {
            var parsed = ExpressionParser.ParseOrThrow(ExpressionSource.Inline(text));
            var bound = Binder.BindRow(_environment, parsed, "case_groups").GetOrThrow();
            total += compiler.CompileRow(bound).Predicate.Method.GetHashCode() & 1;
        }
        return total;
    }
}
