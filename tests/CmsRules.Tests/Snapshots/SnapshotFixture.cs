using CmsRules.Core.Engine;
using CmsRules.SampleData;
using CmsRules.Tests.Engine;
using CmsRules.Tests.SampleData;

namespace CmsRules.Tests.Snapshots;

/// <summary>A small generated extract and its snapshot, imported once with the repository's measures, for the snapshot tests.</summary>
public sealed class SnapshotFixture : IDisposable
{
    private readonly TempDirectory _temp = new();

    public SnapshotFixture()
    {
        Directory = _temp.Combine("extract");
        ExtractGenerator.Generate(new GeneratorOptions(300, 7), Directory);
        Snapshot = _temp.Combine("extract.cmsx");
        Import = ImportPipeline.Execute(new ImportRequest(Directory, [Repository.Measures], Snapshot));
    }

    public string Directory { get; }
    public string Snapshot { get; }
    public ImportResult Import { get; }

    public void Dispose() => _temp.Dispose();
}
