using System.Runtime.CompilerServices;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Language.Runtime;

/// <summary>
/// One foreign key of an extract, both ways: <see cref="Parent"/> gives a child row's parent row (-1 when the key is
/// null or matches nothing); the children of parent row p are <c>Rows[Offsets[p]..Offsets[p + 1]]</c> (compressed
/// sparse rows, in child row order). Where the parent keys span an array (ids, see <see cref="ValueRange"/>), a parent
/// is found from the child's key, so a period that reads a few rows of a large table (a quarter's liabilities) needs no
/// map over all its rows. The children are worked out on first use: many relations are only read from child to parent.
/// </summary>
public sealed class RelationIndex
{
    private readonly int _childRows;
    private readonly int _parentRows;
    private readonly object _gate = new();
    // Either the parent row of each key of the span, by key - _min, with the children's keys; or the parent of each child.
    private readonly int[]? _rowAt;
    private readonly long _min;
    private readonly long[] _keys = [];
    private readonly NullMask? _nulls;
    private readonly int[]? _parentOf;
    private int[]? _offsets;
    private int[]? _rows;

    private RelationIndex(int[] parentOf, int parentRows) => (_parentOf, _childRows, _parentRows) = (parentOf, parentOf.Length, parentRows);

    private RelationIndex(Int64Column foreignKey, long min, int[] rowAt, int parentRows) =>
        (_keys, _nulls, _min, _rowAt, _childRows, _parentRows) = (foreignKey.Values, foreignKey.Nulls, min, rowAt, foreignKey.Length, parentRows);

    /// <summary>The parent row of a child row; -1 when the key is null or matches nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into compiled code and the loops of the indexes, row by row
    public int Parent(int row)
    {
        if (_rowAt is null) return _parentOf![row];
        var offset = (ulong)(_keys[row] - _min);
        return offset < (ulong)_rowAt.Length && (_nulls is null || !_nulls[row]) ? _rowAt[offset] : -1;
    }

    public int[] Offsets => _offsets ?? Children().Offsets;
    public int[] Rows => _rows ?? Children().Rows;

    /// <summary>No child has a parent: for a relation one of whose tables is absent from the extract.</summary>
    public static RelationIndex Empty(int childRows, int parentRows) => new(Enumerable.Repeat(-1, childRows).ToArray(), parentRows);

    public static RelationIndex Build(Table child, Column foreignKey, Table parent, Column parentKey)
    {
        switch (foreignKey, parentKey)
        {
            case (Int64Column fk, Int64Column key) when key.Range is { } range && range.FitsArray(key.Length):
                return new RelationIndex(fk, range.Min, RowOfEachKey(key, range), parent.RowCount);
            case (Int64Column fk, Int64Column key): return new RelationIndex(MapParents(fk, key, fk.Values, key.Values), parent.RowCount);
            case (StringColumn fk, StringColumn key): return new RelationIndex(MapParents(fk, key, Strings(fk), Strings(key)), parent.RowCount);
            default: throw new InvalidOperationException($"{child.Name}.{foreignKey.Schema.Name} and {parent.Name}.{parentKey.Schema.Name} have different types");
        }
    }

    private (int[] Offsets, int[] Rows) Children()
    {
        lock (_gate)
        {
            if (_offsets is null)
            {
                var offsets = new int[_parentRows + 1];
                for (var row = 0; row < _childRows; row++)
                    if (Parent(row) is var p and >= 0) offsets[p + 1]++;
                for (var p = 0; p < _parentRows; p++) offsets[p + 1] += offsets[p];
                var next = offsets[..^1];
                var rows = new int[offsets[^1]];
                for (var row = 0; row < _childRows; row++)
                    if (Parent(row) is var p and >= 0) rows[next[p]++] = row;
                _rows = rows;
                _offsets = offsets; // last: a reader that sees the offsets without the lock sees the rows too
            }
            return (_offsets, _rows!);
        }
    }

    private static string[] Strings(StringColumn c)
    {
        var values = new string[c.Length];
        for (var i = 0; i < values.Length; i++) values[i] = c.Dictionary[c.Ids[i]];
        return values;
    }

    /// <summary>The row of each parent key, in an array over the keys' span (-1 where no row has the key).</summary>
    private static int[] RowOfEachKey(Int64Column key, ValueRange range)
    {
        var rowAt = new int[range.Slots];
        Array.Fill(rowAt, -1);
        for (var row = key.Length - 1; row >= 0; row--) // backwards, so that the first of repeated keys wins, as below
            if (!key.IsNull(row)) rowAt[key.Values[row] - range.Min] = row;
        return rowAt;
    }

    private static int[] MapParents<T>(Column fk, Column key, T[] fkValues, T[] keyValues) where T : notnull
    {
        var rowOfKey = new Dictionary<T, int>(keyValues.Length);
        for (var row = 0; row < keyValues.Length; row++)
            if (!key.IsNull(row)) rowOfKey.TryAdd(keyValues[row], row);
        var parentOf = new int[fkValues.Length];
        for (var row = 0; row < fkValues.Length; row++)
            parentOf[row] = !fk.IsNull(row) && rowOfKey.TryGetValue(fkValues[row], out var p) ? p : -1;
        return parentOf;
    }
}
