using CmsRules.Core.Storage;

namespace CmsRules.Core.Loading;

/// <summary>Reads any column's values as longs (ints, day numbers, code indexes, string ids), for sorting and comparing rows.</summary>
internal readonly struct ColumnLongs
{
    private readonly long[]? _longs;
    private readonly int[]? _ints;
    private readonly byte[]? _bytes;
    private readonly bool[]? _bools;

    public ColumnLongs(Column column)
    {
        switch (column)
        {
            case Int64Column c: _longs = c.Values; break;
            case DateColumn c: _ints = c.Days; break;
            case StringColumn c: _ints = c.Ids; break;
            case EnumColumn c: _bytes = c.Codes; break;
            case BoolColumn c: _bools = c.Values; break;
            default: throw new NotSupportedException(column.GetType().Name);
        }
    }

    public long this[int row] =>
        _longs is not null ? _longs[row] : _ints is not null ? _ints[row] : _bytes is not null ? _bytes[row] : _bools![row] ? 1 : 0;
}
