using CmsRules.Core.Storage;

namespace CmsRules.Core.Language.Runtime;

/// <summary>
/// One foreign key of an extract, both ways: <see cref="ParentOf"/> maps a child row to its parent row (-1 when
/// the key is null or matches nothing); the children of parent row p are <c>Rows[Offsets[p]..Offsets[p + 1]]</c>
/// (compressed sparse rows, in child row order). The children are worked out on first use: many relations are only
/// read from child to parent.
/// </summary>
public sealed class RelationIndex
{
    private readonly int _parentRows;
    private readonly object _gate = new();
    private int[]? _offsets;
    private int[]? _rows;

    private RelationIndex(int[] parentOf, int parentRows) => (ParentOf, _parentRows) = (parentOf, parentRows);

    public int[] ParentOf { get; }
    public int[] Offsets => _offsets ?? Children().Offsets;
    public int[] Rows => _rows ?? Children().Rows;

    /// <summary>No child has a parent: for a relation one of whose tables is absent from the extract.</summary>
    public static RelationIndex Empty(int childRows, int parentRows) => new(Enumerable.Repeat(-1, childRows).ToArray(), parentRows);

    public static RelationIndex Build(Table child, Column foreignKey, Table parent, Column parentKey)
    {
        var parentOf = new int[child.RowCount];
        switch (foreignKey, parentKey)
        {
            case (Int64Column fk, Int64Column key) when key.Range is { } range && range.FitsArray(key.Length):
                MapParentsByOffset(fk, key, range, parentOf); break;
            case (Int64Column fk, Int64Column key): MapParents(fk, key, fk.Values, key.Values, parentOf); break;
            case (StringColumn fk, StringColumn key): MapParents(fk, key, Strings(fk), Strings(key), parentOf); break;
            default: throw new InvalidOperationException($"{child.Name}.{foreignKey.Schema.Name} and {parent.Name}.{parentKey.Schema.Name} have different types");
        }
        return new RelationIndex(parentOf, parent.RowCount);
    }

    private (int[] Offsets, int[] Rows) Children()
    {
        lock (_gate)
        {
            if (_offsets is null)
            {
                var offsets = new int[_parentRows + 1];
                foreach (var p in ParentOf)
                    if (p >= 0) offsets[p + 1]++;
                for (var p = 0; p < _parentRows; p++) offsets[p + 1] += offsets[p];
                var next = offsets[..^1];
                var rows = new int[offsets[^1]];
                for (var row = 0; row < ParentOf.Length; row++)
                    if (ParentOf[row] is var p and >= 0) rows[next[p]++] = row;
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

    /// <summary>Finds parents through an array over the parent keys' span (see <see cref="ValueRange"/>) instead of a hash table.</summary>
    private static void MapParentsByOffset(Int64Column fk, Int64Column key, ValueRange range, int[] parentOf)
    {
        var rowAt = new int[range.Slots];
        Array.Fill(rowAt, -1);
        for (var row = key.Length - 1; row >= 0; row--) // backwards, so that the first of repeated keys wins, as below
            if (!key.IsNull(row)) rowAt[key.Values[row] - range.Min] = row;
        var values = fk.Values;
        for (var row = 0; row < values.Length; row++)
        {
            var offset = (ulong)(values[row] - range.Min);
            parentOf[row] = !fk.IsNull(row) && offset < (ulong)rowAt.Length ? rowAt[offset] : -1;
        }
    }

    private static void MapParents<T>(Column fk, Column key, T[] fkValues, T[] keyValues, int[] parentOf) where T : notnull
    {
        var rowOfKey = new Dictionary<T, int>(keyValues.Length);
        for (var row = 0; row < keyValues.Length; row++)
            if (!key.IsNull(row)) rowOfKey.TryAdd(keyValues[row], row);
        for (var row = 0; row < fkValues.Length; row++)
            parentOf[row] = !fk.IsNull(row) && rowOfKey.TryGetValue(fkValues[row], out var p) ? p : -1;
    }
}
