using CmsRules.Core.Diagnostics;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Loading;

/// <summary>One table while the extract loads: where its values came from (for error positions) and its own errors.</summary>
internal sealed class LoadedTable(TableSchema schema, string path, int maxErrors)
{
    public TableSchema Schema { get; } = schema;
    public string Path { get; } = path;
    public DiagnosticBag Errors { get; } = new(maxErrors);
    public RowLines Lines { get; } = new();

    /// <summary>The 1-based position in the file's header of each declared column.</summary>
    public int[] HeaderColumns { get; set; } = [];

    /// <summary>Rows with a value that did not parse (stored as null); rules about missing values skip them, as they are already reported.</summary>
    public HashSet<int> RejectedRows { get; } = [];

    /// <summary>The loaded table; null when the file is absent or unusable (a missing column).</summary>
    public Table? Table { get; set; }

    /// <summary>The sorted values of a single-column key, kept for checking references to this table.</summary>
    public KeyLookup? Key { get; set; }

    public SourceLocation At(int row, int column) => new(Path, Lines[row], HeaderColumns[column]);

    /// <summary>Whether the next error is kept; past the cap it is only counted, so callers skip formatting it.</summary>
    public bool Keeps()
    {
        if (!Errors.IsFull) return true;
        Errors.CountOmitted();
        return false;
    }

    public void Error(int row, int column, string message) => Errors.Error(At(row, column), message);
}
