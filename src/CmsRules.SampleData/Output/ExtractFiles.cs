namespace CmsRules.SampleData.Output;

/// <summary>The file names and header columns of every table of the CMS extract contract (dataset.md).</summary>
public static class ExtractFiles
{
    public const string CaseGroups = "case_groups.csv";
    public const string ServiceTypeHistory = "service_type_history.csv";
    public const string Children = "children.csv";
    public const string Applications = "applications.csv";
    public const string Liabilities = "liabilities.csv";
    public const string Payments = "payments.csv";
    public const string ArrearsBalances = "arrears_balances.csv";
    public const string Complaints = "complaints.csv";
    public const string Calls = "calls.csv";
    public const string MandatoryReconsiderations = "mandatory_reconsiderations.csv";
    public const string Appeals = "appeals.csv";
    public const string ChangesOfCircumstances = "changes_of_circumstances.csv";
    public const string AccuracyChecks = "accuracy_checks.csv";
    public const string EnforcementActions = "enforcement_actions.csv";
    public const string LegacyArrears = "legacy_arrears.csv";
    public const string LegacyArrearsTransactions = "legacy_arrears_transactions.csv";
    public const string Constituencies = "constituencies.csv";

    /// <summary>Every table with its columns in the order the generator writes them.</summary>
    public static IReadOnlyList<(string File, string[] Columns)> All { get; } =
    [
        (CaseGroups, ["case_group_id", "paying_parent_id", "receiving_parent_id", "opened_date", "closed_date", "closure_reason", "origin", "region_code", "constituency_code"]),
        (ServiceTypeHistory, ["case_group_id", "valid_from", "valid_to", "service_type"]),
        (Children, ["child_id", "case_group_id", "valid_from", "valid_to", "shared_care_band"]),
        (Applications, ["application_id", "received_date", "applicant_role", "channel", "application_type", "fee_status", "cleared_date", "clearance_type", "case_group_id"]),
        (Liabilities, ["case_group_id", "month", "maintenance_due"]),
        (Payments, ["payment_id", "case_group_id", "received_date", "amount", "method", "allocation"]),
        (ArrearsBalances, ["case_group_id", "month_end", "balance"]),
        (Complaints, ["complaint_id", "case_group_id", "received_date", "resolved_date", "upheld"]),
        (Calls, ["date", "offered", "answered", "answered_within_30s"]),
        (MandatoryReconsiderations, ["mr_id", "case_group_id", "requested_date", "cleared_date", "outcome"]),
        (Appeals, ["appeal_id", "case_group_id", "lodged_date", "cleared_date", "outcome"]),
        (ChangesOfCircumstances, ["coc_id", "case_group_id", "reported_date", "cleared_date", "coc_type"]),
        (AccuracyChecks, ["check_id", "case_group_id", "checked_date", "accurate"]),
        (EnforcementActions, ["action_id", "case_group_id", "action_type", "applied_date", "outcome", "ended_date"]),
        (LegacyArrears, ["case_group_id", "transferred_date", "transferred_amount", "owed_to"]),
        (LegacyArrearsTransactions, ["case_group_id", "txn_date", "txn_type", "amount"]),
        (Constituencies, ["constituency_code", "constituency_name", "region_code"]),
    ];
}
