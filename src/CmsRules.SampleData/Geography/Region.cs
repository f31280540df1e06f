namespace CmsRules.SampleData.Geography;

/// <summary>
/// An English region or a nation, with its share of receiving parents (roughly its share of the
/// population of Great Britain) and its number of Westminster seats (2024 boundaries).
/// </summary>
public sealed record Region(string Code, string Name, double PopulationShare, int Seats);
