namespace CmsRules.SampleData.Simulation;

/// <summary>
/// The service-type rows of the case group being simulated: consecutive, non-overlapping half-open
/// intervals, each move ending one row on day d and starting the next on d. Reused between case
/// groups so that simulating one allocates nothing once the arrays have grown.
/// </summary>
internal sealed class ServiceTimeline
{
    public const int NotYetAssigned = -1, DirectPay = 0, CollectAndPay = 1;

    /// <summary>Chance of starting on Direct Pay once assigned.</summary>
    private const double InitialDirectPayShare = 0.61;
    /// <summary>Mean days on Direct Pay before moving to Collect and Pay: about 3% move each quarter.</summary>
    private const double MeanDaysOnDirectPay = 91.31 / 0.03;
    /// <summary>Mean days on Collect and Pay before moving back: keeps the split near 60/38 in steady state.</summary>
    private const double MeanDaysOnCollectAndPay = 91.31 / 0.047;

    private int[] _from = new int[8];
    private int[] _to = new int[8];
    private int[] _type = new int[8];

    public int Count { get; private set; }
    public int From(int row) => _from[row];
    /// <summary>Exclusive end; <see cref="int.MaxValue"/> while it still holds at extract.</summary>
    public int To(int row) => _to[row];
    public int Type(int row) => _type[row];

    /// <summary>Draws the rows from the day the case group is first assigned to the end of its active life.</summary>
    public void Build(Prng rng, int assignedFrom, int activeEnd, bool closed)
    {
        Count = 0;
        if (assignedFrom >= activeEnd) return;
        var type = rng.Chance(InitialDirectPayShare) ? DirectPay : CollectAndPay;
        var start = assignedFrom;
        while (true)
        {
            var stay = 1 + (int)rng.Exponential(type == DirectPay ? MeanDaysOnDirectPay : MeanDaysOnCollectAndPay);
            var end = start + stay;
            if (end >= activeEnd)
            {
                Add(start, closed ? activeEnd : int.MaxValue, type);
                return;
            }
            Add(start, end, type);
            start = end;
            type = 1 - type;
        }
    }

    /// <summary>The service type on a day; -1 (<see cref="NotYetAssigned"/>) when no row holds.</summary>
    public int TypeAt(int day)
    {
        for (var i = 0; i < Count; i++)
            if (_from[i] <= day && day < _to[i]) return _type[i];
        return NotYetAssigned;
    }

    /// <summary>The exclusive end of the row holding on a day (which must be assigned).</summary>
    public int EndOfRowAt(int day)
    {
        for (var i = 0; i < Count; i++)
            if (_from[i] <= day && day < _to[i]) return _to[i];
        throw new InvalidOperationException("No service type row holds on that day.");
    }

    private void Add(int from, int to, int type)
    {
        if (Count == _from.Length)
        {
            Array.Resize(ref _from, Count * 2);
            Array.Resize(ref _to, Count * 2);
            Array.Resize(ref _type, Count * 2);
        }
        _from[Count] = from;
        _to[Count] = to;
        _type[Count] = type;
        Count++;
    }
}
