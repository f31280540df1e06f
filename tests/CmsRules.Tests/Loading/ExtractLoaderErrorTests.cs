using CmsRules.Core.Diagnostics;

namespace CmsRules.Tests.Loading;

/// <summary>One test per kind of bad input; each checks the file, line and column and that the message names the column.</summary>
public sealed class ExtractLoaderErrorTests : IDisposable
{
    private readonly TestExtract _extract = new();

    public void Dispose() => _extract.Dispose();

    private Diagnostic SingleError(params string[] requiredTables) =>
        _extract.LoadFails(requiredTables).Diagnostics.ShouldHaveSingleItem();

    private void ShouldBeAt(Diagnostic d, string file, int line, int column, params string[] messageParts)
    {
        d.Location.ShouldBe(new SourceLocation(_extract.PathOf(file), line, column));
        foreach (var part in messageParts) d.Message.ShouldContain(part);
    }

    [Fact]
    public void A_missing_required_file()
    {
        ShouldBeAt(SingleError("case_groups"), "case_groups.csv", 1, 1, "missing", "case_groups");
    }

    [Fact]
    public void A_missing_column()
    {
        _extract.Write("case_groups.csv", "case_group_id,opened_date", "1,2020-01-01");
        var errors = _extract.LoadFails("case_groups").Diagnostics;
        errors.Count.ShouldBe(7);
        ShouldBeAt(errors[0], "case_groups.csv", 1, 1, "column 'paying_parent_id'", "missing from the header");
    }

    [Theory]
    [InlineData("x1,1,1,2020-01-01,,,NewApplication,E1,", 1, "'x1' is not a whole number")]
    [InlineData("1,1,1,2020-02-30,,,NewApplication,E1,", 4, "'2020-02-30' is not a date")]
    [InlineData("1,1,1,2020-1-01,,,NewApplication,E1,", 4, "'2020-1-01' is not a date")]
    [InlineData("1,1,99999999999999999999,2020-01-01,,,NewApplication,E1,", 3, "'99999999999999999999' is not a whole number")]
    public void A_value_that_does_not_parse(string row, int column, string message)
    {
        _extract.Write("case_groups.csv", TestExtract.CaseGroupsHeader, "5,1,1,2020-01-01,,,NewApplication,E1,", row);
        ShouldBeAt(SingleError("case_groups"), "case_groups.csv", 3, column, message);
    }

    [Fact]
    public void A_bool_that_is_not_exactly_true_or_false()
    {
        _extract.WriteCaseGroups(1).Write("accuracy_checks.csv", "check_id,case_group_id,checked_date,accurate", "1,1,2021-01-01,True");
        ShouldBeAt(SingleError("case_groups", "accuracy_checks"), "accuracy_checks.csv", 2, 4, "column 'accurate'", "'True' is not true or false");
    }

    [Fact]
    public void A_null_where_none_is_allowed()
    {
        _extract.Write("case_groups.csv", TestExtract.CaseGroupsHeader, "1,1,1,2020-01-01,,,\"\",E1,");
        ShouldBeAt(SingleError("case_groups"), "case_groups.csv", 2, 7, "column 'origin'", "required");
    }

    [Fact]
    public void An_unknown_enum_code_is_case_sensitive_and_the_message_lists_the_codes()
    {
        _extract.Write("case_groups.csv", TestExtract.CaseGroupsHeader, "1,1,1,2020-01-01,,,newApplication,E1,");
        ShouldBeAt(SingleError("case_groups"), "case_groups.csv", 2, 7, "column 'origin'", "'newApplication'", "NewApplication, CsaTransition");
    }

    [Fact]
    public void A_duplicate_key_names_the_line_of_the_first_occurrence()
    {
        _extract.WriteCaseGroups(1, 2, 3, 2);
        ShouldBeAt(SingleError("case_groups"), "case_groups.csv", 5, 1, "duplicate key (case_group_id) = (2)", "line 3");
    }

    [Fact]
    public void A_duplicate_composite_key_in_an_unsorted_file()
    {
        _extract.WriteCaseGroups(1, 2).Write("liabilities.csv", "maintenance_due,month,case_group_id",
            "10,2020-02-01,2", "10,2020-01-01,1", "10,2020-01-01,2", "20,2020-02-01,2");
        ShouldBeAt(SingleError("case_groups", "liabilities"), "liabilities.csv", 5, 3, "(case_group_id, month) = (2, 2020-02-01)", "line 2");
    }

