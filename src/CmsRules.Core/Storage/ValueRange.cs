using System.Numerics;

namespace CmsRules.Core.Storage;

/// <summary>
/// The span of an integer or date column's values. Ids usually fill most of their span, so an array indexed by
/// <c>value - Min</c> can then stand in for a hash table keyed by value: a subtraction instead of a hash lookup.
/// </summary>
public sealed record ValueRange(long Min, long Max)
{
    // An array slot per value costs little next to a hash entry per value while the span is within a few times the count.
    private const long SlotsPerValue = 4;
    private const long MinSlots = 1 << 16;

    /// <summary>Whether an array over the span is small enough to index <paramref name="values"/> distinct values by.</summary>
    public bool FitsArray(long values) => (ulong)(Max - Min) < (ulong)Math.Min(Math.Max(values * SlotsPerValue, MinSlots), Array.MaxLength);

    /// <summary>The size of an array with a slot per value of the span.</summary>
    public int Slots => checked((int)(Max - Min + 1));

    public static ValueRange? Of(Int64Column column) => Of(column.Values, column.Nulls);

    /// <summary>The span of a date column's day numbers.</summary>
    public static ValueRange? Of(DateColumn column) => Of(column.Days, column.Nulls);

    /// <summary>The smallest and largest value, nulls left out; null when there is none.</summary>
    private static ValueRange? Of<T>(T[] values, NullMask? nulls) where T : struct, IBinaryInteger<T>
    {
        if (nulls is null) // Min and Max are vectorised
            return values.Length > 0 ? new ValueRange(long.CreateTruncating(values.Min()), long.CreateTruncating(values.Max())) : null;
        long min = long.MaxValue, max = long.MinValue;
        var any = false;
        for (var row = 0; row < values.Length; row++)
        {
            if (nulls[row]) continue;
            min = Math.Min(min, long.CreateTruncating(values[row]));
            max = Math.Max(max, long.CreateTruncating(values[row]));
            any = true;
        }
        return any ? new ValueRange(min, max) : null;
    }
}
