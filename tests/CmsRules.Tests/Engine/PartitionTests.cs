using CmsRules.Core.Diagnostics;
using CmsRules.Core.Engine;
using CmsRules.Core.Language.Runtime;
using CmsRules.Tests.Language;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;
using FsCheck.Xunit;

namespace CmsRules.Tests.Engine;

/// <summary>A population split by group gives each row the category worked out from its group's rows in the population.</summary>
public sealed class PartitionTests
{
    [Property]
    public void Each_row_gets_the_category_of_its_groups_rows_in_the_population(byte[] keys, bool[] inPopulation)
    {
        var column = new Int64Column(new ColumnSchema("k", DataType.Integer, false, [], new ColumnConstraints(), new SourceLocation("t.yaml", 1, 1)),
            keys.Select(k => (long)(k % 7)).ToArray(), null);
        var population = Enumerable.Range(0, keys.Length).Where(row => row < inPopulation.Length && inPopulation[row]).ToArray();
        const int categories = 3;
        // A category that depends on which rows of the group are in the population, and in what order.
        int Category(IEnumerable<int> rows) => rows.Select((row, i) => row * (i + 1)).Sum() % (categories + 1) - 1;

        var partition = Partition.ByGroup(new RowSet(population, population.Length), GroupNumbers.Of(column), categories,
            rows => Category(rows.Rows.Take(rows.Count).ToArray()), RowArraysTests.Dirty());

        var expected = population.Select(row => Category(population.Where(other => column.Values[other] == column.Values[row]))).ToArray();
        for (var c = 0; c < categories; c++)
        {
            var rows = population.Where((_, i) => expected[i] == c).ToArray();
            partition.Parts[c].Rows.Take(partition.Parts[c].Count).ShouldBe(rows, $"category {c}");
            partition.Counts[c].ShouldBe(rows.Length);
        }
    }
}
