using CmsRules.Core.Language.Runtime;

namespace CmsRules.Tests.Language;

public sealed class RowArraysTests
{
    /// <summary>Reused arrays that were handed out and written all over before: what an evaluator's later periods get.</summary>
    public static RowArrays Dirty()
    {
        var arrays = RowArrays.Reused();
        foreach (var length in new[] { 0, 1, 3, 8, 20, 50, 100, 300, 1000 })
            arrays.Rent(length).AsSpan().Fill(-12345);
        arrays.Recycle();
        return arrays;
    }

    [Fact]
    public void Arrays_handed_back_are_handed_out_again_the_shortest_that_is_long_enough_first()
    {
        var arrays = RowArrays.Reused();
        var (shorter, longer) = (arrays.Rent(100), arrays.Rent(1000));

        arrays.Recycle();

        arrays.Rent(500).ShouldBeSameAs(longer);
        arrays.Rent(50).ShouldBeSameAs(shorter);
        arrays.Rent(50).ShouldNotBeSameAs(shorter); // lent until the next recycle
    }

    [Fact]
    public void Every_array_is_at_least_as_long_as_asked_for_with_room_for_a_later_larger_request()
    {
        var arrays = RowArrays.Reused();
        var first = arrays.Rent(800);
        first.Length.ShouldBeGreaterThanOrEqualTo(800);
        arrays.Recycle();

        arrays.Rent(880).ShouldBeSameAs(first); // a period a tenth larger than the one before
    }

    [Fact]
    public void Fresh_arrays_are_never_handed_out_twice()
    {
        var arrays = RowArrays.Fresh();
        var first = arrays.Rent(100);
        arrays.Recycle();

        arrays.Rent(100).ShouldNotBeSameAs(first);
        first.Length.ShouldBe(100);
    }
}
