using CmsRules.Core.Publication;

namespace CmsRules.Tests.Engine;

/// <summary>The core measure ids of ../shared/spec/measures.md, and its rule for a measure's kind, as the tests' reference.</summary>
internal static class SpecCatalogue
{
    public static readonly string[] CoreMeasureIds =
    [
        "caseload.case_groups", "caseload.paying_parents", "caseload.transfers_to_collect_and_pay", "caseload.transfers_to_direct_pay",
        "caseload.shared_care", "caseload.closures",
        "applications.intake", "applications.fee_exemptions", "applications.fee_exemptions_domestic_abuse", "applications.cleared",
        "applications.uncleared", "applications.cleared_within_6_weeks_pct", "applications.median_days_to_clear",
        "compliance.case_groups_with_liability", "compliance.case_groups_contributing", "compliance.contributing_pct", "compliance.cash_due",
        "compliance.cash_paid", "compliance.cash_paid_pct", "compliance.cp_case_groups_due", "compliance.cp_paid_some_pct",
        "compliance.cp_band_up_to_threshold_pct", "compliance.cp_band_over_threshold_pct",
        "children.covered",
        "arrears.outstanding", "arrears.case_groups_with_arrears", "arrears.proportion_of_total_liability",
        "service.complaints_received", "service.complaints_received_to_date", "service.calls_answered_pct", "service.calls_answered_within_30s_pct",
        "service.accuracy_pct", "service.appeals_received", "service.appeals_cleared", "service.mandatory_reconsiderations_received",
        "service.mandatory_reconsiderations_cleared", "service.mandatory_reconsiderations_revised_pct", "service.changes_of_circumstances_received",
        "service.changes_of_circumstances_median_days_to_clear",
    ];

    /// <summary>"The kind of a measure follows its id, first rule that fits."</summary>
    public static MeasureKind KindOf(string id)
    {
        var name = id[(id.IndexOf('.') + 1)..];
        if (id.EndsWith("_pct") || name.StartsWith("proportion_")) return MeasureKind.Percentage;
        if (id.Contains("median_days")) return MeasureKind.Days;
        if (name.StartsWith("cash_") || name == "outstanding" || id.Contains("collected") || name is "transferred" or "written_off") return MeasureKind.Money;
        return MeasureKind.Count;
    }
}
