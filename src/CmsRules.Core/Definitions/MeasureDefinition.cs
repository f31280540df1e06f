using CmsRules.Core.Diagnostics;
using CmsRules.Core.Publication;

namespace CmsRules.Core.Definitions;

/// <summary>
/// One breakdown of a measure. <see cref="By"/> gives each row its category (null for a measure built from other
/// measures, which takes the category values of those). <see cref="Categories"/> narrows an enum's codes to a subset.
/// </summary>
public sealed record BreakdownDefinition(
    string Dimension,
    ExpressionText? By,
    IReadOnlyList<string>? Categories,
    SourceLocation Location);

/// <summary>
/// A measure as declared in a family file. With <see cref="From"/>, it aggregates the rows of that table that meet
/// <see cref="Where"/> (grouped into units by <see cref="GroupBy"/> when given); without it, <see cref="Value"/>
/// combines other measures by id.
/// </summary>
public sealed record MeasureDefinition(
    string Id,
    string Family,
    string Title,
    string Description,
    string Spec,
    MeasureKind Kind,
    string Rounding,
    bool Publish,
    string? From,
    ExpressionText? Where,
    string? GroupBy,
    ExpressionText Value,
    ExpressionText? Base,
    IReadOnlyList<BreakdownDefinition> Breakdowns,
    SourceLocation Location)
{
    public bool IsDerived => From is null;
}
