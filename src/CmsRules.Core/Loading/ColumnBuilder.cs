using CmsRules.Core.Schema;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Loading;

/// <summary>
/// Accumulates one column's typed values while a file is read. Arrays grow geometrically and are trimmed
/// once at the end; the null bits are only allocated when the first null arrives.
/// </summary>
internal abstract class ColumnBuilder(ColumnSchema schema)
{
    private ulong[]? _nullBits;

    public ColumnSchema Schema { get; } = schema;

    /// <summary>Words describing the accepted text, for "'x' is not ..." messages.</summary>
    public abstract string Expected { get; }

    /// <summary>Stores the value of row <paramref name="row"/> parsed from non-empty text; false if it does not parse.</summary>
    public abstract bool TryAppend(int row, ReadOnlySpan<char> text);

    /// <summary>Makes room for at least <paramref name="rows"/> rows.</summary>
    public abstract void EnsureCapacity(int rows);

    /// <summary>Row <paramref name="row"/> is null (an empty field, or a value that did not parse).</summary>
    public void SetNull(int row)
    {
        var word = row >> 6;
        if (_nullBits is null) _nullBits = new ulong[Math.Max(16, word * 2 + 1)];
        else if (word >= _nullBits.Length) Array.Resize(ref _nullBits, Math.Max(word + 1, _nullBits.Length * 2));
        _nullBits[word] |= 1UL << row;
    }

    public abstract Column Build(int rowCount);

    protected NullMask? BuildNulls(int rowCount)
    {
        if (_nullBits is null) return null;
        var mask = new NullMask(rowCount);
        for (var word = 0; word < _nullBits.Length; word++)
        {
            var bits = _nullBits[word];
            while (bits != 0)
            {
                var row = (word << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                mask.Set(row);
                bits &= bits - 1;
            }
        }
        return mask;
    }

    protected static void Grow<T>(ref T[] values, int row)
    {
        if (row >= values.Length) Array.Resize(ref values, Math.Max(row + 1, values.Length * 2));
    }

    protected static T[] Trim<T>(T[] values, int rowCount)
    {
        if (values.Length != rowCount) Array.Resize(ref values, rowCount);
        return values;
    }

    public static ColumnBuilder For(ColumnSchema schema) => schema.Type switch
    {
        DataType.Integer or DataType.Money => new Int64ColumnBuilder(schema),
        DataType.Date => new DateColumnBuilder(schema),
        DataType.Bool => new BoolColumnBuilder(schema),
        DataType.Enum => new EnumColumnBuilder(schema),
        DataType.String => new StringColumnBuilder(schema),
        _ => throw new NotSupportedException($"a column cannot have type {schema.Type}"),
    };
}
