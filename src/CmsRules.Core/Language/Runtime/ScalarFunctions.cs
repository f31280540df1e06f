namespace CmsRules.Core.Language.Runtime;

/// <summary>The built-in scalar functions. Arguments are never null here: the compiled code handles nulls.</summary>
public static class ScalarFunctions
{
    public static long DaysBetween(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    public static DateOnly AddDays(DateOnly date, long days) => date.AddDays(checked((int)days));

    /// <summary>Clamps to the last day of the target month (31 January + 1 month = 28 or 29 February).</summary>
    public static DateOnly AddMonths(DateOnly date, long months) => date.AddMonths(checked((int)months));

    public static DateOnly StartOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    public static DateOnly EndOfMonth(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));

    public static DateOnly StartOfQuarter(DateOnly date) => new(date.Year, (date.Month - 1) / 3 * 3 + 1, 1);

    public static DateOnly EndOfQuarter(DateOnly date) => EndOfMonth(StartOfQuarter(date).AddMonths(2));

    public static long Abs(long value) => Math.Abs(value);

    public static decimal Abs(decimal value) => Math.Abs(value);

    /// <summary>Rounds halves away from zero (2.5 to 3, -2.5 to -3), as the publication rules do.</summary>
    public static decimal Round(decimal value, long digits) => Math.Round(value, checked((int)digits), MidpointRounding.AwayFromZero);

    public static decimal Round(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero);

    public static string Lower(string s) => s.ToLowerInvariant();

    public static string Upper(string s) => s.ToUpperInvariant();

    public static string Trim(string s) => s.Trim();

    public static long Length(string s) => s.Length;

    public static bool StartsWith(string s, string prefix) => s.StartsWith(prefix, StringComparison.Ordinal);

    public static bool EndsWith(string s, string suffix) => s.EndsWith(suffix, StringComparison.Ordinal);

    public static bool Contains(string s, string part) => s.Contains(part, StringComparison.Ordinal);

    /// <summary>1-based start; a range past the end is cut short rather than failing.</summary>
    public static string Substring(string s, long start, long length)
    {
        var from = (int)Math.Clamp(start - 1, 0, s.Length);
        var count = (int)Math.Clamp(length, 0, s.Length - from);
        return s.Substring(from, count);
    }
}
