using System.Globalization;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Loading;

/// <summary>Writes a loaded value back as it appears in the CSV, for error messages.</summary>
internal static class CsvValueText
{
    public static string Of(Column column, int row) => column.IsNull(row) ? "(empty)" : column switch
    {
        Int64Column c => c.Values[row].ToString(CultureInfo.InvariantCulture),
        DateColumn c => Date(c.Days[row]),
        BoolColumn c => c.Values[row] ? "true" : "false",
        EnumColumn c => c.Schema.Codes[c.Codes[row]],
        StringColumn c => c.Dictionary[c.Ids[row]],
        _ => throw new NotSupportedException(column.GetType().Name),
    };

    public static string Date(int dayNumber) => DateOnly.FromDayNumber(dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
