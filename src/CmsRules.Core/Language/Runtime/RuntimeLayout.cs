using CmsRules.Core.Language.Binding;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Language.Runtime;

/// <summary>
/// Numbers the columns, relations and assumptions that compiled code reads, so that at run time it reads them
/// from arrays of the <see cref="EvalContext"/> by slot instead of looking names up per row. One layout is
/// shared by every expression compiled by one <see cref="Compilation.ExpressionCompiler"/>.
/// </summary>
public sealed class RuntimeLayout
{
    private readonly object _gate = new();
    private readonly List<(string Table, string Column)> _columns = [];
    private readonly List<Relation> _relations = [];
    private readonly HashSet<int> _childrenRead = [];
    private readonly List<(Relation Relation, string Date)> _datedRelations = [];
    private readonly List<(string Name, DataType Type)> _assumptions = [];
    private readonly List<(string Key, string Table, Type Cache)> _fields = [];
    private readonly List<(string Table, string Column)> _dateIndexes = [];
    private readonly List<int> _distinctMarks = [];

    internal int ColumnSlot(string table, string column) => Slot(_columns, (table, column), x => x == (table, column));

    /// <param name="children">whether the code reads each parent's children (<see cref="RelationIndex.Offsets"/>), not only child to parent</param>
    internal int RelationSlot(Relation relation, bool children = false)
    {
        var slot = Slot(_relations, relation, r => r.Child.Name == relation.Child.Name && r.ForeignKey.Name == relation.ForeignKey.Name);
        if (children) lock (_gate) _childrenRead.Add(slot);
        return slot;
    }

    internal int AssumptionSlot(string name, DataType type) => Slot(_assumptions, (name, type), a => a.Item1 == name);

    /// <summary>The slot of a shared field use (see <see cref="Compilation.FieldSharing"/>) whose values a <paramref name="cache"/> keeps.</summary>
    internal int FieldSlot(string key, string table, Type cache) => Slot(_fields, (key, table, cache), f => f.Item1 == key);

    internal (string Table, Type Cache) FieldAt(int slot)
    {
        lock (_gate) return (_fields[slot].Table, _fields[slot].Cache);
    }

    internal int DatedRelationSlot(Relation relation, string date) =>
        Slot(_datedRelations, (relation, date), r => r.Item1.Child.Name == relation.Child.Name && r.Item1.ForeignKey.Name == relation.ForeignKey.Name && r.Item2 == date);

    internal (Relation Relation, string Date) DatedRelationAt(int slot)
    {
        lock (_gate) return _datedRelations[slot];
    }

    /// <summary>A new slot for a place in the code counting the distinct values of a column (see <see cref="DistinctMarks"/>).</summary>
    internal int DistinctMarksSlot(int columnSlot)
    {
        lock (_gate)
        {
            _distinctMarks.Add(columnSlot);
            return _distinctMarks.Count - 1;
        }
    }

    internal int DistinctMarksColumn(int slot)
    {
        lock (_gate) return _distinctMarks[slot];
    }

    internal int DateIndexSlot(string table, string column) => Slot(_dateIndexes, (table, column), x => x == (table, column));

    internal (string Table, string Column) DateIndexAt(int slot)
    {
        lock (_gate) return _dateIndexes[slot];
    }

    /// <summary>Every index compiled code reads, to build them ahead of a run.</summary>
    internal IndexesInUse IndexesInUse()
    {
        lock (_gate)
            return new IndexesInUse(
                _relations.Select((r, slot) => (r, _childrenRead.Contains(slot))).ToList(),
                _datedRelations.ToList(),
                _dateIndexes.ToList(),
                _distinctMarks.Distinct().Select(slot => _columns[slot]).ToList());
    }

    internal (string Table, string Column) ColumnAt(int slot)
    {
        lock (_gate) return _columns[slot];
    }

    internal Relation RelationAt(int slot)
    {
        lock (_gate) return _relations[slot];
    }

    internal int FindAssumption(string name, out DataType type)
    {
        lock (_gate)
        {
            var i = _assumptions.FindIndex(a => a.Name == name);
            type = i >= 0 ? _assumptions[i].Type : default;
            return i;
        }
    }

    internal string AssumptionName(int slot)
    {
        lock (_gate) return _assumptions[slot].Name;
    }

    private int Slot<T>(List<T> list, T item, Predicate<T> same)
    {
        lock (_gate)
        {
            var i = list.FindIndex(same);
            if (i >= 0) return i;
            list.Add(item);
            return list.Count - 1;
        }
    }
}

/// <param name="Relations">relations, and whether code reads each parent's children (not only child to parent)</param>
/// <param name="Dated">relations whose children code reads ordered by a date</param>
/// <param name="DateIndexes">the date columns of tables whose rows code reads by date (see <see cref="DateIndex"/>)</param>
/// <param name="Marked">columns whose distinct values code counts by marks over their span (see <see cref="DistinctMarks"/>)</param>
internal sealed record IndexesInUse(
    IReadOnlyList<(Relation Relation, bool Children)> Relations,
    IReadOnlyList<(Relation Relation, string Date)> Dated,
    IReadOnlyList<(string Table, string Column)> DateIndexes,
    IReadOnlyList<(string Table, string Column)> Marked);
