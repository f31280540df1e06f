namespace CmsRules.Tests.SampleData;

/// <summary>The column types of dataset.md, written out independently of the generator so the tests check it against the contract.</summary>
internal static class ContractColumns
{
    public enum Kind { Int, Date, Bool, Text, Enum }

    public sealed record Col(string Name, Kind Kind, bool Nullable = false, params string[] Codes);

    private static Col Int(string name, bool nullable = false) => new(name, Kind.Int, nullable);
    private static Col Date(string name, bool nullable = false) => new(name, Kind.Date, nullable);
    private static Col Text(string name, bool nullable = false) => new(name, Kind.Text, nullable);
    private static Col Enum(string name, bool nullable, params string[] codes) => new(name, Kind.Enum, nullable, codes);

    public static readonly IReadOnlyDictionary<string, Col[]> Tables = new Dictionary<string, Col[]>
    {
        ["case_groups.csv"] =
        [
            Int("case_group_id"), Int("paying_parent_id"), Int("receiving_parent_id"), Date("opened_date"), Date("closed_date", true),
            Enum("closure_reason", true, "RequestedByReceivingParent", "ChildrenNoLongerQualify", "InactiveDirectPay", "Death", "Other"),
            Enum("origin", false, "NewApplication", "CsaTransition"),
            Enum("region_code", false, "E12000001", "E12000002", "E12000003", "E12000004", "E12000005", "E12000006", "E12000007", "E12000008", "E12000009", "W92000004", "S92000003"),
            Text("constituency_code", true),
        ],
        ["service_type_history.csv"] = [Int("case_group_id"), Date("valid_from"), Date("valid_to", true), Enum("service_type", false, "DirectPay", "CollectAndPay")],
        ["children.csv"] = [Int("child_id"), Int("case_group_id"), Date("valid_from"), Date("valid_to", true), Enum("shared_care_band", false, "None", "Band1", "Band2", "Band3", "Band4")],
        ["applications.csv"] =
        [
            Int("application_id"), Date("received_date"), Enum("applicant_role", false, "ReceivingParent", "PayingParent", "Child"),
            Enum("channel", false, "Online", "Phone", "Paper"), Enum("application_type", false, "Live", "ArrearsOnly"),
            Enum("fee_status", false, "Paid", "ExemptDomesticAbuse", "ExemptUnder19", "NoFee"), Date("cleared_date", true),
            Enum("clearance_type", true, "Arrangement", "NilCalculation", "Closed"), Int("case_group_id", true),
        ],
        ["liabilities.csv"] = [Int("case_group_id"), Date("month"), Int("maintenance_due")],
        ["payments.csv"] =
        [
            Int("payment_id"), Int("case_group_id"), Date("received_date"), Int("amount"),
            Enum("method", false, "DirectDebit", "StandingOrder", "DeductionFromEarningsOrder", "DeductionOrder", "DeductionFromBenefit", "Other"),
            Enum("allocation", false, "CurrentMaintenance", "Arrears"),
        ],
        ["arrears_balances.csv"] = [Int("case_group_id"), Date("month_end"), Int("balance")],
        ["complaints.csv"] = [Int("complaint_id"), Int("case_group_id", true), Date("received_date"), Date("resolved_date", true), new("upheld", Kind.Bool, true)],
        ["calls.csv"] = [Date("date"), Int("offered"), Int("answered"), Int("answered_within_30s")],
        ["mandatory_reconsiderations.csv"] = [Int("mr_id"), Int("case_group_id"), Date("requested_date"), Date("cleared_date", true), Enum("outcome", true, "Revised", "NotRevised", "Withdrawn")],
        ["appeals.csv"] = [Int("appeal_id"), Int("case_group_id"), Date("lodged_date"), Date("cleared_date", true), Enum("outcome", true, "Upheld", "NotUpheld", "Withdrawn", "StruckOut")],
        ["changes_of_circumstances.csv"] = [Int("coc_id"), Int("case_group_id"), Date("reported_date"), Date("cleared_date", true), Enum("coc_type", false, "Income", "SharedCare", "QualifyingChildren", "Other")],
        ["accuracy_checks.csv"] = [Int("check_id"), Int("case_group_id"), Date("checked_date"), new("accurate", Kind.Bool)],
        ["enforcement_actions.csv"] =
        [
            Int("action_id"), Int("case_group_id"),
            Enum("action_type", false, "DeductionFromEarningsOrder", "RegularDeductionOrder", "LumpSumDeductionOrder", "LiabilityOrder", "EnforcementAgent", "ChargingOrder", "DrivingDisqualification", "PassportDisqualification", "Committal"),
            Date("applied_date"), Enum("outcome", false, "Pending", "Granted", "Refused", "Withdrawn"), Date("ended_date", true),
        ],
        ["legacy_arrears.csv"] = [Int("case_group_id"), Date("transferred_date"), Int("transferred_amount"), Enum("owed_to", false, "ReceivingParent", "SecretaryOfState")],
        ["legacy_arrears_transactions.csv"] = [Int("case_group_id"), Date("txn_date"), Enum("txn_type", false, "Collection", "WriteOff", "Adjustment"), Int("amount")],
        ["constituencies.csv"] = [Text("constituency_code"), Text("constituency_name"), Text("region_code")],
    };
}
