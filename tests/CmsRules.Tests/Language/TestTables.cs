using System.Globalization;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;

namespace CmsRules.Tests.Language;

/// <summary>Builds schemas and small in-memory tables for the language tests.</summary>
internal static class TestTables
{
    private static readonly SourceLocation Here = new("dataset.yaml", 1, 1);

    public static ColumnSchema Col(string name, DataType type, bool nullable = false, string[]? codes = null, string? references = null) =>
        new(name, type, nullable, codes ?? [], references is null ? ColumnConstraints.None : new ColumnConstraints { References = new ColumnReference(references, name) }, Here);

    public static TableSchema TableOf(string name, params ColumnSchema[] columns) => new(name, name + ".csv", columns, [columns[0].Name], null, Here);

    /// <summary>A table from rows of CLR values: long/int, decimal, DateOnly or "yyyy-mm-dd", bool, enum code strings, strings; null for null.</summary>
    public static Table Build(TableSchema schema, params object?[][] rows)
    {
        var columns = new List<Column>();
        for (var c = 0; c < schema.Columns.Count; c++)
        {
            var col = schema.Columns[c];
            var nulls = new NullMask(rows.Length);
            for (var r = 0; r < rows.Length; r++)
                if (rows[r][c] is null) nulls.Set(r);
            var mask = nulls.Any() ? nulls : null;
            columns.Add(col.Type switch
            {
                DataType.Integer or DataType.Money => new Int64Column(col, rows.Select(r => r[c] is null ? 0L : System.Convert.ToInt64(r[c], CultureInfo.InvariantCulture)).ToArray(), mask),
                DataType.Date => new DateColumn(col, rows.Select(r => r[c] switch { null => 0, DateOnly d => d.DayNumber, string s => DateOnly.Parse(s, CultureInfo.InvariantCulture).DayNumber, _ => throw new ArgumentException("date") }).ToArray(), mask),
                DataType.Bool => new BoolColumn(col, rows.Select(r => r[c] is true).ToArray(), mask),
                DataType.Enum => new EnumColumn(col, rows.Select(r => r[c] is string s ? (byte)col.Codes.ToList().IndexOf(s) : (byte)0).ToArray(), mask),
                _ => StringColumnOf(col, rows.Select(r => (string?)r[c]).ToArray(), mask),
            });
        }
        return new Table(schema, rows.Length, columns);
    }

    private static StringColumn StringColumnOf(ColumnSchema col, string?[] values, NullMask? mask)
    {
        var dictionary = values.Where(v => v is not null).Distinct().Order(StringComparer.Ordinal).ToArray();
        return new StringColumn(col, values.Select(v => v is null ? 0 : Array.IndexOf(dictionary, v)).ToArray(), dictionary!, mask);
    }
}
