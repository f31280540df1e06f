namespace CmsRules.SampleData.Simulation;

/// <summary>Calendar helpers over day numbers (<see cref="DateOnly.DayNumber"/>), the simulator's date type.</summary>
internal static class Days
{
    public static int Of(int year, int month, int day) => new DateOnly(year, month, day).DayNumber;

    public static int FirstOfMonth(int day)
    {
        var d = DateOnly.FromDayNumber(day);
        return day - d.Day + 1;
    }

    public static int FirstOfNextMonth(int day) => DateOnly.FromDayNumber(FirstOfMonth(day)).AddMonths(1).DayNumber;
}
