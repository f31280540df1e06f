using CmsRules.Core.Definitions;

namespace CmsRules.Core.Engine;

/// <summary>Where a breakdown's list of categories comes from. Every category is listed, empty or not.</summary>
public abstract record CategorySource;

/// <summary>The codes of an enum, in order, or the subset a measure names; <see cref="PositionOfCode"/> maps a code index to its category (-1: left out).</summary>
public sealed record CodeCategories(IReadOnlyList<string> Categories, int[] PositionOfCode) : CategorySource;

/// <summary>A list the measure gives for a string-valued breakdown.</summary>
public sealed record ListedCategories(IReadOnlyList<string> Categories) : CategorySource;

/// <summary>The distinct values of a column in the extract, from a declared dimension.</summary>
public sealed record DistinctCategories(DimensionDefinition Dimension) : CategorySource;
