using CmsRules.Core.Diagnostics;

namespace CmsRules.Core.Definitions;

/// <summary>
/// A breakdown dimension whose categories come from the data: every distinct value of <see cref="Table"/>.<see cref="Column"/>
/// over all its rows (sorted ordinally), plus <see cref="UnknownCategory"/> when some value is null.
/// </summary>
public sealed record DimensionDefinition(
    string Name,
    string Table,
    string Column,
    string? UnknownCategory,
    string Description,
    SourceLocation Location);
