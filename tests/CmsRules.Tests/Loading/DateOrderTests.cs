using CmsRules.Core.Diagnostics;
using CmsRules.Core.Loading;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;
using FsCheck.Xunit;

namespace CmsRules.Tests.Loading;

/// <summary>A table declared with order_by is loaded in order of that date: stably, null dates last, errors still on the file's lines.</summary>
public sealed class DateOrderTests : IDisposable
{
    private const string Events = """
        tables:
          - name: events
            key: [event_id]
            order_by: day
            columns:
              - { name: event_id, type: int }
              - { name: day, type: date, nullable: true }
              - { name: kind, type: enum, nullable: true, codes: [A, B] }
        """;

    private readonly TestExtract _extract = new();

    public void Dispose() => _extract.Dispose();

    [Fact]
    public void The_rows_are_loaded_in_order_of_the_date_in_file_order_within_a_day_and_null_dates_last()
    {
        _extract.Write("events.csv", "event_id,day,kind",
            "1,2024-03-01,A", "2,,B", "3,2024-01-01,", "4,2024-03-01,B", "5,2024-01-01,A", "6,,");

        var events = ExtractLoader.Load(DataDictionaryReader.Read([("events.yaml", Events)]), _extract.Directory)["events"];

        ((Int64Column)events["event_id"]).Values.ShouldBe([3, 5, 1, 4, 2, 6]);
        var days = (DateColumn)events["day"];
        Enumerable.Range(0, 6).Select(days.IsNull).ShouldBe([false, false, false, false, true, true]);
        days.InOrder.ShouldBeTrue();
        var kinds = (EnumColumn)events["kind"]; // nulls of other columns move with their rows
        Enumerable.Range(0, 6).Select(row => kinds.IsNull(row) ? "-" : "AB"[kinds.Codes[row]].ToString()).ShouldBe(["-", "A", "A", "B", "B", "-"]);
    }

    [Fact]
    public void Errors_name_the_lines_of_the_file_not_the_places_the_rows_are_moved_to()
    {
        _extract.WriteCaseGroups(1)
            .Write("liabilities.csv", "case_group_id,month,maintenance_due", "1,2024-03-01,100", "1,2024-01-01,100", "1,2024-03-01,-5");

        var errors = _extract.LoadFails("case_groups", "liabilities").Diagnostics;

        errors.Select(e => (e.Location.Line, e.Message)).ShouldBe([
            (4, "duplicate key (case_group_id, month) = (1, 2024-03-01): already on line 2"),
            (4, "column 'maintenance_due': '-5' must not be negative"),
        ]);
    }

    [Property]
    public void Sorting_keeps_every_row_once_in_date_order_and_file_order_within_a_day(byte?[] offsets)
    {
        const int epoch = 738_000;
        var schema = new ColumnSchema("day", DataType.Date, true, [], new ColumnConstraints(), default);
        var nulls = new NullMask(offsets.Length);
        for (var row = 0; row < offsets.Length; row++)
            if (offsets[row] is null) nulls.Set(row);
        var days = new DateColumn(schema, offsets.Select(o => epoch + (o ?? 0) % 50).ToArray(), nulls.Any() ? nulls : null);
        var rows = new Int64Column(schema with { Name = "row", Type = DataType.Integer }, Enumerable.Range(0, offsets.Length).Select(r => (long)r).ToArray(), null);
        var table = new Table(new TableSchema("t", "t.csv", [days.Schema, rows.Schema], [], null, default, OrderBy: "day"), offsets.Length, [days, rows]);

        var sorted = DateOrder.Sort(table);

        ((Int64Column)sorted["row"]).Values.ShouldBe(Enumerable.Range(0, offsets.Length)
            .OrderBy(r => offsets[r] is null).ThenBy(r => offsets[r] % 50).Select(r => (long)r)); // OrderBy is stable
        ((DateColumn)sorted["day"]).InOrder.ShouldBeTrue();
        var keys = offsets.Select(o => o is null ? int.MaxValue : o.Value % 50).ToArray();
        days.InOrder.ShouldBe(keys.Zip(keys.Skip(1)).All(pair => pair.First <= pair.Second));
        ReferenceEquals(sorted, table).ShouldBe(days.InOrder); // a table in order already is kept as it is
    }
}
