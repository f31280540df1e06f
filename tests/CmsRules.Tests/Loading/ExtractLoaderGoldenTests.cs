using CmsRules.Core.Loading;
using CmsRules.Core.Storage;

namespace CmsRules.Tests.Loading;

public sealed class ExtractLoaderGoldenTests : IDisposable
{
    private readonly TestExtract _extract = new();

    public void Dispose() => _extract.Dispose();

    [Fact]
    public void Loads_typed_values_nulls_and_enum_codes()
    {
        _extract.Write("case_groups.csv",
            TestExtract.CaseGroupsHeader,
            "7,100,200,2020-01-15,2021-03-01,Death,CsaTransition,E12000007,E14000639",
            "8,101,201,2019-12-31,,,NewApplication,W92000004,");

        var table = _extract.Load("case_groups")["case_groups"];

        table.RowCount.ShouldBe(2);
        ((Int64Column)table["case_group_id"]).Values.ShouldBe([7L, 8L]);
        ((Int64Column)table["paying_parent_id"]).Values.ShouldBe([100L, 101L]);
        ((DateColumn)table["opened_date"]).Days.ShouldBe([new DateOnly(2020, 1, 15).DayNumber, new DateOnly(2019, 12, 31).DayNumber]);
        var closed = (DateColumn)table["closed_date"];
        closed.Days[0].ShouldBe(new DateOnly(2021, 3, 1).DayNumber);
        closed.IsNull(0).ShouldBeFalse();
        closed.IsNull(1).ShouldBeTrue();
        var reason = (EnumColumn)table["closure_reason"];
        reason.Codes[0].ShouldBe((byte)3); // Death is the fourth declared code
        reason.IsNull(1).ShouldBeTrue();
        ((EnumColumn)table["origin"]).Codes.ShouldBe([(byte)1, (byte)0]);
        table["case_group_id"].Nulls.ShouldBeNull();
    }

    [Fact]
    public void Interns_strings_into_an_ordinally_sorted_dictionary()
    {
        _extract.Write("case_groups.csv",
            TestExtract.CaseGroupsHeader,
            "1,1,1,2020-01-01,,,NewApplication,S92000003,",
            "2,1,1,2020-01-01,,,NewApplication,E12000009,",
            "3,1,1,2020-01-01,,,NewApplication,S92000003,",
            "4,1,1,2020-01-01,,,NewApplication,E12000001,");

        var region = (StringColumn)_extract.Load("case_groups")["case_groups"]["region_code"];

        region.Dictionary.ShouldBe(["E12000001", "E12000009", "S92000003"]);
        region.Ids.ShouldBe([2, 1, 2, 0]);
        var constituency = (StringColumn)_extract.Load("case_groups")["case_groups"]["constituency_code"];
        constituency.Dictionary.ShouldBeEmpty();
        constituency.Nulls!.Length.ShouldBe(4);
        constituency.IsNull(3).ShouldBeTrue();
    }

