using CmsRules.SampleData;
using CmsRules.SampleData.Output;

namespace CmsRules.Tests.SampleData;

public sealed class SampleExtractTests
{
    [Fact]
    public void The_sample_is_generated_once_into_the_cache_and_reused()
    {
        using var cache = new TempDirectory();

        var first = SampleExtract.GetDirectoryIn(cache.Path);
        var written = File.GetLastWriteTimeUtc(Path.Combine(first, ExtractFiles.CaseGroups));
        var second = SampleExtract.GetDirectoryIn(cache.Path);

        second.ShouldBe(first);
        Path.GetFileName(first).ShouldBe($"sample-v{ExtractGenerator.Version}-{SampleExtract.Seed}");
        File.GetLastWriteTimeUtc(Path.Combine(second, ExtractFiles.CaseGroups)).ShouldBe(written);
        Directory.GetFileSystemEntries(cache.Path).ShouldBe([first]);
        File.ReadLines(Path.Combine(first, ExtractFiles.CaseGroups)).Count().ShouldBe(SampleExtract.CaseGroups + 1);
    }

    [Fact]
    public void Concurrent_first_uses_agree_on_one_complete_sample()
    {
        using var cache = new TempDirectory();

        var paths = Enumerable.Range(0, 3).AsParallel().Select(_ => SampleExtract.GetDirectoryIn(cache.Path)).ToArray();

        paths.Distinct().Count().ShouldBe(1);
        Directory.GetFileSystemEntries(cache.Path).ShouldBe([paths[0]]);
        Directory.GetFiles(paths[0]).Length.ShouldBe(ExtractFiles.All.Count);
    }

    [Fact]
    public void The_cache_root_follows_XDG_CACHE_HOME_else_the_home_cache()
    {
        SampleExtract.CacheRoot("/somewhere/cache", "/home/ann").ShouldBe("/somewhere/cache/cmsrules");
        SampleExtract.CacheRoot(null, "/home/ann").ShouldBe("/home/ann/.cache/cmsrules");
        SampleExtract.CacheRoot("", "/home/ann").ShouldBe("/home/ann/.cache/cmsrules");
    }
}
