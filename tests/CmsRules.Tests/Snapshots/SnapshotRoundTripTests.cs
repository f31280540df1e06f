using CmsRules.Core.Loading;
using CmsRules.Core.Schema;
using CmsRules.Core.Snapshots;
using CmsRules.Core.Storage;
using CmsRules.Tests.Engine;
using CmsRules.Tests.SampleData;
using FsCheck.Xunit;
using static CmsRules.Tests.Language.TestTables;

namespace CmsRules.Tests.Snapshots;

/// <summary>What goes into a snapshot comes back out: every table, column, value, null and string, and the CSV files' hashes.</summary>
public sealed class SnapshotRoundTripTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    [Fact]
    public void A_generated_extract_reads_back_with_every_column_equal_nulls_included()
    {
        var dictionary = Repository.Catalog.Definitions.Dictionary;
        var fromCsv = ExtractLoader.Load(dictionary, fixture.Directory);

        var snapshot = SnapshotReader.Read(dictionary, fixture.Snapshot);

        snapshot.Extract.ShouldHoldTheSame(fromCsv);
        snapshot.Files.ShouldBe(ExtractSource.HashCsvFiles(fixture.Directory, fromCsv));
        // Every kind of column, with and without nulls, went through the file.
        var columns = fromCsv.Tables.SelectMany(t => t.Columns).ToList();
        foreach (var kind in new[] { typeof(Int64Column), typeof(DateColumn), typeof(BoolColumn), typeof(EnumColumn), typeof(StringColumn) })
            columns.ShouldContain(c => c.GetType() == kind);
        columns.ShouldContain(c => c.Nulls != null);
        columns.ShouldContain(c => c.Nulls == null);
    }

    [Fact]
    public void The_import_reports_what_it_wrote()
    {
        fixture.Import.SnapshotBytes.ShouldBe(new FileInfo(fixture.Snapshot).Length);
        fixture.Import.Extract.Tables.Select(t => t.Schema.File).ShouldBe(
            Repository.Catalog.Definitions.Dictionary.Tables.Select(t => t.File).Where(f => File.Exists(Path.Combine(fixture.Directory, f))));
    }

    private static readonly string[] Codes = ["A", "B", "C"];
    private static readonly string[] Texts = ["", "a", "b,c", "é", "日本", "🙂", "a\"quote\"", "long " + new string('x', 300)];

    private static readonly TableSchema Everything = TableOf("t",
        Col("i", DataType.Integer, nullable: true), Col("m", DataType.Money, nullable: true), Col("d", DataType.Date, nullable: true),
        Col("b", DataType.Bool, nullable: true), Col("s", DataType.String, nullable: true), Col("k", DataType.Enum, nullable: true, codes: Codes));

    [Property(MaxTest = 60)]
    public void Any_table_reads_back_equal_whatever_its_rows_and_nulls(int seed, ushort size, byte nullShare)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(0, size % 300).Select(_ => Row(random, nullShare % 5 / 4.0)).ToArray();
        var absent = TableOf("absent", Col("id", DataType.Integer));
        var extract = new Extract(new DataDictionary([absent, Everything]), [Build(Everything, rows)]);
        using var temp = new TempDirectory();

        SnapshotWriter.Write(temp.Combine("t.cmsx"), extract, []);
        var read = SnapshotReader.Read(extract.Dictionary, temp.Combine("t.cmsx"), new LoadOptions { RequiredTables = ["t"] });

        read.Extract.ShouldHoldTheSame(extract);
        read.Extract.Find("absent").ShouldBeNull();
        read.Files.ShouldBeEmpty();
    }

    /// <summary>A row with each value null at the given share, values across each type's whole range.</summary>
    private static object?[] Row(Random random, double nullShare)
    {
        object? OrNull(object value) => random.NextDouble() < nullShare ? null : value;
        return
        [
            OrNull(random.NextInt64(long.MinValue, long.MaxValue)),
            OrNull(random.NextInt64(-1_000_000_000, 1_000_000_000)),
            OrNull(DateOnly.FromDayNumber(random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber + 1))),
            OrNull(random.Next(2) == 1),
            OrNull(Texts[random.Next(Texts.Length)]),
            OrNull(Codes[random.Next(Codes.Length)]),
        ];
    }
}
