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
        // A group's category is found at its first row in the population: its rows there are the group's rows marked
        // in a bitmap of the population.
        var inPopulation = new ulong[(groups.OfRow.Length + 63) >> 6];
        for (var i = 0; i < population.Count; i++) inPopulation[population.Rows[i] >> 6] |= 1UL << population.Rows[i];
        const int notFound = int.MinValue;
        var categoryOf = new int[groups.Count];
        Array.Fill(categoryOf, notFound);
        var group = new int[groups.Largest];
        var of = GC.AllocateUninitializedArray<int>(population.Count);
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
        var parts = Counts.Select(n => GC.AllocateUninitializedArray<int>(n)).ToArray();
        var filled = new int[Categories];
        for (var i = 0; i < _of.Length; i++)
            if (_of[i] is var c and >= 0) parts[c][filled[c]++] = _population.Rows[i];
        return parts.Select(rows => new RowSet(rows, rows.Length)).ToArray();
    }
}
