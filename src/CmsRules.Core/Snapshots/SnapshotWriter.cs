using CmsRules.Core.Output;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Snapshots;

/// <summary>Writes a loaded extract to one snapshot file (<see cref="SnapshotFormat"/>), atomically: a failure leaves no file behind.</summary>
public static class SnapshotWriter
{
    /// <param name="files">The CSV files the extract was loaded from, as the run manifest names them.</param>
    public static void Write(string path, Extract extract, IReadOnlyList<ExtractFile> files)
    {
        SnapshotFormat.CheckEndianness();
        AtomicFile.Write(path, stream =>
        {
            var output = new SnapshotOutput(stream);
            output.WriteBytes(SnapshotFormat.Magic);
            output.WriteInt32(SnapshotFormat.Version);

            var dictionary = DictionaryFingerprint.Describe(extract.Dictionary);
            output.WriteInt32(dictionary.Count);
            foreach (var line in dictionary) output.WriteString(line);

            output.WriteInt32(files.Count);
            foreach (var file in files)
            {
                output.WriteString(file.Name);
                output.WriteInt64(file.Bytes);
                output.WriteInt64(file.Rows);
                output.WriteString(file.Sha256);
            }

            output.WriteInt32(extract.Tables.Count);
            foreach (var table in extract.Tables)
            {
                output.WriteString(table.Name);
                output.WriteInt32(table.RowCount);
                var lengthAt = output.Position;
                output.WriteInt64(0);
                foreach (var column in table.Columns) ColumnCodec.Write(output, column);
                output.PatchInt64(lengthAt, output.Position - lengthAt - sizeof(long));
            }
            output.WriteBytes(SnapshotFormat.EndMarker);
        });
    }
}
