using System.Security.Cryptography;
using CmsRules.Core.Output;
using CmsRules.Core.Schema;
using CmsRules.Core.Snapshots;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Loading;

/// <summary>
/// Where the commands get an extract: a folder of CSV files, or a snapshot file made from one by `cmsrules import`.
/// Either way the extract is the same and so are the files the manifest names.
/// </summary>
public static class ExtractSource
{
    /// <summary>A file is read as a snapshot (refused if it is not one), anything else as a CSV folder.</summary>
    public static Extract Load(DataDictionary dictionary, string path, LoadOptions? options = null) =>
        File.Exists(path) ? SnapshotReader.Read(dictionary, path, options).Extract : ExtractLoader.Load(dictionary, path, options);

    /// <summary>
    /// The CSV files the extract came from, by name, with size, rows and SHA-256: what identifies it in the manifest.
    /// A snapshot recorded them when it was imported.
    /// </summary>
    public static IReadOnlyList<ExtractFile> Files(string path, Extract extract) =>
        File.Exists(path) ? SnapshotReader.ReadFiles(extract.Dictionary, path) : HashCsvFiles(path, extract);

    /// <summary>Each table's CSV file in <paramref name="directory"/>, ordered by name, hashed as it is now.</summary>
    public static IReadOnlyList<ExtractFile> HashCsvFiles(string directory, Extract extract) =>
        extract.Tables.OrderBy(t => t.Schema.File, StringComparer.Ordinal).AsParallel().AsOrdered().Select(table =>
        {
            var path = Path.Combine(directory, table.Schema.File);
            using var stream = File.OpenRead(path);
            return new ExtractFile(table.Schema.File, stream.Length, table.RowCount, Convert.ToHexStringLower(SHA256.HashData(stream)));
        }).ToList();
}
