namespace CmsRules.Core.Language.Runtime;

/// <summary>Fills a shared field's values for every parent row at once (see <see cref="Compilation.ParentSums"/>).</summary>
public static class ChildSums
{
    /// <param name="dates">the child table by the bounded date; null when the (optional) table is absent</param>
    /// <param name="from">the first day a child may be dated (before the offset); null matches no child</param>
    /// <param name="contribution">what a child adds to its parent's total; null when its filter fails or its value is null</param>
    public static void Fill(FieldCache<long?> cache, int epoch, DateIndex? dates, int[] parentOf,
        int? from, int fromOffset, int? to, int toOffset, Func<int, long?> contribution)
    {
        var totals = cache.Values;
        Array.Fill(totals, 0L); // a sum or count of no rows is 0
        if (dates is not null && from is { } first && to is { } last)
            foreach (var child in dates.InDateOrder(first + fromOffset, last + toOffset))
                if (parentOf[child] is var parent and >= 0 && contribution(child) is { } addend)
                    totals[parent] += addend;
        Array.Fill(cache.Epochs, epoch);
    }
}
