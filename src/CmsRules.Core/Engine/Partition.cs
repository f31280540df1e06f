using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Engine;

/// <summary>Splits a population into the row sets of its categories (each keeps the population's row order).</summary>
internal static class Partition
{
    /// <summary>Gives every row the category of its group: the rows of the population with the same group number.</summary>
    public static RowSet[] ByGroup(RowSet population, GroupNumbers groups, int categories, Func<RowSet, int> position)
    {
        // A counting sort of the population by group: each group's rows end up together, in population order.
        var starts = new int[groups.Count + 1];
        for (var i = 0; i < population.Count; i++) starts[groups.OfRow[population.Rows[i]] + 1]++;
        for (var g = 0; g < groups.Count; g++) starts[g + 1] += starts[g];
        var next = starts[..^1];
        var order = new int[population.Count];
        for (var i = 0; i < population.Count; i++) order[next[groups.OfRow[population.Rows[i]]]++] = i;

        var of = new int[population.Count];
        var group = new int[population.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var (start, end) = (starts[g], starts[g + 1]);
            if (start == end) continue;
            for (var i = start; i < end; i++) group[i - start] = population.Rows[order[i]];
            var category = position(new RowSet(group, end - start));
            for (var i = start; i < end; i++) of[order[i]] = category;
        }
        return ByRow(population, categories, of);
    }

    /// <param name="of">each row's category position (-1: in no category)</param>
    public static RowSet[] ByRow(RowSet population, int categories, int[] of)
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
