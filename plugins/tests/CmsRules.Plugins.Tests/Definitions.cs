namespace CmsRules.Plugins.Tests;

/// <summary>Definition files for throwaway plugins.</summary>
internal static class Definitions
{
    /// <summary>A family of one measure, over the core's case_groups, calling the plugin's own function is_english.</summary>
    public const string OpenedInEngland = """
        family: throwaway
        measures:
          - id: throwaway.opened_in_england
            title: Case groups opened in England
            kind: count
            rounding: count
            from: case_groups
            where: opened_date between period_start and period_end and is_english(region_code)
            value: count()
        """;

    public static string Measure(string id, string value = "count()") => $"""
        family: throwaway
        measures:
          - id: {id}
            title: A measure
            kind: count
            rounding: count
            from: case_groups
            value: {value}
        """;

    public const string CaseGroupsTable = """
        tables:
          - name: case_groups
            columns:
              - { name: case_group_id, type: int }
        """;
}
