using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Schema;

namespace CmsRules.Tests.Language;

/// <summary>Operators, null semantics, types and functions, evaluated as scalar expressions (period March 2024).</summary>
public sealed class SemanticsTests
{
    private readonly CmsExample _cms = new();

    private object? Eval(string text) => _cms.Eval(text);

    [Theory]
    [InlineData("1 + 2 * 3", 7L)]
    [InlineData("(1 + 2) * 3", 9L)]
    [InlineData("10 - 4 - 3", 3L)]
    [InlineData("-2 * 3", -6L)]
    [InlineData("£1.50 + £2", 350L)]
    [InlineData("£1.50 * 3", 450L)]
    [InlineData("2 * £1.50", 300L)]
    [InlineData("£10 + 1", 1100L)]
    [InlineData("days_between(date '2024-01-31', date '2024-03-01')", 30L)]
    [InlineData("date '2024-03-01' - date '2024-01-31'", 30L)]
    [InlineData("length('abc')", 3L)]
    [InlineData("abs(-5)", 5L)]
    [InlineData("abs(-£5)", 500L)]
    [InlineData("min(3, 1, 2)", 1L)]
    [InlineData("max(3, 1, 2)", 3L)]
    public void Integer_and_money_arithmetic(string text, long expected) => Eval(text).ShouldBe(expected);

