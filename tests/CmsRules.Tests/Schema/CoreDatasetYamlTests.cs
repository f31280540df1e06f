using CmsRules.Core.Schema;
using CmsRules.Tests.Loading;

namespace CmsRules.Tests.Schema;

/// <summary>measures/dataset.yaml itself: it loads and declares the contract's core tables (and no plugin table).</summary>
public sealed class CoreDatasetYamlTests
{
    private static readonly DataDictionary Dictionary = TestExtract.CoreDictionary;

    [Fact]
    public void Declares_every_core_table_of_the_contract_and_no_plugin_table()
    {
        Dictionary.Tables.Select(t => t.Name).ShouldBe([
            "case_groups", "service_type_history", "children", "applications", "liabilities", "payments", "arrears_balances",
            "complaints", "calls", "mandatory_reconsiderations", "appeals", "changes_of_circumstances", "accuracy_checks"]);
        Dictionary.Tables.ShouldAllBe(t => t.File == t.Name + ".csv");
    }

    [Theory]
    [InlineData("case_groups", "case_group_id")]
    [InlineData("applications", "application_id")]
    [InlineData("liabilities", "case_group_id,month")]
    [InlineData("payments", "payment_id")]
    [InlineData("arrears_balances", "case_group_id,month_end")]
    [InlineData("complaints", "complaint_id")]
    [InlineData("calls", "date")]
    [InlineData("mandatory_reconsiderations", "mr_id")]
    [InlineData("appeals", "appeal_id")]
    [InlineData("changes_of_circumstances", "coc_id")]
    [InlineData("accuracy_checks", "check_id")]
    [InlineData("service_type_history", "")]
    [InlineData("children", "")]
    public void Declares_the_contract_keys(string table, string key) =>
        string.Join(",", Dictionary.Find(table)!.Key).ShouldBe(key);

    [Fact]
    public void Declares_types_nullability_codes_and_rules_as_the_contract()
    {
        var caseGroups = Dictionary.Find("case_groups")!;
        caseGroups.Columns.Select(c => c.Name).ShouldBe([
            "case_group_id", "paying_parent_id", "receiving_parent_id", "opened_date", "closed_date", "closure_reason", "origin",
            "region_code", "constituency_code"]);
        var reason = caseGroups.FindColumn("closure_reason")!;
        reason.Type.ShouldBe(DataType.Enum);
        reason.Nullable.ShouldBeTrue();
        reason.Codes.ShouldBe(["RequestedByReceivingParent", "ChildrenNoLongerQualify", "InactiveDirectPay", "Death", "Other"]);
        reason.Constraints.RequiredWhen.ShouldBe("closed_date");
        caseGroups.FindColumn("closed_date")!.Constraints.NotBefore.ShouldBe("opened_date");

        Dictionary.Find("children")!.FindColumn("shared_care_band")!.Codes.ShouldBe(["None", "Band1", "Band2", "Band3", "Band4"]);
        Dictionary.Find("payments")!.FindColumn("amount")!.Constraints.Min.ShouldBe(1);
        Dictionary.Find("payments")!.FindColumn("amount")!.Type.ShouldBe(DataType.Money);
        Dictionary.Find("liabilities")!.FindColumn("maintenance_due")!.Constraints.Min.ShouldBe(0);
        Dictionary.Find("liabilities")!.FindColumn("month")!.Constraints.DayOfMonth.ShouldBe(DayOfMonth.First);
        Dictionary.Find("arrears_balances")!.FindColumn("month_end")!.Constraints.DayOfMonth.ShouldBe(DayOfMonth.Last);
        Dictionary.Find("calls")!.FindColumn("answered_within_30s")!.Constraints.AtMost.ShouldBe("answered");
        Dictionary.Find("complaints")!.FindColumn("upheld")!.Type.ShouldBe(DataType.Bool);
        Dictionary.Find("service_type_history")!.NoOverlap.ShouldBe(new NoOverlapRule("case_group_id", "valid_from", "valid_to"));
    }

    [Fact]
    public void Every_case_group_id_outside_case_groups_references_it()
    {
        var references = Dictionary.Tables.Where(t => t.Name != "case_groups")
            .Select(t => t.FindColumn("case_group_id")).Where(c => c is not null).ToList();
        references.Count.ShouldBe(11);
        references.ShouldAllBe(c => c!.Constraints.References == new ColumnReference("case_groups", "case_group_id"));
    }
}
