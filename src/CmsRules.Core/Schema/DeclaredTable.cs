using CmsRules.Core.Diagnostics;

namespace CmsRules.Core.Schema;

/// <summary>A name written in the YAML, with where it was written, so a check on it can point there.</summary>
internal sealed record DeclaredName(string Name, SourceLocation At);

/// <summary>A column rule naming another column (or table.column) that is only checked once every file is read.</summary>
internal sealed record DeclaredRule(ColumnSchema Column, string Rule, string Target, SourceLocation At);

/// <summary>A parsed table declaration plus the positions of the names in it that later checks resolve.</summary>
internal sealed record DeclaredTable(
    TableSchema Schema,
    SourceLocation FileAt,
    IReadOnlyList<DeclaredName> Key,
    IReadOnlyList<DeclaredName> OverlapColumns,
    DeclaredName? OrderBy,
    IReadOnlyList<DeclaredRule> Rules);
