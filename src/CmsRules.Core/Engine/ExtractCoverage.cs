using CmsRules.Core.Periods;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Engine;

/// <summary>What periods an extract covers: it runs to the latest date found in any of its date columns.</summary>
public static class ExtractCoverage
{
    public static DateOnly? LastDay(Extract extract)
    {
        var last = extract.Tables.SelectMany(t => t.Columns.OfType<DateColumn>()).Max(c => c.Range?.Max);
        return last is { } day ? DateOnly.FromDayNumber((int)day) : null;
    }

    /// <summary>
    /// The periods of a run: from the month <paramref name="from"/> to the month <paramref name="to"/>; a missing end is
    /// the last complete period of the extract, a missing start eight periods before the end.
    /// </summary>
    public static IReadOnlyList<Period> Periods(Extract extract, Frequency frequency, DateOnly? from, DateOnly? to, int defaultCount = 8)
    {
        Period last;
        if (to is { } toMonth) last = Period.Containing(toMonth, frequency);
        else
        {
            var lastDay = LastDay(extract) ?? throw new InvalidOperationException("the extract has no dates, so --to must be given");
            last = Period.Containing(lastDay, frequency);
            if (last.End != lastDay) last = last.Previous();
        }
        var first = from is { } fromMonth ? Period.Containing(fromMonth, frequency) : Enumerable.Range(1, defaultCount - 1).Aggregate(last, (p, _) => p.Previous());
        if (first.CompareTo(last) > 0) throw new ArgumentException($"the first period {first} comes after the last {last}");
        return Period.Range(first.Start, last.End, frequency);
    }
}
