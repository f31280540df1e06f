using CmsRules.Core.Diagnostics;

namespace CmsRules.Tests.Loading;

public sealed class ExtractLoaderMalformedCsvTests : IDisposable
{
    private readonly TestExtract _extract = new();

    public void Dispose() => _extract.Dispose();

    [Fact]
    public void An_unterminated_quote()
    {
        _extract.Write("calls.csv", "date,offered,answered,answered_within_30s", "2021-01-01,1,1,1", "2021-01-02,\"1,1,1");
        var d = _extract.LoadFails("calls").Diagnostics.ShouldHaveSingleItem();
        d.Location.File.ShouldBe(_extract.PathOf("calls.csv"));
        d.Location.Line.ShouldBe(3);
    }

    [Fact]
    public void A_duplicated_header_name()
    {
        _extract.Write("calls.csv", "date,offered,answered,answered,answered_within_30s", "2021-01-01,1,1,1,1");
        var d = _extract.LoadFails("calls").Diagnostics.ShouldHaveSingleItem();
        d.Location.ShouldBe(new SourceLocation(_extract.PathOf("calls.csv"), 1, 4));
        d.Message.ShouldContain("'answered'");
    }

    [Fact]
    public void An_empty_file()
    {
        File.WriteAllText(_extract.PathOf("calls.csv"), "");
        var d = _extract.LoadFails("calls").Diagnostics.ShouldHaveSingleItem();
        d.Location.ShouldBe(new SourceLocation(_extract.PathOf("calls.csv"), 1, 1));
        d.Message.ShouldContain("empty");
    }

    [Fact]
    public void A_header_only_file_is_an_empty_table()
    {
        _extract.Write("calls.csv", "date,offered,answered,answered_within_30s");
        _extract.Load("calls")["calls"].RowCount.ShouldBe(0);
    }
}
