using CmsRules.Core.Diagnostics;
using CmsRules.Core.Engine;
using CmsRules.Core.Language.Runtime;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;
using CmsRules.Tests.Language;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CmsRules.Tests.Engine;

/// <summary>The indexes the evaluator reads figures from agree with a plain scan of the rows, for dense and sparse keys.</summary>
public sealed class IndexPropertyTests
{
    private static ColumnSchema Schema(string name, DataType type) => new(name, type, true, [], new ColumnConstraints(), new SourceLocation("t.yaml", 1, 1));

    /// <summary>Rows as (day offset or null, value, key): days within a few weeks, keys close together or spread over all of long.</summary>
    public static Arbitrary<(int? Day, long Value, long Key)[]> Rows() =>
        (from day in Gen.Frequency((1, Gen.Constant<int?>(null)), (6, Gen.Choose(0, 30).Select(d => (int?)d)))
         from value in Gen.Choose(-1000, 1000)
         from key in Gen.OneOf(Gen.Choose(0, 20).Select(k => (long)k), ArbMap.Default.GeneratorFor<long>())
         select (day, (long)value, key))
            .ArrayOf()
            .ToArbitrary();

    private static int[] Found(RowSet rows) => rows.Rows[..rows.Count];

    [Property(Arbitrary = [typeof(IndexPropertyTests)])]
    public void Date_index_figures_equal_a_scan((int? Day, long Value, long Key)[] rows, int? from, int? to)
    {
        const int epoch = 700_000;
        var nulls = new NullMask(rows.Length);
        for (var i = 0; i < rows.Length; i++)
            if (rows[i].Day is null) nulls.Set(i);
        // A column with no null has no mask, as the loader makes it.
        var dates = new DateColumn(Schema("d", DataType.Date), rows.Select(r => epoch + (r.Day ?? 0)).ToArray(), nulls.Any() ? nulls : null);
        var values = new Int64Column(Schema("v", DataType.Integer), rows.Select(r => r.Value).ToArray(), null);
        var keys = new Int64Column(Schema("k", DataType.Integer), rows.Select(r => r.Key).ToArray(), null);
        int? lower = from is { } f ? epoch + f % 40 : null, upper = to is { } t ? epoch + t % 40 : null;
        var dated = Enumerable.Range(0, rows.Length)
            .Where(i => rows[i].Day is { } d && (lower is null || epoch + d >= lower) && (upper is null || epoch + d <= upper)).ToArray();

        var index = new DateIndex(dates);

        index.Count(lower, upper).ShouldBe(dated.Length);
        index.Sum(values, lower, upper).ShouldBe(dated.Sum(i => rows[i].Value));
        Found(index.Rows(lower, upper, RowArraysTests.Dirty())).ShouldBe(dated); // by a scan
        index.OrderRows();
        Found(index.Rows(lower, upper, RowArraysTests.Dirty())).ShouldBe(dated); // from the rows in date order
        index.KeysFirstDatedBy(keys, upper).ShouldBe(rows
            .Where(r => r.Day is not null).GroupBy(r => r.Key)
            .Count(g => upper is null || epoch + g.Min(r => r.Day!.Value) <= upper));
    }

    [Property(Arbitrary = [typeof(IndexPropertyTests)])]
    public void In_a_table_kept_in_date_order_the_rows_of_a_range_are_those_between_its_start_and_end((int? Day, long Value, long Key)[] unordered, int? from, int? to)
    {
        const int epoch = 700_000;
        var rows = unordered.OrderBy(r => r.Day is null).ThenBy(r => r.Day).ToArray(); // as the loader lays them out
        var nulls = new NullMask(rows.Length);
        for (var i = 0; i < rows.Length; i++)
            if (rows[i].Day is null) nulls.Set(i);
        var dates = new DateColumn(Schema("d", DataType.Date), rows.Select(r => epoch + (r.Day ?? 0)).ToArray(), nulls.Any() ? nulls : null);
        var keys = new Int64Column(Schema("k", DataType.Integer), rows.Select(r => r.Key).ToArray(), null);
        int? lower = from is { } f ? epoch + f % 40 : null, upper = to is { } t ? epoch + t % 40 : null;

        var index = new DateIndex(dates);

        index.InOrder.ShouldBeTrue();
        Found(index.Rows(lower, upper, RowArraysTests.Dirty())).ShouldBe(Enumerable.Range(0, rows.Length)
            .Where(i => rows[i].Day is { } d && (lower is null || epoch + d >= lower) && (upper is null || epoch + d <= upper)));
        index.KeysFirstDatedBy(keys, upper).ShouldBe(rows
            .Where(r => r.Day is not null).GroupBy(r => r.Key)
            .Count(g => upper is null || epoch + g.Min(r => r.Day!.Value) <= upper));
    }

