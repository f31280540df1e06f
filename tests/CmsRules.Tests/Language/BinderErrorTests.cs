using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Parsing;

namespace CmsRules.Tests.Language;

/// <summary>Every kind of binding error: message, line and column; all errors of an expression are reported.</summary>
public sealed class BinderErrorTests
{
    private readonly CmsExample _cms = new();

    private void ShouldFailWith(string text, string table, int column, string message)
    {
        var error = _cms.RowErrors(text, table).ShouldHaveSingleItem();
        error.Message.ShouldBe(message);
        error.Location.Column.ShouldBe(column);
        error.Location.Line.ShouldBe(1);
    }

    [Theory]
    [InlineData("closed_dat is null", 1, "unknown name 'closed_dat' (did you mean 'closed_date'?)")]
    [InlineData("$compliance_band_treshold > 1", 1, "unknown assumption '$compliance_band_treshold' (did you mean '$compliance_band_threshold'?)")]
    [InlineData("region = 'Nort'", 10, "'Nort' is not a code of enum(North, South) (did you mean 'North'?)")]
    [InlineData("'Sooth' <> region", 1, "'Sooth' is not a code of enum(North, South) (did you mean 'South'?)")]
    [InlineData("days_betwen(opened_date, closed_date) > 1", 1, "unknown function 'days_betwen' (did you mean 'days_between'?)")]
    [InlineData("case_group.opened_date is null", 1, "unknown name 'case_group.opened_date': not a table or a measure (did you mean 'case_groups.opened_date'?)")]
    [InlineData("add_days(opened_date) is null", 1, "'add_days' cannot take (date); it takes add_days(date, integer)")]
    [InlineData("add_days(opened_date, 'x') is null", 1, "'add_days' cannot take (date, string); it takes add_days(date, integer)")]
    [InlineData("opened_date + 'x' is null", 1, "'+' cannot combine date and string")]
    [InlineData("opened_date = 1", 1, "'=' cannot compare values that mix date and integer")]
    [InlineData("region < 'North'", 1, "'<' does not order enum(North, South) values; only = and <> apply")]
    [InlineData("opened_date and true", 1, "the left side of 'and' must be a condition (bool), not date")]
    [InlineData("count() > 1", 1, "aggregate 'count' in a row-level expression: add 'from <table>' to aggregate rows related to case_groups")]
    [InlineData("sum(amount from payment) > 0", 17, "unknown table 'payment' (did you mean 'payments'?)")]
    [InlineData("active_on() ", 1, "field 'active_on' takes 1 argument (day), not 0")]
    [InlineData("sum(opened_date from payments) > 0", 5, "'sum' takes a number or money, not date")]
    [InlineData("if(true, 1) = 1", 1, "'if' takes 3 arguments (condition, then, else), not 2")]
    [InlineData("coalesce(opened_date, 1) is null", 1, "the arguments of 'coalesce' mix date and integer")]
    [InlineData("abs(opened_date from payments) > 1", 1, "'from' and 'where' belong to aggregates (count, count_distinct, sum, min, max, mean, median, any, all, only), not to 'abs'")]
    public void Row_errors(string text, int column, string message) => ShouldFailWith(text, "case_groups", column, message);

    [Fact]
    public void A_relation_that_does_not_exist_is_an_error()
    {
        ShouldFailWith("payments.amount > 0", "case_groups", 1, "case_groups has no reference to payments, so 'payments.…' cannot be reached from it");
        ShouldFailWith("count(from case_groups) > 0", "payments", 12, "case_groups has no column referencing payments, so its rows do not belong to a payments row");
    }

    [Fact]
    public void Two_candidate_foreign_keys_make_the_relation_ambiguous()
    {
        var transfers = TestTables.TableOf("transfers",
            TestTables.Col("transfer_id", Core.Schema.DataType.Integer),
            TestTables.Col("from_id", Core.Schema.DataType.Integer) with { Constraints = new() { References = new("case_groups", "case_group_id") } },
            TestTables.Col("to_id", Core.Schema.DataType.Integer) with { Constraints = new() { References = new("case_groups", "case_group_id") } });
        var env = new BindingEnvironment(new([CmsExample.CaseGroups, transfers]));
        var error = Binder.BindRow(env, CmsExample.Parse("case_groups.opened_date is null"), "transfers").Diagnostics.ShouldHaveSingleItem();
        error.Message.ShouldBe("transfers references case_groups through several columns (from_id, to_id); the relation is ambiguous");
    }

