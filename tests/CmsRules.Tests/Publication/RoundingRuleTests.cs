using CmsRules.Core.Diagnostics;
using CmsRules.Core.Publication;

namespace CmsRules.Tests.Publication;

public class RoundingRuleTests
{
    private static readonly SourceLocation Here = new("rounding.yaml", 1, 1);
    private static readonly RoundingRule Count = new("count", 10m, 1m, 4m, null, Here);
    private static readonly RoundingRule Money = new("money", 100m, null, null, null, Here);
    private static readonly RoundingRule Percentage = new("percentage", 1m, null, null, 10m, Here);
    private static readonly RoundingRule Days = new("days", 0.1m, null, null, null, Here);

    [Theory]
    [InlineData("0", "0")]
    [InlineData("1", "..")]
    [InlineData("4", "..")]
    [InlineData("5", "10")]
    [InlineData("14", "10")]
    [InlineData("15", "20")]
    [InlineData("1234", "1230")]
    [InlineData("1235", "1240")]
    public void Counts_round_to_the_nearest_ten_and_hide_one_to_four(string value, string published) =>
        Count.Publish(decimal.Parse(value), null).ShouldBe(published);

    [Theory]
    [InlineData("1234.50", "1200")]
    [InlineData("1250", "1300")]
    [InlineData("-1250", "-1300")]
    [InlineData("-49.99", "0")]
    [InlineData("3", "0")]
    public void Money_rounds_pounds_to_the_nearest_hundred_halves_away_from_zero_and_never_shows_minus_zero(string pounds, string published) =>
        Money.Publish(decimal.Parse(pounds), null).ShouldBe(published);

    [Fact]
    public void Percentages_round_on_the_exact_decimal_value()
    {
        Percentage.Publish(100m * 23m / 40m, 40m).ShouldBe("58"); // exactly 57.5
        Percentage.Publish(92.5m, 40m).ShouldBe("93");             // banker's rounding would say 92
        Percentage.Publish(100m * 2m / 3m, 30m).ShouldBe("67");
    }

    [Fact]
    public void A_percentage_on_a_base_under_ten_or_null_is_suppressed()
    {
        Percentage.Publish(50m, 9m).ShouldBe("..");
        Percentage.Publish(50m, 10m).ShouldBe("50");
        Percentage.Publish(null, 100m).ShouldBe("..");
        Percentage.Publish(50m, null).ShouldBe("..");
    }

    [Theory]
    [InlineData("26.45", "26.5")]
    [InlineData("7", "7.0")]
    [InlineData("0.04", "0.0")]
    public void Days_show_one_decimal(string value, string published) =>
        Days.Publish(decimal.Parse(value), null).ShouldBe(published);

    [Fact]
    public void Days_have_no_small_base_rule_but_null_is_suppressed()
    {
        Days.Publish(3m, 1m).ShouldBe("3.0");
        Days.Publish(null, null).ShouldBe("..");
    }
}
