using CmsRules.Core.Language.Ast;
using CmsRules.Core.Language.Parsing;
using CmsRules.Core.Schema;
using FsCheck.Xunit;

namespace CmsRules.Tests.Language.Properties;

public sealed class LanguageProperties
{
    [Property(MaxTest = 400, Arbitrary = [typeof(RandomTable)])]
    public void Compiled_code_agrees_with_the_interpreter_on_every_row(PropertyCase c)
    {
        var compiled = RandomTable.Compiler.CompileRow(RandomTable.Bind(c.Expr));
        var context = RandomTable.Compiler.CreateContext(RandomTable.Extract(c.Rows));
        context.SetPeriod(RandomTable.PeriodStart, RandomTable.PeriodEnd);
        context.SetAssumption("r", c.R);
        context.SetAssumption("flag", c.Flag);
        var columns = RandomTable.Schema.Columns.Select(col => col.Name).ToArray();
        var trueRows = new List<int>();
        for (var row = 0; row < c.Rows.Length; row++)
        {
            var values = columns.Select((name, i) => (name, value: c.Rows[row][i] is long pence && name == "m" ? new Pence(pence) : c.Rows[row][i]))
                .ToDictionary(x => x.name, x => x.value);
            var interpreter = new Interpreter(values, new Dictionary<string, object?> { ["r"] = c.R, ["flag"] = c.Flag }, RandomTable.PeriodStart, RandomTable.PeriodEnd);
            var expected = Outcome(() => Normalise(interpreter.Eval(c.Expr)));
            var actual = Outcome(() => Describe(compiled, context, row));
            actual.ShouldBe(expected, $"row {row} of {c}");
            if (expected == "True") trueRows.Add(row);
        }
        // The batch filter (one compiled loop) keeps exactly the rows where the condition is true.
        if (compiled.Type.Kind == DataType.Bool && !compiled.Type.IsNull)
        {
            var filtered = Outcome(() => string.Join(",", compiled.Filter(context, Core.Language.Runtime.RowSet.All(c.Rows.Length)) is var kept ? kept.Rows.Take(kept.Count) : []));
            if (filtered != "error") filtered.ShouldBe(string.Join(",", trueRows), $"filter of {c}");
        }
        // The batch categories (one compiled loop) give each row's enum code as the per-row delegate does.
        if (compiled.Type.Kind == DataType.Enum)
        {
            var all = Core.Language.Runtime.RowSet.All(c.Rows.Length);
            var batch = Outcome(() => string.Join(",", compiled.Categories(context, all)));
            var perRow = Outcome(() => string.Join(",", Enumerable.Range(0, c.Rows.Length).Select(row => compiled.Category(context, row))));
            batch.ShouldBe(perRow, $"categories of {c}");
        }
        // A plain string column read gives each row's id in the column's dictionary.
        if (compiled.StringColumn is { } read)
        {
            var dictionary = ((Core.Storage.StringColumn)context.Extract[read.Table][read.Column]).Dictionary;
            var ids = read.Ids(context, Core.Language.Runtime.RowSet.All(c.Rows.Length));
            ids.Select(id => id < 0 ? null : dictionary[id]).ShouldBe(Enumerable.Range(0, c.Rows.Length).Select(row => compiled.Text(context, row)), $"string ids of {c}");
        }
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(RandomTable)])]
    public void Compiled_aggregates_agree_with_the_interpreter_on_any_row_set(AggregateCase c)
    {
        var compiled = RandomTable.Compiler.CompileAggregate(RandomTable.BindAggregate(c.Expr));
        var context = RandomTable.Compiler.CreateContext(RandomTable.Extract(c.Rows));
        context.SetPeriod(RandomTable.PeriodStart, RandomTable.PeriodEnd);
        context.SetAssumption("r", c.R);
        context.SetAssumption("flag", c.Flag);
        var assumptions = new Dictionary<string, object?> { ["r"] = c.R, ["flag"] = c.Flag };
        var interpreter = new AggregateInterpreter(c.Subset.Select(row => RowValues(c.Rows[row])).ToList(),
            values => new Interpreter(values, assumptions, RandomTable.PeriodStart, RandomTable.PeriodEnd));
        var expected = Outcome(() => Normalise(interpreter.Eval(c.Expr)));
        var rows = new Core.Language.Runtime.RowSet(c.Subset, c.Subset.Length);
        var actual = Outcome(() => compiled.Type.Kind == DataType.Bool ? compiled.Value<bool?>()(context, rows) : compiled.Number(context, rows));
        actual.ShouldBe(expected, c.ToString());
    }

    private static Dictionary<string, object?> RowValues(object?[] row) =>
        RandomTable.Schema.Columns.Select((col, i) => (col.Name, value: row[i] is long pence && col.Name == "m" ? new Pence(pence) : row[i]))
            .ToDictionary(x => x.Name, x => x.value);

    [Property(MaxTest = 400, Arbitrary = [typeof(RandomTable)])]
    public void Printing_a_tree_and_parsing_it_back_gives_the_same_tree(Expr expr)
    {
        var text = AstPrinter.Print(expr);
        var parsed = ExpressionParser.Parse(ExpressionSource.Inline(text));
        parsed.Diagnostics.ShouldBeEmpty(text);
        AstDump.Of(parsed.Expression!.Root).ShouldBe(AstDump.Of(expr), text);
    }

    /// <summary>The value, or the kind of exception: an overflow must be an overflow on both sides.</summary>
    private static string Outcome(Func<object?> evaluate)
    {
        try
        {
            return Interpreter.Show(evaluate());
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentOutOfRangeException)
        {
            return "error";
        }
    }

    private static object? Normalise(object? v) => v switch
    {
        long l => (decimal)l,
        Pence p => (decimal)p.Value,
        _ => v,
    };

    private static object? Describe(Core.Language.Compilation.CompiledRowExpression compiled, Core.Language.Runtime.EvalContext context, int row)
    {
        var type = compiled.Type;
        if (type.IsNull) return compiled.Value<bool?>()(context, row);
        return type.Kind switch
        {
            DataType.Bool => compiled.Value<bool?>()(context, row),
            DataType.String or DataType.Enum => compiled.Text(context, row),
            DataType.Date => compiled.Value<int?>()(context, row) is int d ? DateOnly.FromDayNumber(d) : null,
            _ => compiled.Number(context, row),
        };
    }
}
