namespace CmsRules.Core.Loading;

/// <summary>Parses CSV field text without allocating: exactly the contract's formats, nothing more lenient.</summary>
internal static class FieldParser
{
    /// <summary>An optional '-' then digits, within the range of a 64-bit integer.</summary>
    public static bool TryParseInt64(ReadOnlySpan<char> s, out long value)
    {
        value = 0;
        var negative = s.Length > 0 && s[0] == '-';
        var i = negative ? 1 : 0;
        if (i == s.Length || s.Length - i > 19) return false;
        ulong magnitude = 0;
        for (; i < s.Length; i++)
        {
            var digit = (uint)(s[i] - '0');
            if (digit > 9) return false;
            magnitude = magnitude * 10 + digit;
        }
        // 19 digits cannot overflow a ulong, so the range check below is exact.
        if (negative)
        {
            if (magnitude > (ulong)long.MaxValue + 1) return false;
            value = (long)(0 - magnitude);
        }
        else
        {
            if (magnitude > long.MaxValue) return false;
            value = (long)magnitude;
        }
        return true;
    }

    /// <summary>ISO YYYY-MM-DD of a real calendar day, as <see cref="DateOnly.DayNumber"/>.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> s, out int dayNumber)
    {
        dayNumber = 0;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') return false;
        if (!TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        dayNumber = new DateOnly(year, month, day).DayNumber;
        return true;
    }

    public static bool TryParseBool(ReadOnlySpan<char> s, out bool value)
    {
        value = s.SequenceEqual("true");
        return value || s.SequenceEqual("false");
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            var digit = c - '0';
            if ((uint)digit > 9) return false;
            value = value * 10 + digit;
        }
        return true;
    }
}
