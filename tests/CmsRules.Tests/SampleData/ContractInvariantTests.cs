using System.Globalization;
using CmsRules.SampleData.Output;

namespace CmsRules.Tests.SampleData;

/// <summary>Every rule of the contract's error list, checked on a generated extract of a few thousand case groups.</summary>
public sealed class ContractInvariantTests(GeneratedExtract extract) : IClassFixture<GeneratedExtract>
{
    private static readonly DateOnly FeeStart = new(2014, 6, 30), FeeEnd = new(2024, 2, 26);

    [Fact]
    public void Every_value_parses_as_its_contract_type_and_only_nullable_columns_are_empty()
    {
        foreach (var (file, columns) in ContractColumns.Tables)
        {
            var table = extract[file];
            table.Header.ShouldBe(columns.Select(c => c.Name).ToArray(), file);
            foreach (var column in columns)
            {
                var values = table.Values(column.Name).ToList();
                foreach (var value in values)
                {
                    if (value is null)
                    {
                        column.Nullable.ShouldBeTrue($"{file}.{column.Name} is null");
                        continue;
                    }
                    var ok = column.Kind switch
                    {
                        ContractColumns.Kind.Int => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
                        ContractColumns.Kind.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                                                     && d <= GeneratedExtract.LastDay,
                                                     // Nothing dated after the extract.
                        ContractColumns.Kind.Bool => value is "true" or "false",
                        ContractColumns.Kind.Enum => column.Codes.Contains(value),
                        _ => value.Length > 0,
                    };
                    ok.ShouldBeTrue($"{file}.{column.Name} = '{value}'");
                }
                if (column.Nullable && column.Name != "valid_to" && column.Name != "ended_date")
                    values.ShouldContain(v => v != null, $"{file}.{column.Name} is never set");
            }
        }
    }

    [Theory]
    [InlineData("case_groups.csv", "case_group_id")]
    [InlineData("applications.csv", "application_id")]
    [InlineData("payments.csv", "payment_id")]
    [InlineData("complaints.csv", "complaint_id")]
    [InlineData("mandatory_reconsiderations.csv", "mr_id")]
    [InlineData("appeals.csv", "appeal_id")]
    [InlineData("changes_of_circumstances.csv", "coc_id")]
    [InlineData("accuracy_checks.csv", "check_id")]
    [InlineData("enforcement_actions.csv", "action_id")]
    [InlineData("calls.csv", "date")]
    [InlineData("constituencies.csv", "constituency_code")]
    [InlineData("liabilities.csv", "case_group_id", "month")]
    [InlineData("arrears_balances.csv", "case_group_id", "month_end")]
    [InlineData("legacy_arrears.csv", "case_group_id")]
    public void Keys_are_unique(string file, params string[] key)
    {
        var table = extract[file];
        var indexes = key.Select(table.Column).ToArray();
        var keys = table.Rows.Select(r => string.Join('|', indexes.Select(i => r[i]))).ToList();
        keys.ShouldNotBeEmpty(file);
        keys.Distinct().Count().ShouldBe(keys.Count, file);
    }

    [Fact]
    public void Every_reference_points_at_an_existing_row()
    {
        var caseGroups = extract[ExtractFiles.CaseGroups].Values("case_group_id").ToHashSet();
        foreach (var (file, columns) in ContractColumns.Tables)
        {
            if (file == ExtractFiles.CaseGroups || !columns.Any(c => c.Name == "case_group_id")) continue;
            foreach (var id in extract[file].Values("case_group_id").Where(v => v != null))
                caseGroups.ShouldContain(id, $"{file} refers to case group {id}");
        }
        var legacy = extract[ExtractFiles.LegacyArrears].Values("case_group_id").ToHashSet();
        extract[ExtractFiles.LegacyArrearsTransactions].Values("case_group_id").ShouldAllBe(id => legacy.Contains(id));

        var constituencies = extract[ExtractFiles.Constituencies];
        var regionOf = constituencies.Rows.ToDictionary(r => constituencies.Get(r, "constituency_code")!, r => constituencies.Get(r, "region_code"));
        constituencies.Rows.Count.ShouldBeInRange(300, 700);
        var cg = extract[ExtractFiles.CaseGroups];
        foreach (var row in cg.Rows.Where(r => cg.Get(r, "constituency_code") != null))
            regionOf[cg.Get(row, "constituency_code")!].ShouldBe(cg.Get(row, "region_code"));
        cg.Values("constituency_code").ShouldContain(v => v == null);
    }

