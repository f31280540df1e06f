using System.Globalization;

namespace CmsRules.Core.Publication;

/// <summary>The unrounded `value` column of measures.csv: counts as integers, money (held in pence) as pounds with
/// two decimals, percentages and days at full decimal precision without trailing zeros or exponent; empty for null.</summary>
public static class ValueText
{
    public static string Format(decimal? value, MeasureKind kind)
    {
        if (value is not { } v) return "";
        return kind switch
        {
            MeasureKind.Count => Positive(v).ToString("0", CultureInfo.InvariantCulture),
            MeasureKind.Money => Positive(v / 100m).ToString("0.00", CultureInfo.InvariantCulture),
            _ => Positive(v).ToString("0.############################", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Money is held in pence; reports show pounds.</summary>
    public static decimal InReportingUnits(decimal value, MeasureKind kind) => kind == MeasureKind.Money ? value / 100m : value;

    // decimal keeps a sign on zero; nobody wants to read "-0".
    internal static decimal Positive(decimal v) => v == 0m ? 0m : v;
}
