using CmsRules.Core.Language.Runtime;

namespace CmsRules.Core.Engine;

/// <summary>
/// A population split into the categories of a breakdown: each row's category, and the row sets of the categories
/// (each in the population's row order), made when first asked for: a figure that only counts rows needs the sizes.
/// </summary>
internal sealed class Partition
{
    private readonly RowSet _population;
    private readonly int[] _of;
    private RowSet[]? _parts;
    private int[]? _counts;

    /// <param name="of">each row's category position (-1: in no category)</param>
    public Partition(RowSet population, int categories, int[] of) => (_population, Categories, _of) = (population, categories, of);

    public int Categories { get; }

    /// <summary>How many rows each category has.</summary>
    public int[] Counts => _counts ??= CountRows();

    public RowSet[] Parts => _parts ??= Split();

    /// <summary>Gives every row the category of its group: the rows of the population with the same group number.</summary>
    public static Partition ByGroup(RowSet population, GroupNumbers groups, int categories, Func<RowSet, int> position)
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
        return new Partition(population, categories, of);
    }

    private int[] CountRows()
    {
        var counts = new int[Categories];
        foreach (var c in _of)
            if (c >= 0) counts[c]++;
        return counts;
    }

    private RowSet[] Split()
    {
        var parts = Counts.Select(n => new int[n]).ToArray();
        var filled = new int[Categories];
        for (var i = 0; i < _of.Length; i++)
            if (_of[i] is var c and >= 0) parts[c][filled[c]++] = _population.Rows[i];
        return parts.Select(rows => new RowSet(rows, rows.Length)).ToArray();
    }
}
