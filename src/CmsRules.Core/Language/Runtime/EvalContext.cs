using System.Runtime.CompilerServices;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Language.Runtime;

/// <summary>
/// What compiled expressions read besides their rows: an extract's columns and relation indexes (built lazily,
/// once, and shareable between contexts on the same extract), the period, assumption values and the values of
/// other measures. Period, assumptions and externals can be changed between evaluations without recompiling.
/// Not thread-safe for writes; give each thread its own context sharing one <see cref="RelationCache"/>.
/// </summary>
public sealed class EvalContext
{
    private readonly RuntimeLayout _layout;
    private Column?[] _columns = [];
    private RelationIndex?[] _relations = [];
    private DatedChildren?[] _datedRelations = [];
    private DateIndex?[] _dateIndexes = [];
    private object?[] _assumptions = [];
    private bool[] _assumptionSet = [];
    private readonly Dictionary<string, object?> _assumptionsByName = new(StringComparer.Ordinal);
    private decimal?[] _externals = [];
    private object?[] _fieldCaches = [];
    private DistinctMarks?[] _distinctMarks = [];
    private bool[] _distinctMarksTried = [];

    public EvalContext(Extract extract, RuntimeLayout layout, RelationCache? relations = null)
    {
        Extract = extract;
        _layout = layout;
        Relations = relations ?? new RelationCache(extract);
        if (Relations.Extract != extract) throw new ArgumentException("the relation cache belongs to another extract", nameof(relations));
    }

    public Extract Extract { get; }
    public RelationCache Relations { get; }

    /// <summary>Where arrays of rows and positions come from: made afresh unless an evaluator hands them back each period.</summary>
    public RowArrays Arrays { get; set; } = RowArrays.Fresh();

    /// <summary>Day numbers of the period's first and last day, read by compiled code.</summary>
    public int PeriodStartDay;
    public int PeriodEndDay;

    /// <summary>Advances whenever the period or an assumption changes, so shared field values computed before are stale.</summary>
    public int Epoch = 1;

    public void SetPeriod(DateOnly start, DateOnly end)
    {
        PeriodStartDay = start.DayNumber;
        PeriodEndDay = end.DayNumber;
        Epoch++;
    }

    /// <summary>Sets an assumption's value: bool, decimal, long (or int) or string as declared; null is allowed.</summary>
    public void SetAssumption(string name, object? value)
    {
        _assumptionsByName[name] = value;
        Epoch++;
        var slot = _layout.FindAssumption(name, out _);
        if (slot >= 0 && slot < _assumptionSet.Length) _assumptionSet[slot] = false; // re-read from the name on next use
    }

    /// <summary>Sets another measure's value (money in pence, counts as integers).</summary>
    public void SetExternal(int slot, decimal? value)
    {
        Grow(ref _externals, slot);
        _externals[slot] = value;
    }

    public decimal? External(int slot) => slot < _externals.Length ? _externals[slot] : null;

    /// <summary>
    /// A column by slot; null when the extract lacks its (optional) table. Compiled code reads a column only at
    /// rows of its table, and an absent table has none: its related rows are empty and parent rows missing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into compiled code, which reads columns row by row
    public Column? Column(int slot) => slot < _columns.Length && _columns[slot] is { } column ? column : FindColumn(slot);

    private Column? FindColumn(int slot)
    {
        var (table, name) = _layout.ColumnAt(slot);
        Grow(ref _columns, slot);
        return _columns[slot] = Extract.Find(table)?[name];
    }

    /// <summary>
    /// The shared values of a field use (a <see cref="FieldCache{T}"/>, or <see cref="ParentTotals"/> for a sum over
    /// the children, sized to its table), made on first use.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public object FieldCache(int slot) => slot < _fieldCaches.Length && _fieldCaches[slot] is { } cache ? cache : MakeFieldCache(slot);

    private object MakeFieldCache(int slot)
    {
        var (table, type) = _layout.FieldAt(slot);
        Grow(ref _fieldCaches, slot);
        return _fieldCaches[slot] = Activator.CreateInstance(type, Extract.Find(table)?.RowCount ?? 0)!;
    }

    /// <summary>Marks for counting a column's distinct values at one place in the code, made on first use; null when
    /// the column's values span too wide a range, or its (optional) table is absent.</summary>
    public DistinctMarks? DistinctMarks(int slot)
    {
        if (slot < _distinctMarksTried.Length && _distinctMarksTried[slot]) return _distinctMarks[slot];
        Grow(ref _distinctMarks, slot);
        Grow(ref _distinctMarksTried, slot);
        _distinctMarksTried[slot] = true;
        return _distinctMarks[slot] = Column(_layout.DistinctMarksColumn(slot)) is Int64Column column ? Runtime.DistinctMarks.For(column) : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public RelationIndex Relation(int slot) => slot < _relations.Length && _relations[slot] is { } index ? index : FindRelation(slot);

    private RelationIndex FindRelation(int slot)
    {
        Grow(ref _relations, slot);
        return _relations[slot] = Relations.Get(_layout.RelationAt(slot));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public DatedChildren DatedRelation(int slot) =>
        slot < _datedRelations.Length && _datedRelations[slot] is { } index ? index : FindDatedRelation(slot);

    private DatedChildren FindDatedRelation(int slot)
    {
        Grow(ref _datedRelations, slot);
        var (relation, date) = _layout.DatedRelationAt(slot);
        return _datedRelations[slot] = Relations.GetDated(relation, date);
    }

    /// <summary>A table's rows by one of its dates; null when the (optional) table is absent.</summary>
    public DateIndex? DateIndex(int slot)
    {
        if (slot < _dateIndexes.Length && _dateIndexes[slot] is { } index) return index;
        Grow(ref _dateIndexes, slot);
        var (table, column) = _layout.DateIndexAt(slot);
        return _dateIndexes[slot] = Relations.GetDateIndex(table, column);
    }

    public bool? BoolAssumption(int slot) => (bool?)Assumption(slot);
    public long? IntegerAssumption(int slot) => (long?)Assumption(slot);
    public decimal? DecimalAssumption(int slot) => (decimal?)Assumption(slot);
    public string? StringAssumption(int slot) => (string?)Assumption(slot);

    /// <summary>Slots are filled from the values set by name on first read, so values may be set before or after compiling.</summary>
    private object? Assumption(int slot)
    {
        if (slot < _assumptionSet.Length && _assumptionSet[slot]) return _assumptions[slot];
        var name = _layout.AssumptionName(slot);
        if (!_assumptionsByName.TryGetValue(name, out var value))
            throw new InvalidOperationException($"assumption ${name} has no value in this evaluation context");
        _layout.FindAssumption(name, out var type);
        Grow(ref _assumptions, slot);
        Grow(ref _assumptionSet, slot);
        _assumptions[slot] = value is null ? null : AssumptionCoercion.Normalise(name, type, value);
        _assumptionSet[slot] = true;
        return _assumptions[slot];
    }

    private static void Grow<T>(ref T[] array, int slot)
    {
        if (slot >= array.Length) Array.Resize(ref array, Math.Max(slot + 1, array.Length * 2));
    }
}
