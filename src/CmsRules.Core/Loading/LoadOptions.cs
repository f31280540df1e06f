namespace CmsRules.Core.Loading;

/// <summary>How far one table's file has been read.</summary>
public readonly record struct TableLoadProgress(string Table, long BytesRead, long BytesTotal, long Rows, bool Done);

/// <summary>Options of <see cref="ExtractLoader.Load"/>.</summary>
public sealed record LoadOptions
{
    /// <summary>
    /// The tables the run needs; their files must be present. Files of other declared tables may be absent
    /// (those tables are then absent from the extract). Null: every declared table is required.
    /// </summary>
    public IReadOnlyCollection<string>? RequiredTables { get; init; }

    /// <summary>Told about each table as its file is read (from worker threads) and once more when it is done.</summary>
    public IProgress<TableLoadProgress>? Progress { get; init; }

    /// <summary>How many errors are kept in full; past this only a count is kept.</summary>
    public int MaxErrors { get; init; } = 100;
}
