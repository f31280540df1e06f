using CmsRules.SampleData;

namespace CmsRules.Tests.SampleData;

/// <summary>One extract of a few thousand case groups over the default range, generated once for the tests that read it.</summary>
public sealed class GeneratedExtract : IDisposable
{
    public const int CaseGroups = 3000;
    public static readonly DateOnly LastDay = new(2025, 6, 30);

    private readonly Dictionary<string, CsvTable> _tables = new();

    public GeneratedExtract()
    {
        Directory = Path.Combine(Path.GetTempPath(), $"cmsrules-extract-{Guid.NewGuid():N}");
        ExtractGenerator.Generate(new GeneratorOptions(CaseGroups, seed: 11), Directory);
    }

    public string Directory { get; }

    internal CsvTable this[string file]
    {
        get
        {
            lock (_tables)
            {
                if (!_tables.TryGetValue(file, out var table))
                    _tables[file] = table = CsvTable.Read(Path.Combine(Directory, file));
                return table;
            }
        }
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
