using System.Runtime.CompilerServices;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Language.Runtime;

/// <summary>
/// Counts the distinct values of an id column by marking them in an array over the column's span, each count with a
/// stamp of its own: no hashing and no allocation per count, where a <see cref="DistinctCounter"/> would make a hash
/// set for each of a breakdown's categories (650 constituencies, say). One evaluation context keeps one per place in
/// the code that counts, so counts one after the other share the array; a count begun while another is under way
/// (a field read inside the loop counting again) is refused, and falls back to a <see cref="DistinctCounter"/>.
/// </summary>
public sealed class DistinctMarks
{
    private readonly long _first;
    private readonly int[] _stamps;
    private int _stamp;
    private bool _counting;

    private DistinctMarks(ValueRange range) => (_first, _stamps) = (range.Min, new int[range.Slots]);

    /// <summary>Marks for the column, or null when its span is too wide for an array (see <see cref="ValueRange.FitsArray"/>).</summary>
    public static DistinctMarks? For(Int64Column column) =>
        column.Range is { } range && range.FitsArray(column.Length) ? new DistinctMarks(range) : null;

    /// <summary>Starts a count: the stamp to mark with, or 0 when a count is already under way.</summary>
    public int Begin()
    {
        if (_counting) return 0;
        _counting = true;
        if (++_stamp == int.MaxValue) // every stamp used: start again from clean marks
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }
        return _stamp;
    }

    /// <summary>Marks a value of the column; true when this count had not marked it yet.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // into compiled code, row by row
    public bool Mark(long value, int stamp)
    {
        ref var mark = ref _stamps[value - _first];
        if (mark == stamp) return false;
        mark = stamp;
        return true;
    }

    /// <summary>Ends the count begun, giving back its result.</summary>
    public long End(long count)
    {
        _counting = false;
        return count;
    }
}
