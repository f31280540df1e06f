using CmsRules.Core.Storage;

namespace CmsRules.Core.Loading;

/// <summary>Every non-null value of a <c>references</c> column must be a key of the referenced table.</summary>
internal static class ReferenceChecks
{
    public static void Check(LoadedTable loaded, IReadOnlyDictionary<string, LoadedTable> tables)
    {
        var table = loaded.Table!;
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (table.Columns[c].Schema.Constraints.References is not { } reference) continue;
            // An absent (optional) or unusable target has nothing to check against; its own problem is reported.
            if (!tables.TryGetValue(reference.Table, out var target) || target.Key is not { } key) continue;
            var column = table.Columns[c];
            var values = new ColumnLongs(column);
            var file = Path.GetFileName(target.Path);
            for (var row = 0; row < table.RowCount; row++)
            {
                if (column.IsNull(row) || key.Contains(values[row]) || !loaded.Keeps()) continue;
                loaded.Error(row, c, $"column '{column.Schema.Name}': {CsvValueText.Of(column, row)} is not a {reference.Column} in {file}");
            }
        }
    }
}
