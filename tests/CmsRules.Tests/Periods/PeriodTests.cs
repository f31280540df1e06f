using CmsRules.Core.Periods;

namespace CmsRules.Tests.Periods;

public class PeriodTests
{
    [Fact]
    public void A_quarter_runs_from_its_first_to_its_last_day_and_is_labelled_as_the_contract_says()
    {
        var q = Period.Containing(new DateOnly(2024, 2, 29), Frequency.Quarter);
        q.Label.ShouldBe("2024-Q1");
        q.Start.ShouldBe(new DateOnly(2024, 1, 1));
        q.End.ShouldBe(new DateOnly(2024, 3, 31));
        q.Next().Label.ShouldBe("2024-Q2");
        q.Previous().Label.ShouldBe("2023-Q4");
    }

    [Fact]
    public void A_month_is_labelled_with_two_digits()
    {
        var m = Period.Containing(new DateOnly(2024, 2, 10), Frequency.Month);
        m.Label.ShouldBe("2024-02");
        m.End.ShouldBe(new DateOnly(2024, 2, 29));
    }

    [Fact]
    public void A_range_covers_every_period_touching_its_first_and_last_day()
    {
        var range = Period.Range(new DateOnly(2023, 11, 1), new DateOnly(2024, 4, 1), Frequency.Quarter);
        range.Select(p => p.Label).ShouldBe(["2023-Q4", "2024-Q1", "2024-Q2"]);
    }
}
