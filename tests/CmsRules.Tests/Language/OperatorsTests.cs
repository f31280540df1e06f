using CmsRules.Core.Language.Runtime;
using FsCheck.Xunit;

namespace CmsRules.Tests.Language;

public sealed class OperatorsTests
{
    [Property(MaxTest = 2000)]
    public void Pence_to_pounds_is_the_division_by_100_bit_for_bit(long pence, short small, bool round)
    {
        foreach (var value in new[] { pence, small, round ? small * 100L : small * 10L })
        {
            var pounds = Operators.PenceToPounds(value)!.Value;
            decimal.GetBits(pounds).ShouldBe(decimal.GetBits(value / 100m), $"{value}");
            pounds.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe((value / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData(long.MinValue)]
    [InlineData(long.MaxValue)]
    [InlineData(0L)]
    [InlineData(-5L)]
    [InlineData(-50L)]
    [InlineData(12300L)]
    public void Pence_to_pounds_at_the_edges(long pence) =>
        decimal.GetBits(Operators.PenceToPounds(pence)!.Value).ShouldBe(decimal.GetBits(pence / 100m));

    [Fact]
    public void Pence_to_pounds_of_null_is_null() => Operators.PenceToPounds(null).ShouldBeNull();
}
