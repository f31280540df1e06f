namespace CmsRules.SampleData.Output;

/// <summary>What one generated file holds: its data rows (header excluded) and its size.</summary>
public sealed record TableSummary(string File, long Rows, long Bytes);
