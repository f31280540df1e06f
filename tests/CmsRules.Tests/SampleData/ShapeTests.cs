using CmsRules.SampleData.Output;

namespace CmsRules.Tests.SampleData;

/// <summary>
/// The generated extract is shaped like the published statistics. Tolerances allow for the sampling
/// noise of a few thousand case groups (about 1,100 active at a quarter end).
/// </summary>
public sealed class ShapeTests(GeneratedExtract extract) : IClassFixture<GeneratedExtract>
{
    private static readonly DateOnly QuarterStart = new(2024, 10, 1), QuarterEnd = new(2024, 12, 31);

    [Fact]
    public void Active_case_groups_split_about_60_38_2_by_service_type_at_a_quarter_end()
    {
        var active = ActiveAt(QuarterEnd);
        var history = History();
        var split = active.GroupBy(id => ContractInvariantTests.TypeAt(history, id, QuarterEnd) ?? "NotYetAssigned")
            .ToDictionary(g => g.Key, g => 100.0 * g.Count() / active.Count);

        active.Count.ShouldBeGreaterThan(800);
        split["DirectPay"].ShouldBeInRange(55, 65);
        split["CollectAndPay"].ShouldBeInRange(33, 43);
        split["NotYetAssigned"].ShouldBeInRange(0.7, 3.5);
    }

    [Fact]
    public void Active_case_groups_have_about_1_4_children()
    {
        var active = ActiveAt(QuarterEnd);
        var children = extract[ExtractFiles.Children];
        var pairs = children.Rows
            .Where(r => active.Contains(children.Get(r, "case_group_id")!) && Holds(children.Date(r, "valid_from"), children.NullableDate(r, "valid_to"), QuarterEnd))
            .Select(r => (children.Get(r, "child_id"), children.Get(r, "case_group_id")))
            .Distinct().Count();

        ((double)pairs / active.Count).ShouldBeInRange(1.3, 1.5);
    }

    [Fact]
    public void About_65_percent_of_collect_and_pay_case_groups_pay_something_and_two_thirds_of_those_over_90_percent()
    {
        var active = ActiveAt(QuarterEnd);
        var history = History();
        var due = SumInQuarter(ExtractFiles.Liabilities, "month", "maintenance_due", _ => true);
        var payments = extract[ExtractFiles.Payments];
        var paid = SumInQuarter(ExtractFiles.Payments, "received_date", "amount", r => payments.Get(r, "allocation") == "CurrentMaintenance");
        var collectAndPay = active
            .Where(id => ContractInvariantTests.TypeAt(history, id, QuarterEnd) == "CollectAndPay" && due.GetValueOrDefault(id) > 0)
            .ToList();
        var paying = collectAndPay.Where(id => paid.GetValueOrDefault(id) > 0).ToList();
        var mostly = paying.Count(id => paid[id] > 0.9 * due[id]);

        collectAndPay.Count.ShouldBeGreaterThan(250);
        (100.0 * paying.Count / collectAndPay.Count).ShouldBeInRange(58, 72);
        (100.0 * mostly / paying.Count).ShouldBeInRange(57, 77);
    }

    [Fact]
    public void About_3_percent_of_direct_pay_case_groups_move_to_collect_and_pay_each_quarter_and_some_move_back()
    {
        var history = History();
        int directPay = 0, movedToCollect = 0, collect = 0, movedBack = 0;
        for (var start = new DateOnly(2019, 1, 1); start < new DateOnly(2025, 1, 1); start = start.AddMonths(3))
        {
            var end = start.AddMonths(3).AddDays(-1);
            foreach (var id in ActiveAt(start).Intersect(ActiveAt(end)))
            {
                var before = ContractInvariantTests.TypeAt(history, id, start);
                var after = ContractInvariantTests.TypeAt(history, id, end);
                if (before == "DirectPay") { directPay++; if (after == "CollectAndPay") movedToCollect++; }
                if (before == "CollectAndPay") { collect++; if (after == "DirectPay") movedBack++; }
            }
        }

        (100.0 * movedToCollect / directPay).ShouldBeInRange(2, 4.5);
        (100.0 * movedBack / collect).ShouldBeInRange(2, 8);
    }

    [Fact]
    public void About_30_percent_of_fee_era_applications_are_exempt_mostly_for_domestic_abuse()
    {
        var apps = extract[ExtractFiles.Applications];
        var feeEra = apps.Values("fee_status").Where(s => s != "NoFee").ToList();
        var abuse = feeEra.Count(s => s == "ExemptDomesticAbuse");
        var under19 = feeEra.Count(s => s == "ExemptUnder19");

        (100.0 * (abuse + under19) / feeEra.Count).ShouldBeInRange(26, 34);
        abuse.ShouldBeGreaterThan(3 * under19);
        under19.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void About_90_percent_of_accuracy_checks_are_accurate()
    {
        var accurate = extract[ExtractFiles.AccuracyChecks].Values("accurate").ToList();
        (100.0 * accurate.Count(a => a == "true") / accurate.Count).ShouldBeInRange(84, 96);
    }

    [Fact]
    public void Enforcement_and_legacy_arrears_reach_a_share_of_case_groups()
    {
        var caseGroups = extract[ExtractFiles.CaseGroups];
        var transition = caseGroups.Rows.Where(r => caseGroups.Get(r, "origin") == "CsaTransition").Select(r => caseGroups.Get(r, "case_group_id")!).ToHashSet();
        var legacy = extract[ExtractFiles.LegacyArrears].Values("case_group_id").ToList();
        legacy.ShouldAllBe(id => transition.Contains(id!));
        (100.0 * legacy.Count / transition.Count).ShouldBeInRange(20, 45);

        var actions = extract[ExtractFiles.EnforcementActions];
        var enforced = actions.Values("case_group_id").Distinct().Count();
        (100.0 * enforced / caseGroups.Rows.Count).ShouldBeInRange(3, 30);
        actions.Values("outcome").Distinct().Order().ShouldBe(["Granted", "Pending", "Refused", "Withdrawn"]);
    }

    private HashSet<string> ActiveAt(DateOnly day)
    {
        var cg = extract[ExtractFiles.CaseGroups];
        return cg.Rows.Where(r => Holds(cg.Date(r, "opened_date"), cg.NullableDate(r, "closed_date"), day)).Select(r => cg.Get(r, "case_group_id")!).ToHashSet();
    }

    private static bool Holds(DateOnly from, DateOnly? to, DateOnly day) => from <= day && (to is null || to > day);

    private ILookup<string, (DateOnly From, DateOnly? To, string Type)> History()
    {
        var st = extract[ExtractFiles.ServiceTypeHistory];
        return st.Rows.ToLookup(r => st.Get(r, "case_group_id")!, r => (st.Date(r, "valid_from"), st.NullableDate(r, "valid_to"), st.Get(r, "service_type")!));
    }

    private Dictionary<string, long> SumInQuarter(string file, string dateColumn, string amountColumn, Func<string?[], bool> include)
    {
        var table = extract[file];
        return table.Rows
            .Where(r => include(r) && table.Date(r, dateColumn) >= QuarterStart && table.Date(r, dateColumn) <= QuarterEnd)
            .GroupBy(r => table.Get(r, "case_group_id")!)
            .ToDictionary(g => g.Key, g => g.Sum(r => table.Long(r, amountColumn)));
    }
}