    [Fact]
    public void All_errors_of_an_expression_are_reported_together_with_their_positions()
    {
        var errors = _cms.RowErrors("closed_dat is null and region = 'Nort'\n  or $nope", "case_groups");
        errors.Select(e => (e.Location.Line, e.Location.Column, e.Message)).ShouldBe(
        [
            (1, 1, "unknown name 'closed_dat' (did you mean 'closed_date'?)"),
            (1, 33, "'Nort' is not a code of enum(North, South) (did you mean 'North'?)"),
            (2, 6, "unknown assumption '$nope'"),
        ]);
    }

    [Fact]
    public void Errors_map_to_the_yaml_files_line_and_column()
    {
        // where: |
        //     active_on(period_end)
        //       and regoin = 'North'
        var source = new ExpressionSource("active_on(period_end)\n  and regoin = 'North'", "caseload.yaml", 14, 7, 7);
        var error = _cms.RowErrors("", "case_groups", source).ShouldHaveSingleItem();
        error.Location.ShouldBe(new("caseload.yaml", 15, 13));
        error.ToString().ShouldBe("caseload.yaml:15:13: error: unknown name 'regoin' (did you mean 'region'?)\n" +
                                  "            and regoin = 'North'\n" +
                                  "                ^");
    }

    [Fact]
    public void Aggregate_context_rejects_bare_columns_and_scalar_context_rejects_rows()
    {
        var aggregate = Binder.BindAggregate(_cms.Environment, CmsExample.Parse("paid / count()"), "case_groups").Diagnostics.ShouldHaveSingleItem();
        aggregate.Message.ShouldBe("'paid' of case_groups is used outside an aggregate; an aggregate expression needs one, e.g. sum(paid) or any(paid > 0)");
        var scalar = Binder.BindScalar(_cms.Environment, CmsExample.Parse("count() + compliance.populaton")).Diagnostics;
        scalar.Select(d => d.Message).ShouldBe(
        [
            "aggregate 'count' in a row-level expression: there are no rows here",
            "unknown name 'compliance.populaton': not a table or a measure (did you mean 'compliance.population'?)",
        ]);
    }

    [Fact]
    public void Field_cycles_are_reported_with_the_path()
    {
        var env = new BindingEnvironment(CmsExample.Dictionary)
            .AddField(new FieldDefinition("case_groups", "a", [], ExpressionParser.ParseOrThrow(new ExpressionSource("b + 1", "fields.yaml", 3, 9))))
            .AddField(new FieldDefinition("case_groups", "b", [], ExpressionParser.ParseOrThrow(new ExpressionSource("a * 2", "fields.yaml", 4, 9))));
        var error = Binder.BindRow(env, CmsExample.Parse("a > 0"), "case_groups").Diagnostics.ShouldHaveSingleItem();
        error.Message.ShouldBe("field 'a' refers to itself: a -> b -> a");
        error.Location.ShouldBe(new("fields.yaml", 4, 9));
    }

    [Fact]
    public void An_error_inside_a_field_is_reported_once_at_the_fields_own_position()
    {
        var env = new BindingEnvironment(CmsExample.Dictionary)
            .AddField(new FieldDefinition("case_groups", "broken", ["day"], ExpressionParser.ParseOrThrow(new ExpressionSource("opened_dat <= day", "fields.yaml", 7, 11))));
        var errors = Binder.BindRow(env, CmsExample.Parse("broken(period_start) or broken(period_end)"), "case_groups").Diagnostics;
        var error = errors.ShouldHaveSingleItem();
        error.Location.ShouldBe(new("fields.yaml", 7, 11));
        error.Message.ShouldBe("unknown name 'opened_dat' (did you mean 'opened_date'?)");
    }
}
