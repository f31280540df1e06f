namespace CmsRules.Core.Loading;

/// <summary>Rules across rows of one table: unique keys and non-overlapping intervals, by sorting the typed values.</summary>
internal static class CrossRowChecks
{
    public static void Key(LoadedTable loaded)
    {
        var table = loaded.Table!;
        var schema = table.Schema;
        if (schema.Key.Count == 0) return;
        var columns = schema.Key.Select(schema.IndexOf).ToArray();
        if (SortedKeys.AreStrictlyIncreasing(table, columns))
        {
            if (columns.Length == 1) loaded.Key = new KeyLookup(Values(table.Columns[columns[0]]));
            return;
        }
        var sorted = SortedKeys.Of(table, columns);
        var (rows, keys) = (sorted.Rows, sorted.Keys);
        var duplicates = false;
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (end - start > 1)
            {
                duplicates = true;
                ReportDuplicates(loaded, columns, rows.AsSpan(start, end - start));
            }
            start = end;
        }
        if (columns.Length == 1 && !duplicates) loaded.Key = new KeyLookup(keys);
        else if (columns.Length == 1) loaded.Key = new KeyLookup(keys.Distinct().ToArray());
    }

    /// <summary>A column's values as longs, without copying when it already is a column of longs.</summary>
    private static long[] Values(Storage.Column column)
    {
        if (column is Storage.Int64Column int64) return int64.Values;
        var values = new ColumnLongs(column);
        var result = new long[column.Length];
        for (var row = 0; row < result.Length; row++) result[row] = values[row];
        return result;
    }

    private static void ReportDuplicates(LoadedTable loaded, int[] columns, Span<int> rows)
    {
        rows.Sort();
        var first = rows[0];
        var names = string.Join(", ", columns.Select(c => loaded.Schema.Columns[c].Name));
        var values = string.Join(", ", columns.Select(c => CsvValueText.Of(loaded.Table!.Columns[c], first)));
        foreach (var row in rows[1..])
        {
            if (!loaded.Keeps()) continue;
            loaded.Error(row, columns[0], $"duplicate key ({names}) = ({values}): already on line {loaded.Lines[first]}");
        }
    }

    public static void NoOverlap(LoadedTable loaded)
    {
        var table = loaded.Table!;
        if (table.Schema.NoOverlap is not { } rule) return;
        var (group, from, to) = (table.Schema.IndexOf(rule.Group), table.Schema.IndexOf(rule.From), table.Schema.IndexOf(rule.To));
        var sorted = SortedKeys.Of(table, [group, from]);
        var groups = new ColumnLongs(table.Columns[group]);
        var starts = (Storage.DateColumn)table.Columns[from];
        var ends = (Storage.DateColumn)table.Columns[to];
        var rows = sorted.Rows;
        // Within a group, in order of start, a row overlaps an earlier one when it starts before the latest end so far.
        var latest = -1;
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            if (latest >= 0 && groups[latest] == groups[row] && (ends.IsNull(latest) || ends.Days[latest] > starts.Days[row]))
            {
                if (loaded.Keeps())
                    loaded.Error(row, from, $"the interval [{CsvValueText.Of(starts, row)}, {CsvValueText.Of(ends, row)}) of {rule.Group} {CsvValueText.Of(table.Columns[group], row)} " +
                        $"overlaps [{CsvValueText.Of(starts, latest)}, {CsvValueText.Of(ends, latest)}) on line {loaded.Lines[latest]}");
            }
            if (latest < 0 || groups[latest] != groups[row] || EndsLater(ends, row, latest)) latest = row;
        }
    }

    private static bool EndsLater(Storage.DateColumn ends, int row, int than) =>
        !ends.IsNull(than) && (ends.IsNull(row) || ends.Days[row] > ends.Days[than]);
}