    [Fact]
    public void A_case_group_id_that_is_not_in_case_groups()
    {
        _extract.WriteCaseGroups(1, 2).Write("payments.csv", "payment_id,case_group_id,received_date,amount,method,allocation",
            "1,1,2021-01-01,100,DirectDebit,Arrears", "2,9,2021-01-01,100,DirectDebit,Arrears");
        ShouldBeAt(SingleError("case_groups", "payments"), "payments.csv", 3, 2, "column 'case_group_id'", "9 is not a case_group_id in case_groups.csv");
    }

    [Fact]
    public void Overlapping_service_type_rows_name_both_lines()
    {
        _extract.WriteCaseGroups(1, 2).Write("service_type_history.csv", "case_group_id,valid_from,valid_to,service_type",
            "1,2020-01-01,,DirectPay", "2,2020-01-01,2020-03-01,DirectPay", "2,2020-03-01,,CollectAndPay", "1,2021-01-01,2021-02-01,CollectAndPay");
        ShouldBeAt(SingleError("case_groups", "service_type_history"), "service_type_history.csv", 5, 2,
            "[2021-01-01, 2021-02-01) of case_group_id 1", "overlaps [2020-01-01, (empty)) on line 2");
    }

    [Fact]
    public void A_date_before_its_start_date()
    {
        _extract.Write("case_groups.csv", TestExtract.CaseGroupsHeader, "1,1,1,2020-05-01,2020-04-30,Death,NewApplication,E1,");
        ShouldBeAt(SingleError("case_groups"), "case_groups.csv", 2, 5, "column 'closed_date'", "'2020-04-30' is before opened_date (2020-05-01)");
    }

    [Fact]
    public void A_closed_case_group_without_closure_reason()
    {
        _extract.Write("case_groups.csv", TestExtract.CaseGroupsHeader, "1,1,1,2020-05-01,2020-06-01,,NewApplication,E1,");
        ShouldBeAt(SingleError("case_groups"), "case_groups.csv", 2, 6, "column 'closure_reason'", "required when closed_date");
    }

    [Fact]
    public void An_unparsable_value_is_not_also_reported_as_missing()
    {
        _extract.Write("case_groups.csv", TestExtract.CaseGroupsHeader, "1,1,1,2020-05-01,2020-06-01,death,NewApplication,E1,");
        ShouldBeAt(SingleError("case_groups"), "case_groups.csv", 2, 6, "column 'closure_reason'", "'death' is not a code");
    }

    [Fact]
    public void A_liabilities_month_not_the_first_and_an_arrears_month_end_not_the_last_of_a_month()
    {
        _extract.WriteCaseGroups(1)
            .Write("liabilities.csv", "case_group_id,month,maintenance_due", "1,2020-01-02,10")
            .Write("arrears_balances.csv", "case_group_id,month_end,balance", "1,2020-02-28,10", "1,2021-02-28,10");
        var errors = _extract.LoadFails("case_groups", "liabilities", "arrears_balances").Diagnostics;
        errors.Count.ShouldBe(2);
        ShouldBeAt(errors[0], "liabilities.csv", 2, 2, "column 'month'", "'2020-01-02' is not the first day of a month");
        ShouldBeAt(errors[1], "arrears_balances.csv", 2, 2, "column 'month_end'", "'2020-02-28' is not the last day of a month");
    }

    [Fact]
    public void An_amount_that_must_be_more_than_0_and_a_negative_maintenance_due()
    {
        _extract.WriteCaseGroups(1)
            .Write("payments.csv", "payment_id,case_group_id,received_date,amount,method,allocation",
                "1,1,2021-01-01,1,Other,Arrears", "2,1,2021-01-01,0,Other,Arrears", "3,1,2021-01-01,-5,Other,Arrears")
            .Write("liabilities.csv", "case_group_id,month,maintenance_due", "1,2020-01-01,0", "1,2020-02-01,-1");
        var errors = _extract.LoadFails("case_groups", "payments", "liabilities").Diagnostics;
        errors.Count.ShouldBe(3);
        ShouldBeAt(errors[0], "liabilities.csv", 3, 3, "column 'maintenance_due'", "'-1' must not be negative");
        ShouldBeAt(errors[1], "payments.csv", 3, 4, "column 'amount'", "'0' must be more than 0");
        ShouldBeAt(errors[2], "payments.csv", 4, 4, "column 'amount'", "'-5' must be more than 0");
    }

