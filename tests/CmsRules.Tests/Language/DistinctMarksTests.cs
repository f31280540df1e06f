using CmsRules.Core.Diagnostics;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;
using FsCheck.Xunit;

namespace CmsRules.Tests.Language;

public sealed class DistinctMarksTests
{
    private static Int64Column Ids(params long[] values) =>
        new(new ColumnSchema("id", DataType.Integer, false, [], new ColumnConstraints(), new SourceLocation("t.yaml", 1, 1)), values, null);

    [Property]
    public void Counts_one_after_the_other_each_count_their_own_distinct_values(short[][] counts)
    {
        var values = counts.SelectMany(c => c).Select(v => (long)v).Append(short.MinValue).Append(short.MaxValue).ToArray();
        var marks = DistinctMarks.For(Ids(values))!;

        foreach (var count in counts)
        {
            var stamp = marks.Begin();
            stamp.ShouldNotBe(0);
            var found = count.Count(value => marks.Mark(value, stamp));
            marks.End(found).ShouldBe(count.Distinct().Count());
        }
    }

    [Fact]
    public void A_count_begun_while_another_is_under_way_is_refused_until_that_one_ends()
    {
        var marks = DistinctMarks.For(Ids(1, 2, 3))!;

        var stamp = marks.Begin();
        marks.Mark(2, stamp).ShouldBeTrue();
        marks.Begin().ShouldBe(0); // a field read inside the loop counting again falls back to a DistinctCounter
        marks.Mark(2, stamp).ShouldBeFalse();
        marks.End(1);

        var next = marks.Begin();
        next.ShouldNotBe(0);
        marks.Mark(2, next).ShouldBeTrue();
    }

    [Fact]
    public void Ids_spread_far_wider_than_the_column_is_long_get_no_marks()
    {
        DistinctMarks.For(Ids(1, 2, 3)).ShouldNotBeNull();
        DistinctMarks.For(Ids(1, 1L << 40)).ShouldBeNull();
    }
}
