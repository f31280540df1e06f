using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Engine;

/// <summary>Splits a population into the row sets of its categories (each keeps the population's row order).</summary>
internal static class Partition
{
    public static RowSet[] ByRow(RowSet population, int categories, Func<int, int> position)
    {
        var of = new int[population.Count];
        for (var i = 0; i < population.Count; i++) of[i] = position(population.Rows[i]);
        return Split(population, categories, of);
    }

    /// <summary>Gives every row the category of its group: the rows sharing its value of <paramref name="groupKey"/>.</summary>
    public static RowSet[] ByGroup(RowSet population, Int64Column groupKey, int categories, Func<RowSet, int> position)
    {
        var keys = groupKey.Values;
        var order = new int[population.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var sortKeys = new long[population.Count];
        for (var i = 0; i < sortKeys.Length; i++) sortKeys[i] = keys[population.Rows[i]];
        Array.Sort(sortKeys, order);

        var of = new int[population.Count];
        var group = new int[population.Count];
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && sortKeys[end] == sortKeys[start]) end++;
            for (var i = start; i < end; i++) group[i - start] = population.Rows[order[i]];
            var category = position(new RowSet(group, end - start));
            for (var i = start; i < end; i++) of[order[i]] = category;
            start = end;
        }
        return Split(population, categories, of);
    }

    private static RowSet[] Split(RowSet population, int categories, int[] of)
    {
        var counts = new int[categories];
        foreach (var c in of)
            if (c >= 0) counts[c]++;
        var parts = new int[categories][];
        for (var c = 0; c < categories; c++) parts[c] = new int[counts[c]];
        var filled = new int[categories];
        for (var i = 0; i < of.Length; i++)
            if (of[i] is var c and >= 0) parts[c][filled[c]++] = population.Rows[i];
        return parts.Select(rows => new RowSet(rows, rows.Length)).ToArray();
    }
}
