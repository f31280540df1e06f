using System.Globalization;

namespace CmsRules.Core.Periods;

/// <summary>A calendar month or quarter. <see cref="Index"/> is the month (1-12) or the quarter (1-4).</summary>
public readonly record struct Period(Frequency Frequency, int Year, int Index) : IComparable<Period>
{
    private int MonthsLong => Frequency == Frequency.Month ? 1 : 3;
    private int FirstMonth => Frequency == Frequency.Month ? Index : (Index - 1) * 3 + 1;

    public DateOnly Start => new(Year, FirstMonth, 1);
    public DateOnly End => Start.AddMonths(MonthsLong).AddDays(-1);

    /// <summary>`2024-Q1` for a quarter, `2024-01` for a month, as the output contract writes periods.</summary>
    public string Label => Frequency == Frequency.Quarter
        ? string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Index}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year}-{Index:00}");

    public static Period Containing(DateOnly day, Frequency frequency) => frequency == Frequency.Month
        ? new Period(frequency, day.Year, day.Month)
        : new Period(frequency, day.Year, (day.Month - 1) / 3 + 1);

    public Period Next() => Containing(End.AddDays(1), Frequency);
    public Period Previous() => Containing(Start.AddDays(-1), Frequency);

    /// <summary>Every period from the one containing <paramref name="first"/> to the one containing <paramref name="last"/>.</summary>
    public static IReadOnlyList<Period> Range(DateOnly first, DateOnly last, Frequency frequency)
    {
        var periods = new List<Period>();
        for (var p = Containing(first, frequency); p.Start <= last; p = p.Next()) periods.Add(p);
        return periods;
    }

    /// <summary>Parses a `--from`/`--to` month, `YYYY-MM`, as its first day.</summary>
    public static bool TryParseMonth(string text, out DateOnly firstDay) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out firstDay);

    /// <summary>Parses a quarter (2024-Q1) or a month (2024-01).</summary>
    public static bool TryParse(string text, out Period period)
    {
        period = default;
        if (text.Length == 7 && text[4] == '-' && text[5] == 'Q' && int.TryParse(text[..4], out var year) && text[6] is >= '1' and <= '4')
        {
            period = new Period(Frequency.Quarter, year, text[6] - '0');
            return true;
        }
        if (!TryParseMonth(text, out var month)) return false;
        period = Containing(month, Frequency.Month);
        return true;
    }

    public int CompareTo(Period other) => Start.CompareTo(other.Start);

    public override string ToString() => Label;
}
