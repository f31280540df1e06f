using CmsRules.Core.Language.Ast;
using CmsRules.Core.Language.Parsing;

namespace CmsRules.Tests.Language;

public sealed class ParserTests
{
    private static string Reprint(string text) => AstPrinter.Print(CmsExample.Parse(text).Root);

    private static Expr Root(string text) => CmsExample.Parse(text).Root;

    [Theory]
    [InlineData("42", LiteralKind.Integer, 42L)]
    [InlineData("true", LiteralKind.Bool, true)]
    [InlineData("false", LiteralKind.Bool, false)]
    [InlineData("null", LiteralKind.Null, null)]
    [InlineData("£12.50", LiteralKind.Money, 1250L)]
    [InlineData("£3", LiteralKind.Money, 300L)]
    [InlineData("£0.5", LiteralKind.Money, 50L)]
    [InlineData("'it''s'", LiteralKind.String, "it's")]
    public void Literals_parse_to_their_kind_and_value(string text, LiteralKind kind, object? value)
    {
        var literal = Root(text).ShouldBeOfType<LiteralExpr>();
        literal.Kind.ShouldBe(kind);
        literal.Value.ShouldBe(value);
    }

    [Fact]
    public void Decimal_and_date_literals_keep_exact_values()
    {
        Root("0.90").ShouldBeOfType<LiteralExpr>().Value.ShouldBe(0.90m);
        Root("date '2024-02-29'").ShouldBeOfType<LiteralExpr>().Value.ShouldBe(new DateOnly(2024, 2, 29));
    }

    [Theory]
    [InlineData("a or b and c", "a or b and c")]
    [InlineData("(a or b) and c", "(a or b) and c")]
    [InlineData("not a = b", "not a = b")]
    [InlineData("a + b * c - d / e", "a + b * c - d / e")]
    [InlineData("(a + b) * c", "(a + b) * c")]
    [InlineData("a - (b - c)", "a - (b - c)")]
    [InlineData("-(-a)", "-(-a)")]
    [InlineData("- a * b", "-a * b")]
    [InlineData("a+1 between 1 and 2+3", "a + 1 between 1 and 2 + 3")]
    [InlineData("x not between 1 and 2 or y", "x not between 1 and 2 or y")]
    [InlineData("x not in (1, 2,3)", "x not in (1, 2, 3)")]
    [InlineData("x is not null and y is null", "x is not null and y is null")]
    [InlineData("a <> b or a != b", "a <> b or a <> b")]
    [InlineData("count() + count(where x > 0) + sum(y from t where z)", "count() + count(where x > 0) + sum(y from t where z)")]
    [InlineData("any(from children where a)", "any(from children where a)")]
    [InlineData("case when a then 1 when b then 2 else 3 end", "case when a then 1 when b then 2 else 3 end")]
    [InlineData("t.f(1, $x) + compliance.population", "t.f(1, $x) + compliance.population")]
    public void Precedence_and_printing_round_trip(string text, string printed)
    {
        Reprint(text).ShouldBe(printed);
        Reprint(printed).ShouldBe(printed);
    }

    [Fact]
    public void And_binds_tighter_than_or_and_comparison_tighter_than_not()
    {
        var or = Root("a or b and c").ShouldBeOfType<BinaryExpr>();
        or.Op.ShouldBe(BinaryOp.Or);
        or.Right.ShouldBeOfType<BinaryExpr>().Op.ShouldBe(BinaryOp.And);
        Root("not a = b").ShouldBeOfType<UnaryExpr>().Operand.ShouldBeOfType<BinaryExpr>().Op.ShouldBe(BinaryOp.Equal);
        var sub = Root("a - b - c").ShouldBeOfType<BinaryExpr>();
        sub.Left.ShouldBeOfType<BinaryExpr>().Op.ShouldBe(BinaryOp.Subtract);
    }

    [Fact]
    public void Comments_and_newlines_are_blanks()
    {
        Reprint("a -- first\n  + b -- second\n").ShouldBe("a + b");
    }

    [Fact]
    public void Every_node_knows_its_span()
    {
        var text = "x + count(where y > 1)";
        var add = Root(text).ShouldBeOfType<BinaryExpr>();
        add.Span.ShouldBe(new TextSpan(0, text.Length));
        var call = add.Right.ShouldBeOfType<CallExpr>();
        text.Substring(call.Span.Start, call.Span.Length).ShouldBe("count(where y > 1)");
        var where = call.Where.ShouldBeOfType<BinaryExpr>();
        text.Substring(where.Span.Start, where.Span.Length).ShouldBe("y > 1");
    }

    [Theory]
    [InlineData("a +", 1, 4, "unexpected end of expression; expected expression")]
    [InlineData("a + * b", 1, 5, "unexpected '*'; expected expression")]
    [InlineData("(a + b", 1, 7, "unexpected end of expression; expected ')'")]
    [InlineData("a b", 1, 3, "unexpected 'b'; expected end of expression")]
    [InlineData("date '2024-02-30'", 1, 6, "'2024-02-30' is not a date written 'yyyy-mm-dd'")]
    [InlineData("£1.234", 1, 1, "money has at most two decimals (pence)")]
    [InlineData("x between 1 or 2", 1, 13, "unexpected 'or'; expected 'and'")]
    [InlineData("case when a then 1", 1, 19, "unexpected end of expression; expected 'when', 'else' or 'end'")]
    [InlineData("case when a then 1 else 2", 1, 26, "unexpected end of expression; expected 'end'")]
    [InlineData("x is nul", 1, 6, "unexpected 'nul'; expected 'null'")]
    [InlineData("a == b", 1, 4, "unexpected '='; expected expression")]
    [InlineData("count(x from)", 1, 13, "unexpected ')'; expected name")]
    [InlineData("f(1,)", 1, 5, "unexpected ')'; expected expression")]
    [InlineData("99999999999999999999", 1, 1, "integer literal too large for 64 bits")]
    public void Syntax_errors_name_the_position_and_what_was_expected(string text, int line, int column, string message)
    {
        var result = ExpressionParser.Parse(ExpressionSource.Inline(text, "m.yaml"));
        result.Succeeded.ShouldBeFalse();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Message.ShouldBe(message);
        (error.Location.File, error.Location.Line, error.Location.Column).ShouldBe(("m.yaml", line, column));
    }

    [Fact]
    public void Positions_in_a_yaml_block_scalar_are_the_files_lines_and_columns()
    {
        // value: |
        //   count(where paid > 0
        //         and paid <= )        <- the expression starts on line 8, column 5; continuation lines at column 5
        var source = new ExpressionSource("count(where paid > 0\n      and paid <= )", "compliance.yaml", Line: 8, Column: 5, ContinuationColumn: 5);
        var error = ExpressionParser.Parse(source).Diagnostics.ShouldHaveSingleItem();
        error.Location.ShouldBe(new CmsRules.Core.Diagnostics.SourceLocation("compliance.yaml", 9, 23));
        error.ToString().ShouldBe(
            "compliance.yaml:9:23: error: unexpected ')'; expected expression\n" +
            "              and paid <= )\n" +
            "                          ^");
    }

    [Fact]
    public void A_single_line_expression_after_a_yaml_key_keeps_its_column()
    {
        var source = new ExpressionSource("a +", "m.yaml", Line: 3, Column: 12);
        ExpressionParser.Parse(source).Diagnostics.ShouldHaveSingleItem().Location.ShouldBe(new CmsRules.Core.Diagnostics.SourceLocation("m.yaml", 3, 15));
    }
}
