using CmsRules.Core.Diagnostics;
using CmsRules.Core.Loading;
using CmsRules.Core.Schema;

namespace CmsRules.Tests.Loading;

/// <summary>A composite key whose values span too wide a range to pack into one long is still checked (by ranking rows).</summary>
public sealed class WideCompositeKeyTests : IDisposable
{
    private const string Yaml = """
        tables:
          - name: pairs
            key: [a, b]
            columns:
              - { name: a, type: int }
              - { name: b, type: int }
              - { name: label, type: string, nullable: true }
        """;

    private readonly TestExtract _extract = new();

    public void Dispose() => _extract.Dispose();

    [Fact]
    public void Finds_the_duplicate_among_extreme_values()
    {
        _extract.Write("pairs.csv", "a,b,label",
            "9223372036854775807,-9223372036854775808,x",
            "-9223372036854775808,9223372036854775807,",
            "9223372036854775807,9223372036854775807,y",
            "-9223372036854775808,9223372036854775807,z");
        var dictionary = DataDictionaryReader.Read([("pairs.yaml", Yaml)]);

        var d = Should.Throw<DiagnosticException>(() => ExtractLoader.Load(dictionary, _extract.Directory)).Diagnostics.ShouldHaveSingleItem();

        d.Location.ShouldBe(new SourceLocation(_extract.PathOf("pairs.csv"), 5, 1));
        d.Message.ShouldContain("(a, b) = (-9223372036854775808, 9223372036854775807): already on line 3");
    }
}
