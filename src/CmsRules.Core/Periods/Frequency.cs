namespace CmsRules.Core.Periods;

/// <summary>The length of the consecutive periods of a run: calendar months or calendar quarters (Q1 = January to March).</summary>
public enum Frequency { Month, Quarter }
