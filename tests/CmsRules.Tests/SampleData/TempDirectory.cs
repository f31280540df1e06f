namespace CmsRules.Tests.SampleData;

/// <summary>A fresh temporary folder, deleted with everything in it at the end of the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cmsrules-test-{Guid.NewGuid():N}");

    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
