using System.Diagnostics;
using CmsRules.Core.Definitions;
using CmsRules.Core.Language.Binding;
using CmsRules.Core.Loading;
using CmsRules.Core.Snapshots;
using CmsRules.Core.Storage;

namespace CmsRules.Core.Engine;

/// <summary>
/// What `cmsrules import` is asked to do: load a CSV extract as a run with these definitions would (<see cref="Functions"/>
/// and <see cref="AlsoLoad"/> as in <see cref="RunRequest"/>) and write it to <see cref="SnapshotFile"/>.
/// </summary>
public sealed record ImportRequest(
    string DataDirectory,
    IReadOnlyList<string> DefinitionFolders,
    string SnapshotFile,
    FunctionRegistry? Functions = null,
    IReadOnlyCollection<string>? AlsoLoad = null);

/// <summary>What an import loaded and wrote, with where the time went.</summary>
public sealed record ImportResult(Extract Extract, long SnapshotBytes, TimeSpan LoadTime, TimeSpan HashTime, TimeSpan WriteTime);

/// <summary>
/// `cmsrules import`: loads and checks a CSV extract exactly as `run` does (the same tables required, every error
/// reported, nothing written on error), then writes it, with the CSV files' hashes, as one snapshot file.
/// </summary>
public static class ImportPipeline
{
    public static ImportResult Execute(ImportRequest request, IProgress<TableLoadProgress>? progress = null)
    {
        if (File.Exists(request.DataDirectory))
            throw new ArgumentException($"{request.DataDirectory} is a file; import reads an extract folder of CSV files");
        var definitions = DefinitionSetReader.Read(request.DefinitionFolders);
        var catalog = Catalog.Compile(definitions, request.Functions);

        var clock = Stopwatch.StartNew();
        var extract = ExtractLoader.Load(definitions.Dictionary, request.DataDirectory, new LoadOptions
        {
            RequiredTables = RunPipeline.TablesToLoad(catalog, request.AlsoLoad),
            Progress = progress,
        });
        var loadTime = clock.Elapsed;

        clock.Restart();
        var files = ExtractSource.HashCsvFiles(request.DataDirectory, extract);
        var hashTime = clock.Elapsed;

        clock.Restart();
        SnapshotWriter.Write(request.SnapshotFile, extract, files);
        return new ImportResult(extract, new FileInfo(request.SnapshotFile).Length, loadTime, hashTime, clock.Elapsed);
    }
}
