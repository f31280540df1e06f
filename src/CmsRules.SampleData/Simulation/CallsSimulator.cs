using CmsRules.SampleData.Output;

namespace CmsRules.SampleData.Simulation;

/// <summary>
/// Daily telephony for the whole window, scaled to the number of case groups: busy weekdays, quiet
/// weekends, a slower first year while the scheme opened, and lines closed on Christmas Day, Boxing
/// Day and New Year's Day (0 offered).
/// </summary>
internal static class CallsSimulator
{
    private const ulong CallsStream = 2;
    private const double WeekdayCallsPerCaseGroup = 0.012;

    public static void Write(Window window, ulong seed, int caseGroups, CsvFileWriter row)
    {
        var rng = new Prng(seed, CallsStream, 0);
        var weekday = Math.Max(3.0, caseGroups * WeekdayCallsPerCaseGroup);
        var schemeOpen = Days.Of(2014, 1, 1);
        for (var day = window.First; day <= window.Last; day++)
        {
            var date = DateOnly.FromDayNumber(day);
            var closed = date is { Month: 12, Day: 25 or 26 } or { Month: 1, Day: 1 };
            var load = date.DayOfWeek switch { DayOfWeek.Saturday => 0.25, DayOfWeek.Sunday => 0.08, _ => 1.0 };
            if (day < schemeOpen) load *= 0.4;
            var offered = closed ? 0 : (long)Math.Round(weekday * load * rng.Uniform(0.85, 1.15));
            var answered = (long)(offered * rng.Uniform(0.75, 0.97));
            var quick = (long)(answered * rng.Uniform(0.4, 0.85));
            row.Date(day);
            row.Int(offered);
            row.Int(answered);
            row.Int(quick);
            row.EndRow();
        }
    }
}