    [Fact]
    public void Reads_columns_in_any_order_ignores_extra_columns_and_tolerates_a_byte_order_mark()
    {
        var text = "\uFEFFregion_code,extra,origin,case_group_id,constituency_code,closure_reason,closed_date,opened_date,receiving_parent_id,paying_parent_id\n" +
                   "E12000002,ignored,NewApplication,5,,,,2020-06-01,9,8\n";
        File.WriteAllText(_extract.PathOf("case_groups.csv"), text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        var table = _extract.Load("case_groups")["case_groups"];

        ((Int64Column)table["case_group_id"]).Values.ShouldBe([5L]);
        ((Int64Column)table["paying_parent_id"]).Values.ShouldBe([8L]);
        ((StringColumn)table["region_code"]).Dictionary.ShouldBe(["E12000002"]);
    }

    [Fact]
    public void Reads_quoted_fields_treats_a_quoted_empty_field_as_null_and_keeps_multi_line_values()
    {
        _extract.Write("case_groups.csv",
            TestExtract.CaseGroupsHeader,
            "1,1,1,\"2020-01-01\",\"\",\"\",NewApplication,\"E1200\"\"0001\",\"line one",
            "line two\"");

        var table = _extract.Load("case_groups")["case_groups"];

        ((DateColumn)table["opened_date"]).Days.ShouldBe([new DateOnly(2020, 1, 1).DayNumber]);
        table["closed_date"].IsNull(0).ShouldBeTrue();
        ((StringColumn)table["region_code"]).Dictionary.ShouldBe(["E1200\"0001"]);
        ((StringColumn)table["constituency_code"]).Dictionary.ShouldBe(["line one\nline two"]);
    }

    [Fact]
    public void Reads_bools_and_nullable_bools()
    {
        _extract.WriteCaseGroups(1).Write("complaints.csv",
            "complaint_id,case_group_id,received_date,resolved_date,upheld",
            "1,1,2021-01-01,2021-02-01,true",
            "2,,2021-01-01,,",
            "3,1,2021-01-01,2021-01-01,false");

        var upheld = (BoolColumn)_extract.Load("case_groups", "complaints")["complaints"]["upheld"];

        upheld.Values.ShouldBe([true, false, false]);
        upheld.IsNull(1).ShouldBeTrue();
        upheld.IsNull(2).ShouldBeFalse();
    }

    [Fact]
    public void Leaves_absent_tables_that_are_not_required_out_of_the_extract()
    {
        _extract.WriteCaseGroups(1, 2);

        var extract = _extract.Load("case_groups");

        extract.Tables.Select(t => t.Name).ShouldBe(["case_groups"]);
        extract.Find("payments").ShouldBeNull();
    }

    [Fact]
    public void Loads_a_valid_extract_of_several_related_tables()
    {
        _extract.WriteCaseGroups(1, 2, 3)
            .Write("service_type_history.csv", "case_group_id,valid_from,valid_to,service_type",
                "1,2020-01-01,2020-06-01,DirectPay", "1,2020-06-01,,CollectAndPay", "2,2020-01-01,,DirectPay")
            .Write("liabilities.csv", "case_group_id,month,maintenance_due", "1,2020-01-01,0", "1,2020-02-01,4500", "2,2020-01-01,100")
            .Write("arrears_balances.csv", "case_group_id,month_end,balance", "1,2020-02-29,4500")
            .Write("calls.csv", "date,offered,answered,answered_within_30s", "2020-01-02,100,90,60");

        var extract = _extract.Load("case_groups", "service_type_history", "liabilities", "arrears_balances", "calls");

        extract["service_type_history"].RowCount.ShouldBe(3);
        ((Int64Column)extract["liabilities"]["maintenance_due"]).Values.ShouldBe([0L, 100L, 4500L]); // in order of month (order_by)
        ((DateColumn)extract["arrears_balances"]["month_end"]).Days.ShouldBe([new DateOnly(2020, 2, 29).DayNumber]);
    }

    [Fact]
    public void Reports_progress_for_each_table_ending_with_a_done_report()
    {
        _extract.WriteCaseGroups(1, 2, 3);
        var reports = new List<TableLoadProgress>();
        var progress = new SynchronousProgress(reports);

        Core.Loading.ExtractLoader.Load(TestExtract.CoreDictionary, _extract.Directory,
            new LoadOptions { RequiredTables = ["case_groups"], Progress = progress });

        var done = reports.ShouldHaveSingleItem();
        done.ShouldBe(new TableLoadProgress("case_groups", new FileInfo(_extract.PathOf("case_groups.csv")).Length,
            new FileInfo(_extract.PathOf("case_groups.csv")).Length, 3, true));
    }

    private sealed class SynchronousProgress(List<TableLoadProgress> reports) : IProgress<TableLoadProgress>
    {
        public void Report(TableLoadProgress value)
        {
            lock (reports) reports.Add(value);
        }
    }
}
