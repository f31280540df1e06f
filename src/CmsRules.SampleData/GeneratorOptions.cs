namespace CmsRules.SampleData;

/// <summary>
/// What to generate: how many case groups, the seed, and the calendar months covered (first of
/// <see cref="FromMonth"/> to the last day of <see cref="ToMonth"/>; nothing is dated after that).
/// </summary>
public sealed record GeneratorOptions(int CaseGroups, ulong Seed, DateOnly FromMonth, DateOnly ToMonth)
{
    public static readonly DateOnly DefaultFrom = new(2013, 1, 1);
    public static readonly DateOnly DefaultTo = new(2025, 6, 1);

    public GeneratorOptions(int caseGroups, ulong seed) : this(caseGroups, seed, DefaultFrom, DefaultTo) { }

    /// <summary>Every problem with these options, all at once; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (CaseGroups <= 0) problems.Add($"the number of case groups must be at least 1 (got {CaseGroups})");
        if (FromMonth.Day != 1) problems.Add($"the first month must be given as its first day (got {FromMonth:yyyy-MM-dd})");
        if (ToMonth.Day != 1) problems.Add($"the last month must be given as its first day (got {ToMonth:yyyy-MM-dd})");
        if (ToMonth < FromMonth) problems.Add($"the last month {ToMonth:yyyy-MM} is before the first month {FromMonth:yyyy-MM}");
        return problems;
    }

    internal int FirstDay => FromMonth.DayNumber;
    internal int LastDay => ToMonth.AddMonths(1).DayNumber - 1;
}
