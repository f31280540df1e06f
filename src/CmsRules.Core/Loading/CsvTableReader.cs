using CmsRules.Core.Diagnostics;
using nietras.SeparatedValues;

namespace CmsRules.Core.Loading;

/// <summary>
/// Reads one table's CSV file into typed columns with Sep, checking each field's type and nullability
/// as it goes. A bad value is reported and stored as null, so later checks skip it instead of repeating it.
/// </summary>
internal static class CsvTableReader
{
    private const int ProgressEveryRows = 1 << 16;
    private const int EstimateAfterRows = 1024;

    public static void Read(LoadedTable table, IProgress<TableLoadProgress>? progress)
    {
        using var stream = new FileStream(table.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var total = stream.Length;
        using var reader = Open(stream, table);
        if (reader is null) return;
        var header = reader.Header.ColNames;
        if (header.Count == 0 || header is [""])
        {
            table.Errors.Error(new SourceLocation(table.Path, 1, 1), "the file is empty; expected a header row");
            return;
        }
        if (!MapHeader(table, reader.Header)) return;

        var schema = table.Schema;
        var builders = schema.Columns.Select(ColumnBuilder.For).ToArray();
        var fields = table.HeaderColumns.Select(c => c - 1).ToArray();
        var nullable = schema.Columns.Select(c => c.Nullable).ToArray();
        var row = 0;
        long chars = 0;
        foreach (var record in reader)
        {
            table.Lines.Record(row, record.LineNumberFrom);
            if (record.ColCount != header.Count)
            {
                ReportFieldCount(table, row, record.ColCount, header.Count);
                table.RejectedRows.Add(row);
                foreach (var b in builders) b.SetNull(row);
            }
            else
            {
                for (var c = 0; c < builders.Length; c++)
                    ReadField(table, builders[c], nullable[c], row, c, record[fields[c]].Span);
            }
            row++;
            if (row <= EstimateAfterRows)
            {
                chars += record.Span.Length + 1;
                if (row == EstimateAfterRows) Presize(builders, total, chars, row);
            }
            if (row % ProgressEveryRows == 0) progress?.Report(new TableLoadProgress(schema.Name, stream.Position, total, row, false));
        }
        table.Lines.Trim(row);
        table.Table = new Storage.Table(schema, row, builders.Select(b => b.Build(row)).ToList());
        progress?.Report(new TableLoadProgress(schema.Name, total, total, row, true));
    }

    /// <summary>Sep refuses a header that repeats a name; that is reported here, at each repeat, and null returned.</summary>
    private static SepReader? Open(Stream stream, LoadedTable table)
    {
        var options = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true });
        try
        {
            return options.From(stream, leaveOpen: true);
        }
        catch (ArgumentException)
        {
            stream.Position = 0;
            using var raw = (options with { HasHeader = false }).From(stream, leaveOpen: true);
            ReportRepeatedNames(table, raw);
            return null;
        }
    }

    private static void ReportRepeatedNames(LoadedTable table, SepReader reader)
    {
        if (!reader.MoveNext()) return;
        var names = reader.Current[..].ToStringsArray();
        for (var i = 0; i < names.Length; i++)
        {
            var first = Array.IndexOf(names, names[i]);
            if (first < i)
                table.Errors.Error(new SourceLocation(table.Path, 1, i + 1), $"column '{names[i]}' appears twice in the header (first at column {first + 1})");
        }
    }

    private static void ReadField(LoadedTable table, ColumnBuilder builder, bool nullable, int row, int column, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            builder.SetNull(row);
            if (!nullable && table.Keeps()) table.Error(row, column, $"column '{builder.Schema.Name}': a value is required but the field is empty");
            return;
        }
        if (builder.TryAppend(row, text)) return;
        builder.SetNull(row);
        table.RejectedRows.Add(row);
        if (table.Keeps()) table.Error(row, column, $"column '{builder.Schema.Name}': '{text}' is not {builder.Expected}");
    }

    private static bool MapHeader(LoadedTable table, SepReaderHeader header)
    {
        var columns = table.Schema.Columns;
        var positions = new int[columns.Count];
        var ok = true;
        for (var c = 0; c < columns.Count; c++)
        {
            if (header.TryIndexOf(columns[c].Name, out var index))
            {
                positions[c] = index + 1;
                continue;
            }
            ok = false;
            table.Errors.Error(new SourceLocation(table.Path, 1, 1),
                $"column '{columns[c].Name}' of table '{table.Schema.Name}' is missing from the header ({string.Join(",", header.ColNames)})");
        }
        table.HeaderColumns = positions;
        return ok;
    }

    private static void ReportFieldCount(LoadedTable table, int row, int count, int expected)
    {
        if (!table.Keeps()) return;
        var at = new SourceLocation(table.Path, table.Lines[row], Math.Min(count, expected) + 1);
        table.Errors.Error(at, $"the row has {count} field{(count == 1 ? "" : "s")} but the header has {expected}");
    }

    /// <summary>Sizes the arrays once from the file length and the first rows' width, to avoid repeated regrowth.</summary>
    private static void Presize(ColumnBuilder[] builders, long fileBytes, long chars, int rows)
    {
        var estimate = fileBytes / Math.Max(1, chars / rows) * 21 / 20 + 16;
        var capacity = (int)Math.Min(estimate, Array.MaxLength);
        foreach (var b in builders) b.EnsureCapacity(capacity);
    }
}
