using CmsRules.Core.Diagnostics;

namespace CmsRules.Core.Definitions;

public enum ValidationSeverity { Error, Warning }

/// <summary>
/// A name a validation's check reads as the sum of a measure's categories in one breakdown (nulls skipped): how a
/// rule says "the categories add up to the total".
/// </summary>
public sealed record CategorySum(string Name, string Measure, string Dimension, SourceLocation Location);

/// <summary>
/// A consistency check declared beside the measures: <see cref="Check"/> is a condition over measure ids,
/// assumptions and <see cref="Sums"/>, evaluated on unrounded figures for every period, and for every category of
/// <see cref="ForEach"/> when given.
/// </summary>
public sealed record ValidationDefinition(
    string Name,
    ValidationSeverity Severity,
    string Description,
    ExpressionText Check,
    string? ForEach,
    IReadOnlyList<CategorySum> Sums,
    SourceLocation Location);
