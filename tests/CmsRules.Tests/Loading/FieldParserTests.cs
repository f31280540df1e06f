using System.Globalization;
using CmsRules.Core.Loading;
using FsCheck.Xunit;

namespace CmsRules.Tests.Loading;

public sealed class FieldParserTests
{
    [Property]
    public void Any_long_written_in_invariant_culture_parses_back(long value)
    {
        FieldParser.TryParseInt64(value.ToString(CultureInfo.InvariantCulture), out var parsed).ShouldBeTrue();
        parsed.ShouldBe(value);
    }

    [Property]
    public void Any_date_written_iso_parses_to_its_day_number(uint seed)
    {
        var date = DateOnly.FromDayNumber((int)(seed % (uint)DateOnly.MaxValue.DayNumber));
        FieldParser.TryParseDate(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), out var day).ShouldBeTrue();
        day.ShouldBe(date.DayNumber);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("5.0")]
    [InlineData("1e3")]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("12345678901234567890")]
    public void Rejects_anything_but_plain_integers(string text) => FieldParser.TryParseInt64(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("2021-02-29")]
    [InlineData("2021-13-01")]
    [InlineData("2021-00-10")]
    [InlineData("2021-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("2021/01/01")]
    [InlineData("2021-1-1")]
    [InlineData("2021-01-01T00:00")]
    [InlineData("20210101")]
    public void Rejects_anything_but_real_iso_dates(string text) => FieldParser.TryParseDate(text, out _).ShouldBeFalse();

    [Fact]
    public void Accepts_the_extremes()
    {
        FieldParser.TryParseInt64("-9223372036854775808", out var min).ShouldBeTrue();
        min.ShouldBe(long.MinValue);
        FieldParser.TryParseDate("2024-02-29", out var leap).ShouldBeTrue();
        leap.ShouldBe(new DateOnly(2024, 2, 29).DayNumber);
    }

    [Theory]
    [InlineData("true", true, true)]
    [InlineData("false", true, false)]
    [InlineData("True", false, false)]
    [InlineData("1", false, false)]
    public void Bools_are_exactly_true_or_false(string text, bool ok, bool value)
    {
        FieldParser.TryParseBool(text, out var parsed).ShouldBe(ok);
        parsed.ShouldBe(value);
    }
}
