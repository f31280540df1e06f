using CmsRules.Core.Language.Binding;
using System.Text.RegularExpressions;
using CmsRules.Core.Definitions;
using CmsRules.Core.Diagnostics;
using CmsRules.Core.Engine;
using CmsRules.Core.Publication;
using CmsRules.Core.Schema;
using CmsRules.Core.Testing;

namespace CmsRules.Core.Methodology;

/// <summary>The outcome of `cmsrules check`: every problem found, errors and warnings, in file order.</summary>
public sealed record CheckReport(IReadOnlyList<Diagnostic> Diagnostics, int Omitted, int Measures, int Validations, int Tests)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error) + Omitted;
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

/// <summary>
/// Validates a set of definition folders without any data: everything the reader and the catalog compiler report
/// (YAML shape, language, unknown names, cycles, validation rules), plus what they do not: dimensions over columns
/// that do not exist, assumptions nothing reads, counts published to a fraction, and definition test files that do
/// not parse or expect figures of measures or breakdowns that do not exist. Every problem is collected; nothing stops at the first.
/// </summary>
public static class DefinitionChecker
{
    /// <param name="functions">the functions definitions may call: the built-ins and any plugin's (default: the built-ins)</param>
    public static CheckReport Check(IReadOnlyList<string> folders, FunctionRegistry? functions = null)
    {
        var bag = new DiagnosticBag();
        // Read leniently so that the language, names and cycles of the definitions that did read are checked too.
        var definitions = DefinitionSetReader.Read(folders, bag);
        // A duplicate id is reported already; compile the first of each so the rest can be checked.
        definitions = definitions with { Measures = definitions.Measures.DistinctBy(m => m.Id).ToList() };
        Catalog? catalog = null;
        try
        {
            catalog = Catalog.Compile(definitions, functions);
        }
        catch (DiagnosticException e)
        {
            Add(bag, e);
        }
        CheckDimensions(definitions, bag);
        CheckAssumptionsUsed(definitions, bag);
        CheckRounding(definitions, bag);
        if (bag.HasErrors) catalog = null; // the catalog of a set with reading errors is not the whole catalog
        var tests = 0;
        foreach (var folder in folders.Select(f => Path.Combine(f, "tests")).Where(Directory.Exists))
            try
            {
                var read = DefinitionTestReader.ReadFolder(folder);
                tests += read.Count;
                if (catalog is not null) CheckExpectedFigures(catalog, read, bag);
            }
            catch (DiagnosticException e)
            {
                Add(bag, e);
            }
        var ordered = bag.Items.OrderBy(d => d.Location.File, StringComparer.Ordinal).ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ToList();
        return new CheckReport(ordered, bag.Omitted, catalog?.Measures.Count ?? 0, catalog?.Validations.Count ?? 0, tests);
    }

    /// <summary>A test expecting a figure of a measure or breakdown that does not exist could never pass; say so before it runs.</summary>
    private static void CheckExpectedFigures(Catalog catalog, IEnumerable<DefinitionTest> tests, DiagnosticBag bag)
    {
        foreach (var figure in tests.SelectMany(t => t.Values.Concat(t.Published)))
        {
            var (id, dimension, _) = DefinitionTestRunner.ParseKey(figure.Key);
            if (catalog.Find(id) is not { } measure)
                bag.Error(figure.Location, $"no measure '{id}'{Text.DidYouMean.Hint(id, catalog.Measures.Select(m => m.Id))}");
            else if (dimension is not null && measure.Definition.Breakdowns.All(b => b.Dimension != dimension))
                bag.Error(figure.Location, $"{id} has no breakdown by '{dimension}'{Text.DidYouMean.Hint(dimension, measure.Definition.Breakdowns.Select(b => b.Dimension))}");
        }
    }

    private static void Add(DiagnosticBag bag, DiagnosticException e)
    {
        bag.AddRange(e.Diagnostics);
        bag.CountOmitted(e.Omitted);
    }

    /// <summary>A `distinct: table.column` dimension is resolved only when a run reads the data; check its column now.</summary>
    private static void CheckDimensions(DefinitionSet definitions, DiagnosticBag bag)
    {
        foreach (var dimension in definitions.Dimensions)
        {
            var table = definitions.Dictionary.Find(dimension.Table);
            var column = table?.FindColumn(dimension.Column);
            if (table is null)
                bag.Error(dimension.Location, $"dimension {dimension.Name}: unknown table '{dimension.Table}'{Text.DidYouMean.Hint(dimension.Table, definitions.Dictionary.Tables.Select(t => t.Name))}");
            else if (column is null)
                bag.Error(dimension.Location, $"dimension {dimension.Name}: {table.Name} has no column '{dimension.Column}'{Text.DidYouMean.Hint(dimension.Column, table.Columns.Select(c => c.Name))}");
            else if (column.Type != DataType.String)
                bag.Error(dimension.Location, $"dimension {dimension.Name}: {table.Name}.{column.Name} is {column.Type.ToString().ToLowerInvariant()}; distinct categories come from a text column (an enum's codes need no dimension)");
        }
    }

    private static void CheckAssumptionsUsed(DefinitionSet definitions, DiagnosticBag bag)
    {
        var texts = definitions.Measures
            .SelectMany(m => new[] { m.Where, m.Value, m.Base }.Concat(m.Breakdowns.Select(b => b.By)))
            .Concat(definitions.Fields.Select(f => f.Expression))
            .Concat(definitions.Validations.Select(v => v.Check))
            .OfType<ExpressionText>().Select(e => e.Text).ToList();
        foreach (var assumption in definitions.Assumptions)
        {
            var reference = new Regex(@"\$" + Regex.Escape(assumption.Name) + @"(?![A-Za-z0-9_])");
            if (!texts.Any(reference.IsMatch))
                bag.Add(new Diagnostic(assumption.Location, $"assumption '{assumption.Name}' is read by no measure, field or validation", Severity.Warning));
        }
    }

    private static void CheckRounding(DefinitionSet definitions, DiagnosticBag bag)
    {
        foreach (var measure in definitions.Measures.Where(m => m.Kind == MeasureKind.Count))
            if (definitions.RoundingRules.FirstOrDefault(r => r.Name == measure.Rounding) is { } rule && rule.Nearest % 1 != 0)
                bag.Add(new Diagnostic(measure.Location, $"{measure.Id} is a count but its rounding rule '{rule.Name}' publishes to the nearest {rule.Nearest}", Severity.Warning));
    }
}