    [Fact]
    public void Service_type_rows_of_a_case_group_never_overlap_and_stay_within_its_life()
    {
        var st = extract[ExtractFiles.ServiceTypeHistory];
        var lives = Lives();
        foreach (var group in st.Rows.GroupBy(r => st.Get(r, "case_group_id")!))
        {
            var (opened, closed) = lives[group.Key];
            var rows = group.Select(r => (From: st.Date(r, "valid_from"), To: st.NullableDate(r, "valid_to"), Type: st.Get(r, "service_type"))).OrderBy(r => r.From).ToList();
            rows[0].From.ShouldBeGreaterThan(opened, "new case groups start unassigned");
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].To is { } to) to.ShouldBeGreaterThan(rows[i].From);
                if (i + 1 < rows.Count)
                {
                    // A move ends one row on day d and starts the next on d.
                    rows[i].To.ShouldBe(rows[i + 1].From);
                    rows[i + 1].Type.ShouldNotBe(rows[i].Type);
                }
            }
            rows[^1].To.ShouldBe(closed);
        }
    }

    [Fact]
    public void End_dates_are_never_before_their_start()
    {
        (string File, string Start, string End)[] pairs =
        [
            (ExtractFiles.CaseGroups, "opened_date", "closed_date"),
            (ExtractFiles.Children, "valid_from", "valid_to"),
            (ExtractFiles.Applications, "received_date", "cleared_date"),
            (ExtractFiles.Complaints, "received_date", "resolved_date"),
            (ExtractFiles.MandatoryReconsiderations, "requested_date", "cleared_date"),
            (ExtractFiles.Appeals, "lodged_date", "cleared_date"),
            (ExtractFiles.ChangesOfCircumstances, "reported_date", "cleared_date"),
            (ExtractFiles.EnforcementActions, "applied_date", "ended_date"),
        ];
        foreach (var (file, start, end) in pairs)
        {
            var table = extract[file];
            foreach (var row in table.Rows)
                if (table.NullableDate(row, end) is { } e) e.ShouldBeGreaterThanOrEqualTo(table.Date(row, start), $"{file} {end}");
        }
    }

    [Fact]
    public void Closed_and_cleared_rows_carry_their_reason_or_outcome_and_open_ones_do_not()
    {
        (string File, string Date, string Detail)[] pairs =
        [
            (ExtractFiles.CaseGroups, "closed_date", "closure_reason"),
            (ExtractFiles.Applications, "cleared_date", "clearance_type"),
            (ExtractFiles.MandatoryReconsiderations, "cleared_date", "outcome"),
            (ExtractFiles.Appeals, "cleared_date", "outcome"),
            (ExtractFiles.Complaints, "resolved_date", "upheld"),
        ];
        foreach (var (file, date, detail) in pairs)
        {
            var table = extract[file];
            foreach (var row in table.Rows)
                (table.Get(row, detail) is null).ShouldBe(table.Get(row, date) is null, $"{file} {date}/{detail}");
            table.Values(date).ShouldContain(v => v == null, $"{file}: some still open at extract");
        }
    }

    [Fact]
    public void Money_follows_the_month_rules_and_signs()
    {
        var liabilities = extract[ExtractFiles.Liabilities];
        foreach (var row in liabilities.Rows)
        {
            liabilities.Date(row, "month").Day.ShouldBe(1);
            liabilities.Long(row, "maintenance_due").ShouldBeGreaterThanOrEqualTo(0);
        }
        liabilities.Rows.ShouldContain(r => liabilities.Long(r, "maintenance_due") == 0);

        var arrears = extract[ExtractFiles.ArrearsBalances];
        foreach (var row in arrears.Rows)
        {
            var monthEnd = arrears.Date(row, "month_end");
            monthEnd.AddDays(1).Day.ShouldBe(1);
            arrears.Long(row, "balance").ShouldBeGreaterThan(0);
        }

        var payments = extract[ExtractFiles.Payments];
        payments.Values("amount").ShouldAllBe(a => long.Parse(a!, CultureInfo.InvariantCulture) > 0);
        payments.Values("allocation").Distinct().Order().ShouldBe(["Arrears", "CurrentMaintenance"]);

        var legacy = extract[ExtractFiles.LegacyArrears];
        legacy.Values("transferred_amount").ShouldAllBe(a => long.Parse(a!, CultureInfo.InvariantCulture) > 0);
        var transactions = extract[ExtractFiles.LegacyArrearsTransactions];
        var transferred = legacy.Rows.ToDictionary(r => legacy.Get(r, "case_group_id")!, r => legacy.Date(r, "transferred_date"));
        foreach (var row in transactions.Rows)
        {
            var amount = transactions.Long(row, "amount");
            if (transactions.Get(row, "txn_type") == "Adjustment") amount.ShouldNotBe(0);
            else amount.ShouldBeGreaterThan(0);
            transactions.Date(row, "txn_date").ShouldBeGreaterThanOrEqualTo(transferred[transactions.Get(row, "case_group_id")!]);
        }
    }

    [Fact]
    public void Liabilities_run_while_active_and_assigned_and_payments_only_on_collect_and_pay()
    {
        var lives = Lives();
        var history = History();
        var liabilities = extract[ExtractFiles.Liabilities];
        foreach (var row in liabilities.Rows)
        {
            var id = liabilities.Get(row, "case_group_id")!;
            var month = liabilities.Date(row, "month");
            var (opened, closed) = lives[id];
            month.ShouldBeGreaterThanOrEqualTo(opened);
            if (closed is { } c) month.ShouldBeLessThan(c);
            TypeAt(history, id, month).ShouldNotBeNull();
        }
        var payments = extract[ExtractFiles.Payments];
        foreach (var row in payments.Rows)
            TypeAt(history, payments.Get(row, "case_group_id")!, payments.Date(row, "received_date")).ShouldBe("CollectAndPay");
        var actions = extract[ExtractFiles.EnforcementActions];
        foreach (var row in actions.Rows)
            TypeAt(history, actions.Get(row, "case_group_id")!, actions.Date(row, "applied_date")).ShouldBe("CollectAndPay");
    }

    [Fact]
    public void Calls_cover_every_day_with_consistent_counts()
    {
        var calls = extract[ExtractFiles.Calls];
        var days = calls.Rows.Select(r => calls.Date(r, "date")).ToList();
        days[0].ShouldBe(new DateOnly(2013, 1, 1));
        days[^1].ShouldBe(GeneratedExtract.LastDay);
        days.Count.ShouldBe(GeneratedExtract.LastDay.DayNumber - days[0].DayNumber + 1);
        foreach (var row in calls.Rows)
        {
            var offered = calls.Long(row, "offered");
            var answered = calls.Long(row, "answered");
            var quick = calls.Long(row, "answered_within_30s");
            quick.ShouldBeGreaterThanOrEqualTo(0);
            quick.ShouldBeLessThanOrEqualTo(answered);
            answered.ShouldBeLessThanOrEqualTo(offered);
        }
        calls.Rows.Count(r => calls.Long(r, "offered") == 0).ShouldBeInRange(10, 60);
    }

    [Fact]
    public void Fees_follow_the_fee_regime_of_the_received_date()
    {
        var apps = extract[ExtractFiles.Applications];
        foreach (var row in apps.Rows)
        {
            var received = apps.Date(row, "received_date");
            var feeEra = received >= FeeStart && received < FeeEnd;
            (apps.Get(row, "fee_status") == "NoFee").ShouldBe(!feeEra, $"application {apps.Get(row, "application_id")} received {received}");
        }
    }

    [Fact]
    public void Each_new_application_case_group_has_the_application_that_created_it()
    {
        var apps = extract[ExtractFiles.Applications];
        var cg = extract[ExtractFiles.CaseGroups];
        var byCaseGroup = apps.Rows.Where(r => apps.Get(r, "case_group_id") != null).ToLookup(r => apps.Get(r, "case_group_id")!);
        foreach (var row in cg.Rows)
        {
            var created = byCaseGroup[cg.Get(row, "case_group_id")!].ToList();
            if (cg.Get(row, "origin") == "CsaTransition")
            {
                created.ShouldBeEmpty();
                cg.Date(row, "opened_date").Year.ShouldBeInRange(2014, 2018);
                continue;
            }
            created.Count.ShouldBe(1);
            apps.Date(created[0], "cleared_date").ShouldBe(cg.Date(row, "opened_date"));
        }
        apps.Values("case_group_id").ShouldContain(v => v == null, "some applications never create a case group");
    }

    [Fact]
    public void People_and_children_can_belong_to_more_than_one_case_group()
    {
        var children = extract[ExtractFiles.Children];
        children.Rows.GroupBy(r => children.Get(r, "child_id")).ShouldContain(g => g.Select(r => children.Get(r, "case_group_id")).Distinct().Count() > 1);
        var cg = extract[ExtractFiles.CaseGroups];
        cg.Values("paying_parent_id").GroupBy(p => p).ShouldContain(g => g.Count() > 1);
        // Rows of one child in one case group do not overlap.
        foreach (var pair in children.Rows.GroupBy(r => (children.Get(r, "child_id"), children.Get(r, "case_group_id"))))
        {
            var rows = pair.Select(r => (From: children.Date(r, "valid_from"), To: children.NullableDate(r, "valid_to"))).OrderBy(r => r.From).ToList();
            for (var i = 0; i + 1 < rows.Count; i++) rows[i].To!.Value.ShouldBeLessThanOrEqualTo(rows[i + 1].From);
        }
    }

    private Dictionary<string, (DateOnly Opened, DateOnly? Closed)> Lives()
    {
        var cg = extract[ExtractFiles.CaseGroups];
        return cg.Rows.ToDictionary(r => cg.Get(r, "case_group_id")!, r => (cg.Date(r, "opened_date"), cg.NullableDate(r, "closed_date")));
    }

    private ILookup<string, (DateOnly From, DateOnly? To, string Type)> History()
    {
        var st = extract[ExtractFiles.ServiceTypeHistory];
        return st.Rows.ToLookup(r => st.Get(r, "case_group_id")!, r => (st.Date(r, "valid_from"), st.NullableDate(r, "valid_to"), st.Get(r, "service_type")!));
    }

    internal static string? TypeAt(ILookup<string, (DateOnly From, DateOnly? To, string Type)> history, string caseGroup, DateOnly day) =>
        history[caseGroup].Where(r => r.From <= day && (r.To is null || r.To > day)).Select(r => r.Type).SingleOrDefault();
}
