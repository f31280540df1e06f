using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using CmsRules.Core.Loading;
using CmsRules.Core.Output;
using CmsRules.Core.Schema;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Snapshots;

/// <summary>A snapshot read back: the extract and the CSV files it was imported from.</summary>
public sealed record Snapshot(Extract Extract, IReadOnlyList<ExtractFile> Files);

/// <summary>
/// Reads a snapshot written by <see cref="SnapshotWriter"/> under the dictionary it was made with (else refused, naming the
/// first difference). Values go straight from the file into the column arrays, nothing parsed per value, and the tables
/// are read in parallel, each from its own offset.
/// </summary>
public static class SnapshotReader
{
    /// <summary>One table's part of the file.</summary>
    private sealed record Section(TableSchema Schema, int Rows, long Offset, long Bytes);

    /// <summary>The extract; <see cref="LoadOptions.RequiredTables"/> must be in it, as they must be files of a CSV extract.</summary>
    public static Snapshot Read(DataDictionary dictionary, string path, LoadOptions? options = null)
    {
        SnapshotFormat.CheckEndianness();
        IReadOnlyList<ExtractFile> files;
        List<Section> sections;
        using (var stream = Open(path))
        {
            var input = new SnapshotInput(stream, path);
            files = ReadHeader(input, dictionary);
            sections = ReadSections(input, dictionary);
        }
        var missing = (options?.RequiredTables ?? dictionary.Tables.Select(t => t.Name))
            .Where(name => sections.All(s => s.Schema.Name != name)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            throw new SnapshotException(path, $"has no table {string.Join(", ", missing.Select(t => $"'{t}'"))}: its file was absent when the snapshot was imported");

        var tables = new Table[sections.Count];
        var bySize = Enumerable.Range(0, sections.Count).OrderByDescending(i => sections[i].Bytes).ToArray();
        try
        {
            Parallel.ForEach(Partitioner.Create(bySize, EnumerablePartitionerOptions.NoBuffering), i => tables[i] = ReadTable(path, sections[i], options?.Progress));
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return new Snapshot(new Extract(dictionary, tables), files);
    }

    /// <summary>Only the CSV files a snapshot was imported from (what the run manifest names), without reading its tables.</summary>
    public static IReadOnlyList<ExtractFile> ReadFiles(DataDictionary dictionary, string path)
    {
        using var stream = Open(path);
        return ReadHeader(new SnapshotInput(stream, path), dictionary);
    }

    private static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);

    private static IReadOnlyList<ExtractFile> ReadHeader(SnapshotInput input, DataDictionary dictionary)
    {
        Span<byte> magic = stackalloc byte[SnapshotFormat.Magic.Length];
        if (input.Remaining < magic.Length) throw new SnapshotException(input.Path, "is not a cmsrules snapshot (too short)");
        input.ReadBytes(magic);
        if (!magic.SequenceEqual(SnapshotFormat.Magic)) throw new SnapshotException(input.Path, "is not a cmsrules snapshot (it does not start with CMSRSNAP)");
        var version = input.ReadInt32();
        if (version != SnapshotFormat.Version)
            throw new SnapshotException(input.Path, $"is a snapshot of format version {version}; this cmsrules reads version {SnapshotFormat.Version}: import it again");

        var lines = new string[input.ReadCount(sizeof(int))];
        for (var i = 0; i < lines.Length; i++) lines[i] = input.ReadString();
        if (DictionaryFingerprint.FirstDifference(lines, DictionaryFingerprint.Describe(dictionary)) is { } difference)
            throw new SnapshotException(input.Path, $"was imported under other table definitions than this run's (plugins included): {difference}. Import it again");

        var files = new ExtractFile[input.ReadCount(sizeof(int))];
        for (var i = 0; i < files.Length; i++) files[i] = new ExtractFile(input.ReadString(), input.ReadInt64(), input.ReadInt64(), input.ReadString());
        return files;
    }

    /// <summary>Where each table is, found by skipping from one to the next; then the end marker, which must end the file.</summary>
    private static List<Section> ReadSections(SnapshotInput input, DataDictionary dictionary)
    {
        var sections = new List<Section>();
        var count = input.ReadCount(1);
        for (var i = 0; i < count; i++)
        {
            var name = input.ReadString();
            var schema = dictionary.Find(name) ?? throw input.Corrupt($"there is no table '{name}' in the dictionary");
            if (sections.Any(s => s.Schema == schema)) throw input.Corrupt($"table {name} comes twice");
            var rows = input.ReadInt32();
            if (rows < 0) throw input.Corrupt($"table {name} has {rows} rows");
            var bytes = input.ReadInt64();
            sections.Add(new Section(schema, rows, input.Position, bytes));
            input.Skip(bytes);
        }
        Span<byte> end = stackalloc byte[SnapshotFormat.EndMarker.Length];
        input.ReadBytes(end);
        if (!end.SequenceEqual(SnapshotFormat.EndMarker) || input.Remaining != 0) throw input.Corrupt("the end marker is not where the tables end");
        return sections;
    }

    private static Table ReadTable(string path, Section section, IProgress<TableLoadProgress>? progress)
    {
        var (schema, rows, offset, bytes) = section;
        using var stream = Open(path);
        stream.Position = offset;
        var input = new SnapshotInput(stream, path, offset + bytes);
        var columns = new Column[schema.Columns.Count];
        for (var c = 0; c < columns.Length; c++)
        {
            columns[c] = ColumnCodec.Read(input, schema.Columns[c], rows);
            progress?.Report(new TableLoadProgress(schema.Name, input.Position - offset, bytes, rows, Done: false));
        }
        if (input.Remaining != 0) throw input.Corrupt($"table {schema.Name} does not end where its length says");
        progress?.Report(new TableLoadProgress(schema.Name, bytes, bytes, rows, Done: true));
        return new Table(schema, rows, columns);
    }
}
