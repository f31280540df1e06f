using CmsRules.Core.Definitions;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Engine;
using CmsRules.Core.Language.Ast;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Language.Parsing;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Periods;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Methodology;

/// <summary>
/// Explains a measure's figure: its population step by step (each top-level `and` condition of its where applied in
/// turn, compiled separately with the same binder and compiler as the measure), its figures, and why a given case is
/// in or out. <paramref name="unitColumn"/> names the column that identifies a case in examples and in --case.
/// </summary>
public sealed class MeasureExplainer(Catalog catalog, Extract extract, IReadOnlyDictionary<string, AssumptionValue> assumptions, string unitColumn)
{
    private const int ExampleCount = 8;

    public PeriodExplanation Explain(CompiledMeasure measure, Period period)
    {
        var figures = new Evaluator(catalog, extract).Evaluate([period], assumptions, DependencyAnalysis.WithInputs(catalog, [measure.Id]));
        var inputs = measure.Dependencies.Measures.ToDictionary(id => id, id => figures[id][0]);
        if (measure is not TableMeasure table)
            return new PeriodExplanation(period, 0, [], figures[measure.Id][0], inputs, unitColumn, []);

        var context = Context(period);
        var rows = RowSet.All(extract[table.Table.Name].RowCount);
        var tableRows = rows.Count;
        var steps = new List<ExplainStep>();
        foreach (var (condition, compiled) in Conditions(table))
        {
            rows = compiled.Filter(context, rows);
            steps.Add(new ExplainStep(condition, rows.Count));
        }
        var (column, key) = Identifier(table);
        var examples = new List<string>();
        for (var i = 0; i < rows.Count && examples.Count < ExampleCount; i++)
            if (key(context, rows.Rows[i]) is var id && !examples.Contains(id)) examples.Add(id);
        return new PeriodExplanation(period, tableRows, steps, figures[measure.Id][0], inputs, column, examples);
    }

    /// <exception cref="DiagnosticException">the measure's table has no <c>unitColumn</c>, or the measure is built from others</exception>
    public CaseExplanation ExplainCase(CompiledMeasure measure, Period period, long id)
    {
        if (measure is not TableMeasure table)
            throw Problem(measure, $"{measure.Id} is built from other measures; explain one of them with --case: {string.Join(", ", measure.Dependencies.Measures)}");
        if (extract[table.Table.Name].Columns.FirstOrDefault(c => c.Schema.Name == unitColumn) is not Int64Column ids)
            throw Problem(measure, $"{measure.Id} counts rows of {table.Table.Name}, which has no whole-number column {unitColumn}");

        var context = Context(period);
        var conditions = Conditions(table).Select(c => (c.Condition, Value: RowValues.Of(c.Compiled))).ToList();
        var breakdowns = table.Breakdowns.Where(b => b.ByRow is not null).Select(b => (b.Dimension, Value: RowValues.Of(b.ByRow!))).ToList();
        var values = FieldsRead(table).Select(name => (Name: name, Value: RowValues.Reader(catalog, table.Table.Name, name))).ToList();
        var (_, key) = Identifier(table, preferKey: true);

        var rows = new List<CaseRow>();
        for (var row = 0; row < ids.Length; row++)
        {
            if (ids.IsNull(row) || ids.Values[row] != id) continue;
            var checks = conditions.Select(c => new CaseCondition(c.Condition, c.Value(context, row))).ToList();
            rows.Add(new CaseRow(row, key(context, row), checks, checks.All(c => c.Value == "true"),
                breakdowns.Select(b => (b.Dimension, b.Value(context, row))).ToList(),
                values.Select(v => (v.Name, v.Value(context, row))).ToList()));
        }
        return new CaseExplanation(period, table.Table.Name, unitColumn, id, rows);
    }

    /// <summary>The where split at its top-level `and`s, each compiled as a row condition; a C# where is one condition.</summary>
    public IReadOnlyList<(ExplainCondition Condition, CompiledRowExpression Compiled)> Conditions(TableMeasure measure)
    {
        if (measure.Definition.Where is not { } where || measure.Where is null) return [];
        if (where.IsCSharp) return [(new ExplainCondition("csharp: " + where.Text.Trim(), where.Start), measure.Where)];
        var parsed = ExpressionParser.ParseOrThrow(where.ToSource());
        var result = new List<(ExplainCondition, CompiledRowExpression)>();
        foreach (var conjunct in Conjuncts(parsed.Root))
        {
            var bound = Binder.BindRow(catalog.Environment, new ParsedExpression(parsed.Source, conjunct), measure.Table.Name);
            if (bound.Expression is not { } expression) throw new DiagnosticException(bound.Diagnostics);
            var text = parsed.Source.Text.Substring(conjunct.Span.Start, conjunct.Span.Length);
            result.Add((new ExplainCondition(string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.TrimEntries)).Trim(),
                parsed.Source.Locate(conjunct.Span.Start)), catalog.Compiler.CompileRow(expression)));
        }
        return result;
    }

    private static IEnumerable<Expr> Conjuncts(Expr root) => root is BinaryExpr { Op: BinaryOp.And } and
        ? Conjuncts(and.Left).Concat(Conjuncts(and.Right))
        : [root];

    /// <summary>The fields and columns of the measure's own table that its where, value, base and breakdowns read.</summary>
    private IReadOnlyList<string> FieldsRead(TableMeasure measure)
    {
        var name = measure.Table.Name;
        var parts = new CompiledExpression?[] { measure.Where, measure.Value, measure.Base }
            .Concat(measure.Breakdowns.Select(b => (CompiledExpression?)b.ByRow ?? b.ByGroup))
            .Select(e => e?.Source).OfType<BoundExpression>().Select(b => Dependencies.Of(b.Root)).ToList();
        var fields = parts.SelectMany(d => d.Fields).Where(f => f.Table == name)
            .Where(f => catalog.Environment.FindField(name, f.Field)?.Parameters.Count == 0).Select(f => f.Field);
        var columns = parts.SelectMany(d => d.Columns).Where(c => c.Table == name).Select(c => c.Column);
        return fields.Concat(columns).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>What names a row in examples: the unit column when the table has it, otherwise the table's key.</summary>
    private (string Column, Func<EvalContext, int, string> Read) Identifier(TableMeasure measure, bool preferKey = false)
    {
        var table = measure.Table;
        if (!preferKey && table.FindColumn(unitColumn) is not null) return (unitColumn, RowValues.Reader(catalog, table.Name, unitColumn));
        var key = table.Key.Count > 0 ? table.Key : [table.Columns[0].Name];
        var readers = key.Select(k => RowValues.Reader(catalog, table.Name, k)).ToList();
        return (string.Join(", ", key), (c, r) => string.Join(", ", readers.Select(read => read(c, r))));
    }

    private EvalContext Context(Period period)
    {
        var context = catalog.Compiler.CreateContext(extract);
        Assumptions.Apply(context, catalog.Definitions.Assumptions, assumptions);
        context.SetPeriod(period.Start, period.End);
        return context;
    }

    private static DiagnosticException Problem(CompiledMeasure measure, string message) =>
        new([new Diagnostic(measure.Definition.Location, message)]);
}
