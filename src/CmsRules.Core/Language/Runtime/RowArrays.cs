namespace CmsRules.Core.Language.Runtime;

/// <summary>
/// Where a context gets its arrays of rows and positions (populations, their categories, a period's dated rows). By
/// default each is made afresh. An evaluator's worker instead reuses them from period to period: it hands them all
/// back when a period ends (<see cref="Recycle"/>), so a long run makes them once per worker, not once per
/// period. Touching fresh memory costs more than writing over memory already in use, and the garbage collector copies
/// large arrays that are still alive when it runs. Arrays come uncleared and may be longer than asked for (see
/// <see cref="RowSet"/>).
/// </summary>
public sealed class RowArrays
{
    private readonly bool _reuses;
    private readonly List<int[]> _lent = [];
    private readonly List<int[]> _free = []; // shortest first

    private RowArrays(bool reuses) => _reuses = reuses;

    /// <summary>Makes every array afresh, for contexts that do not hand them back.</summary>
    public static RowArrays Fresh() => new(reuses: false);

    /// <summary>Reuses arrays handed back by <see cref="Recycle"/>.</summary>
    public static RowArrays Reused() => new(reuses: true);

    /// <summary>An array of at least <paramref name="length"/> ints, with garbage in it.</summary>
    public int[] Rent(int length)
    {
        if (!_reuses) return GC.AllocateUninitializedArray<int>(length);
        var at = FirstFree(length);
        int[] array;
        if (at < _free.Count)
        {
            array = _free[at];
            _free.RemoveAt(at);
        }
        else array = GC.AllocateUninitializedArray<int>(length + length / 8); // room for a later period's slightly larger set
        _lent.Add(array);
        return array;
    }

    /// <summary>Takes back every array lent since the last call: whoever had them holds on to none.</summary>
    public void Recycle()
    {
        foreach (var array in _lent) _free.Insert(FirstFree(array.Length), array);
        _lent.Clear();
    }

    /// <summary>The position of the shortest free array at least <paramref name="length"/> long (the count when there is none).</summary>
    private int FirstFree(int length)
    {
        var (low, high) = (0, _free.Count);
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_free[mid].Length < length) low = mid + 1;
            else high = mid;
        }
        return low;
    }
}
