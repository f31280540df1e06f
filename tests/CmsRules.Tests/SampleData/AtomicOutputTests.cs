using CmsRules.SampleData;

namespace CmsRules.Tests.SampleData;

public sealed class AtomicOutputTests
{
    [Fact]
    public void A_failure_part_way_leaves_no_output_and_no_temporary_folder()
    {
        using var temp = new TempDirectory();
        var target = temp.Combine("extract");

        Should.Throw<InvalidOperationException>(() => ExtractGenerator.Generate(new GeneratorOptions(5000, seed: 1), target,
            (done, _) => { if (done >= 2500) throw new InvalidOperationException("stop"); }));

        Directory.GetFileSystemEntries(temp.Path).ShouldBeEmpty();
    }

    [Fact]
    public void Generating_over_an_existing_extract_replaces_it_whole()
    {
        using var temp = new TempDirectory();
        var target = temp.Combine("extract");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "stale.csv"), "old");

        ExtractGenerator.Generate(new GeneratorOptions(20, seed: 1), target);

        File.Exists(Path.Combine(target, "stale.csv")).ShouldBeFalse();
        File.Exists(Path.Combine(target, "case_groups.csv")).ShouldBeTrue();
        Directory.GetFileSystemEntries(temp.Path).ShouldBe([target]);
    }

    [Fact]
    public void Progress_reports_case_groups_done_up_to_the_total()
    {
        using var temp = new TempDirectory();
        var reports = new List<(long Done, long Total)>();

        ExtractGenerator.Generate(new GeneratorOptions(3000, seed: 1), temp.Combine("x"), (done, total) => reports.Add((done, total)));

        reports.ShouldNotBeEmpty();
        reports.ShouldAllBe(r => r.Total == 3000 && r.Done <= 3000);
        reports.Select(r => r.Done).ShouldBeInOrder();
        reports[^1].Done.ShouldBe(3000);
    }

    [Fact]
    public void Invalid_options_are_all_reported_and_nothing_is_written()
    {
        using var temp = new TempDirectory();
        var options = new GeneratorOptions(0, 1, new DateOnly(2020, 5, 1), new DateOnly(2019, 1, 1));

        var error = Should.Throw<ArgumentException>(() => ExtractGenerator.Generate(options, temp.Combine("x")));

        error.Message.ShouldContain("at least 1");
        error.Message.ShouldContain("before the first month");
        Directory.GetFileSystemEntries(temp.Path).ShouldBeEmpty();
    }
}