    [Theory]
    [InlineData("100 * 23 / 40", "57.5")]
    [InlineData("1 / 4", "0.25")]
    [InlineData("1.5 + 1", "2.5")]
    [InlineData("£10 / £4", "2.5")]
    [InlineData("£10 / 4", "2.5")]
    [InlineData("£1.50 * 0.5", "0.75")]
    [InlineData("round(2.5)", "3")]
    [InlineData("round(-2.5)", "-3")]
    [InlineData("round(1.2345, 2)", "1.23")]
    [InlineData("round(1.235, 2)", "1.24")]
    [InlineData("abs(-1.5)", "1.5")]
    [InlineData("max(1, 2.5)", "2.5")]
    public void Decimal_arithmetic_is_exact(string text, string expected) =>
        ((decimal)Eval(text)!).ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("1 / 0")]
    [InlineData("£1 / £0")]
    [InlineData("1 + null")]
    [InlineData("null * 2")]
    [InlineData("-null")]
    [InlineData("abs(null)")]
    [InlineData("min(1, null)")]
    [InlineData("add_days(null, 1)")]
    [InlineData("null = null")]
    [InlineData("1 < null")]
    [InlineData("not null")]
    [InlineData("null and true")]
    [InlineData("null or false")]
    [InlineData("null in (1, 2)")]
    [InlineData("3 in (1, null)")]
    [InlineData("null between 1 and 2")]
    [InlineData("case when false then 1 end")]
    [InlineData("if(null, 1, null)")]
    [InlineData("coalesce(null, null)")]
    public void Null_propagates(string text) => Eval(text).ShouldBeNull();

    [Theory]
    [InlineData("false and null", false)]
    [InlineData("null and false", false)]
    [InlineData("true or null", true)]
    [InlineData("null or true", true)]
    [InlineData("true and not false", true)]
    [InlineData("null is null", true)]
    [InlineData("1 is not null", true)]
    [InlineData("2 in (1, 2)", true)]
    [InlineData("2 in (1, null, 2)", true)]
    [InlineData("3 not in (1, 2)", true)]
    [InlineData("2 between 1 and 2", true)]
    [InlineData("2 not between 3 and 4", true)]
    [InlineData("'b' > 'a'", true)]
    [InlineData("'a' = 'a'", true)]
    [InlineData("'a' <> 'b'", true)]
    [InlineData("date '2024-01-01' < period_start", true)]
    [InlineData("£5 > 4.99", true)]
    [InlineData("£5 = 5", true)]
    [InlineData("1 = 1.0", true)]
    [InlineData("true = true", true)]
    [InlineData("starts_with('REF-1', 'REF')", true)]
    [InlineData("ends_with('REF-1', '-1')", true)]
    [InlineData("contains('REF-1', 'F-')", true)]
    [InlineData("if(1 > 2, false, true)", true)]
    public void Three_valued_logic_and_comparisons(string text, bool expected) => Eval(text).ShouldBe(expected);

    [Theory]
    [InlineData("add_days(date '2024-02-28', 2)", "2024-03-01")]
    [InlineData("date '2024-02-28' + 2", "2024-03-01")]
    [InlineData("2 + date '2024-02-28'", "2024-03-01")]
    [InlineData("date '2024-03-01' - 1", "2024-02-29")]
    [InlineData("add_months(date '2024-01-31', 1)", "2024-02-29")]
    [InlineData("add_months(date '2024-03-31', -1)", "2024-02-29")]
    [InlineData("start_of_month(date '2024-02-15')", "2024-02-01")]
    [InlineData("end_of_month(date '2024-02-15')", "2024-02-29")]
    [InlineData("start_of_quarter(date '2024-05-15')", "2024-04-01")]
    [InlineData("end_of_quarter(date '2024-05-15')", "2024-06-30")]
    [InlineData("period_end", "2024-03-31")]
    [InlineData("min(period_start, date '2024-02-01')", "2024-02-01")]
    public void Date_functions(string text, string expected) => Eval(text).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("lower('AbC')", "abc")]
    [InlineData("upper('AbC')", "ABC")]
    [InlineData("trim('  x ')", "x")]
    [InlineData("substring('abcdef', 2, 3)", "bcd")]
    [InlineData("substring('abc', 2, 10)", "bc")]
    [InlineData("case when 1 > 2 then 'a' when 2 > 1 then 'b' else 'c' end", "b")]
    [InlineData("coalesce(null, 'x', 'y')", "x")]
    public void Strings_and_conditionals(string text, string expected) => Eval(text).ShouldBe(expected);

    [Fact]
    public void Case_returning_only_string_literals_is_an_enum_of_them_in_order()
    {
        var bound = _cms.BindScalar("case when $deduplicate_children then 'Yes' when 1 > 2 then 'No' else 'Yes' end");
        bound.Type.Kind.ShouldBe(DataType.Enum);
        bound.Type.Codes.ShouldBe(["Yes", "No"]);
    }

    [Fact]
    public void Enum_union_remaps_a_column_whose_codes_are_not_a_prefix()
    {
        var compiled = _cms.Row("case when region = 'South' then 'Elsewhere' else region end", "case_groups");
        compiled.Type.Codes.ShouldBe(["Elsewhere", "North", "South"]);
        Enumerable.Range(0, 4).Select(r => compiled.Text(_cms.Context, r)).ShouldBe(["North", "Elsewhere", null, "North"]);
        Enumerable.Range(0, 4).Select(r => compiled.Category(_cms.Context, r)).ShouldBe([1, 0, -1, 1]);
    }

    [Fact]
    public void Enums_compare_across_types_by_code()
    {
        _cms.Values("coalesce(region, 'Unknown') = if(reference is null, 'Unknown', 'North')", "case_groups").ShouldBe([true, false, false, true]);
    }

    [Fact]
    public void Strings_from_columns_and_parameters()
    {
        _cms.Values("lower(reference)", "case_groups").ShouldBe(["ref-1", null, "ref-3", "ref-4"]);
        _cms.Values("reference = 'REF-1'", "case_groups").ShouldBe([true, null, false, false]);
    }

    [Fact]
    public void Aggregates_skip_nulls_and_have_defined_empty_results()
    {
        var payments = RowSet.All(4);
        var none = new RowSet([], 0);
        decimal? Agg(string text, RowSet rows) => _cms.Aggregate(text, "payments").Number(_cms.Context, rows);
        Agg("count()", payments).ShouldBe(4m);
        Agg("count(cleared_date)", payments).ShouldBe(3m);
        Agg("count(where allocation = 'Arrears')", payments).ShouldBe(1m);
        Agg("sum(amount)", payments).ShouldBe(25500m);
        Agg("sum(amount)", none).ShouldBe(0m);
        Agg("mean(days_between(received_date, cleared_date))", payments).ShouldBe(14m / 3m);
        Agg("mean(amount / 1)", payments).ShouldBe(63.75m); // money over a number is a decimal of pounds
        Agg("mean(payment_id)", none).ShouldBeNull();
        Agg("median(payment_id)", none).ShouldBeNull();
        Agg("max(amount)", payments).ShouldBe(9500m);
        Agg("min(amount where allocation = 'CurrentMaintenance')", payments).ShouldBe(7000m);
        Agg("min(amount)", none).ShouldBeNull();
        Agg("count_distinct(case_group_id)", payments).ShouldBe(2m);
        Agg("count_distinct(cleared_date)", payments).ShouldBe(3m);
        _cms.Aggregate("any(amount > 90)", "payments").Predicate(_cms.Context, payments).ShouldBeTrue();
        _cms.Aggregate("any(amount > 90)", "payments").Predicate(_cms.Context, none).ShouldBeFalse();
        _cms.Aggregate("all(amount > 10)", "payments").Predicate(_cms.Context, payments).ShouldBeTrue();
        _cms.Aggregate("all(amount > 50)", "payments").Predicate(_cms.Context, payments).ShouldBeFalse();
        _cms.Aggregate("all(amount > 50)", "payments").Predicate(_cms.Context, none).ShouldBeTrue();
        _cms.Aggregate("max(cleared_date)", "payments").Value<int?>()(_cms.Context, payments).ShouldBe(new DateOnly(2024, 3, 8).DayNumber);
    }

    [Fact]
    public void Counts_of_distinct_ids_over_one_row_set_after_another_are_each_their_own()
    {
        // One context counts case_group_id at the same place in the code again and again, as a breakdown does per
        // category: the marks of one count must not leak into the next.
        var counted = _cms.Aggregate("count_distinct(case_group_id)", "payments");
        foreach (var (rows, expected) in new[] { ([0, 1], 1m), ([2, 3], 1m), ([0, 1, 2, 3], 2m), ([1, 3], 2m), (Array.Empty<int>(), 0m) })
            counted.Number(_cms.Context, new RowSet(rows, rows.Length)).ShouldBe(expected);
    }

    [Fact]
    public void Only_is_null_without_a_match_and_fails_with_the_position_when_several_match()
    {
        _cms.Values("only(amount from payments where allocation = 'Arrears')", "case_groups").ShouldBe([2000m, null, null, null]);
        var several = _cms.Row("only(amount from payments where amount > 0) > 0", "case_groups");
        var error = Should.Throw<EvaluationException>(() => several.Predicate(_cms.Context, 0));
        error.Location.ShouldBe(new("<expression>", 1, 1));
        error.Message.ShouldContain("several matching rows");
    }

    [Fact]
    public void Nested_aggregates_see_the_outer_row()
    {
        _cms.Values("count(from payments where amount >= sum(maintenance_due from liabilities))", "case_groups").ShouldBe([0m, 0m, 2m, 0m]);
        _cms.Values("sum(amount from payments where received_date >= opened_date and case_group_id = 1)", "case_groups").ShouldBe([11500m, 0m, 0m, 0m]);
    }

    [Fact]
    public void An_aggregate_over_the_population_can_aggregate_each_rows_related_rows()
    {
        _cms.Aggregate("sum(sum(amount from payments))", "case_groups").Number(_cms.Context, RowSet.All(4)).ShouldBe(25500m);
        _cms.Aggregate("sum(sum(amount from payments))", "case_groups").Number(_cms.Context, new RowSet([1, 2], 2)).ShouldBe(14000m);
    }

    [Fact]
    public void A_missing_parent_row_reads_as_null()
    {
        var orphan = new Core.Storage.Extract(CmsExample.Dictionary,
        [
            TestTables.Build(CmsExample.CaseGroups, [1, 100, "2023-01-01", null, "North", "REF-1"]),
            TestTables.Build(CmsExample.Payments, [1, 99, "2024-03-05", null, 100, "Arrears"], [2, 1, "2024-03-05", null, 100, "Arrears"]),
        ]);
        var compiled = _cms.Row("case_groups.opened_date is null", "payments");
        var context = _cms.Compiler.CreateContext(orphan);
        compiled.Predicate(context, 0).ShouldBeTrue();
        compiled.Predicate(context, 1).ShouldBeFalse();
    }

    [Fact]
    public void A_string_column_read_gives_each_rows_id_in_the_columns_dictionary()
    {
        // Payment 1's case group does not exist, and case group 2 has no reference: both read as -1, like null text.
        var extract = new Core.Storage.Extract(CmsExample.Dictionary,
        [
            TestTables.Build(CmsExample.CaseGroups, [1, 100, "2023-01-01", null, "North", "REF-1"], [2, 100, "2023-01-01", null, "North", null],
                [3, 100, "2023-01-01", null, "North", "REF-3"]),
            TestTables.Build(CmsExample.Payments, [1, 99, "2024-03-05", null, 100, "Arrears"], [2, 3, "2024-03-05", null, 100, "Arrears"],
                [3, 2, "2024-03-05", null, 100, "Arrears"], [4, 1, "2024-03-05", null, 100, "Arrears"], [5, 3, "2024-03-05", null, 100, "Arrears"]),
        ]);
        var context = _cms.Compiler.CreateContext(extract);
        var reference = _cms.Row("case_groups.reference", "payments");
        var read = reference.StringColumn.ShouldNotBeNull();
        var dictionary = ((Core.Storage.StringColumn)extract[read.Table][read.Column]).Dictionary;

        var texts = read.Ids(context, new RowSet([0, 1, 2, 3, 4], 5)).Select(id => id < 0 ? null : dictionary[id]);

        texts.ShouldBe(Enumerable.Range(0, 5).Select(row => reference.Text(context, row)));
        texts.ShouldBe([null, "REF-3", null, "REF-1", "REF-3"]);
        _cms.Row("coalesce(case_groups.reference, 'none')", "payments").StringColumn.ShouldBeNull(); // not a plain column read
    }

    [Fact]
    public void A_shared_field_of_a_missing_parent_row_is_its_body_on_no_row()
    {
        // Payment 1 names case group 99, which does not exist: its case group's fields see null columns and no children.
        var orphan = new Core.Storage.Extract(CmsExample.Dictionary,
        [
            TestTables.Build(CmsExample.CaseGroups, [1, 100, "2023-01-01", null, "North", "REF-1"]),
            TestTables.Build(CmsExample.ServiceTypeHistory, [1, "CollectAndPay", "2023-02-01", null]),
            TestTables.Build(CmsExample.Payments, [1, 99, "2024-03-05", null, 100, "Arrears"], [2, 1, "2024-03-05", null, 100, "CurrentMaintenance"]),
        ]);
        var context = _cms.Compiler.CreateContext(orphan);
        context.SetPeriod(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31));

        var service = _cms.Row("case_groups.service_type_on(period_end)", "payments");
        service.Text(context, 0).ShouldBe("NotYetAssigned");
        service.Text(context, 1).ShouldBe("CollectAndPay");
        var paid = _cms.Row("case_groups.paid", "payments");
        paid.Number(context, 0).ShouldBe(0m);
        paid.Number(context, 1).ShouldBe(100m);
        _cms.Row("case_groups.active_on(period_end)", "payments").Value<bool?>()(context, 0).ShouldBeNull();
    }

    [Fact]
    public void An_absent_optional_table_has_no_related_rows()
    {
        var withoutPayments = new Core.Storage.Extract(CmsExample.Dictionary, [_cms.Extract["case_groups"], _cms.Extract["liabilities"]]);
        var context = _cms.Compiler.CreateContext(withoutPayments);
        context.SetPeriod(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31));
        var paid = _cms.Row("paid + due + count(from payments) * £1", "case_groups");
        Enumerable.Range(0, 4).Select(r => paid.Number(context, r)).ShouldBe([10000m, 5000m, 7000m, 0m]);
        _cms.Row("paid = 0 and not any(from payments where amount > 0)", "case_groups").Filter(context, RowSet.All(4)).Count.ShouldBe(4);
    }

    [Fact]
    public void Assumptions_of_every_type_are_read_at_run_time()
    {
        var env = _cms.Environment.AddAssumption("label", DataType.String).AddAssumption("months", DataType.Integer);
        _cms.Context.SetAssumption("label", "x");
        _cms.Context.SetAssumption("months", 2);
        Eval("$label = 'x' and add_months(period_start, $months) = date '2024-05-01' and $compliance_band_threshold = 0.9").ShouldBe(true);
        env.ShouldBeSameAs(_cms.Environment);
    }

    [Fact]
    public void Unset_assumption_is_a_clear_run_time_error()
    {
        var env = _cms.Environment.AddAssumption("unset", DataType.Bool);
        var compiled = _cms.Compiler.CompileScalar(CmsRules.Core.Language.Binding.Binder.BindScalar(env, CmsExample.Parse("$unset")).GetOrThrow());
        Should.Throw<InvalidOperationException>(() => compiled.Predicate(_cms.Context)).Message.ShouldBe("assumption $unset has no value in this evaluation context");
    }
}
