using CmsRules.Core.Language.Compilation;
using CmsRules.Core.Language.Runtime;

namespace CmsRules.Tests.Language;

/// <summary>An aggregate written twice in one expression is computed once, when first needed, with the same result.</summary>
public sealed class RepeatedAggregatesTests
{
    private const string Mix = """
        case
          when any(region = 'North') and any(region = 'South') then 'Both'
          when any(region = 'North') then 'North'
          when any(region = 'South') then 'South'
          else 'Neither'
        end
        """;

    private readonly CmsExample _cms = new();

    [Fact]
    public void Finds_the_aggregates_written_more_than_once_at_the_top_level()
    {
        var bound = _cms.BindAggregate(Mix, "case_groups");

        var repeated = RepeatedAggregates.Of(bound.Root, bound.Source.Source.Text);

        repeated.Count.ShouldBe(4);
        repeated.Values.Distinct().Count().ShouldBe(2);
    }

    [Theory]
    [InlineData(new[] { 0, 1 }, "Both")]
    [InlineData(new[] { 0, 3 }, "North")]
    [InlineData(new[] { 1 }, "South")]
    [InlineData(new[] { 2 }, "Neither")]
    public void Gives_what_computing_each_again_gives(int[] rows, string expected)
    {
        var mix = _cms.Aggregate(Mix, "case_groups");

        mix.Type.Codes[mix.Category(_cms.Context, new RowSet(rows, rows.Length))].ShouldBe(expected);
    }

    [Fact]
    public void A_repeated_aggregate_in_a_branch_not_taken_is_not_computed()
    {
        // only() fails on several rows; the first branch is taken, so neither `only` runs.
        var choice = _cms.Aggregate("case when count() > 1 then 'many' when only(region) = 'North' then 'n' when only(region) = 'South' then 's' else '?' end", "case_groups");

        choice.Type.Codes[choice.Category(_cms.Context, new RowSet([0, 1, 2], 3))].ShouldBe("many");
    }
}
