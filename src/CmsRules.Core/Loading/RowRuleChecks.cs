using CmsRules.Core.Schema;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Loading;

/// <summary>The rules within one row: min (with its min_unless exemptions), at_most, not_before, required_when, day_of_month. Nulls are skipped (already reported where not allowed).</summary>
internal static class RowRuleChecks
{
    public static void Check(LoadedTable loaded)
    {
        var table = loaded.Table!;
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            var rules = column.Schema.Constraints;
            if (rules.Min is { } min) Min(loaded, c, (Int64Column)column, min, Exemptions(table, rules.MinUnless));
            if (rules.AtMost is { } atMost) AtMost(loaded, c, (Int64Column)column, (Int64Column)table[atMost]);
            if (rules.NotBefore is { } notBefore) NotBefore(loaded, c, (DateColumn)column, (DateColumn)table[notBefore]);
            if (rules.RequiredWhen is { } when) RequiredWhen(loaded, c, column, table[when]);
            if (rules.DayOfMonth is { } day) DayOfMonth(loaded, c, (DateColumn)column, day);
        }
    }

    /// <summary>The enum column whose codes exempt a row from min, and which of its code indexes do.</summary>
    private static (EnumColumn Column, bool[] Exempt)? Exemptions(Table table, MinException? exception)
    {
        if (exception is null) return null;
        var column = (EnumColumn)table[exception.Column];
        var exempt = new bool[column.Schema.Codes.Count];
        for (var i = 0; i < exempt.Length; i++) exempt[i] = exception.Codes.Contains(column.Schema.Codes[i]);
        return (column, exempt);
    }

    private static void Min(LoadedTable loaded, int c, Int64Column column, long min, (EnumColumn Column, bool[] Exempt)? unless)
    {
        var values = column.Values;
        for (var row = 0; row < values.Length; row++)
        {
            if (values[row] >= min || column.IsNull(row)) continue;
            if (unless is var (by, exempt) && !by.IsNull(row) && exempt[by.Codes[row]]) continue;
            if (!loaded.Keeps()) continue;
            var rule = min switch { 1 => "must be more than 0", 0 => "must not be negative", _ => $"must be at least {min}" };
            loaded.Error(row, c, $"column '{column.Schema.Name}': '{values[row]}' {rule}");
        }
    }

    private static void AtMost(LoadedTable loaded, int c, Int64Column column, Int64Column limit)
    {
        for (var row = 0; row < column.Values.Length; row++)
        {
            if (column.Values[row] <= limit.Values[row] || column.IsNull(row) || limit.IsNull(row) || !loaded.Keeps()) continue;
            loaded.Error(row, c, $"column '{column.Schema.Name}': '{column.Values[row]}' is more than {limit.Schema.Name} ({limit.Values[row]})");
        }
    }

    private static void NotBefore(LoadedTable loaded, int c, DateColumn column, DateColumn start)
    {
        for (var row = 0; row < column.Days.Length; row++)
        {
            if (column.Days[row] >= start.Days[row] || column.IsNull(row) || start.IsNull(row) || !loaded.Keeps()) continue;
            loaded.Error(row, c,
                $"column '{column.Schema.Name}': '{CsvValueText.Date(column.Days[row])}' is before {start.Schema.Name} ({CsvValueText.Date(start.Days[row])})");
        }
    }

    private static void RequiredWhen(LoadedTable loaded, int c, Column column, Column condition)
    {
        if (column.Nulls is null) return;
        for (var row = 0; row < column.Length; row++)
        {
            if (!column.IsNull(row) || condition.IsNull(row) || loaded.RejectedRows.Contains(row) || !loaded.Keeps()) continue;
            loaded.Error(row, c, $"column '{column.Schema.Name}': a value is required when {condition.Schema.Name} has one ({CsvValueText.Of(condition, row)})");
        }
    }

    private static void DayOfMonth(LoadedTable loaded, int c, DateColumn column, DayOfMonth day)
    {
        // Month columns repeat few distinct values, so remembering the last good one skips most calendar arithmetic.
        var lastGood = int.MinValue;
        for (var row = 0; row < column.Days.Length; row++)
        {
            if (column.Days[row] == lastGood) continue;
            var date = DateOnly.FromDayNumber(column.Days[row]);
            var ok = day == Schema.DayOfMonth.First ? date.Day == 1 : date.Day == DateTime.DaysInMonth(date.Year, date.Month);
            if (ok) lastGood = column.Days[row];
            if (ok || column.IsNull(row) || !loaded.Keeps()) continue;
            var which = day == Schema.DayOfMonth.First ? "first" : "last";
            loaded.Error(row, c, $"column '{column.Schema.Name}': '{CsvValueText.Date(column.Days[row])}' is not the {which} day of a month");
        }
    }
}