    [Fact]
    public void Call_counts_negative_or_answered_more_than_offered_or_within_30s_more_than_answered()
    {
        _extract.Write("calls.csv", "date,offered,answered,answered_within_30s",
            "2021-01-01,5,2,-1", "2021-01-02,10,11,0", "2021-01-03,10,5,6");
        var errors = _extract.LoadFails("calls").Diagnostics;
        errors.Count.ShouldBe(3);
        ShouldBeAt(errors[0], "calls.csv", 2, 4, "column 'answered_within_30s'", "'-1' must not be negative");
        ShouldBeAt(errors[1], "calls.csv", 3, 3, "column 'answered'", "'11' is more than offered (10)");
        ShouldBeAt(errors[2], "calls.csv", 4, 4, "column 'answered_within_30s'", "'6' is more than answered (5)");
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields()
    {
        _extract.Write("calls.csv", "date,offered,answered,answered_within_30s", "2021-01-01,1,1");
        ShouldBeAt(SingleError("calls"), "calls.csv", 2, 4, "3 fields", "header has 4");
    }

    [Fact]
    public void Lines_after_a_multi_line_quoted_field_are_physical_lines()
    {
        _extract.Write("case_groups.csv", TestExtract.CaseGroupsHeader,
            "1,1,1,2020-01-01,,,NewApplication,E1,\"a", "b", "c\"",
            "2,1,1,2020-01-01,,,Bogus,E1,",
            "2,1,1,2020-01-01,,,NewApplication,E1,");
        var errors = _extract.LoadFails("case_groups").Diagnostics;
        errors.Count.ShouldBe(2);
        ShouldBeAt(errors[0], "case_groups.csv", 5, 7, "'Bogus'");
        ShouldBeAt(errors[1], "case_groups.csv", 6, 1, "duplicate key", "line 5");
    }

    [Fact]
    public void Lines_are_counted_the_same_with_crlf_line_endings()
    {
        File.WriteAllText(_extract.PathOf("calls.csv"), "date,offered,answered,answered_within_30s\r\n2021-01-01,1,1,1\r\n2021-01-02,1,1,x\r\n");
        ShouldBeAt(SingleError("calls"), "calls.csv", 3, 4, "'x' is not a whole number");
    }

    [Fact]
    public void Errors_in_several_files_are_reported_together()
    {
        _extract.Write("case_groups.csv", TestExtract.CaseGroupsHeader, "1,1,1,2020-01-01,,,NewApplication,E1,", "2,1,1,bad,,,NewApplication,E1,")
            .Write("payments.csv", "payment_id,case_group_id,received_date,amount,method,allocation", "1,3,2021-01-01,100,Cash,Arrears")
            .Write("calls.csv", "date,offered,answered,answered_within_30s", "2021-01-01,1,2,0");

        var errors = Should.Throw<DiagnosticException>(() => Core.Loading.ExtractLoader.Load(TestExtract.CoreDictionary, _extract.Directory))
            .Diagnostics;

        errors.Select(e => Path.GetFileName(e.Location.File)).ShouldBe([
            "service_type_history.csv", "children.csv", "applications.csv", "liabilities.csv", "arrears_balances.csv",
            "complaints.csv", "mandatory_reconsiderations.csv", "appeals.csv", "changes_of_circumstances.csv", "accuracy_checks.csv",
            "case_groups.csv", "payments.csv", "payments.csv", "calls.csv"]);
        ShouldBeAt(errors[10], "case_groups.csv", 3, 4, "'bad' is not a date");
        ShouldBeAt(errors[11], "payments.csv", 2, 2, "3 is not a case_group_id");
        ShouldBeAt(errors[12], "payments.csv", 2, 5, "'Cash'");
        ShouldBeAt(errors[13], "calls.csv", 2, 3, "'2' is more than offered (1)");
    }

    [Fact]
    public void Errors_past_the_cap_are_counted_not_kept()
    {
        _extract.Write("calls.csv", ["date,offered,answered,answered_within_30s", .. Enumerable.Range(0, 150).Select(_ => "x,1,1,1")]);

        var failure = Should.Throw<DiagnosticException>(() => Core.Loading.ExtractLoader.Load(TestExtract.CoreDictionary, _extract.Directory,
            new Core.Loading.LoadOptions { RequiredTables = ["calls"], MaxErrors = 100 }));

        failure.Diagnostics.Count.ShouldBe(100);
        failure.Omitted.ShouldBe(50);
        failure.Message.ShouldEndWith("... and 50 more");
    }
}
