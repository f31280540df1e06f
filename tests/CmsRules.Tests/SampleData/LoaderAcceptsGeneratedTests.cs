using CmsRules.Core.Loading;
using CmsRules.SampleData;
using CmsRules.Tests.Engine;
using FsCheck.Xunit;

namespace CmsRules.Tests.SampleData;

/// <summary>Whatever the seed and months, a generated extract passes every check of the loader (the core tables here; the plugins' tests load theirs).</summary>
public sealed class LoaderAcceptsGeneratedTests
{
    [Property(MaxTest = 5)]
    public void A_generated_extract_loads_with_every_row(ulong seed, byte months)
    {
        using var temp = new TempDirectory();
        var from = new DateOnly(2014, 1, 1);
        var summaries = ExtractGenerator.Generate(new GeneratorOptions(120, seed, from, from.AddMonths(12 + months % 60)), temp.Combine("x"));

        var extract = ExtractLoader.Load(Repository.Catalog.Definitions.Dictionary, temp.Combine("x"));

        foreach (var table in extract.Tables)
            ((long)table.RowCount).ShouldBe(summaries.Single(s => s.File == table.Schema.File).Rows, table.Name);
    }
}
