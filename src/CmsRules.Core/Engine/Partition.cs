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
    private readonly RowArrays _arrays;
    private RowSet[]? _parts;
    private int[]? _counts;

    /// <param name="of">each row's category position (-1: in no category), in its first <c>population.Count</c> places</param>
    /// <param name="arrays">where the categories' row sets come from</param>
    public Partition(RowSet population, int categories, int[] of, RowArrays arrays) =>
        (_population, Categories, _of, _arrays) = (population, categories, of, arrays);

    public int Categories { get; }

    /// <summary>How many rows each category has.</summary>
    public int[] Counts => _counts ??= CountRows();

    public RowSet[] Parts => _parts ??= Split();

    /// <summary>Gives every row the category of its group: the rows of the population with the same group number.</summary>
    public static Partition ByGroup(RowSet population, GroupNumbers groups, int categories, Func<RowSet, int> position, RowArrays arrays)
    {
        // A group's category is found at its first row in the population: its rows there are the group's rows marked
        // in a bitmap of the population.
        var inPopulation = new ulong[(groups.OfRow.Length + 63) >> 6];
        for (var i = 0; i < population.Count; i++) inPopulation[population.Rows[i] >> 6] |= 1UL << population.Rows[i];
        const int notFound = int.MinValue;
        var categoryOf = arrays.Rent(groups.Count);
        categoryOf.AsSpan(0, groups.Count).Fill(notFound);
        var group = new int[groups.Largest];
        var of = arrays.Rent(population.Count);
        for (var i = 0; i < population.Count; i++)
        {
            var g = groups.OfRow[population.Rows[i]];
            if (categoryOf[g] == notFound)
            {
                var n = 0;
                for (var k = groups.Starts[g]; k < groups.Starts[g + 1]; k++)
                    if ((inPopulation[groups.Rows[k] >> 6] & (1UL << groups.Rows[k])) != 0) group[n++] = groups.Rows[k];
                categoryOf[g] = position(new RowSet(group, n));
            }
            of[i] = categoryOf[g];
        }
        return new Partition(population, categories, of, arrays);
    }

    private int[] CountRows()
    {
        var counts = new int[Categories];
        foreach (var c in _of.AsSpan(0, _population.Count))
            if (c >= 0) counts[c]++;
        return counts;
    }

    private RowSet[] Split()
    {
        var parts = Counts.Select(_arrays.Rent).ToArray();
        var filled = new int[Categories];
        for (var i = 0; i < _population.Count; i++)
            if (_of[i] is var c and >= 0) parts[c][filled[c]++] = _population.Rows[i];
        return parts.Select((rows, c) => new RowSet(rows, filled[c])).ToArray();
    }
}
