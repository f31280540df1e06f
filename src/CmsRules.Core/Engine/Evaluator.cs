using System.Collections.Concurrent;
using CmsRules.Core.Definitions;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Periods;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Engine;

/// <summary>Progress of an evaluation: periods done of the total, and the measure being computed.</summary>
public readonly record struct EvaluationProgress(int PeriodsDone, int Periods, string Measure);

/// <summary>
/// Computes a catalog's measures over an extract. First the indexes the measures read are built and their code
/// compiled, on every core. Periods are then independent, so they are computed in parallel by one worker per core, each
/// with its own evaluation context; within a period each measure is computed once, after the measures it is built from. Measures over the same
/// table whose conditions have the same parts share their population and its breakdowns, and a condition that includes
/// another's parts filters that smaller population. A condition that bounds a date of its row by the period looks only
/// at the rows dated inside those bounds, and some figures are read straight from a date index. A stock (the rows open
/// at the period end) is carried by each context from one of its periods to the next (see <see cref="StockSweep"/>).
/// </summary>
public sealed class Evaluator
{
    // An index pays off when a period selects a small part of the table; above this share a plain scan is as quick.
    private const double IndexedShare = 0.5;

    private readonly Catalog _catalog;
    private readonly Extract _extract;
    private readonly RelationCache _relations;
    private readonly ConcurrentDictionary<string, RowSet> _allRows = new();
    private readonly OnceEach<Int64Column, GroupNumbers> _groups = new();
    private readonly ConcurrentDictionary<DimensionDefinition, ResolvedCategories> _distinct = new();
    private readonly Dictionary<TableMeasure, PeriodRange?> _ranges;
    private readonly Dictionary<TableMeasure, (IndexedFigure Value, IndexedFigure? Base)> _indexed = [];
    private readonly Dictionary<TableMeasure, Condition> _conditions;
    private readonly Dictionary<TableMeasure, (StockLimits Limits, CompiledRowExpression? Others)> _stocks = [];

    public Evaluator(Catalog catalog, Extract extract)
    {
        _catalog = catalog;
        _extract = extract;
        _relations = new RelationCache(extract);
        _ranges = catalog.Measures.OfType<TableMeasure>().ToDictionary(m => m, m => PeriodRange.Of(m.Where, m.Table));
        _conditions = catalog.Measures.OfType<TableMeasure>().Where(m => m.Where is not null).ToDictionary(m => m, Condition.Of);
        foreach (var measure in _conditions.Keys)
            if (measure.Where!.Source is { } where && StockLimits.Of(where, measure.Table) is { } limits)
                _stocks[measure] = (limits, limits.Rest is { } rest
                    ? catalog.Compiler.CompileRow(new BoundExpression(rest, ExpressionContext.Row, measure.Table, where.Source))
                    : null);
        foreach (var (measure, range) in _ranges)
            if (range is not null && measure.Breakdowns.Count == 0 && IndexedFigure.Of(measure.Value, range) is { } value)
                if (measure.Base is null || IndexedFigure.Of(measure.Base, range) is not null)
                    _indexed[measure] = (value, IndexedFigure.Of(measure.Base, range));
    }

    /// <param name="assumptions">every assumption's value (see <see cref="Assumptions.Resolve"/>)</param>
    /// <param name="only">the measures to compute (with what they are built from); all when null</param>
    public IReadOnlyDictionary<string, PeriodCells[]> Evaluate(
        IReadOnlyList<Period> periods,
        IReadOnlyDictionary<string, AssumptionValue> assumptions,
        IReadOnlySet<string>? only = null,
        IProgress<EvaluationProgress>? progress = null)
    {
        var measures = _catalog.EvaluationOrder.Where(m => only is null || only.Contains(m.Id)).ToList();
        var results = measures.ToDictionary(m => m.Id, _ => new PeriodCells[periods.Count]);
        Prepare(measures, periods);
        // One worker per core, each taking the next period in order until none is left. Parallel.For would start more
        // workers over a long run, each with new caches and stocks to build.
        var (next, done) = (-1, 0);
        var workers = Math.Min(Environment.ProcessorCount, periods.Count);
        if (workers == 0) return results; // no periods: the preparation alone
        try
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, (_, loop) =>
            {
                var worker = new Worker(Context(assumptions));
                worker.Context.Arrays = RowArrays.Reused();
                for (var p = Interlocked.Increment(ref next); p < periods.Count && !loop.ShouldExitCurrentIteration; p = Interlocked.Increment(ref next))
                {
                    EvaluatePeriod(periods[p], p, measures, worker, results,
                        measure => Report(progress, new EvaluationProgress(Volatile.Read(ref done), periods.Count, measure)));
                    worker.Context.Arrays.Recycle(); // nothing made in a period outlives it but its figures
                    Report(progress, new EvaluationProgress(Interlocked.Increment(ref done), periods.Count, ""));
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is EvaluationException))
        {
            // The data's fault, not the engine's: one message, the first by its text of the failures met.
            throw e.InnerExceptions.MinBy(x => x.Message, StringComparer.Ordinal)!;
        }
        return results;
    }

