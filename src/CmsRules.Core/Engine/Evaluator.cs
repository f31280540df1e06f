using CmsRules.Core.Definitions;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Periods;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Engine;

/// <summary>Progress of an evaluation: periods done of the total, and the measure being computed.</summary>
public readonly record struct EvaluationProgress(int PeriodsDone, int Periods, string Measure);

/// <summary>
/// Computes a catalog's measures over an extract, period after period. Within a period each measure is computed
/// once, after the measures it is built from; measures over the same table with the same condition share their
/// population.
/// </summary>
public sealed class Evaluator
{
    private readonly Catalog _catalog;
    private readonly Extract _extract;
    private readonly Dictionary<string, RowSet> _allRows = [];
    private readonly Dictionary<DimensionDefinition, ResolvedCategories> _distinct = [];

    public Evaluator(Catalog catalog, Extract extract)
    {
        _catalog = catalog;
        _extract = extract;
    }

    /// <param name="assumptions">every assumption's value (see <see cref="Assumptions.Resolve"/>)</param>
    /// <param name="only">the measures to compute (with what they are built from); all when null</param>
    public IReadOnlyDictionary<string, PeriodCells[]> Evaluate(
        IReadOnlyList<Period> periods,
        IReadOnlyDictionary<string, AssumptionValue> assumptions,
        IReadOnlySet<string>? only = null,
        IProgress<EvaluationProgress>? progress = null)
    {
        var context = _catalog.Compiler.CreateContext(_extract);
        foreach (var assumption in _catalog.Definitions.Assumptions)
        {
            var value = assumptions[assumption.Name];
            context.SetAssumption(assumption.Name, assumption.Type == AssumptionType.Bool ? value.Bool : value.Number);
        }

        var measures = _catalog.EvaluationOrder.Where(m => only is null || only.Contains(m.Id)).ToList();
        var results = measures.ToDictionary(m => m.Id, _ => new PeriodCells[periods.Count]);
        for (var p = 0; p < periods.Count; p++)
        {
            var period = periods[p];
            context.SetPeriod(period.Start, period.End);
            var populations = new Dictionary<(string Table, string Where), RowSet>();
            foreach (var measure in measures)
            {
                progress?.Report(new EvaluationProgress(p, periods.Count, measure.Id));
                results[measure.Id][p] = measure switch
                {
                    TableMeasure t => EvaluateTable(t, period, context, populations),
                    DerivedMeasure d => EvaluateDerived(d, period, p, context, results),
                    _ => throw new InvalidOperationException(measure.GetType().Name),
                };
            }
        }
        progress?.Report(new EvaluationProgress(periods.Count, periods.Count, ""));
        return results;
    }

    private PeriodCells EvaluateTable(TableMeasure measure, Period period, EvalContext context, Dictionary<(string, string), RowSet> populations)
    {
        var population = Population(measure, context, populations);
        var value = measure.Value.Number;
        var @base = measure.Base?.Number;
        Cell Figure(RowSet rows) => new(value(context, rows), @base?.Invoke(context, rows));

        var breakdowns = new List<BreakdownCells>(measure.Breakdowns.Count);
        foreach (var breakdown in measure.Breakdowns)
        {
            var categories = Resolve(breakdown.Categories);
            var parts = measure.GroupBy is null
                ? Partition.ByRow(population, categories.Names.Count, categories.RowPosition(breakdown.ByRow!, context))
                : Partition.ByGroup(population, (Int64Column)_extract[measure.Table.Name][measure.GroupBy.Name],
                    categories.Names.Count, categories.GroupPosition(breakdown.ByGroup!, context));
            breakdowns.Add(new BreakdownCells(breakdown.Dimension, categories.Names, parts.Select(Figure).ToArray()));
        }
        return new PeriodCells(period, Figure(population), breakdowns);
    }

    private RowSet Population(TableMeasure measure, EvalContext context, Dictionary<(string, string), RowSet> populations)
    {
        var table = measure.Table.Name;
        if (!_allRows.TryGetValue(table, out var all))
            _allRows[table] = all = RowSet.All(_extract.Find(table)?.RowCount ?? 0);
        if (measure.Where is null) return all;
        var key = (table, measure.Definition.Where!.Text);
        if (!populations.TryGetValue(key, out var rows))
            populations[key] = rows = measure.Where.Filter(context, all);
        return rows;
    }

    private PeriodCells EvaluateDerived(DerivedMeasure measure, Period period, int p, EvalContext context, Dictionary<string, PeriodCells[]> results)
    {
        var used = measure.Dependencies.Measures.ToList();
        var slots = used.Select(_catalog.SlotOf).ToArray();
        var value = measure.Value.Number;
        var @base = measure.Base?.Number;

        Cell Figure(Func<PeriodCells, Cell?> pick)
        {
            for (var i = 0; i < used.Count; i++)
                context.SetExternal(slots[i], pick(results[used[i]][p])?.Value);
            return new Cell(value(context), @base?.Invoke(context));
        }

        var breakdowns = new List<BreakdownCells>(measure.Dimensions.Count);
        foreach (var dimension in measure.Dimensions)
        {
            var categories = used.Select(id => results[id][p].Breakdown(dimension)).First(b => b is not null)!.Categories;
            breakdowns.Add(new BreakdownCells(dimension, categories,
                categories.Select(category => Figure(cells => cells.Breakdown(dimension)?.Find(category))).ToArray()));
        }
        return new PeriodCells(period, Figure(cells => cells.Total), breakdowns);
    }

    private ResolvedCategories Resolve(CategorySource source) => source switch
    {
        CodeCategories codes => ResolvedCategories.OfCodes(codes),
        ListedCategories listed => ResolvedCategories.OfNames(listed.Categories, null),
        DistinctCategories distinct => ResolveDistinct(distinct.Dimension),
        _ => throw new InvalidOperationException(source.GetType().Name),
    };

    private ResolvedCategories ResolveDistinct(DimensionDefinition dimension)
    {
        if (_distinct.TryGetValue(dimension, out var resolved)) return resolved;
        var column = (StringColumn)_extract[dimension.Table][dimension.Column];
        var names = column.Dictionary.ToList();
        var hasNull = column.Nulls?.Any() == true;
        if (hasNull && dimension.UnknownCategory is { } unknown) names.Add(unknown);
        return _distinct[dimension] = ResolvedCategories.OfNames(names, hasNull ? dimension.UnknownCategory : null);
    }
}
