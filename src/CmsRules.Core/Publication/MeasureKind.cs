namespace CmsRules.Core.Publication;

/// <summary>What a measure's number is, which decides how its unrounded value is written.</summary>
public enum MeasureKind { Count, Money, Percentage, Days }
