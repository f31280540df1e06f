using CmsRules.Core.Diagnostics;

namespace CmsRules.Core.Schema;

/// <summary>Rows of one group (e.g. a case group) whose [From, To) intervals may not overlap; a null To is open-ended.</summary>
public sealed record NoOverlapRule(string Group, string From, string To);

/// <summary>
/// A declared table of the extract: its CSV file, columns, key and table-level rules. <see cref="OrderBy"/> names a
/// date column the loader puts the rows in order of (see <see cref="Loading.DateOrder"/>).
/// </summary>
public sealed record TableSchema(
    string Name,
    string File,
    IReadOnlyList<ColumnSchema> Columns,
    IReadOnlyList<string> Key,
    NoOverlapRule? NoOverlap,
    SourceLocation Location,
    string Description = "",
    string? OrderBy = null)
{
    public ColumnSchema? FindColumn(string name) => Columns.FirstOrDefault(c => c.Name == name);

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
            if (Columns[i].Name == column) return i;
        return -1;
    }
}
