using System.Runtime.CompilerServices;

namespace CmsRules.Core.Storage;

/// <summary>One bit per row, set where the value is null.</summary>
public sealed class NullMask
{
    private readonly ulong[] _bits;

    public NullMask(int length) : this(length, new ulong[WordsFor(length)]) { }

    /// <summary>A mask over existing words (as a snapshot stores them): bit <c>row % 64</c> of word <c>row / 64</c>.</summary>
    public NullMask(int length, ulong[] bits)
    {
        if (bits.Length != WordsFor(length)) throw new ArgumentException($"{length} rows need {WordsFor(length)} words, not {bits.Length}", nameof(bits));
        // Bits past the last row would make Any() lie.
        if (length % 64 != 0) bits[^1] &= (1UL << length) - 1;
        _bits = bits;
        Length = length;
    }

    public int Length { get; }

    /// <summary>The words of the mask, for writing them out as they are.</summary>
    public ReadOnlySpan<ulong> Bits => _bits;

    public bool this[int row]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // into compiled code, row by row
        get => (_bits[row >> 6] & (1UL << row)) != 0;
    }

    public void Set(int row) => _bits[row >> 6] |= 1UL << row;

    public bool Any() => _bits.Any(b => b != 0);

    /// <summary>The mask of the rows <paramref name="order"/> takes, in its order.</summary>
    public NullMask Reordered(IRowOrder order)
    {
        var isNull = new bool[Length];
        for (var row = 0; row < Length; row++) isNull[row] = this[row];
        var reordered = order.Apply(isNull);
        var mask = new NullMask(reordered.Length);
        for (var i = 0; i < reordered.Length; i++)
            if (reordered[i]) mask.Set(i);
        return mask;
    }

    public static int WordsFor(int length) => (length + 63) >> 6;
}
