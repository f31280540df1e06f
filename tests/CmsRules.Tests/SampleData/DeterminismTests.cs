using CmsRules.SampleData;
using CmsRules.SampleData.Output;

namespace CmsRules.Tests.SampleData;

public sealed class DeterminismTests
{
    [Fact]
    public void Same_arguments_give_byte_identical_files()
    {
        using var temp = new TempDirectory();
        var options = new GeneratorOptions(400, seed: 5);
        ExtractGenerator.Generate(options, temp.Combine("a"));
        ExtractGenerator.Generate(options, temp.Combine("b"));

        foreach (var (file, _) in ExtractFiles.All)
            File.ReadAllBytes(temp.Combine($"b/{file}")).ShouldBe(File.ReadAllBytes(temp.Combine($"a/{file}")), file);
    }

    [Fact]
    public void Different_seeds_give_different_case_groups_and_calls()
    {
        using var temp = new TempDirectory();
        ExtractGenerator.Generate(new GeneratorOptions(400, seed: 5), temp.Combine("a"));
        ExtractGenerator.Generate(new GeneratorOptions(400, seed: 6), temp.Combine("b"));

        foreach (var file in new[] { ExtractFiles.CaseGroups, ExtractFiles.Liabilities, ExtractFiles.Calls })
            File.ReadAllBytes(temp.Combine($"b/{file}")).ShouldNotBe(File.ReadAllBytes(temp.Combine($"a/{file}")), file);
        // The geography is fixed, whatever the seed.
        File.ReadAllBytes(temp.Combine($"b/{ExtractFiles.Constituencies}"))
            .ShouldBe(File.ReadAllBytes(temp.Combine($"a/{ExtractFiles.Constituencies}")));
    }

    [Fact]
    public void Every_table_of_the_contract_is_written_with_its_header()
    {
        using var temp = new TempDirectory();
        var summary = ExtractGenerator.Generate(new GeneratorOptions(50, seed: 1), temp.Combine("x"));

        summary.Select(s => s.File).ShouldBe(ExtractFiles.All.Select(t => t.File));
        foreach (var file in summary)
        {
            new FileInfo(temp.Combine($"x/{file.File}")).Length.ShouldBe(file.Bytes);
            File.ReadLines(temp.Combine($"x/{file.File}")).Count().ShouldBe((int)file.Rows + 1);
        }
        summary.Single(s => s.File == ExtractFiles.CaseGroups).Rows.ShouldBe(50);
        Directory.GetFiles(temp.Combine("x")).Select(Path.GetFileName).Order()
            .ShouldBe(ExtractFiles.All.Select(t => t.File).Order());
        foreach (var (file, columns) in ExtractFiles.All)
            File.ReadLines(temp.Combine($"x/{file}")).First().ShouldBe(string.Join(',', columns));
    }
}
