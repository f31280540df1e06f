using CmsRules.Core.Diagnostics;

namespace CmsRules.Core.Testing;

/// <summary>An inline table of a definition test: its CSV text and where that text starts in the test file.</summary>
public sealed record InlineTable(string Name, string Csv, SourceLocation Start);

/// <summary>An expected figure: `measure_id` or `measure_id[dimension=category]`, and the text the test gives for it.</summary>
public sealed record ExpectedFigure(string Key, string Expected, SourceLocation Location);

/// <summary>A test a statistician writes beside the measures: tiny tables, a period, assumptions and the figures expected.</summary>
public sealed record DefinitionTest(
    string Name,
    string Period,
    IReadOnlyList<string> Assumptions,
    IReadOnlyList<InlineTable> Tables,
    IReadOnlyList<ExpectedFigure> Values,
    IReadOnlyList<ExpectedFigure> Published,
    SourceLocation Location)
{
    public override string ToString() => $"{Location.File}: {Name}";
}
