using CmsRules.Core.Diagnostics;
using CmsRules.Core.Engine;
using CmsRules.Core.Schema;
using CmsRules.Core.Snapshots;
using CmsRules.Core.Storage;
using CmsRules.Tests.Engine;
using CmsRules.Tests.Loading;
using CmsRules.Tests.SampleData;
using static CmsRules.Tests.Language.TestTables;

namespace CmsRules.Tests.Snapshots;

/// <summary>A truncated, damaged or foreign file is refused with a clear message naming it, never a crash; a failed write leaves nothing.</summary>
public sealed class SnapshotDamageTests(SnapshotFixture fixture) : IClassFixture<SnapshotFixture>
{
    private static Core.Schema.DataDictionary Dictionary => Repository.Catalog.Definitions.Dictionary;

    private static SnapshotException Refused(string path) => Should.Throw<SnapshotException>(() => SnapshotReader.Read(Dictionary, path));

    [Fact]
    public void A_snapshot_cut_short_anywhere_is_refused_as_truncated()
    {
        using var temp = new TempDirectory();
        var bytes = File.ReadAllBytes(fixture.Snapshot);
        var cut = temp.Combine("cut.cmsx");
        var lengths = Enumerable.Range(8, 200).Concat(Enumerable.Range(1, 199).Select(i => (int)((long)bytes.Length * i / 200))).Append(bytes.Length - 1);
        foreach (var length in lengths)
        {
            File.WriteAllBytes(cut, bytes[..length]);
            var error = Refused(cut);
            error.Message.ShouldStartWith($"{cut}: ");
            error.Message.ShouldContain("truncated", customMessage: $"cut at {length}");
        }
    }

    [Fact]
    public void Any_byte_damaged_in_any_way_gives_a_snapshot_error_or_an_extract_never_a_crash()
    {
        using var temp = new TempDirectory();
        var schema = TableOf("t", Col("i", DataType.Integer, nullable: true), Col("d", DataType.Date, nullable: true), Col("b", DataType.Bool),
            Col("s", DataType.String, nullable: true), Col("k", DataType.Enum, nullable: true, codes: ["A", "B"]));
        var extract = new Extract(new DataDictionary([schema]), [Build(schema, [1L, "2024-01-31", true, "x", "B"], [null, null, false, null, null], [-5L, "1999-12-31", true, "é", "A"])]);
        SnapshotWriter.Write(temp.Combine("good.cmsx"), extract, [new Core.Output.ExtractFile("t.csv", 10, 3, "ab")]);
        var good = File.ReadAllBytes(temp.Combine("good.cmsx"));
        var damaged = temp.Combine("damaged.cmsx");

        for (var position = 0; position < good.Length; position++)
            foreach (var change in new byte[] { 0x01, 0x02, 0x10, 0x80, 0xFF })
            {
                var bytes = good.ToArray();
                bytes[position] ^= change;
                File.WriteAllBytes(damaged, bytes);

                var error = Record.Exception(() => LookUpEveryValue(SnapshotReader.Read(extract.Dictionary, damaged).Extract));

                (error is null or SnapshotException).ShouldBeTrue($"byte {position} ^ {change}: {error}");
            }
    }

    /// <summary>What the engine does with values that index something: an enum's code, a string's text, a date's day.</summary>
    private static void LookUpEveryValue(Extract extract)
    {
        foreach (var column in extract.Tables.SelectMany(t => t.Columns))
            for (var row = 0; row < column.Length; row++)
            {
                if (column.IsNull(row)) continue;
                _ = column switch
                {
                    EnumColumn c => c.Schema.Codes[c.Codes[row]],
                    StringColumn c => c.Dictionary[c.Ids[row]],
                    DateColumn c => DateOnly.FromDayNumber(c.Days[row]).ToString(),
                    _ => "",
                };
            }
    }

    [Fact]
    public void A_file_that_is_not_a_snapshot_is_refused()
    {
        var csv = Path.Combine(fixture.Directory, "case_groups.csv");
        Refused(csv).Message.ShouldBe($"{csv}: is not a cmsrules snapshot (it does not start with CMSRSNAP)");
    }

    [Fact]
    public void A_snapshot_of_another_format_version_is_refused()
    {
        using var temp = new TempDirectory();
        var bytes = File.ReadAllBytes(fixture.Snapshot);
        bytes[8] = SnapshotFormat.Version + 1;
        File.WriteAllBytes(temp.Combine("v2.cmsx"), bytes);

        Refused(temp.Combine("v2.cmsx")).Message.ShouldBe(
            $"{temp.Combine("v2.cmsx")}: is a snapshot of format version {SnapshotFormat.Version + 1}; this cmsrules reads version {SnapshotFormat.Version}: import it again");
    }

    /// <summary>A column type the snapshot does not know, to make a write fail half way through.</summary>
    private sealed class UnknownColumn(ColumnSchema schema) : Column(schema, null)
    {
        public override int Length => 1;
        public override Column Reordered(IRowOrder order) => this;
    }

    [Fact]
    public void A_write_that_fails_half_way_leaves_no_file_behind()
    {
        using var temp = new TempDirectory();
        var schema = TableOf("t", Col("a", DataType.Integer), Col("b", DataType.Integer));
        var table = new Table(schema, 1, [new Int64Column(schema.Columns[0], [1], null), new UnknownColumn(schema.Columns[1])]);

        Should.Throw<NotSupportedException>(() => SnapshotWriter.Write(temp.Combine("t.cmsx"), new Extract(new DataDictionary([schema]), [table]), []));

        Directory.EnumerateFileSystemEntries(temp.Path).ShouldBeEmpty();
    }

    [Fact]
    public void An_invalid_extract_is_reported_in_full_and_nothing_is_written()
    {
        using var extract = new TestExtract();
        foreach (var table in TestExtract.CoreDictionary.Tables) extract.Write(table.File, string.Join(",", table.Columns.Select(c => c.Name)));
        extract.WriteCaseGroups(1, 1);
        using var temp = new TempDirectory();

        var error = Should.Throw<DiagnosticException>(() => ImportPipeline.Execute(new ImportRequest(extract.Directory, [Repository.Measures], temp.Combine("x.cmsx"))));

        error.Diagnostics.ShouldContain(d => d.Location.File == extract.PathOf("case_groups.csv"));
        Directory.EnumerateFileSystemEntries(temp.Path).ShouldBeEmpty();
    }
}
