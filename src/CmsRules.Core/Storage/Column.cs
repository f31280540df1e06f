using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using CmsRules.Core.Schema;

namespace CmsRules.Core.Storage;

/// <summary>
/// One typed array per column. Values of null rows are the type's default and must be ignored;
/// <see cref="Nulls"/> is null for a column with no null in it.
/// </summary>
public abstract class Column(ColumnSchema schema, NullMask? nulls)
{
    public ColumnSchema Schema { get; } = schema;
    public NullMask? Nulls { get; } = nulls;
    public abstract int Length { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into compiled code, row by row
    public bool IsNull(int row) => Nulls is not null && Nulls[row];

    /// <summary>A column of the values of the rows <paramref name="order"/> takes, in its order.</summary>
    public abstract Column Reordered(IRowOrder order);

    protected NullMask? ReorderedNulls(IRowOrder order) => Nulls?.Reordered(order);
}

/// <summary>int and pence columns: 64-bit integers (money in pence).</summary>
public sealed class Int64Column(ColumnSchema schema, long[] values, NullMask? nulls) : Column(schema, nulls)
{
    private ValueRange? _range;

    public long[] Values { get; } = values;
    public override int Length => Values.Length;

    public override Column Reordered(IRowOrder order) => new Int64Column(Schema, order.Apply(Values), ReorderedNulls(order));

    /// <summary>The smallest and largest value, nulls ignored (computed on first use); null when there is none.</summary>
    public ValueRange? Range => _range ??= ValueRange.Of(this);
}

/// <summary>date columns as day numbers (<see cref="DateOnly.DayNumber"/>).</summary>
public sealed class DateColumn(ColumnSchema schema, int[] days, NullMask? nulls) : Column(schema, nulls)
{
    private ValueRange? _range;
    private int _inOrder; // 0: not known yet; 1: in order; -1: not

    public int[] Days { get; } = days;

    /// <summary>The first and last day, nulls ignored (computed on first use); null when there is none.</summary>
    public ValueRange? Range => _range ??= ValueRange.Of(this);

    /// <summary>
    /// Whether the dated rows come first, in date order, and the null ones after them, as the loader lays out a table
    /// declared in order of this column (computed on first use).
    /// </summary>
    public bool InOrder => (_inOrder != 0 ? _inOrder : _inOrder = RowsInOrder() ? 1 : -1) > 0;

    public override int Length => Days.Length;

    public override Column Reordered(IRowOrder order) => new DateColumn(Schema, order.Apply(Days), ReorderedNulls(order));

    private bool RowsInOrder()
    {
        var dated = 0;
        while (dated < Days.Length && !IsNull(dated)) dated++;
        for (var row = dated; row < Days.Length; row++)
            if (!IsNull(row)) return false;
        // Each day against the next, eight at a time.
        var days = Days.AsSpan(0, dated);
        var at = 0;
        for (; at + Vector256<int>.Count < days.Length; at += Vector256<int>.Count)
            if (Vector256.GreaterThanAny(Vector256.Create(days[at..]), Vector256.Create(days[(at + 1)..]))) return false;
        for (; at + 1 < days.Length; at++)
            if (days[at] > days[at + 1]) return false;
        return true;
    }
}

public sealed class BoolColumn(ColumnSchema schema, bool[] values, NullMask? nulls) : Column(schema, nulls)
{
    public bool[] Values { get; } = values;
    public override int Length => Values.Length;

    public override Column Reordered(IRowOrder order) => new BoolColumn(Schema, order.Apply(Values), ReorderedNulls(order));
}

/// <summary>enum columns as the index of the code in <see cref="ColumnSchema.Codes"/>.</summary>
public sealed class EnumColumn(ColumnSchema schema, byte[] codes, NullMask? nulls) : Column(schema, nulls)
{
    public byte[] Codes { get; } = codes;
    public override int Length => Codes.Length;

    public override Column Reordered(IRowOrder order) => new EnumColumn(Schema, order.Apply(Codes), ReorderedNulls(order));
}

/// <summary>string columns interned: each row holds an index into <see cref="Dictionary"/> (distinct values, sorted ordinally).</summary>
public sealed class StringColumn(ColumnSchema schema, int[] ids, string[] dictionary, NullMask? nulls) : Column(schema, nulls)
{
    public int[] Ids { get; } = ids;
    public string[] Dictionary { get; } = dictionary;
    public override int Length => Ids.Length;

    public override Column Reordered(IRowOrder order) => new StringColumn(Schema, order.Apply(Ids), Dictionary, ReorderedNulls(order));
}
