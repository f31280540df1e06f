namespace CmsRules.SampleData.Geography;

/// <summary>A Westminster constituency as written to constituencies.csv.</summary>
public sealed record Constituency(string Code, string Name, string RegionCode);
