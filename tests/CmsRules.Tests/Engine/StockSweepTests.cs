using CmsRules.Core.Diagnostics;
using CmsRules.Core.Engine;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Language.Runtime;
using CmsRules.Tests.Language;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CmsRules.Tests.Engine;

/// <summary>A stock carried from period to period holds the rows a scan of the condition finds in each period, in any order of periods.</summary>
public sealed class StockSweepTests
{
    private const int Epoch = 700_000;

    private static IReadOnlySet<string> Limits(string id) =>
        StockLimits.Of(Measure(id).Where!.Source!, Measure(id).Table) is { } limits
            ? limits.Limits.Select(l => $"{l.Column.Name} {(l.Below ? "<=" : ">")} {(l.At.IsEnd ? "end" : "start")}{l.At.Offset:+0;-0;''}{(l.NullMeets ? " or null" : "")}").ToHashSet()
            : new HashSet<string>();

    private static TableMeasure Measure(string id) => Repository.Catalog.Measures.OfType<TableMeasure>().Single(m => m.Id == id);

    [Fact]
    public void Limits_are_read_into_fields_and_only_on_the_measures_own_row()
    {
        Limits("caseload.case_groups").ShouldBe(["opened_date <= end", "closed_date > end or null"]);
        StockLimits.Of(Measure("caseload.case_groups").Where!.Source!, Measure("caseload.case_groups").Table)!.Rest.ShouldBeNull();
        Limits("applications.uncleared").ShouldBe(["received_date <= end", "cleared_date > end or null"]);
        // The case group's dates are its parent's: a filter of the children holding at the end decides those.
        Limits("children.covered").ShouldBe(["valid_from <= end", "valid_to > end or null"]);
        // The rest is the case group's two limits (case_groups.active_on(period_end)), tested on the children meeting theirs.
        var rest = StockLimits.Of(Measure("children.covered").Where!.Source!, Measure("children.covered").Table)!.Rest.ShouldNotBeNull();
        static IEnumerable<BoundColumn> Columns(BoundExpr e) => e is BoundColumn c ? [c] : BoundTree.Children(e).SelectMany(Columns);
        Columns(rest).Select(c => (c.Table.Name, c.Column.Name, c.Row is ParentRow)).Distinct()
            .ShouldBe([("case_groups", "opened_date", true), ("case_groups", "closed_date", true)], ignoreOrder: true);
    }

    public static Arbitrary<(int? Start, int? End)[]> Intervals() =>
        (from start in Gen.Frequency((1, Gen.Constant<int?>(null)), (6, Gen.Choose(0, 60).Select(d => (int?)d)))
         from end in Gen.Frequency((2, Gen.Constant<int?>(null)), (5, Gen.Choose(0, 60).Select(d => (int?)d)))
         select (start, end))
            .ArrayOf()
            .ToArbitrary();

    [Property(Arbitrary = [typeof(StockSweepTests)])]
    public void Rows_carried_from_period_to_period_are_those_a_scan_finds((int? Start, int? End)[] rows, byte[] periodEnds, bool endNullMeets, bool strict)
    {
        var starts = Dates("start", rows.Select(r => r.Start).ToArray());
        var ends = Dates("end", rows.Select(r => r.End).ToArray());
        // start <= period_end (or < period_end), and end > period_end (or end is null or end > period_end)
        var limits = new StockLimits(
        [
            new StockLimit(starts.Schema, new Bound(true, strict ? -1 : 0), Below: true, NullMeets: false),
            new StockLimit(ends.Schema, new Bound(true, 0), Below: false, NullMeets: endNullMeets),
        ], Rest: null);
        var sweep = new StockSweep(limits, [new DateIndex(starts), new DateIndex(ends)], rows.Length);
        var arrays = RowArraysTests.Dirty();

        foreach (var end in periodEnds.Select(e => Epoch + e % 70))
        {
            var expected = Enumerable.Range(0, rows.Length).Where(i =>
                rows[i].Start is { } s && (strict ? Epoch + s < end : Epoch + s <= end)
                && (rows[i].End is { } e ? Epoch + e > end : endNullMeets)).ToArray();
            var found = sweep.Rows(end - 90, end, arrays);
            found.Rows.Take(found.Count).ShouldBe(expected, $"period ending {end - Epoch}");
            arrays.Recycle(); // as an evaluator does after each period
        }
    }

    private static DateColumn Dates(string name, int?[] days)
    {
        var nulls = new NullMask(days.Length);
        for (var i = 0; i < days.Length; i++)
            if (days[i] is null) nulls.Set(i);
        return new DateColumn(new ColumnSchema(name, DataType.Date, true, [], new ColumnConstraints(), new SourceLocation("t.yaml", 1, 1)),
            days.Select(d => Epoch + (d ?? 0)).ToArray(), nulls);
    }
}
