using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Compilation;

namespace CmsRules.Tests.Language;

/// <summary>The passes over the bound tree before compilation: constant folding, then literal conditions.</summary>
public sealed class RewritePassesTests
{
    private readonly CmsExample _cms = new();

    private BoundExpr Simplified(string text, string table = "case_groups") => ExpressionCompiler.Simplify(_cms.BindRow(text, table).Root);

    [Theory]
    [InlineData("1 + 2 * 3", 7L)]
    [InlineData("100 * 23 / 40", 57.5)]
    [InlineData("days_between(date '2024-01-01', date '2024-03-01')", 60L)]
    [InlineData("1 / 0", null)]
    public void Operations_on_literals_are_folded_to_one_literal(string text, object? value)
    {
        var literal = Simplified(text).ShouldBeOfType<BoundLiteral>();
        (literal.Value is decimal d ? (double)d : literal.Value).ShouldBe(value);
    }

    [Fact]
    public void Literal_conditions_decide_and_or_and_case()
    {
        Simplified("1 > 2 and closed_date is null").ShouldBeOfType<BoundLiteral>().Value.ShouldBe(false);
        Simplified("1 < 2 or closed_date is null").ShouldBeOfType<BoundLiteral>().Value.ShouldBe(true);
        Simplified("1 < 2 and closed_date is null").ShouldBeOfType<BoundIsNull>();
        var pruned = Simplified("case when 1 > 2 then 'a' when closed_date is null then 'b' else 'c' end").ShouldBeOfType<BoundCase>();
        pruned.Whens.ShouldHaveSingleItem().Condition.ShouldBeOfType<BoundIsNull>();
        Simplified("case when 1 < 2 then 'a' else 'b' end").ShouldBeOfType<BoundLiteral>().Value.ShouldBe(0);
        Simplified("coalesce(null, 2, case_group_id)").ShouldBeOfType<BoundLiteral>().Value.ShouldBe(2L);
    }

    [Fact]
    public void Field_bodies_fold_with_their_literal_arguments()
    {
        var folded = Simplified("active_on(date '2024-01-01')").ShouldBeOfType<BoundField>();
        var and = folded.Body.ShouldBeOfType<BoundBinary>();
        and.Left.ShouldBeOfType<BoundBinary>().Right.ShouldBeOfType<BoundLiteral>().Value.ShouldBe(new DateOnly(2024, 1, 1).DayNumber);
    }

    [Fact]
    public void Folding_never_hides_a_run_time_error_it_cannot_decide()
    {
        // Overflows at run time too; folding leaves it for evaluation instead of failing compilation.
        Simplified("add_days(date '9999-12-31', 1) is null").ShouldBeOfType<BoundIsNull>();
    }
}
