using CmsRules.Core.Publication;

namespace CmsRules.Tests.Publication;

public class ValueTextTests
{
    [Fact]
    public void Money_held_in_pence_is_written_as_pounds_with_two_decimals()
    {
        ValueText.Format(-123450m, MeasureKind.Money).ShouldBe("-1234.50");
        ValueText.Format(5m, MeasureKind.Money).ShouldBe("0.05");
        ValueText.Format(0m, MeasureKind.Money).ShouldBe("0.00");
    }

    [Fact]
    public void Percentages_are_written_at_full_precision_without_trailing_zeros_or_exponent()
    {
        ValueText.Format(100m * 23m / 40m, MeasureKind.Percentage).ShouldBe("57.5");
        ValueText.Format(57.500m, MeasureKind.Percentage).ShouldBe("57.5");
        ValueText.Format(100m * 2m / 3m, MeasureKind.Percentage).ShouldBe("66.666666666666666666666666667");
        ValueText.Format(0.0000001m, MeasureKind.Days).ShouldBe("0.0000001");
        ValueText.Format(7m, MeasureKind.Days).ShouldBe("7");
    }

    [Fact]
    public void Counts_are_integers_and_null_is_empty()
    {
        ValueText.Format(1230m, MeasureKind.Count).ShouldBe("1230");
        ValueText.Format(null, MeasureKind.Percentage).ShouldBe("");
        ValueText.Format(-0m, MeasureKind.Count).ShouldBe("0");
    }
}
