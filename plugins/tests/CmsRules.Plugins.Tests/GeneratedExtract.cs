using CmsRules.SampleData;

namespace CmsRules.Plugins.Tests;

/// <summary>A small generated extract with every table of the contract, the plugins' included, shared by the run tests.</summary>
public sealed class GeneratedExtract : IDisposable
{
    private readonly TempFolder _temp = new();

    public GeneratedExtract() => ExtractGenerator.Generate(new GeneratorOptions(1000, 7), Directory);

    public string Directory => _temp.Combine("extract");

    public void Dispose() => _temp.Dispose();
}