    /// <summary>
    /// Builds the indexes the measures read and compiles their code before the periods start, as many at once as there
    /// are cores: periods computed in parallel would otherwise wait together on the first of them to build each one.
    /// </summary>
    private void Prepare(IEnumerable<CompiledMeasure> measures, IReadOnlyList<Period> periods)
    {
        var indexes = _catalog.Compiler.Layout.IndexesInUse();
        var work = new List<Action>();
        work.AddRange(indexes.Relations.Select(r => (Action)(() =>
        {
            var index = _relations.Get(r.Relation);
            if (r.Children) _ = index.Offsets;
        })));
        work.AddRange(indexes.Dated.Select(d => (Action)(() => _relations.GetDated(d.Relation, d.Date))));
        work.AddRange(indexes.Marked.Select(c => (Action)(() => _ = (_extract.Find(c.Table)?[c.Column] as Int64Column)?.Range)));
        work.AddRange(indexes.DateIndexes.Select(d => (Action)(() => _relations.GetDateIndex(d.Table, d.Column))));
        foreach (var measure in measures) work.AddRange(Preparation(measure, periods));
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, step => step());
    }

    /// <summary>
    /// Whether a run's periods together read half a table's rows or more. Then putting its rows in date order pays:
    /// sorting them costs about what reading half the table from here and there costs, at a million case groups. Fewer
    /// rows are found by a scan of the date column each period.
    /// </summary>
    private static bool ReadsMuchOf(DateIndex index, IEnumerable<(int? From, int? To)> ranges) =>
        2 * ranges.Sum(r => (long)index.Count(r.From, r.To)) >= index.Count(null, null);

    private IEnumerable<Action> Preparation(CompiledMeasure measure, IReadOnlyList<Period> periods)
    {
        if (measure is DerivedMeasure derived)
        {
            yield return () => _ = derived.Value.Number;
            if (derived.Base is { } derivedBase) yield return () => _ = derivedBase.Number;
            yield break;
        }
        var m = (TableMeasure)measure;
        var table = _extract.Find(m.Table.Name);
        if (_ranges[m] is { } range && table is not null)
            yield return _indexed.TryGetValue(m, out var indexed)
                ? () => // the running totals the figures read
                {
                    var index = _relations.GetDateIndex(m.Table.Name, range.Column.Name)!;
                    indexed.Value.Evaluate(index, table, null, null);
                    indexed.Base?.Evaluate(index, table, null, null);
                }
                : () =>
                {
                    var index = _relations.GetDateIndex(m.Table.Name, range.Column.Name)!;
                    if (ReadsMuchOf(index, periods.Select(p => range.Days(p.Start.DayNumber, p.End.DayNumber)))) index.OrderRows();
                };
        if (_indexed.ContainsKey(m)) yield break;
        if (_stocks.TryGetValue(m, out var stock))
        {
            foreach (var limit in stock.Limits.Limits)
                yield return () => _relations.GetDateIndex(m.Table.Name, limit.Column.Name)?.OrderRows();
            if (stock.Others is { } others) yield return others.CompileFilter;
        }
        if (m.Where is { } where) yield return where.CompileFilter;
        yield return () => _ = m.Value.Number;
        if (m.Base is { } @base) yield return () => _ = @base.Number;
        if (m.GroupBy is { } groupBy && table is not null) yield return () => _groups.GetOrAdd((Int64Column)table[groupBy.Name], GroupNumbers.Of);
        foreach (var breakdown in m.Breakdowns)
            yield return breakdown.ByGroup is { } byGroup ? () => _ = byGroup.Category
                : breakdown.Categories is CodeCategories ? breakdown.ByRow!.CompileCategories
                : breakdown.ByRow!.StringColumn is { } read ? read.Compile
                : () => _ = breakdown.ByRow!.Text;
    }

    private static void Report(IProgress<EvaluationProgress>? progress, EvaluationProgress value)
    {
        if (progress is null) return;
        lock (progress) progress.Report(value);
    }

    private EvalContext Context(IReadOnlyDictionary<string, AssumptionValue> assumptions)
    {
        var context = _catalog.Compiler.CreateContext(_extract, _relations);
        foreach (var assumption in _catalog.Definitions.Assumptions)
        {
            var value = assumptions[assumption.Name];
            context.SetAssumption(assumption.Name, assumption.Type == AssumptionType.Bool ? value.Bool : value.Number);
        }
        return context;
    }

    private void EvaluatePeriod(Period period, int p, List<CompiledMeasure> measures, Worker worker,
        Dictionary<string, PeriodCells[]> results, Action<string> starting)
    {
        var context = worker.Context;
        context.SetPeriod(period.Start, period.End);
        var shared = new PeriodShared();
        foreach (var measure in measures)
        {
            starting(measure.Id);
            try
            {
                results[measure.Id][p] = measure switch
                {
                    TableMeasure t => EvaluateTable(t, period, worker, shared),
                    DerivedMeasure d => EvaluateDerived(d, period, p, context, results),
                    _ => throw new InvalidOperationException(measure.GetType().Name),
                };
            }
            catch (EvaluationException e)
            {
                throw e.While($"computing {measure.Id} for {period}");
            }
        }
    }

    private PeriodCells EvaluateTable(TableMeasure measure, Period period, Worker worker, PeriodShared shared)
    {
        var context = worker.Context;
        if (_indexed.TryGetValue(measure, out var indexed) && _extract.Find(measure.Table.Name) is { } table)
        {
            var (index, from, to) = IndexFor(measure, table, context);
            return new PeriodCells(period, new Cell(indexed.Value.Evaluate(index, table, from, to), indexed.Base?.Evaluate(index, table, from, to)), []);
        }
        var (populationKey, population) = Population(measure, worker, shared);
        var value = measure.Value.Number;
        var @base = measure.Base?.Number;
        Cell Figure(RowSet rows) => new(value(context, rows), @base?.Invoke(context, rows));
        var countsRows = CountsRows(measure.Value) && (measure.Base is null || CountsRows(measure.Base));

        var breakdowns = new List<BreakdownCells>(measure.Breakdowns.Count);
        foreach (var breakdown in measure.Breakdowns)
        {
            var categories = Resolve(breakdown.Categories);
            var by = (breakdown.ByRow ?? (CompiledExpression)breakdown.ByGroup!).Source!.Source.Source.Text;
            var key = (measure.Table.Name, populationKey, measure.GroupBy?.Name, by, string.Join('\u001f', categories.Names));
            if (!shared.Partitions.TryGetValue(key, out var parts))
                shared.Partitions[key] = parts = measure.GroupBy is null
                    ? new Partition(population, categories.Names.Count, categories.RowPositions(breakdown.ByRow!, context, population), context.Arrays)
                    : Partition.ByGroup(population, _groups.GetOrAdd((Int64Column)_extract[measure.Table.Name][measure.GroupBy.Name], GroupNumbers.Of),
                        categories.Names.Count, categories.GroupPosition(breakdown.ByGroup!, context), context.Arrays);
            breakdowns.Add(new BreakdownCells(breakdown.Dimension, categories.Names, countsRows
                ? parts.Counts.Select(n => new Cell(n, @base is null ? null : n)).ToArray()
                : parts.Parts.Select(Figure).ToArray()));
        }
        // Measures that count the same rows the same way (children covered, and by constituency) share the total.
        var totalKey = (measure.Table.Name, populationKey, measure.Value.Source!.Source.Source.Text, measure.Base?.Source!.Source.Source.Text);
        if (!shared.Totals.TryGetValue(totalKey, out var total)) shared.Totals[totalKey] = total = Figure(population);
        return new PeriodCells(period, total, breakdowns);
    }

    /// <summary>
    /// The rows meeting a measure's condition, and a key naming them. Computed once a period for measures whose
    /// conditions have the same parts, from the smallest population already computed whose parts are among its own,
    /// else from the rows dated in the period or the stock carried from the last period.
    /// </summary>
    private (string Key, RowSet Rows) Population(TableMeasure measure, Worker worker, PeriodShared shared)
    {
        var context = worker.Context;
        var table = _extract.Find(measure.Table.Name);
        if (measure.Where is null) return ("", AllRows(measure.Table.Name, table));
        var condition = _conditions[measure];
        var key = (measure.Table.Name, condition.Key);
        if (shared.Populations.TryGetValue(key, out var known)) return (condition.Key, known.Rows);

        RowSet? within = null;
        foreach (var ((name, _), (parts, rows)) in shared.Populations)
            if (name == measure.Table.Name && parts is not null && condition.Parts is not null && parts.IsSubsetOf(condition.Parts)
                && rows.Count < (within?.Count ?? int.MaxValue))
                within = rows;
        RowSet population;
        if (within is null && table is not null && !IsSelective(measure, table, context) && _stocks.TryGetValue(measure, out var stock))
        {
            var (limits, rest) = stock;
            var stocked = worker.Sweep(measure.Table.Name, limits, () => new StockSweep(limits,
                limits.Limits.Select(l => _relations.GetDateIndex(measure.Table.Name, l.Column.Name)!).ToList(), table.RowCount))
                .Rows(context.PeriodStartDay, context.PeriodEndDay, context.Arrays);
            population = rest is null ? stocked : rest.Filter(context, stocked);
        }
        else population = measure.Where.Filter(context, within ?? Candidates(measure, table, context));
        shared.Populations[key] = (condition.Parts, population);
        return (condition.Key, population);
    }

    /// <summary>The rows a period's condition can hold for: those dated within its bounds when few enough, else all.</summary>
    private RowSet Candidates(TableMeasure measure, Table? table, EvalContext context)
    {
        if (table is null || !IsSelective(measure, table, context)) return AllRows(measure.Table.Name, table);
        var (index, from, to) = IndexFor(measure, table, context);
        return index.Rows(from, to, context.Arrays);
    }

    /// <summary>Whether the rows dated within a condition's bounds in the period are few enough to be worth listing.</summary>
    private bool IsSelective(TableMeasure measure, Table table, EvalContext context)
    {
        if (_ranges[measure] is null) return false;
        var (index, from, to) = IndexFor(measure, table, context);
        return index.Count(from, to) <= table.RowCount * IndexedShare;
    }

    /// <summary>The date index of the column a measure's condition bounds, and the period's bounds on it.</summary>
    private (DateIndex Index, int? From, int? To) IndexFor(TableMeasure measure, Table table, EvalContext context)
    {
        var range = _ranges[measure]!;
        var index = _relations.GetDateIndex(measure.Table.Name, range.Column.Name)!;
        var (from, to) = range.Days(context.PeriodStartDay, context.PeriodEndDay);
        return (index, from, to);
    }

    /// <summary>Whether a figure is <c>count()</c>, the number of rows: then a category's figure is its size.</summary>
    private static bool CountsRows(CompiledAggregateExpression figure) =>
        figure.Source?.Root is BoundAggregate { Kind: AggregateKind.Count, Filter: null, Source: RowSetSource };

    private RowSet AllRows(string name, Table? table) => _allRows.GetOrAdd(name, _ => RowSet.All(table?.RowCount ?? 0));

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
        DistinctCategories distinct => _distinct.GetOrAdd(distinct.Dimension, ResolveDistinct),
        _ => throw new InvalidOperationException(source.GetType().Name),
    };

    private ResolvedCategories ResolveDistinct(DimensionDefinition dimension)
    {
        var column = (StringColumn)_extract[dimension.Table][dimension.Column];
        var names = column.Dictionary.ToList();
        var hasNull = column.Nulls?.Any() == true;
        if (hasNull && dimension.UnknownCategory is { } unknown) names.Add(unknown);
        return ResolvedCategories.OfNames(names, hasNull ? dimension.UnknownCategory : null);
    }

    /// <summary>A measure's condition as <see cref="ConditionParts"/>; a C# condition has none and is known by its text.</summary>
    private sealed record Condition(IReadOnlySet<string>? Parts, string Key)
    {
        public static Condition Of(TableMeasure measure) => measure.Where!.Source is { } where && ConditionParts.Of(where) is var parts
            ? new Condition(parts, ConditionParts.Key(parts))
            : new Condition(null, "csharp: " + measure.Definition.Where!.Text);
    }

    /// <summary>An evaluation context and what it carries from one of its periods to the next: the stocks of conditions.</summary>
    private sealed class Worker(EvalContext context)
    {
        private readonly Dictionary<(string Table, string Limits), StockSweep> _sweeps = [];

        public EvalContext Context { get; } = context;

        /// <summary>The sweep of these limits on the table, shared by the conditions that have them.</summary>
        public StockSweep Sweep(string table, StockLimits limits, Func<StockSweep> create)
        {
            if (!_sweeps.TryGetValue((table, limits.Key), out var sweep)) _sweeps[(table, limits.Key)] = sweep = create();
            return sweep;
        }
    }

    /// <summary>What the measures of one period share: populations by table and condition, their breakdowns into categories, and totals.</summary>
    private sealed class PeriodShared
    {
        public readonly Dictionary<(string Table, string Condition), (IReadOnlySet<string>? Parts, RowSet Rows)> Populations = [];
        public readonly Dictionary<(string Table, string Population, string? GroupBy, string By, string Categories), Partition> Partitions = [];
        public readonly Dictionary<(string Table, string Population, string Value, string? Base), Cell> Totals = [];
    }
}
