using CmsRules.Core.Diagnostics;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;

namespace CmsRules.Benchmarks;

/// <summary>A case-group-like table of dates built in memory, and the environment to bind against it.</summary>
internal static class BenchmarkData
{
    private static readonly SourceLocation Here = new("benchmark", 1, 1);

    private static ColumnSchema Col(string name, DataType type, bool nullable = false, string[]? codes = null) =>
        new(name, type, nullable, codes ?? [], ColumnConstraints.None, Here);

    public static readonly TableSchema Schema = new("case_groups", "case_groups.csv",
    [
        Col("case_group_id", DataType.Integer), Col("opened_date", DataType.Date), Col("closed_date", DataType.Date, nullable: true),
        Col("region", DataType.Enum, codes: ["North", "South", "East", "West"]), Col("balance", DataType.Money),
    ], ["case_group_id"], null, Here);

    public static BindingEnvironment Environment() =>
        new BindingEnvironment(new DataDictionary([Schema])).AddAssumption("threshold", DataType.Decimal);

    /// <summary><paramref name="rows"/> case groups opened over ten years; about a third closed, the rest open (null).</summary>
    public static Extract Extract(int rows)
    {
        var random = new Random(42);
        var ids = new long[rows];
        var opened = new int[rows];
        var closed = new int[rows];
        var regions = new byte[rows];
        var balances = new long[rows];
        var nulls = new NullMask(rows);
        var start = new DateOnly(2015, 1, 1).DayNumber;
        for (var i = 0; i < rows; i++)
        {
            ids[i] = i;
            opened[i] = start + random.Next(3650);
            if (random.Next(3) == 0) closed[i] = opened[i] + random.Next(1, 2000);
            else nulls.Set(i);
            regions[i] = (byte)random.Next(4);
            balances[i] = random.Next(100_000);
        }
        var columns = new Column[]
        {
            new Int64Column(Schema.Columns[0], ids, null), new DateColumn(Schema.Columns[1], opened, null),
            new DateColumn(Schema.Columns[2], closed, nulls), new EnumColumn(Schema.Columns[3], regions, null),
            new Int64Column(Schema.Columns[4], balances, null),
        };
        return new Extract(new DataDictionary([Schema]), [new Table(Schema, rows, columns)]);
    }
}
