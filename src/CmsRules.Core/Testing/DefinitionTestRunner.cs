using System.Globalization;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Engine;
using CmsRules.Core.Loading;
using CmsRules.Core.Periods;
using CmsRules.Core.Publication;
using CmsRules.Core.Text;

namespace CmsRules.Core.Testing;

/// <summary>One figure of a test, as expected and as computed.</summary>
public sealed record FigureCheck(ExpectedFigure Figure, bool IsPublished, string Actual, bool Passed);

/// <summary>The outcome of a definition test: its figure checks, or the errors that kept it from running.</summary>
public sealed record DefinitionTestResult(DefinitionTest Test, IReadOnlyList<FigureCheck> Checks, IReadOnlyList<Diagnostic> Errors)
{
    public bool Passed => Errors.Count == 0 && Checks.All(c => c.Passed);
}

/// <summary>
/// Runs a definition test: its inline tables go through the real loader and its checks (errors point at the test
/// file's lines), then the catalog computes its one period and each expected figure is compared.
/// </summary>
public static class DefinitionTestRunner
{
    public static DefinitionTestResult Run(Catalog catalog, DefinitionTest test)
    {
        var directory = Directory.CreateTempSubdirectory("cmsrules-test-");
        try
        {
            var dictionary = catalog.Definitions.Dictionary;
            foreach (var table in test.Tables.Where(t => dictionary.Find(t.Name) is null))
                return Failed(test, new Diagnostic(table.Start, $"unknown table '{table.Name}'{DidYouMean.Hint(table.Name, dictionary.Tables.Select(t => t.Name))}"));
            foreach (var schema in dictionary.Tables)
            {
                var given = test.Tables.FirstOrDefault(t => t.Name == schema.Name);
                File.WriteAllText(Path.Combine(directory.FullName, schema.File), given?.Csv ?? string.Join(',', schema.Columns.Select(c => c.Name)) + "\n");
            }
            if (!Period.TryParse(test.Period, out var period))
                return Failed(test, new Diagnostic(test.Location, $"period '{test.Period}' is not a quarter (2024-Q1) or a month (2024-01)"));

            var extract = ExtractLoader.Load(dictionary, directory.FullName);
            var assumptions = Engine.Assumptions.Resolve(catalog.Definitions.Assumptions, test.Assumptions);
            var figures = new Evaluator(catalog, extract).Evaluate([period], assumptions);
            var checks = test.Values.Select(f => Check(catalog, figures, f, published: false))
                .Concat(test.Published.Select(f => Check(catalog, figures, f, published: true))).ToList();
            return new DefinitionTestResult(test, checks, []);
        }
        catch (DiagnosticException e)
        {
            return new DefinitionTestResult(test, [], e.Diagnostics.Select(d => InTestFile(test, directory.FullName, d)).ToList());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static DefinitionTestResult Failed(DefinitionTest test, Diagnostic error) => new(test, [], [error]);

    private static FigureCheck Check(Catalog catalog, IReadOnlyDictionary<string, PeriodCells[]> figures, ExpectedFigure figure, bool published)
    {
        var (id, dimension, category) = ParseKey(figure.Key);
        if (catalog.Find(id) is not { } measure)
            return new FigureCheck(figure, published, $"no measure '{id}'{DidYouMean.Hint(id, catalog.Measures.Select(m => m.Id))}", false);
        var cells = figures[id][0];
        Cell? cell = cells.Total;
        if (dimension is not null)
        {
            if (cells.Breakdown(dimension) is not { } breakdown)
                return new FigureCheck(figure, published, $"{id} has no breakdown by '{dimension}'{DidYouMean.Hint(dimension, cells.Breakdowns.Select(b => b.Dimension))}", false);
            cell = breakdown.Find(category!);
            if (cell is null)
                return new FigureCheck(figure, published, $"the {dimension} breakdown has no category '{category}'{DidYouMean.Hint(category!, breakdown.Categories)}", false);
        }
        var kind = measure.Definition.Kind;
        var value = cell.Value.Value;
        if (published)
        {
            var text = measure.Rounding.Publish(value is { } v ? ValueText.InReportingUnits(v, kind) : null, cell.Value.Base);
            return new FigureCheck(figure, true, text, text == figure.Expected);
        }
        var actual = ValueText.Format(value, kind);
        return new FigureCheck(figure, false, actual.Length == 0 ? "null" : actual, SameValue(figure.Expected, actual));
    }

    /// <summary>Numbers compare by value (57.50 = 57.5); `null` matches an empty value.</summary>
    private static bool SameValue(string expected, string actual)
    {
        if (expected == "null") return actual.Length == 0;
        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        return decimal.TryParse(expected, style, CultureInfo.InvariantCulture, out var e)
            && decimal.TryParse(actual, style, CultureInfo.InvariantCulture, out var a)
            && e == a;
    }

    /// <summary>`measure_id` or `measure_id[dimension=category]`.</summary>
    public static (string Id, string? Dimension, string? Category) ParseKey(string key)
    {
        var open = key.IndexOf('[');
        if (open < 0 || !key.EndsWith(']')) return (key, null, null);
        var inner = key[(open + 1)..^1];
        var equals = inner.IndexOf('=');
        return equals < 0 ? (key, null, null) : (key[..open], inner[..equals], inner[(equals + 1)..]);
    }

    /// <summary>A loader error in an inline table points at that table's line in the test file.</summary>
    private static Diagnostic InTestFile(DefinitionTest test, string directory, Diagnostic diagnostic)
    {
        var file = Path.GetFileName(diagnostic.Location.File);
        if (!diagnostic.Location.File.StartsWith(directory, StringComparison.Ordinal)) return diagnostic;
        var table = test.Tables.FirstOrDefault(t => file == t.Name + ".csv");
        var at = table is null ? test.Location : table.Start with { Line = table.Start.Line + diagnostic.Location.Line - 1 };
        return diagnostic with { Location = at, Message = $"{file}, field {diagnostic.Location.Column}: {diagnostic.Message}", SourceLine = null };
    }
}
