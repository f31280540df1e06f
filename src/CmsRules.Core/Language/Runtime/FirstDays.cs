using System.Runtime.InteropServices;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Language.Runtime;

/// <summary>The earliest day seen with each value of an integer column: an array over the values' span when it fits, else a hash table.</summary>
internal sealed class FirstDays
{
    private const int Unseen = int.MaxValue;

    private readonly long _min;
    private readonly int[]? _byOffset;
    private readonly Dictionary<long, int>? _byValue;

    public FirstDays(Int64Column keys)
    {
        if (keys.Range is { } range && range.FitsArray(keys.Length))
        {
            _min = range.Min;
            _byOffset = new int[range.Slots];
            Array.Fill(_byOffset, Unseen);
        }
        else _byValue = [];
    }

    public void See(long value, int day)
    {
        if (_byOffset is { } slots)
        {
            ref var first = ref slots[value - _min];
            if (day < first) first = day;
            return;
        }
        ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(_byValue!, value, out var existed);
        if (!existed || day < known) known = day;
    }

    /// <summary>The first day of every value seen (in no particular order).</summary>
    public IEnumerable<int> Days() => _byOffset is { } slots ? slots.Where(day => day != Unseen) : _byValue!.Values;
}