    [Property(Arbitrary = [typeof(IndexPropertyTests)])]
    public void The_rows_in_date_order_are_the_dated_rows_in_date_order_then_row_order((int? Day, long Value, long Key)[] rows)
    {
        const int epoch = 700_000;
        var nulls = new NullMask(rows.Length);
        for (var i = 0; i < rows.Length; i++)
            if (rows[i].Day is null) nulls.Set(i);
        var dates = new DateColumn(Schema("d", DataType.Date), rows.Select(r => epoch + (r.Day ?? 0)).ToArray(), nulls);

        new DateIndex(dates).RowsInDateOrder.ShouldBe(Enumerable.Range(0, rows.Length)
            .Where(i => rows[i].Day is not null).OrderBy(i => rows[i].Day)); // OrderBy is stable
    }

    [Property(Arbitrary = [typeof(IndexPropertyTests)])]
    public void A_scan_of_the_date_column_finds_the_rows_dated_in_range_in_row_order((int? Day, long Value, long Key)[] some, byte from, byte to)
    {
        const int epoch = 700_000;
        // Long enough for whole blocks of 64 rows (read eight at a time) and a part block at the end.
        var rows = some.Concat(some).Concat(some).ToArray();
        var nulls = new NullMask(rows.Length);
        for (var i = 0; i < rows.Length; i++)
            if (rows[i].Day is null) nulls.Set(i);
        // A null row holds day 0 of the column, within most ranges: the scan must leave it out.
        var dates = new DateColumn(Schema("d", DataType.Date), rows.Select(r => epoch + (r.Day ?? 0)).ToArray(), nulls.Any() ? nulls : null);
        var (lower, upper) = (epoch + from % 40, epoch + to % 40);

        var found = new DateIndex(dates).Scan(lower, upper, RowArraysTests.Dirty());

        Found(found).ShouldBe(Enumerable.Range(0, rows.Length)
            .Where(i => rows[i].Day is { } d && epoch + d >= lower && epoch + d <= upper));
    }

    [Property]
    public void Lower_bound_finds_the_first_day_at_least_the_one_asked_for_in_short_and_long_runs(int[] unsorted, int day, byte skip)
    {
        var days = unsorted.Order().ToArray();
        var start = Math.Min(skip % 4, days.Length); // a parent's children start part way through the array

        var found = DatedChildren.LowerBound(days, start, days.Length, day);

        found.ShouldBe(start + days.Skip(start).Count(d => d < day));
    }

    [Property(Arbitrary = [typeof(IndexPropertyTests)])]
    public void Relation_index_finds_the_first_parent_with_the_key_and_none_for_a_null_key((int? Day, long Value, long Key)[] parents, long[] childKeys)
    {
        var parentKeys = new Int64Column(Schema("id", DataType.Integer), parents.Select(p => p.Key).ToArray(), null);
        var nulls = new NullMask(childKeys.Length);
        for (var row = 4; row < childKeys.Length; row += 5) nulls.Set(row);
        var foreignKeys = new Int64Column(Schema("parent_id", DataType.Integer), childKeys.Select(k => k % 25).ToArray(), nulls);
        var parent = new Table(new TableSchema("parents", "parents.csv", [parentKeys.Schema], [], null, default), parents.Length, [parentKeys]);
        var child = new Table(new TableSchema("children", "children.csv", [foreignKeys.Schema], [], null, default), childKeys.Length, [foreignKeys]);

        var index = RelationIndex.Build(child, foreignKeys, parent, parentKeys);

        for (var row = 0; row < childKeys.Length; row++)
            index.Parent(row).ShouldBe(foreignKeys.IsNull(row) ? -1 : Array.IndexOf(parentKeys.Values, foreignKeys.Values[row]));
        for (var p = 0; p < parents.Length; p++)
            index.Rows[index.Offsets[p]..index.Offsets[p + 1]].ShouldBe(
                Enumerable.Range(0, childKeys.Length).Where(row => index.Parent(row) == p));
    }

    [Property(Arbitrary = [typeof(IndexPropertyTests)])]
    public void Group_numbers_follow_the_order_of_the_values_and_keep_each_groups_rows_in_row_order((int? Day, long Value, long Key)[] rows)
    {
        // Keys close together are counted over their span; keys spread over all of long are sorted.
        var nulls = new NullMask(rows.Length);
        for (var row = 0; row < rows.Length; row++)
            if (rows[row].Day is null) nulls.Set(row);
        var keys = rows.Select((r, row) => nulls[row] ? 0 : r.Key).ToArray(); // a null row holds the default value
        var column = new Int64Column(Schema("k", DataType.Integer), keys, nulls);
        var values = keys.Distinct().Order().ToList();

        var groups = GroupNumbers.Of(column);

        groups.Count.ShouldBe(values.Count);
        groups.OfRow.ShouldBe(keys.Select(k => values.IndexOf(k)));
        for (var g = 0; g < groups.Count; g++)
            groups.Rows[groups.Starts[g]..groups.Starts[g + 1]].ShouldBe(Enumerable.Range(0, keys.Length).Where(row => keys[row] == values[g]));
        groups.Largest.ShouldBe(keys.CountBy(k => k).Select(c => c.Value).DefaultIfEmpty(0).Max());
    }
}
